// What the decoder makes of a certificate: plain, JSON-safe objects (dates as ISO strings) so the same value
// crosses the LSP connection to the certificate viewer and feeds the CLI's JSON.
import type { HashName } from './oids';

export interface NameAttribute {
  readonly oid: string;
  /** `CN`, `O`, … or the OID when the type has no short name. */
  readonly type: string;
  /** `Common name`, … or the OID. */
  readonly label: string;
  readonly value: string;
}

export interface DistinguishedName {
  /** Most specific first, as Windows shows it: `CN=vpn.example.net, O=Contoso, C=US`. */
  readonly text: string;
  /** In certificate (DER) order, most general first. */
  readonly attributes: readonly NameAttribute[];
  /** Hex of the DER encoding: equal names have equal keys (how issuers are matched to subjects). */
  readonly key: string;
}

export type AltNameKind = 'dns' | 'ip' | 'upn' | 'email' | 'uri' | 'dn' | 'guid' | 'registeredId';

export interface AltName {
  readonly kind: AltNameKind;
  readonly value: string;
}

export interface PublicKeyInfo {
  readonly algorithmOid: string;
  /** `RSA`, `ECC`, `Ed25519`, … or the OID. */
  readonly algorithm: string;
  /** RSA modulus bits, curve size, or undefined when unknown. */
  readonly size?: number;
  readonly curve?: string;
  /** `RSA 2048 bits`, `ECC P-256`. */
  readonly description: string;
}

export interface SignatureAlgorithmInfo {
  readonly oid: string;
  /** Windows-style name: `sha256RSA`, `sha384ECDSA`, `RSASSA-PSS (SHA-256)`. */
  readonly name: string;
  readonly hash?: HashName;
}

export interface Purpose {
  readonly oid: string;
  readonly name?: string;
}

export interface BasicConstraintsInfo {
  readonly ca: boolean;
  readonly pathLength?: number;
  readonly critical: boolean;
}

export interface KeyUsageInfo {
  /** RFC 5280 names: digitalSignature, keyEncipherment, keyCertSign, cRLSign, … */
  readonly usages: readonly string[];
  readonly critical: boolean;
}

export interface AccessDescription {
  readonly method: 'ocsp' | 'caIssuers' | 'other';
  readonly location: string;
}

export interface TemplateInfo {
  readonly name?: string;
  readonly oid?: string;
  readonly majorVersion?: number;
  readonly minorVersion?: number;
}

export interface SecurityIdentifierInfo {
  /** `S-1-5-21-…` as written in the certificate. */
  readonly sid: string;
  /** Where it is: the SID extension, or a SAN URL tag. */
  readonly source: 'extension' | 'san-url';
}

export interface ExtensionSummary {
  readonly oid: string;
  readonly name?: string;
  readonly critical: boolean;
  /** Set when the extension could not be decoded; the rest of the certificate still was. */
  readonly error?: string;
}

export interface Thumbprints {
  /** Uppercase hex without separators, as certutil and PowerShell print it. */
  readonly sha1: string;
  readonly sha256: string;
  /** The form Windows writes into EAP XML: `d2 d3 8e … c2 ` (lowercase pairs, trailing space). */
  readonly sha1Eap: string;
}

export interface CertificateInfo {
  /** Position in the file or text it was decoded from (0-based). */
  readonly index: number;
  readonly version: number;
  /** Uppercase hex. */
  readonly serialNumber: string;
  readonly subject: DistinguishedName;
  readonly issuer: DistinguishedName;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  readonly thumbprints: Thumbprints;
  readonly publicKey: PublicKeyInfo;
  readonly signatureAlgorithm: SignatureAlgorithmInfo;
  /** Subject and issuer names are equal: a root (or a self-issued re-key). */
  readonly selfIssued: boolean;
  readonly basicConstraints?: BasicConstraintsInfo;
  readonly isCA: boolean;
  readonly keyUsage?: KeyUsageInfo;
  /** Undefined when the certificate has no EKU extension at all (Windows then treats it as valid for every purpose). */
  readonly extendedKeyUsages?: readonly Purpose[];
  readonly applicationPolicies?: readonly Purpose[];
  readonly subjectAltNames: readonly AltName[];
  readonly crlDistributionPoints: readonly string[];
  readonly authorityInfoAccess: readonly AccessDescription[];
  readonly certificatePolicies: readonly Purpose[];
  readonly template?: TemplateInfo;
  /**
   * The account SID the certificate is strongly mapped to (KB5014754): from the SID extension
   * (1.3.6.1.4.1.311.25.2), which an enterprise CA adds, or from a SAN URL `tag:microsoft.com,2022-09-14:sid:<SID>`.
   */
  readonly securityIdentifier?: SecurityIdentifierInfo;
  /** Lowercase hex. */
  readonly subjectKeyId?: string;
  readonly authorityKeyId?: string;
  readonly extensions: readonly ExtensionSummary[];
}

export type CertificateFileFormat = 'der' | 'pem' | 'pkcs7' | 'base64';

export interface DecodedCertificates {
  readonly format?: CertificateFileFormat;
  readonly certificates: readonly CertificateInfo[];
  /** Things worth knowing that did not stop decoding (a skipped private key block, trailing bytes, …). */
  readonly notes: readonly string[];
  /** Set when nothing could be decoded: a clear sentence for the user. */
  readonly error?: string;
}
