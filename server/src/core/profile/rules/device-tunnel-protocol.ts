// A device tunnel supports IKEv2 only, without SSTP fallback, and no third-party plug-in
// (vpn-device-tunnel-config.md; VPNv2 CSP NativeProtocolType note "For a Device Tunnel, use IKEv2 only").
import { DOCS } from '../../rules/rule';
import type { ProfileRule } from '../rule';
import { insertAfter, insertFirstChild, related, replaceValue, valueOrNameRange } from '../helpers';

export const deviceTunnelProtocol: ProfileRule = {
  id: 'profile/device-tunnel-protocol',
  defaultSeverity: 'error',
  title: 'A device tunnel must use the built-in client with IKEv2',
  docUrl: DOCS.deviceTunnel,
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
          ? 'A device tunnel cannot use a third-party VPN plug-in: Windows supports the device tunnel only with its built-in IKEv2 client. Replace `<PluginProfile>` with a `<NativeProfile>` using IKEv2 and machine certificate authentication.'
          : 'A device tunnel needs a `<NativeProfile>` with `<NativeProtocolType>IKEv2</NativeProtocolType>` and machine certificate authentication.',
        related: plugin ? [isDevice] : undefined,
      });
      return;
    }
    const type = native.child('NativeProtocolType');
    if (!type) {
      const servers = native.child('Servers');
      const xml = '<NativeProtocolType>IKEv2</NativeProtocolType>';
      report({
        range: native.nameRange,
        message: 'A device tunnel must use IKEv2: add `<NativeProtocolType>IKEv2</NativeProtocolType>`.',
        related: [isDevice],
        fixes: [{ title: 'Add `<NativeProtocolType>IKEv2</NativeProtocolType>`', edits: [servers ? insertAfter(profile.text, servers, xml) : insertFirstChild(profile.text, native, xml)], kind: 'safe' }],
      });
      return;
    }
    if (profile.nativeProtocol === 'IKEv2') return;
    if (profile.nativeProtocol === 'ProtocolList') {
      const listed = profile.elements('NativeProfile/ProtocolList/NativeProtocol/Type').map((t) => t.text.trimmed.toLowerCase());
      if (listed.length > 0 && listed.every((t) => t === 'ikev2')) {
        report({
          range: valueOrNameRange(type),
          severity: 'warning',
          message: 'For a device tunnel Microsoft recommends `<NativeProtocolType>IKEv2</NativeProtocolType>` rather than a protocol list.',
          related: [isDevice],
          fixes: [{ title: 'Change to `IKEv2`', edits: [replaceValue(type, 'IKEv2')], kind: 'suggestion' }],
        });
        return;
      }
    }
    report({
      range: valueOrNameRange(type),
      message: `A device tunnel supports only IKEv2 (no SSTP fallback), not \`${type.text.trimmed}\`. Set \`<NativeProtocolType>IKEv2</NativeProtocolType>\` and allow IKEv2 machine certificate authentication on the VPN server.`,
      related: [isDevice],
      fixes: [{ title: 'Change to `IKEv2`', edits: [replaceValue(type, 'IKEv2')], kind: 'safe' }],
    });
  },
};
