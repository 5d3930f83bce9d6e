// Bytes in, certificates out: DER, PEM (in any text), bare base64 and PKCS#7 bundles, one or many certificates.
// Bad input (random bytes, a truncated file, a private key, an empty file, a huge file) yields `error` with a
// sentence for the user; nothing here throws.
import { loadX509 } from './lazyX509';
import type * as X509 from './x509';
import { eapThumbprint } from '../values/thumbprint';
import { TAG, children, content, decodeOid, decodeSmallInteger, decodeString, integerBitLength, isDerError, readElement, toHex, whole, type DerElement } from './der';
import type {
  AccessDescription,
  AltName,
  AltNameKind,
  BasicConstraintsInfo,
  CertificateFileFormat,
  CertificateInfo,
  DecodedCertificates,
  DistinguishedName,
  ExtensionSummary,
  KeyUsageInfo,
  NameAttribute,
  PublicKeyInfo,
  Purpose,
  SecurityIdentifierInfo,
  SignatureAlgorithmInfo,
  TemplateInfo,
} from './model';
import { CONTENT_TYPES, CURVES, EXT, EXTENSION_NAMES, HASH_ALGORITHMS, KEY_ALGORITHMS, NAME_ATTRIBUTES, NTDS_OBJECTSID, SIGNATURE_ALGORITHMS, SID_SAN_URL_PREFIX, ekuName } from './oids';
import { findPemBlocks, formatSize, type PemBlock } from './pem';

/** Certificate files are kilobytes and bundles rarely reach a megabyte; anything larger is not a certificate file. */
export const MAX_CERTIFICATE_FILE_BYTES = 4 * 1024 * 1024;
/** Enough for any real bundle; stops a pathological file from producing millions of entries. */
const MAX_CERTIFICATES = 1000;

export class CertificateDecodeError extends Error {}

/** Decodes a certificate file of any supported kind. */
export function decodeCertificateFile(bytes: Uint8Array): DecodedCertificates {
  if (bytes.length === 0) return failure('The file is empty.');
  if (bytes.length > MAX_CERTIFICATE_FILE_BYTES) {
    return failure(`The file is ${formatSize(bytes.length)}; certificate files are a few kilobytes, so it was not decoded.`);
  }
  if (bytes[0] === TAG.sequence) {
    const der = decodeDerFile(bytes);
    // Binary that only happens to start with 0x30 may still be text ("0…"); fall through when it is text.
    if (!der.error || !looksLikeText(bytes)) return der;
  }
  if (!looksLikeText(bytes)) {
    return failure('This is binary data but not a DER-encoded certificate or PKCS#7 bundle (it does not start with an ASN.1 SEQUENCE).');
  }
  return decodeCertificatesInText(bytesToText(bytes));
}

/** Certificates in a text: every PEM block, or the whole text as bare base64 (some tools write `.cer` that way). */
export function decodeCertificatesInText(text: string): DecodedCertificates {
  const blocks = findPemBlocks(text);
  if (blocks.length) return decodePemBlocks(blocks);
  const compact = text.replace(/\s+/g, '');
  if (compact.length >= 16 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const bytes = new Uint8Array(Buffer.from(compact, 'base64'));
    const der = bytes[0] === TAG.sequence ? decodeDerFile(bytes) : undefined;
    if (der && !der.error) return { ...der, format: 'base64' };
    return failure(`The text is base64 but does not decode to a certificate${der?.error ? `: ${lowerFirst(der.error)}` : '.'}`);
  }
  if (!text.trim()) return failure('The file is empty.');
  return failure('No certificate found: the text has no "-----BEGIN CERTIFICATE-----" block.');
}

