import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../analysis';
import { testRule } from '../../testing/ruleTester';
import { escapeXmlText } from './escaped-testing';
import { lockdownUserScope } from './lockdown-user-scope';

const LOCKDOWN = `<VPNProfile>
  <LockDown>true</LockDown>
  <NativeProfile>
    <Servers>vpn.example.net</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>
  </NativeProfile>
</VPNProfile>
`;
const syncml = (uri: string, data: string) => `<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>
  <Target><LocURI>${uri}</LocURI></Target>
  <Data>${data}</Data>
</Item></Add></Atomic></SyncBody></SyncML>`;
const USER_URI = './User/Vendor/MSFT/VPNv2/Secure/ProfileXML';

testRule(lockdownUserScope, {
  valid: [
    { name: 'the device scope', text: syncml('./Device/Vendor/MSFT/VPNv2/Secure/ProfileXML', LOCKDOWN) },
    { name: 'a plain profile file: the scope is not shown, nothing is guessed', text: LOCKDOWN },
    { name: 'LockDown false in the user scope', text: syncml(USER_URI, LOCKDOWN.replace('<LockDown>true', '<LockDown>false')) },
  ],
  invalid: [
    {
      name: 'a LockDown profile sent to ./User/: an error pointing at the LocURI',
      text: syncml(USER_URI, LOCKDOWN),
      findings: [{ at: { tag: 'LockDown' }, severity: 'error', message: 'documented `LockDown` as a device-only setting ("./Device only profile")', related: [USER_URI], fixes: [] }],
    },
    {
      // The corpus's 32: the usual SyncML form, the profile escaped in <Data>.
      name: 'escaped in <Data>: the same error, the LocURI named in the message',
      text: syncml(USER_URI, escapeXmlText(LOCKDOWN)),
      findings: [{ at: { text: 'LockDown' }, severity: 'error', message: `this SyncML command targets \`${USER_URI}\``, fixes: [] }],
    },
  ],
});

test("a WMI bridge script that creates a LockDown profile in a user's context is reported", () => {
  const script = (options: string) =>
    `$ProfileXML = @'\n${LOCKDOWN}'@\n$Options = New-Object Microsoft.Management.Infrastructure.Options.CimOperationOptions\n${options}$Instance = New-Object Microsoft.Management.Infrastructure.CimInstance 'MDM_VPNv2_01', 'root\\cimv2\\mdm\\dmmap'\n`;
  const findings = (text: string) => analyzeDocument(text, { language: 'powershell' }).findings.filter((f) => f.ruleId === lockdownUserScope.id);
  const user = findings(script("$Options.SetCustomOption('PolicyPlatformContext_PrincipalContext_Type', 'PolicyPlatform_UserContext', $false)\n"));
  assert.equal(user.length, 1);
  assert.match(user[0].message, /WMI bridge \(`PolicyPlatform_UserContext`\)/);
  assert.deepEqual(findings(script('')), []);
});
