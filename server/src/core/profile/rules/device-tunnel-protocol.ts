// A device tunnel supports IKEv2 only, "with no support for SSTP fallback", and there is "no support for
// third-party control of the device tunnel" (Configure VPN device tunnels). Changing or adding the protocol is a
// suggestion (issue 9): the profile may have been meant as a user tunnel.
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { insertIntoNativeProfile, related, valueOrNameRange } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const deviceTunnelProtocol: ProfileRule = {
  id: 'profile/device-tunnel-protocol',
  defaultSeverity: 'error',
  title: 'A device tunnel must use the built-in client with IKEv2',
  docUrl: SOURCES.deviceTunnel.url,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Microsoft documents that the device tunnel supports IKEv2 only, with no SSTP fallback, and that third-party VPN clients cannot control it: a device tunnel needs `<NativeProfile>` with `<NativeProtocolType>IKEv2</NativeProtocolType>`, and the VPN server must accept IKEv2 machine certificate authentication. ' +
      'A protocol list that names only IKEv2 says the same thing in a longer way; whether Windows accepts a protocol list on a device tunnel is not documented, so that case is information. ' +
      'Changing the protocol is offered as a suggestion: a device tunnel set to SSTP may be a user tunnel with the wrong `<DeviceTunnel>` value.',
    wrong:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    if (!profile.isDeviceTunnel || !deviceTunnel) return;
    const isDevice = related(deviceTunnel, 'the profile is a device tunnel here');
    const native = profile.element('NativeProfile');
    if (!native) {
      const plugin = profile.element('PluginProfile');
      report({
        range: (plugin ?? deviceTunnel).nameRange,
        message: plugin
          ? 'A device tunnel cannot use a VPN plug-in app: Windows supports the device tunnel only with its built-in IKEv2 client. Replace `<PluginProfile>` with a `<NativeProfile>` using IKEv2 and machine certificate authentication.'
          : 'A device tunnel needs a `<NativeProfile>` with `<NativeProtocolType>IKEv2</NativeProtocolType>` and machine certificate authentication.',
        related: plugin ? [isDevice] : undefined,
      });
      return;
    }
    const type = native.child('NativeProtocolType');
    if (!type) {
      const xml = '<NativeProtocolType>IKEv2</NativeProtocolType>';
      report({
        range: native.nameRange,
        message: 'A device tunnel must use IKEv2: add `<NativeProtocolType>IKEv2</NativeProtocolType>`.',
        related: [isDevice],
        fixes: [{ title: `Add ${xml}`, edits: [insertIntoNativeProfile(profile.text, native, xml)], kind: 'suggestion' }],
      });
      return;
    }
    if (profile.nativeProtocol === 'IKEv2') return;
    if (profile.nativeProtocol === 'ProtocolList') {
      const listed = profile.elements('NativeProfile/ProtocolList/NativeProtocol/Type').map((t) => profile.enumValue(t));
      if (listed.length > 0 && listed.every((t) => t === 'Ikev2')) {
        report({
          range: valueOrNameRange(type),
          severity: 'information',
          message:
            'This protocol list names only IKEv2, the one protocol a device tunnel supports; `<NativeProtocolType>IKEv2</NativeProtocolType>` says the same directly. Whether Windows accepts a protocol list on a device tunnel is not documented.',
          related: [isDevice],
          fixes: [{ title: 'Change to IKEv2', edits: [replaceValue(type, 'IKEv2')], kind: 'suggestion' }],
        });
        return;
      }
    }
    report({
      range: valueOrNameRange(type),
      message: `A device tunnel supports only IKEv2 (no SSTP fallback), not ${codeSpan(type.text.trimmed)}. Set \`<NativeProtocolType>IKEv2</NativeProtocolType>\` and allow IKEv2 machine certificate authentication on the VPN server.`,
      related: [isDevice],
      fixes: [{ title: 'Change to IKEv2', edits: [replaceValue(type, 'IKEv2')], kind: 'suggestion' }],
    });
  },
};
