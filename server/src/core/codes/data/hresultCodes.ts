// Certificate/trust HRESULTs and the few plain Win32 codes met in VPN troubleshooting.
// Values and meanings: Microsoft "Certificate and Trust Return Values" (learn.microsoft.com/windows/win32/seccrypto/
// certificate-and-trust-return-values) and CERT_CHAIN_POLICY_STATUS (wincrypt.h) docs; CERT_E_CN_NO_MATCH,
// CERT_E_REVOKED, CERT_E_REVOCATION_FAILURE and CERT_E_ROLE values cross-checked in winerror.h copies.
// Win32 0 and 64: winerror.h / Microsoft "System Error Codes (0-499)". Summaries in our own words.
import type { CodeRow } from './rasCodes';
import { MS } from './sources';

export const HRESULT_SOURCE = `${MS.certTrustReturnValues}; CERT_CHAIN_POLICY_STATUS (wincrypt.h)`;

export const HRESULT_CODES: readonly CodeRow[] = [
  [0x800b0101, 'CERT_E_EXPIRED', 'A certificate in the chain is outside its validity period (expired or not yet valid).'],
  [0x800b0102, 'CERT_E_VALIDITYPERIODNESTING', 'The validity periods in the certificate chain do not nest.'],
  [0x800b0103, 'CERT_E_ROLE', 'An end-entity certificate is used as a CA certificate, or the other way round.'],
  [0x800b0104, 'CERT_E_PATHLENCONST', 'The chain breaks a path length constraint.'],
  [0x800b0105, 'CERT_E_CRITICAL', 'A certificate has an unknown extension marked critical.'],
  [0x800b0106, 'CERT_E_PURPOSE', 'A certificate is used for a purpose its CA did not allow.'],
  [0x800b0107, 'CERT_E_ISSUERCHAINING', 'The parent certificate did not actually issue the child certificate.'],
  [0x800b0108, 'CERT_E_MALFORMED', 'A certificate lacks an important field (such as subject or issuer) or has it empty.'],
  [0x800b0109, 'CERT_E_UNTRUSTEDROOT', 'The chain builds, but ends in a root certificate that is not trusted.'],
  [0x800b010a, 'CERT_E_CHAINING', 'The certificate chain could not be built.'],
  [0x800b010c, 'CERT_E_REVOKED', 'A certificate in the chain has been revoked.'],
  [0x800b010d, 'CERT_E_UNTRUSTEDTESTROOT', 'The root is a test certificate and policy does not allow test roots.'],
  [0x800b010e, 'CERT_E_REVOCATION_FAILURE', 'Revocation could not be checked.'],
  [0x800b010f, 'CERT_E_CN_NO_MATCH', 'The certificate name does not match the name expected.'],
  [0x800b0110, 'CERT_E_WRONG_USAGE', 'The certificate is not valid for the requested usage (EKU).'],
  [0x800b0112, 'CERT_E_UNTRUSTEDCA', 'The chain builds, but one of its CA certificates is not trusted by the policy.'],
  [0x800b0113, 'CERT_E_INVALID_POLICY', 'A certificate carries an invalid policy.'],
  [0x800b0114, 'CERT_E_INVALID_NAME', 'A certificate name is not permitted (or is explicitly excluded) by name constraints.'],
  [0x80092010, 'CRYPT_E_REVOKED', 'The certificate or signature has been revoked.'],
  [0x80092012, 'CRYPT_E_NO_REVOCATION_CHECK', 'The revocation check of the certificate could not be performed.'],
  [0x80092013, 'CRYPT_E_REVOCATION_OFFLINE', 'Revocation could not be checked because the revocation server was offline.'],
  [0x80096004, 'TRUST_E_CERT_SIGNATURE', "The certificate's signature cannot be verified."],
  [0x80096010, 'TRUST_E_BAD_DIGEST', "The object's digital signature did not verify."],
  [0x80096019, 'TRUST_E_BASIC_CONSTRAINTS', 'A basic constraints extension was not respected, or is invalid or missing.'],
  [
    0x80070040,
    'HRESULT_FROM_WIN32(ERROR_NETNAME_DELETED)',
    'Generic reading: Win32 error 64, the network name is no longer available. Microsoft\'s Always On VPN troubleshooting article reads it as "the VPN server certificate lacks the Server Authentication EKU".',
  ],
];

export const WIN32_SOURCE = `winerror.h; ${MS.systemErrorCodes0}`;

export const WIN32_CODES: readonly CodeRow[] = [
  [0, 'ERROR_SUCCESS', 'Success: no error.'],
  [64, 'ERROR_NETNAME_DELETED', 'The network name is no longer available.'],
];
