import { testRule } from '../../testing/ruleTester';
import { connectionType } from './connection-type';
import { nativeWith, userProfile } from './testing';

const PLUGIN = '  <PluginProfile>\n    <ServerUrlList>vpn.example.net</ServerUrlList>\n    <PluginPackageFamilyName>Vendor.Client_abcdefgh12345</PluginPackageFamilyName>\n  </PluginProfile>\n';

testRule(connectionType, {
  valid: [
    { name: 'the built-in client only', text: userProfile(nativeWith('IKEv2')) },
    { name: 'a plug-in only', text: `<VPNProfile>\n${PLUGIN}</VPNProfile>` },
    { name: 'a profile still being typed (root not closed)', text: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n' },
  ],
  invalid: [
    {
      name: 'both clients: a warning on PluginProfile pointing at NativeProfile',
      text: userProfile(nativeWith('IKEv2'), PLUGIN),
      findings: [{ at: { tag: 'PluginProfile' }, severity: 'warning', message: 'uses one client', related: [{ tag: 'NativeProfile' }], fixes: [] }],
    },
    {
      name: 'neither client: a warning on VPNProfile',
      text: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>',
      findings: [{ at: { tag: 'VPNProfile' }, severity: 'warning', message: 'names no VPN server', fixes: [] }],
    },
  ],
});
