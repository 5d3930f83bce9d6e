// The PowerShell form of the same custom IPsec policy (Set-VpnConnectionIPsecConfiguration, parameter set
// CustomPolicy) requires all six values; how Windows treats a partial CryptographySuite is not documented.
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';

const SUITE = ['AuthenticationTransformConstants', 'CipherTransformConstants', 'PfsGroup', 'DHGroup', 'IntegrityCheckMethod', 'EncryptionMethod'];

export const incompleteCryptographySuite: ProfileRule = {
  id: 'profile/incomplete-cryptography-suite',
  defaultSeverity: 'warning',
  title: 'CryptographySuite without all six values',
  docUrl: SOURCES.ipsecConfiguration.url,
  // The missing algorithms must match the VPN server's policy: a person chooses them.
  fixKinds: [],
  docs: {
    rationale:
      '`<CryptographySuite>` is the custom IPsec policy of the connection. Its PowerShell counterpart, `Set-VpnConnectionIPsecConfiguration` with a custom policy, requires all six values: authentication and cipher transforms, PFS group, DH group, integrity check method and encryption method. ' +
      'How Windows treats a suite with some values missing is not documented; set all six, and the same on the VPN server.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <CipherTransformConstants>GCMAES128</CipherTransformConstants>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>\n      <CipherTransformConstants>GCMAES128</CipherTransformConstants>\n      <PfsGroup>ECP256</PfsGroup>\n      <DHGroup>ECP256</DHGroup>\n      <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>\n      <EncryptionMethod>AES_GCM_128</EncryptionMethod>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const suite = profile.element('NativeProfile/CryptographySuite');
    if (!suite) return;
    const missing = SUITE.filter((name) => !suite.child(name));
    if (missing.length === 0) return;
    report({
      range: suite.nameRange,
      message: `\`<CryptographySuite>\` lacks ${missing.map((m) => `\`<${m}>\``).join(', ')}. A custom IPsec policy is made of six values (PowerShell's custom policy requires each one), and how Windows treats a partial suite is not documented; set them all, and the same on the VPN server.`,
    });
  },
};