/** The certificates of the given PEM blocks (other kinds are noted and skipped). */
export function decodePemBlocks(blocks: readonly PemBlock[]): DecodedCertificates {
  const certificates: CertificateInfo[] = [];
  const notes: string[] = [];
  const errors: string[] = [];
  const single = blocks.length === 1;
  for (const [index, block] of blocks.entries()) {
    if (certificates.length >= MAX_CERTIFICATES) {
      notes.push(`Only the first ${MAX_CERTIFICATES} certificates were decoded; the ${blocks.length - index} blocks after them were skipped.`);
      break;
    }
    const where = single ? '' : `Block "${block.label}": `;
    if (block.kind !== 'certificate' && block.kind !== 'pkcs7') {
      notes.push(`${single ? 'This' : `Block "${block.label}"`} is ${describePemKind(block.kind)}${single ? '' : '; it was skipped'}.`);
      continue;
    }
    if (!block.bytes) {
      errors.push(where + block.error);
      continue;
    }
    const decoded = decodeDerFile(block.bytes, certificates.length);
    if (decoded.error) errors.push(where + decoded.error);
    certificates.push(...decoded.certificates);
    notes.push(...decoded.notes.map((note) => where + note));
  }
  if (!certificates.length) return failure(errors[0] ?? `No certificate found. ${notes.join(' ')}`);
  const format: CertificateFileFormat = single && blocks[0].kind === 'pkcs7' ? 'pkcs7' : 'pem';
  return { format, certificates, notes: [...errors, ...notes] };
}

export function describePemKind(kind: PemBlock['kind']): string {
  switch (kind) {
    case 'private-key':
      return 'a private key, not a certificate (keep it secret)';
    case 'public-key':
      return 'a bare public key, not a certificate';
    case 'request':
      return 'a certificate request (CSR), not a certificate';
    case 'crl':
      return 'a certificate revocation list, not a certificate';
    default:
      return 'not a certificate';
  }
}

/** DER bytes: one certificate, several concatenated, or a PKCS#7 bundle; other structures are named. */
function decodeDerFile(bytes: Uint8Array, firstIndex = 0): DecodedCertificates {
  const top = readElement(bytes, 0);
  if (isDerError(top)) {
    if (top.error === 'truncated' && top.declared !== undefined && top.declared > 2) {
      return failure(`The data is truncated: it declares ${top.declared} bytes but only ${top.available} are present.`);
    }
    return failure(isBerIndefinite(bytes) ? BER_MESSAGE : 'The data is not valid DER: its outer length field is malformed.');
  }
  const kind = classify(bytes, top);
  if (kind === 'pkcs7') return decodePkcs7(bytes, top, firstIndex);
  if (kind !== 'certificate') return failure(describeDerKind(kind));
  const certificates: CertificateInfo[] = [];
  const notes: string[] = [];
  let element: DerElement = top;
  for (;;) {
    try {
      certificates.push(decodeCertificate(whole(bytes, element), firstIndex + certificates.length));
    } catch (error) {
      if (!certificates.length) return failure(messageOf(error));
      notes.push(`Certificate ${certificates.length + 1}: ${messageOf(error)}`);
    }
    if (element.end >= bytes.length || certificates.length >= MAX_CERTIFICATES) break;
    const next = readElement(bytes, element.end);
    if (isDerError(next) || classify(bytes, next) !== 'certificate') {
      notes.push(`${bytes.length - element.end} bytes after the certificate were ignored.`);
      break;
    }
    element = next;
  }
  return { format: 'der', certificates, notes };
}

type DerKind = 'certificate' | 'pkcs7' | 'pkcs7-other' | 'pfx' | 'private-key' | 'encrypted-private-key' | 'public-key' | 'request' | 'crl' | 'unknown';

