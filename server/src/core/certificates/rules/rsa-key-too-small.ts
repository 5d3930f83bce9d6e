// RSA key size. No Always On VPN minimum is documented; IKE reports 13881 (ERROR_IPSEC_IKE_INVALID_CERT_KEYLEN) when a
// key is shorter than the configured policy. Windows' chain engine blocks RSA keys under 1024 bits (KB2661254, 2012).
// 2048 bits is what Microsoft's AOVPN certificate tutorial requests and the smallest RSA size Cloud PKI for Intune
// offers (Microsoft Graph, cloudCertificationAuthorityCertificateKeySize).
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';

export const rsaKeyTooSmallRule: CertificateRule = {
  id: 'cert/rsa-key-too-small',
  defaultSeverity: 'warning',
  title: 'The RSA key is shorter than 2048 bits',
  docUrl: SOURCES.rsaUnder1024.url,
  fixKinds: [],
  passed: 'Key size of 2048 bits or more (RSA) or an elliptic curve',
  docs: {
    rationale:
      'Windows refuses certificates whose RSA key is shorter than 1024 bits (an error). No Always On VPN minimum is documented beyond that, ' +
      "but 2048 bits is the usual floor today: Microsoft's certificate tutorial requests it, Cloud PKI for Intune offers nothing smaller, " +
      'and an IKE policy that demands longer keys fails with error 13881. Elliptic-curve keys are not judged by this rule.',
  },
  check({ cert, report }) {
    const { algorithm, size } = cert.publicKey;
    if (algorithm !== 'RSA' || size === undefined || size >= 2048) return;
    if (size < 1024) {
      report({ severity: 'error', message: `The RSA key has only ${size} bits. Windows refuses certificates with RSA keys under 1024 bits; reissue it with 2048 bits or more.` });
      return;
    }
    report({
      message: `The RSA key has ${size} bits. No Always On VPN minimum is documented, but 2048 bits is today's usual floor (Microsoft's AOVPN tutorial requests 2048; Cloud PKI for Intune offers nothing smaller) and a stricter IKE policy rejects shorter keys (error 13881). Reissue it with 2048 bits or more.`,
    });
  },
};
