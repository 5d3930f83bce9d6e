// Windows IPsec uses an AES-GCM transform for integrity and encryption together: "If aesgcm128, aesgcm192, or
// aesgcm256 is specified, it must be used for both ESP integrity and encryption" (netsh advfirewall help).
import type { ProfileRule } from '../rule';
import { related, replaceValue } from '../helpers';

export const cryptographyGcmMismatch: ProfileRule = {
  id: 'profile/cryptography-gcm-mismatch',
  defaultSeverity: 'warning',
  title: 'AES-GCM must be used for both the authentication and the cipher transform',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofilecryptographysuite',
  check({ profile, report }) {
    const auth = profile.element('NativeProfile/CryptographySuite/AuthenticationTransformConstants');
    const cipher = profile.element('NativeProfile/CryptographySuite/CipherTransformConstants');
    if (!auth || !cipher) return;
    const authValue = auth.text.trimmed.toUpperCase();
    const cipherValue = cipher.text.trimmed.toUpperCase();
    const authGcm = authValue.startsWith('GCMAES');
    const cipherGcm = cipherValue.startsWith('GCMAES');
    if ((!authGcm && !cipherGcm) || authValue === cipherValue) return;
    const gcm = authGcm ? auth : cipher;
    const other = authGcm ? cipher : auth;
    report({
      range: other.text.range,
      message: `\`<${gcm.localName}>\` is \`${gcm.text.trimmed}\`, but \`<${other.localName}>\` is \`${other.text.trimmed}\`: AES-GCM protects integrity and encryption together, so Windows needs the same GCM transform in both. Use \`${gcm.text.trimmed}\` for both (and on the VPN server).`,
      related: [related(gcm, 'the GCM transform')],
      fixes: [{ title: `Change to \`${gcm.text.trimmed}\``, edits: [replaceValue(other, gcm.text.trimmed)], kind: 'suggestion' }],
    });
  },
};