function classify(bytes: Uint8Array, top: DerElement): DerKind {
  if (top.tag !== TAG.sequence) return 'unknown';
  const items = children(bytes, top);
  if (!items || !items.length) return 'unknown';
  const [first, second, third] = items;
  if (first.tag === TAG.oid) {
    const type = decodeOid(bytes, first);
    return type === CONTENT_TYPES.signedData ? 'pkcs7' : type?.startsWith('1.2.840.113549.1.7.') ? 'pkcs7-other' : 'unknown';
  }
  if (first.tag === TAG.integer) {
    const version = decodeSmallInteger(bytes, first);
    if (version === 3 && second?.tag === TAG.sequence) return 'pfx';
    if (second?.tag === TAG.sequence && third?.tag === TAG.octetString) return 'private-key'; // PKCS#8
    if (second?.tag === TAG.integer && items.length >= 9) return 'private-key'; // PKCS#1 RSAPrivateKey
    if (version === 1 && second?.tag === TAG.octetString) return 'private-key'; // SEC 1 ECPrivateKey
    return 'unknown';
  }
  if (first.tag === TAG.sequence && second?.tag === TAG.octetString && items.length === 2) return 'encrypted-private-key';
  if (first.tag === TAG.sequence && second?.tag === TAG.bitString && items.length === 2) return 'public-key';
  if (first.tag === TAG.sequence && second?.tag === TAG.sequence && third?.tag === TAG.bitString) {
    const tbs = children(bytes, first) ?? [];
    if (tbs.some((item) => item.tag === TAG.utcTime || item.tag === TAG.generalizedTime)) return 'crl';
    if (tbs.length === 4 && tbs[0].tag === TAG.integer && tbs[3].tag === 0xa0) return 'request';
    return 'certificate';
  }
  return 'unknown';
}

function describeDerKind(kind: DerKind): string {
  switch (kind) {
    case 'pfx':
      return 'This is a PKCS#12 (PFX) file: it holds a private key and is password-protected. Export the certificate alone (a .cer file) to inspect it.';
    case 'private-key':
    case 'encrypted-private-key':
      return 'This is a private key, not a certificate. Keep it secret; open the matching .cer file instead.';
    case 'public-key':
      return 'This is a bare public key, not a certificate.';
    case 'request':
      return 'This is a certificate request (CSR), not a certificate. Open the certificate the CA issued for it.';
    case 'crl':
      return 'This is a certificate revocation list (CRL), not a certificate.';
    case 'pkcs7-other':
      return 'This is a PKCS#7 message that is not a certificate bundle (SignedData).';
    default:
      return 'The data is DER but not a certificate or PKCS#7 bundle (truncated, or another kind of structure).';
  }
}

function decodePkcs7(bytes: Uint8Array, top: DerElement, firstIndex: number): DecodedCertificates {
  // ContentInfo { contentType, [0] EXPLICIT SignedData { version, digestAlgorithms, encapContentInfo, [0] IMPLICIT certificates, … } }
  const content0 = children(bytes, top)?.[1];
  const signedData = content0 && content0.tag === 0xa0 ? children(bytes, content0)?.[0] : undefined;
  const fields = signedData && children(bytes, signedData);
  if (!fields) return failure('The PKCS#7 bundle is damaged: its SignedData part does not parse.');
  const set = fields.find((field) => field.tag === 0xa0);
  const elements = (set && children(bytes, set)) ?? [];
  const certificates: CertificateInfo[] = [];
  const notes: string[] = [];
  for (const element of elements) {
    if (certificates.length >= MAX_CERTIFICATES) break;
    if (element.tag !== TAG.sequence) {
      notes.push('An attribute certificate or other entry in the bundle was skipped.');
      continue;
    }
    try {
      certificates.push(decodeCertificate(whole(bytes, element), firstIndex + certificates.length));
    } catch (error) {
      notes.push(`Bundle entry ${certificates.length + notes.length + 1}: ${messageOf(error)}`);
    }
  }
  if (!certificates.length) return { certificates, notes, error: notes[0] ?? 'The PKCS#7 bundle contains no certificates.' };
  return { format: 'pkcs7', certificates, notes };
}

// BER indefinite lengths (some Java tools write PKCS#7 that way) are not DER; say how to get DER instead.
const BER_MESSAGE = 'The data uses BER indefinite lengths, which this viewer does not decode; re-export it as DER (save it as a .cer or .p7b from the Windows certificate dialog).';

function isBerIndefinite(bytes: Uint8Array): boolean {
  return bytes[0] === TAG.sequence && bytes[1] === 0x80;
}

