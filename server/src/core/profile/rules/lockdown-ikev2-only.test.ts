import { testRule } from '../../testing/ruleTester';
import { lockdownIkev2Only } from './lockdown-ikev2-only';

const profile = (lockDown: string, native: string) => `<VPNProfile>
  <LockDown>${lockDown}</LockDown>
  <NativeProfile>
    <Servers>vpn.example.net</Servers>
${native}    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>
  </NativeProfile>
</VPNProfile>`;
const IKEV2 = '    <NativeProtocolType>IKEv2</NativeProtocolType>\n';

testRule(lockdownIkev2Only, {
  valid: [
    { name: 'LockDown with IKEv2', text: profile('true', IKEV2) },
    { name: 'SSTP without LockDown', text: profile('false', '    <NativeProtocolType>SSTP</NativeProtocolType>\n') },
  ],
  invalid: [
    {
      name: 'LockDown with SSTP: an error; switching to IKEv2 is a suggestion',
      text: profile('true', '    <NativeProtocolType>SSTP</NativeProtocolType>\n'),
      findings: [
        {
          at: { content: 'NativeProtocolType' },
          severity: 'error',
          message: 'not `SSTP`',
          related: [{ tag: 'LockDown' }],
          fixes: [{ title: 'Change to IKEv2', kind: 'suggestion', output: profile('true', IKEV2) }],
        },
      ],
    },
    {
      name: 'LockDown without a protocol: adding IKEv2 is a suggestion',
      text: profile('true', ''),
      findings: [
        {
          at: { tag: 'NativeProfile' },
          severity: 'error',
          related: [{ tag: 'LockDown' }],
          fixes: [{ title: 'Add <NativeProtocolType>IKEv2</NativeProtocolType>', kind: 'suggestion', output: profile('true', IKEV2) }],
        },
      ],
    },
  ],
});
