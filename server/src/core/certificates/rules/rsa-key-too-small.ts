// RSA key size. No AOVPN-specific minimum is documented (DOMAIN.md §5.2); IKE reports 13881 when a key is shorter
// than the configured policy. Windows' chain engine blocks RSA keys under 1024 bits (KB2661254, 2012). 2048 bits is
// what Microsoft's AOVPN tutorial requests and the smallest size Cloud PKI for Intune offers (DOMAIN.md §8).
import { CERT_DOCS, type CertificateRule } from '../rule';

export const rsaKeyTooSmallRule: CertificateRule = {
  id: 'cert/rsa-key-too-small',
  defaultSeverity: 'warning',
  title: 'The RSA key is shorter than 2048 bits',
  docUrl: CERT_DOCS.rsaUnder1024,
  passed: 'Key size of 2048 bits or more (RSA) or an elliptic curve',
  check({ cert }) {
    const { algorithm, size } = cert.publicKey;
    if (algorithm !== 'RSA' || size === undefined || size >= 2048) return undefined;
    if (size < 1024) {
      return { severity: 'error', message: `The RSA key has only ${size} bits. Windows refuses certificates with RSA keys under 1024 bits; reissue it with 2048 bits or more.` };
    }
    return {
      message: `The RSA key has ${size} bits. No Always On VPN minimum is documented, but 2048 bits is today's usual floor (Microsoft's AOVPN tutorial requests 2048; Cloud PKI for Intune offers nothing smaller) and a stricter IKE policy rejects shorter keys (error 13881). Reissue it with 2048 bits or more.`,
    };
  },
};
