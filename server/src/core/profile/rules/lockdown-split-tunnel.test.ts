import { testRule } from '../../testing/ruleTester';
import { lockdownSplitTunnel } from './lockdown-split-tunnel';

const profile = (lockDown: string, policy: string) =>
  `<VPNProfile>\n  <LockDown>${lockDown}</LockDown>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>`;

testRule(lockdownSplitTunnel, {
  valid: [
    { name: 'LockDown with force tunnel', text: profile('true', 'ForceTunnel') },
    { name: 'split tunnel without LockDown', text: profile('false', 'SplitTunnel') },
  ],
  invalid: [
    {
      name: 'LockDown with split tunnel: a warning; switching to ForceTunnel is a suggestion',
      text: profile('true', 'SplitTunnel'),
      findings: [
        {
          at: { content: 'RoutingPolicyType' },
          severity: 'warning',
          message: 'contradicts it',
          related: [{ tag: 'LockDown' }],
          fixes: [{ title: 'Change to ForceTunnel', kind: 'suggestion', output: profile('true', 'ForceTunnel') }],
        },
      ],
    },
  ],
});
