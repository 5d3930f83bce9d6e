// CryptographySuite is the custom IPsec policy, and Windows applies such a policy only to IKEv2 and L2TP connections
// (Set-VpnConnectionIPsecConfiguration: "The settings apply only to IKEv2 and L2TP VPN connections"). With
// Automatic, Windows tries the built-in protocols in turn, SSTP first (VPNv2 CSP NativeProtocolType note).
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { possibleProtocols, related } from '../helpers';

export const cryptographySuiteIgnored: ProfileRule = {
  id: 'profile/cryptography-suite-ignored',
  defaultSeverity: 'warning',
  title: 'CryptographySuite with a protocol that does not use it',
  docUrl: SOURCES.ipsecConfiguration.url,
  // Choosing the protocol, or dropping a security policy, is the administrator's decision: no fix.
  fixKinds: [],
  docs: {
    rationale:
      "`<CryptographySuite>` is a custom IPsec policy. Microsoft documents that a VPN connection's IPsec settings apply only to IKEv2 and L2TP connections, so a profile that connects with SSTP or PPTP never uses them. " +
      'With `Automatic`, Windows tries the built-in protocols one after the other and the VPNv2 CSP names SSTP as the first one, so the suite is not used whenever SSTP connects. ' +
      "A suite that is silently unused gives a false sense of the connection's cryptography.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>\n    <CryptographySuite>\n      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>\n      <CipherTransformConstants>GCMAES128</CipherTransformConstants>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>\n      <CipherTransformConstants>GCMAES128</CipherTransformConstants>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const suite = profile.element('NativeProfile/CryptographySuite');
    const type = profile.element('NativeProfile/NativeProtocolType');
    const protocols = possibleProtocols(profile);
    // An empty set means no listed protocol was valid: the value rules report that; nothing is known here.
    if (!suite || !type || !protocols || protocols.size === 0) return;
    const protocolHere = related(type, 'the protocol is chosen here');
    if (profile.nativeProtocol === 'Automatic') {
      report({
        range: suite.nameRange,
        message:
          'With `<NativeProtocolType>Automatic</NativeProtocolType>` Windows tries the built-in protocols one after the other, SSTP first, and the IPsec policy of `<CryptographySuite>` applies only to IKEv2 and L2TP connections: whenever SSTP connects, the suite is not used. Set `<NativeProtocolType>IKEv2</NativeProtocolType>` to be sure the suite is used, or remove it.',
        related: [protocolHere],
      });
      return;
    }
    if (protocols.has('IKEv2') || protocols.has('L2TP')) return;
    const names = [...protocols].map((p) => codeSpan(p)).join(' and ');
    report({
      range: suite.nameRange,
      message: `\`<CryptographySuite>\` sets the IPsec policy of IKEv2 and L2TP connections; this profile connects with ${names}, which does not use it. Remove the suite or use IKEv2.`,
      related: [protocolHere],
    });
  },
};