/** Decodes one DER certificate; throws CertificateDecodeError with a sentence for the user. */
export function decodeCertificate(der: Uint8Array, index = 0): CertificateInfo {
  const top = readElement(der, 0);
  if (isDerError(top))
    throw new CertificateDecodeError(
      top.error === 'truncated' ? `The certificate is truncated: it declares ${top.declared} bytes but only ${top.available} are present.` : 'The certificate is not valid DER.',
    );
  const [tbs, signatureAlgorithm] = children(der, top) ?? [];
  const tbsItems = tbs && children(der, tbs);
  if (!tbsItems || !signatureAlgorithm) throw new CertificateDecodeError('The certificate structure is damaged (its parts do not parse).');
  const hasVersion = tbsItems[0]?.tag === 0xa0;
  const [serialElement, , issuerElement, , subjectElement, spkiElement] = tbsItems.slice(hasVersion ? 1 : 0);
  if (!serialElement || !issuerElement || !subjectElement || !spkiElement) throw new CertificateDecodeError('The certificate is missing required fields.');

  let cert: X509.X509Certificate;
  try {
    cert = new (loadX509().X509Certificate)(arrayBufferOf(der));
  } catch (error) {
    throw new CertificateDecodeError(`The certificate structure is damaged: ${lowerFirst(messageOf(error))}`);
  }
  const versionElement = hasVersion ? children(der, tbsItems[0])?.[0] : undefined;
  const version = (versionElement ? (decodeSmallInteger(der, versionElement) ?? 0) : 0) + 1;
  const createHash = (hashFunction ??= (require('node:crypto') as typeof import('node:crypto')).createHash);
  const sha1 = createHash('sha1').update(der).digest('hex');
  const subject = decodeName(der, subjectElement);
  const issuer = decodeName(der, issuerElement);
  const extensionsElement = tbsItems.find((item) => item.tag === 0xa3);
  const extensions = decodeExtensions(der, extensionsElement);
  const basicConstraints = extensions.basicConstraints;
  return {
    index,
    version,
    serialNumber: toHex(content(der, serialElement)).toUpperCase(),
    subject,
    issuer,
    notBefore: isoDate(cert.notBefore),
    notAfter: isoDate(cert.notAfter),
    thumbprints: {
      sha1: sha1.toUpperCase(),
      sha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
      sha1Eap: eapThumbprint(sha1),
    },
    publicKey: decodePublicKey(der, spkiElement),
    signatureAlgorithm: decodeSignatureAlgorithm(der, signatureAlgorithm),
    selfIssued: subject.key === issuer.key,
    basicConstraints,
    isCA: basicConstraints?.ca === true,
    keyUsage: extensions.keyUsage,
    extendedKeyUsages: extensions.extendedKeyUsages,
    applicationPolicies: extensions.applicationPolicies,
    subjectAltNames: extensions.subjectAltNames ?? [],
    crlDistributionPoints: extensions.crlDistributionPoints ?? [],
    authorityInfoAccess: extensions.authorityInfoAccess ?? [],
    certificatePolicies: extensions.certificatePolicies ?? [],
    template: extensions.template,
    securityIdentifier: securityIdentifierOf(extensions.securityIdentifier, extensions.subjectAltNames ?? []),
    subjectKeyId: extensions.subjectKeyId,
    authorityKeyId: extensions.authorityKeyId,
    extensions: extensions.summaries,
  };
}

function decodeName(der: Uint8Array, element: DerElement): DistinguishedName {
  const attributes: NameAttribute[] = [];
  const rdns: NameAttribute[][] = [];
  for (const set of children(der, element) ?? []) {
    const rdn: NameAttribute[] = [];
    for (const pair of children(der, set) ?? []) {
      const [typeElement, valueElement] = children(der, pair) ?? [];
      const oid = typeElement && decodeOid(der, typeElement);
      if (!oid || !valueElement) continue;
      const known = NAME_ATTRIBUTES[oid];
      const value = decodeString(der, valueElement) ?? `#${toHex(whole(der, valueElement))}`;
      rdn.push({ oid, type: known?.short ?? oid, label: known?.label ?? oid, value });
    }
    rdns.push(rdn);
    attributes.push(...rdn);
  }
  const text = [...rdns]
    .reverse()
    .map((rdn) => rdn.map((attribute) => `${attribute.type}=${quoteNameValue(attribute.value)}`).join(' + '))
    .join(', ');
  return { text, attributes, key: toHex(whole(der, element)) };
}

