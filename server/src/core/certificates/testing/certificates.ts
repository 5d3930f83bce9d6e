// Test certificates made on the fly with @peculiar/x509 and Node's WebCrypto: a small Contoso PKI with one good
// certificate per Always On VPN role, and a builder for every defect the rules look for. Test-only code.
import * as x509 from '../x509';
import { webcrypto } from 'node:crypto';
import { EKU, EXT } from '../oids';

type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** The fixed "today" of the tests; the good certificates are valid from 2020 to 2060. */
export const NOW = new Date('2025-06-01T12:00:00Z');
export const LONG_AGO = new Date('2020-01-01T00:00:00Z');
export const FAR_FUTURE = new Date('2060-01-01T00:00:00Z');

export type KeyKind = 'ec' | 'rsa512' | 'rsa1024' | 'rsa2048';

export interface Signer {
  readonly cert: x509.X509Certificate;
  readonly keys: CryptoKeyPair;
}

export interface MadeCertificate extends Signer {
  readonly der: Uint8Array;
}

export interface CertificateSpec {
  /** `CN=vpn.contoso.com, O=Contoso`, most specific first as Windows shows it; or RDNs in DER order (`{ utf8String }` values keep any character). */
  readonly subject: string | x509.JsonNameParams;
  /** Self-signed when absent. */
  readonly issuer?: Signer;
  readonly key?: KeyKind;
  readonly hash?: 'SHA-1' | 'SHA-256';
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly ca?: boolean | { readonly pathLength: number };
  readonly keyUsage?: number;
  readonly eku?: readonly string[];
  readonly san?: readonly x509.JsonGeneralName[];
  readonly cdp?: readonly string[];
  readonly ocsp?: readonly string[];
  readonly caIssuers?: readonly string[];
  readonly policies?: readonly string[];
  readonly extensions?: readonly x509.Extension[];
  readonly serialNumber?: string;
}

const rsaKeys = new Map<KeyKind, Promise<CryptoKeyPair>>();

/** A fresh EC P-256 key pair, or an RSA pair shared per size (RSA generation is slow; tests need no distinct RSA keys). */
export function keyPair(kind: KeyKind = 'ec'): Promise<CryptoKeyPair> {
  if (kind === 'ec') {
    return webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
  }
  let pair = rsaKeys.get(kind);
  if (!pair) {
    pair = webcrypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: Number(kind.slice(3)) }, true, [
      'sign',
      'verify',
    ]) as Promise<CryptoKeyPair>;
    rsaKeys.set(kind, pair);
  }
  return pair;
}

let serial = 0x1000;

export async function makeCertificate(spec: CertificateSpec): Promise<MadeCertificate> {
  const keys = await keyPair(spec.key);
  const signer = spec.issuer ?? { keys };
  const signingAlgorithm = signer.keys.privateKey.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: spec.hash ?? 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: spec.hash ?? 'SHA-256' };
  const extensions: x509.Extension[] = [];
  if (spec.ca !== undefined) {
    extensions.push(new x509.BasicConstraintsExtension(spec.ca !== false, typeof spec.ca === 'object' ? spec.ca.pathLength : undefined, true));
  }
  if (spec.keyUsage !== undefined) extensions.push(new x509.KeyUsagesExtension(spec.keyUsage, true));
  if (spec.eku) extensions.push(new x509.ExtendedKeyUsageExtension([...spec.eku]));
  if (spec.san) extensions.push(new x509.SubjectAlternativeNameExtension([...spec.san]));
  if (spec.cdp) extensions.push(new x509.CRLDistributionPointsExtension([...spec.cdp]));
  if (spec.ocsp || spec.caIssuers) {
    extensions.push(new x509.AuthorityInfoAccessExtension({ ocsp: spec.ocsp ? [...spec.ocsp] : undefined, caIssuers: spec.caIssuers ? [...spec.caIssuers] : undefined }));
  }
  if (spec.policies) extensions.push(new x509.CertificatePolicyExtension([...spec.policies]));
  extensions.push(await x509.SubjectKeyIdentifierExtension.create(keys.publicKey));
  extensions.push(await x509.AuthorityKeyIdentifierExtension.create(signer.keys.publicKey));
  extensions.push(...(spec.extensions ?? []));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: spec.serialNumber ?? (serial++).toString(16).padStart(4, '0'),
    subject: derOrder(spec.subject),
    issuer: spec.issuer ? spec.issuer.cert.subjectName : derOrder(spec.subject),
    notBefore: spec.notBefore ?? LONG_AGO,
    notAfter: spec.notAfter ?? FAR_FUTURE,
    publicKey: keys.publicKey,
    signingKey: await signingKey(signer.keys.privateKey, spec.hash ?? 'SHA-256'),
    signingAlgorithm,
    extensions,
  });
  return { cert, keys, der: new Uint8Array(cert.rawData) };
}

/** WebCrypto binds an RSA key to one hash; re-import it when the certificate asks for another (SHA-1). */
async function signingKey(key: webcrypto.CryptoKey, hash: string): Promise<webcrypto.CryptoKey> {
  const algorithm = key.algorithm as webcrypto.RsaHashedKeyAlgorithm;
  if (algorithm.name !== 'RSASSA-PKCS1-v1_5' || algorithm.hash.name === hash) return key;
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', key);
  return webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']);
}

/** Specs are written as Windows displays names (most specific first); DER stores them the other way round. */
function derOrder(name: string | x509.JsonNameParams): x509.Name {
  return typeof name === 'string' ? new x509.Name(new x509.Name(name).toJSON().reverse()) : new x509.Name(name);
}

const KU = x509.KeyUsageFlags;
export const CA_KEY_USAGE = KU.keyCertSign | KU.cRLSign | KU.digitalSignature;
export const LEAF_KEY_USAGE = KU.digitalSignature | KU.keyEncipherment;

