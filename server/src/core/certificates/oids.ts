// Object identifiers the certificate decoder names. Values checked against wincrypt.h (mingw-w64 copy) and Microsoft
// "EAP configuration" (https://learn.microsoft.com/windows/client-management/mdm/eap-configuration), which tells Any
// Purpose (1.3.6.1.4.1.311.10.12.1) and All Purpose (2.5.29.37.0) apart; names follow what the Windows certificate
// dialog shows where it has one.

export const EKU = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ikeIntermediate: '1.3.6.1.5.5.8.2.2',
  /** Microsoft "Any Purpose" (szOID_ANY_APPLICATION_POLICY), what EAP's AnyPurposeEKUList refers to. */
  anyPurpose: '1.3.6.1.4.1.311.10.12.1',
  /** RFC 5280 anyExtendedKeyUsage (szOID_ANY_ENHANCED_KEY_USAGE), what EAP's AllPurposeEnabled refers to. */
  allPurpose: '2.5.29.37.0',
  entraConditionalAccess: '1.3.6.1.4.1.311.87',
} as const;

export const EKU_NAMES: Readonly<Record<string, string>> = {
  [EKU.serverAuth]: 'Server Authentication',
  [EKU.clientAuth]: 'Client Authentication',
  [EKU.ikeIntermediate]: 'IP security IKE intermediate',
  [EKU.anyPurpose]: 'Any Purpose',
  [EKU.allPurpose]: 'All Purpose',
  [EKU.entraConditionalAccess]: 'AAD Conditional Access (Microsoft Entra)',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.5': 'IP security end system',
  '1.3.6.1.5.5.7.3.6': 'IP security tunnel termination',
  '1.3.6.1.5.5.7.3.7': 'IP security user',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '1.3.6.1.5.2.3.5': 'KDC Authentication',
  '1.3.6.1.4.1.311.20.2.1': 'Certificate Request Agent',
  '1.3.6.1.4.1.311.20.2.2': 'Smart Card Logon',
  '1.3.6.1.4.1.311.10.3.1': 'Microsoft Trust List Signing',
  '1.3.6.1.4.1.311.10.3.4': 'Encrypting File System',
  '1.3.6.1.4.1.311.10.3.4.1': 'File Recovery',
  '1.3.6.1.4.1.311.10.3.12': 'Document Signing',
};

export const EXT = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  authorityKeyIdentifier: '2.5.29.35',
  extendedKeyUsage: '2.5.29.37',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  templateName: '1.3.6.1.4.1.311.20.2',
  templateInformation: '1.3.6.1.4.1.311.21.7',
  applicationPolicies: '1.3.6.1.4.1.311.21.10',
  /** szOID_NTDS_CA_SECURITY_EXT: the account SID, for strong certificate mapping (KB5014754). */
  securityIdentifier: '1.3.6.1.4.1.311.25.2',
} as const;

/** szOID_NTDS_OBJECTSID: the other-name type inside the SID extension; its value is the SID as text. */
export const NTDS_OBJECTSID = '1.3.6.1.4.1.311.25.2.1';

/** The SAN URL form of a strong mapping (KB5014754; Microsoft Intune SCEP certificates carry it): the prefix, then the SID. */
export const SID_SAN_URL_PREFIX = 'tag:microsoft.com,2022-09-14:sid:';

