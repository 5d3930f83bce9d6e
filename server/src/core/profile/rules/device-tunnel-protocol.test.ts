import { testRule } from '../../testing/ruleTester';
import { deviceTunnelProtocol } from './device-tunnel-protocol';
import { DEVICE_NATIVE, deviceProfile, userProfile } from './testing';

const withoutType = DEVICE_NATIVE.replace('    <NativeProtocolType>IKEv2</NativeProtocolType>\n', '');
const ikev2List = DEVICE_NATIVE.replace(
  '<NativeProtocolType>IKEv2</NativeProtocolType>',
  '<NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList><NativeProtocol><Type>Ikev2</Type></NativeProtocol></ProtocolList>',
);
const PLUGIN_DEVICE = `<VPNProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <PluginProfile>
    <ServerUrlList>vpn.example.net</ServerUrlList>
    <PluginPackageFamilyName>Vendor.Client_abcdefgh12345</PluginPackageFamilyName>
  </PluginProfile>
</VPNProfile>`;

testRule(deviceTunnelProtocol, {
  valid: [
    { name: 'an IKEv2 device tunnel', text: deviceProfile() },
    { name: 'a user tunnel with SSTP', text: userProfile('    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>') },
    { name: 'DeviceTunnel false with SSTP', text: deviceProfile().replace('<DeviceTunnel>true</DeviceTunnel>', '<DeviceTunnel>false</DeviceTunnel>').replace('IKEv2', 'SSTP') },
  ],
  invalid: [
    {
      name: 'a device tunnel with SSTP: an error; switching to IKEv2 is a suggestion',
      text: deviceProfile(DEVICE_NATIVE.replace('IKEv2', 'SSTP')),
      findings: [
        {
          at: { content: 'NativeProtocolType' },
          severity: 'error',
          message: 'not `SSTP`',
          related: [{ tag: 'DeviceTunnel' }],
          fixes: [{ title: 'Change to IKEv2', kind: 'suggestion', output: deviceProfile() }],
        },
      ],
    },
    {
      name: 'a device tunnel without NativeProtocolType: IKEv2 is suggested after Servers',
      text: deviceProfile(withoutType),
      findings: [
        {
          at: { tag: 'NativeProfile' },
          severity: 'error',
          related: [{ tag: 'DeviceTunnel' }],
          fixes: [
            {
              title: 'Add <NativeProtocolType>IKEv2</NativeProtocolType>',
              kind: 'suggestion',
              output: deviceProfile(withoutType.replace('<Servers>vpn.example.net</Servers>\n', '<Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n')),
            },
          ],
        },
      ],
    },
    {
      name: 'a protocol list with only IKEv2 is information (undocumented), with IKEv2 as a suggestion',
      text: deviceProfile(ikev2List),
      findings: [
        {
          at: { content: 'NativeProtocolType' },
          severity: 'information',
          message: 'is not documented',
          fixes: [{ title: 'Change to IKEv2', kind: 'suggestion', output: deviceProfile(ikev2List.replace('>ProtocolList<', '>IKEv2<')) }],
        },
      ],
    },
    {
      name: 'a device tunnel with a plug-in profile: an error on PluginProfile',
      text: PLUGIN_DEVICE,
      findings: [{ at: { tag: 'PluginProfile' }, severity: 'error', message: 'cannot use a VPN plug-in app', related: [{ tag: 'DeviceTunnel' }], fixes: [] }],
    },
    {
      name: 'a device tunnel with neither client: an error on DeviceTunnel',
      text: '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n</VPNProfile>',
      findings: [{ at: { tag: 'DeviceTunnel' }, severity: 'error', message: 'needs a `<NativeProfile>`', fixes: [] }],
    },
  ],
});