/** Windows quotes values that contain separators: `O="Contoso, Ltd"`. */
function quoteNameValue(value: string): string {
  return /[,+=";<>\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function decodePublicKey(der: Uint8Array, spki: DerElement): PublicKeyInfo {
  const [algorithm, keyBits] = children(der, spki) ?? [];
  const [oidElement, parameters] = (algorithm && children(der, algorithm)) ?? [];
  const algorithmOid = (oidElement && decodeOid(der, oidElement)) ?? 'unknown';
  const name = KEY_ALGORITHMS[algorithmOid] ?? algorithmOid;
  if ((name === 'RSA' || name === 'RSA-PSS') && keyBits?.tag === TAG.bitString) {
    // BIT STRING content: one "unused bits" octet, then RSAPublicKey { modulus, publicExponent }.
    const inner = readElement(der, keyBits.contentStart + 1, keyBits.end);
    const modulus = !isDerError(inner) ? children(der, inner)?.[0] : undefined;
    const size = modulus ? integerBitLength(der, modulus) : undefined;
    return { algorithmOid, algorithm: 'RSA', size, description: size ? `RSA ${size} bits` : 'RSA' };
  }
  if (name === 'ECC') {
    const curveOid = parameters?.tag === TAG.oid ? decodeOid(der, parameters) : undefined;
    const curve = curveOid ? CURVES[curveOid] : undefined;
    const curveName = curve?.name ?? curveOid ?? 'unknown curve';
    return { algorithmOid, algorithm: 'ECC', size: curve?.bits, curve: curveName, description: `ECC ${curveName}` };
  }
  if (name === 'DSA') {
    const p = parameters && children(der, parameters)?.[0];
    const size = p ? integerBitLength(der, p) : undefined;
    return { algorithmOid, algorithm: 'DSA', size, description: size ? `DSA ${size} bits` : 'DSA' };
  }
  if (name === 'Ed25519' || name === 'Ed448') return { algorithmOid, algorithm: name, size: name === 'Ed25519' ? 256 : 456, description: name };
  return { algorithmOid, algorithm: name, description: name };
}

function decodeSignatureAlgorithm(der: Uint8Array, element: DerElement): SignatureAlgorithmInfo {
  const [oidElement, parameters] = children(der, element) ?? [];
  const oid = (oidElement && decodeOid(der, oidElement)) ?? 'unknown';
  const known = SIGNATURE_ALGORITHMS[oid];
  if (!known) return { oid, name: oid };
  if (known.name !== 'RSASSA-PSS') return { oid, name: known.name, hash: known.hash };
  // RSASSA-PSS-params { hashAlgorithm [0] EXPLICIT AlgorithmIdentifier DEFAULT sha1, … }
  const hashField = parameters && children(der, parameters)?.find((item) => item.tag === 0xa0);
  const hashAlgorithm = hashField && children(der, hashField)?.[0];
  const hashOidElement = hashAlgorithm && children(der, hashAlgorithm)?.[0];
  const hashOid = hashOidElement && decodeOid(der, hashOidElement);
  const hash = hashOid ? HASH_ALGORITHMS[hashOid] : 'SHA-1';
  return { oid, name: `RSASSA-PSS (${hash ?? hashOid})`, hash };
}

interface DecodedExtensions {
  summaries: ExtensionSummary[];
  basicConstraints?: BasicConstraintsInfo;
  keyUsage?: KeyUsageInfo;
  extendedKeyUsages?: Purpose[];
  applicationPolicies?: Purpose[];
  subjectAltNames?: AltName[];
  crlDistributionPoints?: string[];
  authorityInfoAccess?: AccessDescription[];
  certificatePolicies?: Purpose[];
  template?: TemplateInfo;
  securityIdentifier?: string;
  subjectKeyId?: string;
  authorityKeyId?: string;
}

// One damaged extension must not hide the others, so each is decoded on its own.
function decodeExtensions(der: Uint8Array, wrapper: DerElement | undefined): DecodedExtensions {
  const result: DecodedExtensions = { summaries: [] };
  const list = wrapper && children(der, wrapper)?.[0];
  for (const element of (list && children(der, list)) ?? []) {
    const parts = children(der, element) ?? [];
    const oid = (parts[0] && decodeOid(der, parts[0])) ?? 'unknown';
    const critical = parts[1]?.tag === TAG.boolean && der[parts[1].contentStart] !== 0;
    const name = EXTENSION_NAMES[oid];
    try {
      decodeExtension(oid, whole(der, element), parts[parts.length - 1], der, result);
      result.summaries.push({ oid, name, critical });
    } catch (error) {
      result.summaries.push({ oid, name, critical, error: `could not be decoded (${lowerFirst(messageOf(error))})` });
    }
  }
  return result;
}

/** node:crypto's createHash, loaded with the first certificate: a check of profiles without certificates never pays for it. */
let hashFunction: typeof import('node:crypto').createHash | undefined;

/** The key usage bits, by the names @peculiar/x509 gives them (RFC 5280, section 4.2.1.3). */
const KEY_USAGE_NAMES = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly'] as const;

function decodeExtension(oid: string, raw: Uint8Array, value: DerElement | undefined, der: Uint8Array, out: DecodedExtensions): void {
  const x509 = loadX509();
  const buffer = arrayBufferOf(raw);
  switch (oid) {
    case EXT.basicConstraints: {
      const ext = new x509.BasicConstraintsExtension(buffer);
      out.basicConstraints = { ca: ext.ca, pathLength: ext.pathLength, critical: ext.critical };
      return;
    }
    case EXT.keyUsage: {
      const ext = new x509.KeyUsagesExtension(buffer);
      out.keyUsage = { usages: KEY_USAGE_NAMES.filter((name) => ext.usages & x509.KeyUsageFlags[name]), critical: ext.critical };
      return;
    }
    case EXT.extendedKeyUsage:
      // Array.from: the library returns Array subclasses; the model stays plain JSON.
      out.extendedKeyUsages = Array.from(new x509.ExtendedKeyUsageExtension(buffer).usages, (usage) => {
        // A damaged extension can decode to something that is not an OID: the extension is then undecodable.
        if (typeof usage !== 'string' || !/^\d+(?:\.\d+)+$/.test(usage)) throw new Error('an EKU that is not an object identifier');
        return purpose(usage);
      });
      return;
    case EXT.applicationPolicies:
      // Same syntax as Certificate Policies (a list of policy OIDs).
      out.applicationPolicies = Array.from(new x509.CertificatePolicyExtension(buffer).policies, purpose);
      return;
    case EXT.certificatePolicies:
      out.certificatePolicies = Array.from(new x509.CertificatePolicyExtension(buffer).policies, purpose);
      return;
    case EXT.subjectAltName:
      out.subjectAltNames = Array.from(new x509.SubjectAlternativeNameExtension(buffer).names.items, altName);
      return;
    case EXT.crlDistributionPoints: {
      const ext = new x509.CRLDistributionPointsExtension(buffer);
      out.crlDistributionPoints = Array.from(ext.distributionPoints).flatMap((point) =>
        (point.distributionPoint?.fullName ?? []).map((name) => name.uniformResourceIdentifier ?? (name.directoryName ? 'directory name' : 'other name')),
      );
      return;
    }
    case EXT.authorityInfoAccess: {
      const ext = new x509.AuthorityInfoAccessExtension(buffer);
      out.authorityInfoAccess = [
        ...Array.from(ext.ocsp, (name): AccessDescription => ({ method: 'ocsp', location: name.value })),
        ...Array.from(ext.caIssuers, (name): AccessDescription => ({ method: 'caIssuers', location: name.value })),
      ];
      return;
    }
    case EXT.subjectKeyIdentifier:
      out.subjectKeyId = new x509.SubjectKeyIdentifierExtension(buffer).keyId.toLowerCase();
      return;
    case EXT.authorityKeyIdentifier:
      out.authorityKeyId = new x509.AuthorityKeyIdentifierExtension(buffer).keyId?.toLowerCase();
      return;
    case EXT.templateName: {
      const inner = value && readElement(der, value.contentStart, value.end);
      const name = inner && !isDerError(inner) ? decodeString(der, inner) : undefined;
      if (name === undefined) throw new Error('not a string');
      out.template = { ...out.template, name };
      return;
    }
    case EXT.securityIdentifier: {
      out.securityIdentifier = decodeSidExtension(der, value);
      return;
    }
    case EXT.templateInformation: {
      // CertificateTemplate { templateID OID, templateMajorVersion INTEGER, templateMinorVersion INTEGER OPTIONAL }
      const inner = value && readElement(der, value.contentStart, value.end);
      const fields = inner && !isDerError(inner) ? children(der, inner) : undefined;
      const templateOid = fields?.[0] && decodeOid(der, fields[0]);
      if (!templateOid) throw new Error('no template identifier');
      out.template = {
        ...out.template,
        oid: templateOid,
        majorVersion: fields[1] && decodeSmallInteger(der, fields[1]),
        minorVersion: fields[2] && decodeSmallInteger(der, fields[2]),
      };
      return;
    }
    default:
      // Known or not, other extensions are listed by name and OID only; still check that they parse.
      new x509.Extension(buffer);
  }
}

// SEQUENCE { [0] { OBJECT IDENTIFIER 1.3.6.1.4.1.311.25.2.1, [0] { OCTET STRING "S-1-5-21-…" } } }: a GeneralNames
// with one other-name whose value is the SID as ASCII text (as certutil -dump shows an AD CS certificate).
function decodeSidExtension(der: Uint8Array, value: DerElement | undefined): string {
  const sequence = value && readElement(der, value.contentStart, value.end);
  if (!sequence || isDerError(sequence) || sequence.tag !== TAG.sequence) throw new Error('not a sequence');
  const otherName = children(der, sequence)?.find((element) => element.tag === 0xa0);
  const [typeId, wrapped] = (otherName && children(der, otherName)) ?? [];
  if (!typeId || decodeOid(der, typeId) !== NTDS_OBJECTSID || wrapped?.tag !== 0xa0) throw new Error('no object SID');
  const octets = children(der, wrapped)?.[0];
  if (!octets || octets.tag !== TAG.octetString) throw new Error('the SID is not an octet string');
  const sid = Buffer.from(content(der, octets)).toString('latin1');
  if (!isSidText(sid)) throw new Error('the value is not a SID');
  return sid;
}

/** `S-1-5-21-…`: the textual form of a security identifier. */
export function isSidText(text: string): boolean {
  return /^S-1-\d+(-\d+)+$/i.test(text);
}

/** The SID a certificate carries for strong mapping: the SID extension first, else a SAN URL tag. */
function securityIdentifierOf(extension: string | undefined, altNames: readonly AltName[]): SecurityIdentifierInfo | undefined {
  if (extension) return { sid: extension, source: 'extension' };
  for (const alt of altNames) {
    if (alt.kind !== 'uri' || alt.value.slice(0, SID_SAN_URL_PREFIX.length).toLowerCase() !== SID_SAN_URL_PREFIX) continue;
    const sid = alt.value.slice(SID_SAN_URL_PREFIX.length);
    if (isSidText(sid)) return { sid, source: 'san-url' };
  }
  return undefined;
}

function purpose(oid: string): Purpose {
  return { oid, name: ekuName(oid) };
}

const ALT_NAME_KINDS: Readonly<Record<string, AltNameKind>> = {
  dns: 'dns',
  ip: 'ip',
  upn: 'upn',
  email: 'email',
  url: 'uri',
  dn: 'dn',
  guid: 'guid',
  id: 'registeredId',
};

function altName(name: X509.GeneralName): AltName {
  return { kind: ALT_NAME_KINDS[name.type] ?? 'registeredId', value: name.value };
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new CertificateDecodeError('The certificate has an unreadable validity date.');
  return date.toISOString();
}

/** A copy of exactly the viewed bytes (a Buffer's `.buffer` is often a larger shared pool). */
function arrayBufferOf(view: Uint8Array): ArrayBuffer {
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
}

function failure(error: string): DecodedCertificates {
  return { certificates: [], notes: [], error };
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** UTF-8, or UTF-16 with a BOM (Windows PowerShell 5.1 `Out-File` writes UTF-16 LE). */
function bytesToText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
