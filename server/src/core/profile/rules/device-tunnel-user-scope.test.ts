import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../analysis';
import { testRule } from '../../testing/ruleTester';
import { deviceTunnelUserScope } from './device-tunnel-user-scope';
import { escapeXmlText } from './escaped-testing';
import { deviceProfile } from './testing';

const syncml = (uri: string) => `<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>
  <Target><LocURI>${uri}</LocURI></Target>
  <Data>${deviceProfile()}</Data>
</Item></Add></Atomic></SyncBody></SyncML>`;
const USER_URI = './User/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML';
// The usual SyncML form: the profile escaped in <Data> (the corpus's 41).
const escapedSyncml = (uri: string) => syncml(uri).replace(deviceProfile(), escapeXmlText(deviceProfile()));

testRule(deviceTunnelUserScope, {
  valid: [
    { name: 'the device scope', text: syncml('./Device/Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML') },
    { name: 'the unscoped path', text: syncml('./Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML') },
    { name: 'a plain profile file', text: deviceProfile() },
    { name: 'the device scope, profile escaped in <Data>', text: escapedSyncml('./Device/Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML') },
  ],
  invalid: [
    {
      name: 'a device tunnel sent to ./User/: an error pointing at the LocURI',
      text: syncml(USER_URI),
      findings: [{ at: { tag: 'DeviceTunnel' }, severity: 'error', message: 'must be deployed to the device', related: [USER_URI], fixes: [] }],
    },
    {
      name: 'a device tunnel escaped in <Data> of a command to ./User/: the same error, the LocURI named in the message',
      text: escapedSyncml(USER_URI),
      findings: [{ at: { text: 'DeviceTunnel' }, severity: 'error', message: `this SyncML command targets \`${USER_URI}\``, fixes: [] }],
    },
  ],
});

const makeProfileScript = (xml: string, userContext: boolean) => `$ProfileXML = @'
${xml}'@
$Session = New-CimSession
$Options = New-Object Microsoft.Management.Infrastructure.Options.CimOperationOptions
${userContext ? "$Options.SetCustomOption('PolicyPlatformContext_PrincipalContext_Type', 'PolicyPlatform_UserContext', $false)\n" : ''}$Instance = New-Object Microsoft.Management.Infrastructure.CimInstance 'MDM_VPNv2_01', 'root\\cimv2\\mdm\\dmmap'
$Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('ProfileXML', $ProfileXML, 'Property'))
$Session.CreateInstance('root\\cimv2\\mdm\\dmmap', $Instance, $Options)
`;

test("a WMI bridge script that creates a device tunnel in a user's context is reported; one that does not set the user context is not", () => {
  const findings = (script: string) => analyzeDocument(script, { language: 'powershell' }).findings.filter((f) => f.ruleId === deviceTunnelUserScope.id);
  const user = findings(makeProfileScript(deviceProfile(), true));
  assert.equal(user.length, 1);
  assert.equal(user[0].severity, 'error');
  assert.match(user[0].message, /user's context through the WMI bridge \(`PolicyPlatform_UserContext`\).*SYSTEM context/);
  // Run as SYSTEM without the user options (Microsoft's device tunnel guide): the scope is the device's, or not shown.
  assert.deepEqual(findings(makeProfileScript(deviceProfile(), false)), []);
});
