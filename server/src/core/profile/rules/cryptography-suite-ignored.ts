// CryptographySuite is the custom IPsec policy; Windows applies such a policy only to IKEv2 and L2TP connections
// (Set-VpnConnectionIPsecConfiguration: "The settings apply only to IKEv2 and L2TP VPN connections"). With
// Automatic, administrators report the custom policy is not used (issue #2 requirement; practitioner report).
import type { ProfileRule } from '../rule';
import { possibleProtocols, related } from '../helpers';

export const cryptographySuiteIgnored: ProfileRule = {
  id: 'profile/cryptography-suite-ignored',
  defaultSeverity: 'warning',
  title: 'CryptographySuite with a protocol that does not use it',
  docUrl: 'https://learn.microsoft.com/powershell/module/vpnclient/set-vpnconnectionipsecconfiguration',
  check({ profile, report }) {
    const suite = profile.element('NativeProfile/CryptographySuite');
    const type = profile.element('NativeProfile/NativeProtocolType');
    const protocols = possibleProtocols(profile);
    if (!suite || !type || !protocols) return;
    const protocolHere = related(type, 'the protocol is chosen here');
    if (profile.nativeProtocol === 'Automatic') {
      report({
        range: suite.nameRange,
        message:
          'With `<NativeProtocolType>Automatic</NativeProtocolType>` Windows chooses the protocol at connect time (practitioners observe SSTP first), and administrators report that the custom IKEv2 policy of `<CryptographySuite>` is then not applied. Set `<NativeProtocolType>IKEv2</NativeProtocolType>` to be sure the suite is used, or remove it.',
        related: [protocolHere],
      });
      return;
    }
    if (protocols.has('IKEv2') || protocols.has('L2TP')) return;
    const names = [...protocols].join(' and ') || 'no IPsec protocol';
    report({
      range: suite.nameRange,
      message: `\`<CryptographySuite>\` sets the IPsec policy of IKEv2 (and L2TP) connections; this profile connects with ${names}, which ignores it. Remove the suite or use IKEv2.`,
      related: [protocolHere],
    });
  },
};
