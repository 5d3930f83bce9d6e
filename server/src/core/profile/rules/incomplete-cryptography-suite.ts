// Windows builds the custom IPsec policy from all six values: the equivalent PowerShell custom policy
// (Set-VpnConnectionIPsecConfiguration, parameter set CustomPolicy) requires every one of them.
import type { ProfileRule } from '../rule';

const SUITE = ['AuthenticationTransformConstants', 'CipherTransformConstants', 'PfsGroup', 'DHGroup', 'IntegrityCheckMethod', 'EncryptionMethod'];

export const incompleteCryptographySuite: ProfileRule = {
  id: 'profile/incomplete-cryptography-suite',
  defaultSeverity: 'warning',
  title: 'CryptographySuite without all six values',
  docUrl: 'https://learn.microsoft.com/powershell/module/vpnclient/set-vpnconnectionipsecconfiguration',
  check({ profile, report }) {
    const suite = profile.element('NativeProfile/CryptographySuite');
    if (!suite) return;
    const missing = SUITE.filter((name) => !suite.child(name));
    if (missing.length === 0) return;
    report({
      range: suite.nameRange,
      message: `\`<CryptographySuite>\` lacks ${missing.map((m) => `\`<${m}>\``).join(', ')}. A custom IPsec policy is made of all six values (PowerShell's custom policy requires each one), and the VPN server must use the same ones; set them all.`,
    });
  },
};