export const CDP = 'http://pki.contoso.com/crl/contoso-issuing.crl';
export const ROOT_CDP = 'http://pki.contoso.com/crl/contoso-root.crl';

export interface Pki {
  readonly root: MadeCertificate;
  readonly issuing: MadeCertificate;
  readonly vpnServer: MadeCertificate;
  readonly sstpServer: MadeCertificate;
  readonly npsServer: MadeCertificate;
  readonly user: MadeCertificate;
  readonly device: MadeCertificate;
}

let pki: Promise<Pki> | undefined;

/** A root, an issuing CA and one certificate per role that meets every requirement the rules check. */
export function contosoPki(): Promise<Pki> {
  return (pki ??= buildPki());
}

async function buildPki(): Promise<Pki> {
  const root = await makeRootCa();
  const issuing = await makeCertificate({
    subject: 'CN=Contoso Issuing CA, O=Contoso',
    issuer: root,
    ca: { pathLength: 0 },
    keyUsage: CA_KEY_USAGE,
    cdp: [ROOT_CDP],
    caIssuers: ['http://pki.contoso.com/aia/contoso-root.crt'],
  });
  const leaf = (spec: Omit<CertificateSpec, 'issuer'>): Promise<MadeCertificate> =>
    makeCertificate({ keyUsage: LEAF_KEY_USAGE, cdp: [CDP], caIssuers: ['http://pki.contoso.com/aia/contoso-issuing.crt'], ...spec, issuer: issuing });
  return {
    root,
    issuing,
    vpnServer: await leaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth, EKU.ikeIntermediate], san: [{ type: 'dns', value: 'vpn.contoso.com' }] }),
    sstpServer: await leaf({ subject: 'CN=sstp.contoso.com', eku: [EKU.serverAuth], san: [{ type: 'dns', value: 'sstp.contoso.com' }] }),
    npsServer: await leaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.serverAuth, EKU.clientAuth], san: [{ type: 'dns', value: 'nps1.corp.contoso.com' }] }),
    user: await leaf({
      subject: 'CN=Alice Example, OU=Users, DC=corp, DC=contoso, DC=com',
      eku: [EKU.clientAuth],
      san: [{ type: 'upn', value: 'alice@contoso.com' }],
      extensions: [sidExtension(USER_SID)],
    }),
    device: await leaf({ subject: 'CN=pc1.corp.contoso.com', eku: [EKU.clientAuth, EKU.ikeIntermediate], san: [{ type: 'dns', value: 'pc1.corp.contoso.com' }] }),
  };
}

export function makeRootCa(subject = 'CN=Contoso Root CA, O=Contoso', extra: Partial<CertificateSpec> = {}): Promise<MadeCertificate> {
  return makeCertificate({ subject, ca: true, keyUsage: CA_KEY_USAGE, ...extra });
}

/** A leaf issued by the Contoso issuing CA with the good defaults, overridden by `spec`. */
export async function makeLeaf(spec: Partial<CertificateSpec> & { subject: string }): Promise<MadeCertificate> {
  const { issuing } = await contosoPki();
  return makeCertificate({ keyUsage: LEAF_KEY_USAGE, cdp: [CDP], issuer: issuing, ...spec });
}

/** A degenerate PKCS#7 SignedData (a .p7b) holding the certificates. */
export function toPkcs7(certificates: readonly MadeCertificate[]): Uint8Array {
  return new Uint8Array(new x509.X509Certificates(certificates.map((made) => made.cert)).export('raw'));
}

export async function privateKeyDer(kind: KeyKind = 'ec'): Promise<Uint8Array> {
  return new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', (await keyPair(kind)).privateKey));
}

/** An extension with any OID and raw DER value (for damaged or unusual extensions). */
export function rawExtension(oid: string, valueHex: string, critical = false): x509.Extension {
  return new x509.Extension(oid, critical, Buffer.from(valueHex, 'hex'));
}

/** The DER with every occurrence of one byte sequence replaced by another of the same length (to forge odd fields). */
export function replaceBytes(der: Uint8Array, fromHex: string, toHex: string): Uint8Array {
  const from = Buffer.from(fromHex, 'hex');
  const to = Buffer.from(toHex, 'hex');
  if (from.length !== to.length) throw new Error('replacement must keep the length');
  const out = Buffer.from(der);
  for (let at = out.indexOf(from); at !== -1; at = out.indexOf(from, at + to.length)) to.copy(out, at);
  return new Uint8Array(out);
}

/** A DER element: tag, length (short or long form), content. */
function derElement(tag: number, body: Buffer): Buffer {
  const length = body.length < 0x80 ? Buffer.from([body.length]) : body.length < 0x100 ? Buffer.from([0x81, body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

/** The SID extension an enterprise CA adds for strong mapping (KB5014754), as AD CS encodes it. */
export function sidExtension(sid: string): x509.Extension {
  const objectSidOid = Buffer.from('060a2b060104018237190201', 'hex'); // 1.3.6.1.4.1.311.25.2.1
  const value = derElement(0x30, derElement(0xa0, Buffer.concat([objectSidOid, derElement(0xa0, derElement(0x04, Buffer.from(sid, 'latin1')))])));
  return new x509.Extension(EXT.securityIdentifier, false, value);
}

/** The SID of the Contoso test user (made up, in the domain-account form). */
export const USER_SID = 'S-1-5-21-1004336348-1177238915-682003330-1104';

/** DER of the sha256RSA algorithm OID, and of md5RSA (same length), for forging an MD5-signed certificate. */
export const SHA256_RSA_OID_HEX = '06092a864886f70d01010b';
export const MD5_RSA_OID_HEX = '06092a864886f70d010104';