export const EXTENSION_NAMES: Readonly<Record<string, string>> = {
  [EXT.subjectKeyIdentifier]: 'Subject Key Identifier',
  [EXT.keyUsage]: 'Key Usage',
  [EXT.subjectAltName]: 'Subject Alternative Name',
  [EXT.issuerAltName]: 'Issuer Alternative Name',
  [EXT.basicConstraints]: 'Basic Constraints',
  [EXT.crlDistributionPoints]: 'CRL Distribution Points',
  [EXT.certificatePolicies]: 'Certificate Policies',
  [EXT.authorityKeyIdentifier]: 'Authority Key Identifier',
  [EXT.extendedKeyUsage]: 'Enhanced Key Usage',
  [EXT.authorityInfoAccess]: 'Authority Information Access',
  [EXT.templateName]: 'Certificate Template Name',
  [EXT.templateInformation]: 'Certificate Template Information',
  [EXT.applicationPolicies]: 'Application Policies',
  '2.5.29.30': 'Name Constraints',
  '2.5.29.33': 'Policy Mappings',
  '2.5.29.36': 'Policy Constraints',
  '2.5.29.46': 'Freshest CRL',
  '2.5.29.54': 'Inhibit Any Policy',
  '1.3.6.1.5.5.7.1.11': 'Subject Information Access',
  '1.3.6.1.4.1.311.21.1': 'CA Version',
  '1.3.6.1.4.1.311.21.2': 'Previous CA Certificate Hash',
  [EXT.securityIdentifier]: 'AD Security Identifier (SID)',
  '1.3.6.1.5.5.7.48.1.5': 'OCSP No Revocation Checking',
};

/** Name attribute types: the short form used in the subject text, the label in the details view. */
export const NAME_ATTRIBUTES: Readonly<Record<string, { short: string; label: string }>> = {
  '2.5.4.3': { short: 'CN', label: 'Common name' },
  '2.5.4.4': { short: 'SN', label: 'Surname' },
  '2.5.4.5': { short: 'SERIALNUMBER', label: 'Serial number' },
  '2.5.4.6': { short: 'C', label: 'Country' },
  '2.5.4.7': { short: 'L', label: 'Locality' },
  '2.5.4.8': { short: 'S', label: 'State or province' },
  '2.5.4.9': { short: 'STREET', label: 'Street' },
  '2.5.4.10': { short: 'O', label: 'Organization' },
  '2.5.4.11': { short: 'OU', label: 'Organizational unit' },
  '2.5.4.12': { short: 'T', label: 'Title' },
  '2.5.4.42': { short: 'G', label: 'Given name' },
  '2.5.4.43': { short: 'I', label: 'Initials' },
  '0.9.2342.19200300.100.1.25': { short: 'DC', label: 'Domain component' },
  '0.9.2342.19200300.100.1.1': { short: 'UID', label: 'User ID' },
  '1.2.840.113549.1.9.1': { short: 'E', label: 'Email' },
};

export type HashName = 'MD2' | 'MD5' | 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Signature algorithms: the Windows display name and the hash (RSASSA-PSS carries its hash in parameters). */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, { name: string; hash?: HashName }>> = {
  '1.2.840.113549.1.1.2': { name: 'md2RSA', hash: 'MD2' },
  '1.2.840.113549.1.1.4': { name: 'md5RSA', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1RSA', hash: 'SHA-1' },
  '1.2.840.113549.1.1.14': { name: 'sha224RSA', hash: 'SHA-224' },
  '1.2.840.113549.1.1.11': { name: 'sha256RSA', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384RSA', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512RSA', hash: 'SHA-512' },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS' },
  '1.2.840.10045.4.1': { name: 'sha1ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.1': { name: 'sha224ECDSA', hash: 'SHA-224' },
  '1.2.840.10045.4.3.2': { name: 'sha256ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'sha384ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'sha512ECDSA', hash: 'SHA-512' },
  '1.2.840.10040.4.3': { name: 'sha1DSA', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.2': { name: 'sha256DSA', hash: 'SHA-256' },
  '1.3.101.112': { name: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448' },
};

export const HASH_ALGORITHMS: Readonly<Record<string, HashName>> = {
  '1.2.840.113549.2.2': 'MD2',
  '1.2.840.113549.2.5': 'MD5',
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

export const KEY_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
  '1.2.840.10045.2.1': 'ECC',
  '1.2.840.10040.4.1': 'DSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

export const CURVES: Readonly<Record<string, { name: string; bits: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
  '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
  '1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
  '1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
  '1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 },
};

export const POLICY_NAMES: Readonly<Record<string, string>> = {
  '2.5.29.32.0': 'All issuance policies',
};

/** Top-level content types that tell us what a non-certificate file is. */
export const CONTENT_TYPES = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
} as const;

export function ekuName(oid: string): string | undefined {
  return EKU_NAMES[oid] ?? POLICY_NAMES[oid];
}
