import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, webcrypto } from 'node:crypto';
import * as x509 from './x509';
import { decodeCertificate, decodeCertificateFile, decodeCertificatesInText } from './decode';
import { EKU } from './oids';
import { toPem } from './pem';
import { USER_SID, contosoPki, makeCertificate, makeLeaf, makeRootCa, privateKeyDer, rawExtension, sidExtension, toPkcs7, keyPair } from './testing/certificates';

/** The model crosses the LSP connection: only plain objects, arrays and primitives. */
function assertPlain(value: unknown, path = 'cert'): void {
  if (Array.isArray(value)) {
    assert.equal(Object.getPrototypeOf(value), Array.prototype, path);
    value.forEach((item, i) => assertPlain(item, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    assert.equal(Object.getPrototypeOf(value), Object.prototype, path);
    for (const [key, item] of Object.entries(value)) assertPlain(item, `${path}.${key}`);
  } else {
    assert.ok(['string', 'number', 'boolean', 'undefined'].includes(typeof value), path);
  }
}

const hexOf = (buffer: ArrayBuffer): string => Buffer.from(buffer).toString('hex').toUpperCase();

test('decode: every field of a rich certificate', async () => {
  const rsaRoot = await makeRootCa('CN=Contoso RSA Root, O=Contoso', { key: 'rsa2048' });
  const applicationPolicies = new x509.CertificatePolicyExtension([EKU.clientAuth]).value;
  const made = await makeCertificate({
    subject: 'CN=Alice Example, OU=VPN Users, DC=corp, DC=contoso, DC=com',
    issuer: rsaRoot,
    key: 'rsa2048',
    serialNumber: '7f00a1',
    notBefore: new Date('2024-01-02T03:04:05Z'),
    notAfter: new Date('2034-01-02T03:04:05Z'),
    keyUsage: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
    eku: [EKU.clientAuth, EKU.anyPurpose, EKU.allPurpose, EKU.entraConditionalAccess, '1.2.3.4.5'],
    san: [
      { type: 'upn', value: 'alice@contoso.com' },
      { type: 'email', value: 'alice@contoso.com' },
      { type: 'dns', value: 'alice.contoso.com' },
      { type: 'ip', value: '192.0.2.10' },
      { type: 'url', value: 'https://contoso.com/alice' },
      { type: 'guid', value: '8ee13e53-2c1c-42bb-8df7-39927c0bdbb6' },
    ],
    ca: false,
    cdp: ['http://pki.contoso.com/a.crl', 'ldap:///CN=Contoso'],
    ocsp: ['http://ocsp.contoso.com'],
    caIssuers: ['http://pki.contoso.com/root.crt'],
    policies: ['2.5.29.32.0'],
    extensions: [
      rawExtension('1.3.6.1.4.1.311.20.2', '1e0e00560050004e0055007300650072'),
      rawExtension('1.3.6.1.4.1.311.21.7', '3013060b2b060104018237150801020201640201 03'.replace(/ /g, '')),
      rawExtension('1.3.6.1.4.1.311.21.10', Buffer.from(applicationPolicies).toString('hex')),
    ],
  });
  const cert = decodeCertificate(made.der);
  assert.equal(cert.version, 3);
  assert.equal(cert.serialNumber, '7F00A1');
  assert.equal(cert.subject.text, 'CN=Alice Example, OU=VPN Users, DC=corp, DC=contoso, DC=com');
  assert.deepEqual(
    cert.subject.attributes.map((a) => `${a.type}|${a.oid}|${a.label}|${a.value}`),
    [
      'DC|0.9.2342.19200300.100.1.25|Domain component|com',
      'DC|0.9.2342.19200300.100.1.25|Domain component|contoso',
      'DC|0.9.2342.19200300.100.1.25|Domain component|corp',
      'OU|2.5.4.11|Organizational unit|VPN Users',
      'CN|2.5.4.3|Common name|Alice Example',
    ],
  );
  assert.equal(cert.issuer.text, 'CN=Contoso RSA Root, O=Contoso');
  assert.equal(cert.selfIssued, false);
  assert.equal(cert.notBefore, '2024-01-02T03:04:05.000Z');
  assert.equal(cert.notAfter, '2034-01-02T03:04:05.000Z');
  // Thumbprints agree with the library's own WebCrypto computation.
  assert.equal(cert.thumbprints.sha1, hexOf(await made.cert.getThumbprint('SHA-1', webcrypto as never)));
  assert.equal(cert.thumbprints.sha256, hexOf(await made.cert.getThumbprint('SHA-256', webcrypto as never)));
  assert.match(cert.thumbprints.sha1Eap, /^([0-9a-f]{2} ){20}$/);
  assert.equal(cert.thumbprints.sha1Eap.replace(/ /g, ''), cert.thumbprints.sha1.toLowerCase());
  assert.deepEqual(cert.publicKey, { algorithmOid: '1.2.840.113549.1.1.1', algorithm: 'RSA', size: 2048, description: 'RSA 2048 bits' });
  assert.deepEqual(cert.signatureAlgorithm, { oid: '1.2.840.113549.1.1.11', name: 'sha256RSA', hash: 'SHA-256' });
  assert.deepEqual(cert.basicConstraints, { ca: false, pathLength: undefined, critical: true });
  assert.equal(cert.isCA, false);
  assert.deepEqual(cert.keyUsage, { usages: ['digitalSignature', 'keyEncipherment'], critical: true });
  assert.deepEqual(
    cert.extendedKeyUsages!.map((eku) => `${eku.oid}=${eku.name}`),
    ['1.3.6.1.5.5.7.3.2=Client Authentication', '1.3.6.1.4.1.311.10.12.1=Any Purpose', '2.5.29.37.0=All Purpose', '1.3.6.1.4.1.311.87=AAD Conditional Access (Microsoft Entra)', '1.2.3.4.5=undefined'],
  );
  assert.deepEqual(
    cert.subjectAltNames.map((alt) => `${alt.kind}:${alt.value}`),
    ['upn:alice@contoso.com', 'email:alice@contoso.com', 'dns:alice.contoso.com', 'ip:192.0.2.10', 'uri:https://contoso.com/alice', 'guid:8ee13e53-2c1c-42bb-8df7-39927c0bdbb6'],
  );
  assert.deepEqual(cert.crlDistributionPoints, ['http://pki.contoso.com/a.crl', 'ldap:///CN=Contoso']);
  assert.deepEqual(cert.authorityInfoAccess, [
    { method: 'ocsp', location: 'http://ocsp.contoso.com' },
    { method: 'caIssuers', location: 'http://pki.contoso.com/root.crt' },
  ]);
  assert.deepEqual(cert.certificatePolicies, [{ oid: '2.5.29.32.0', name: 'All issuance policies' }]);
  assert.deepEqual(cert.applicationPolicies, [{ oid: EKU.clientAuth, name: 'Client Authentication' }]);
  assert.deepEqual(cert.template, { name: 'VPNUser', oid: '1.3.6.1.4.1.311.21.8.1.2', majorVersion: 100, minorVersion: 3 });
  const ski = made.cert.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId;
  assert.equal(cert.subjectKeyId, ski.toLowerCase());
  assert.equal(cert.authorityKeyId, rsaRoot.cert.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId.toLowerCase());
  assert.ok(cert.extensions.every((ext) => !ext.error));
  assertPlain(cert);
  assert.deepEqual(
    cert.extensions.find((ext) => ext.oid === '2.5.29.19'),
    { oid: '2.5.29.19', name: 'Basic Constraints', critical: true },
  );
});

test('decode: elliptic-curve keys and signatures', async () => {
  const { vpnServer } = await contosoPki();
  const cert = decodeCertificate(vpnServer.der);
  assert.deepEqual(cert.publicKey, { algorithmOid: '1.2.840.10045.2.1', algorithm: 'ECC', size: 256, curve: 'P-256', description: 'ECC P-256' });
  assert.equal(cert.signatureAlgorithm.name, 'sha256ECDSA');
  const p384 = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  const self = await x509.X509CertificateGenerator.createSelfSigned({ name: 'CN=p384', keys: p384 as never, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' } });
  const decoded = decodeCertificate(new Uint8Array(self.rawData));
  assert.equal(decoded.publicKey.description, 'ECC P-384');
  assert.equal(decoded.signatureAlgorithm.name, 'sha384ECDSA');
  assert.equal(decoded.selfIssued, true);
  assert.equal(decoded.version, 3);
});

test('decode: one damaged extension is reported while the rest of the certificate decodes', async () => {
  const made = await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth], extensions: [rawExtension('2.5.29.17', '30ff00')] });
  const cert = decodeCertificate(made.der);
  assert.deepEqual(cert.subjectAltNames, []);
  assert.equal(cert.extendedKeyUsages![0].oid, EKU.serverAuth);
  const san = cert.extensions.find((ext) => ext.oid === '2.5.29.17')!;
  assert.match(san.error!, /could not be decoded/);
});

test('decode: the SID for strong mapping, from the SID extension or a SAN URL tag', async () => {
  const { user, device } = await contosoPki();
  const fromExtension = decodeCertificate(user.der);
  assert.deepEqual(fromExtension.securityIdentifier, { sid: USER_SID, source: 'extension' });
  assert.deepEqual(
    fromExtension.extensions.find((ext) => ext.oid === '1.3.6.1.4.1.311.25.2'),
    { oid: '1.3.6.1.4.1.311.25.2', name: 'AD Security Identifier (SID)', critical: false },
  );
  assert.equal(decodeCertificate(device.der).securityIdentifier, undefined);
  const url = await makeLeaf({ subject: 'CN=Bob', san: [{ type: 'url', value: 'TAG:microsoft.com,2022-09-14:sid:S-1-5-21-1-2-3-1105' }] });
  assert.deepEqual(decodeCertificate(url.der).securityIdentifier, { sid: 'S-1-5-21-1-2-3-1105', source: 'san-url' });
  // The extension wins over a SAN URL; a value that is not a SID is no SID.
  const both = await makeLeaf({ subject: 'CN=Bob', san: [{ type: 'url', value: 'tag:microsoft.com,2022-09-14:sid:S-1-5-21-9-9-9-9' }], extensions: [sidExtension(USER_SID)] });
  assert.equal(decodeCertificate(both.der).securityIdentifier?.sid, USER_SID);
  const notSid = await makeLeaf({ subject: 'CN=Bob', san: [{ type: 'url', value: 'tag:microsoft.com,2022-09-14:sid:bob' }], extensions: [sidExtension('S-1-5-21-x')] });
  const decoded = decodeCertificate(notSid.der);
  assert.equal(decoded.securityIdentifier, undefined);
  assert.match(decoded.extensions.find((ext) => ext.oid === '1.3.6.1.4.1.311.25.2')!.error!, /not a SID/);
  for (const damaged of ['3003020100', '30050403532d31', '']) {
    const made = await makeLeaf({ subject: 'CN=Bob', extensions: [rawExtension('1.3.6.1.4.1.311.25.2', damaged)] });
    const cert = decodeCertificate(made.der);
    assert.equal(cert.securityIdentifier, undefined, damaged);
    assert.ok(cert.extensions.find((ext) => ext.oid === '1.3.6.1.4.1.311.25.2')!.error, damaged);
  }
});

test('decode: DER, PEM, chains, PKCS#7 (DER and PEM), bare base64, concatenated DER, UTF-16 text', async () => {
  const { root, issuing, vpnServer } = await contosoPki();
  const subjects = (bytes: Uint8Array) => decodeCertificateFile(bytes).certificates.map((cert) => cert.subject.text);
  const chain = ['CN=Contoso Root CA, O=Contoso', 'CN=Contoso Issuing CA, O=Contoso', 'CN=vpn.contoso.com'];
  assert.equal(decodeCertificateFile(vpnServer.der).format, 'der');
  const pemChain = Buffer.from([root, issuing, vpnServer].map((made) => toPem(made.der)).join('\n'));
  assert.deepEqual(subjects(pemChain), chain);
  assert.equal(decodeCertificateFile(pemChain).format, 'pem');
  const p7b = toPkcs7([root, issuing, vpnServer]);
  assert.deepEqual(subjects(p7b), chain);
  assert.equal(decodeCertificateFile(p7b).format, 'pkcs7');
  assert.deepEqual(subjects(Buffer.from(toPem(p7b, 'PKCS7'))), chain);
  assert.deepEqual(subjects(Buffer.from(toPem(p7b, 'CMS'))), chain);
  const bare = decodeCertificateFile(Buffer.from(Buffer.from(vpnServer.der).toString('base64').replace(/.{64}/g, '$&\r\n')));
  assert.equal(bare.format, 'base64');
  assert.equal(bare.certificates[0].subject.text, 'CN=vpn.contoso.com');
  assert.deepEqual(subjects(Buffer.concat([root.der, vpnServer.der])), [chain[0], chain[2]]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toPem(vpnServer.der), 'utf16le')]);
  assert.deepEqual(subjects(utf16), [chain[2]]);
  // Indexes follow the file order, across PEM blocks.
  assert.deepEqual(
    decodeCertificateFile(pemChain).certificates.map((cert) => cert.index),
    [0, 1, 2],
  );
  // Thumbprints are of the exact bytes, whatever the container.
  assert.equal(decodeCertificateFile(p7b).certificates[2].thumbprints.sha1, decodeCertificate(vpnServer.der).thumbprints.sha1);
});

test('decode: PEM blocks inside any text, with other blocks noted', async () => {
  const { user } = await contosoPki();
  const text = `# notes\nuser cert:\n${toPem(user.der)}\nkey:\n${toPem(await privateKeyDer(), 'PRIVATE KEY')}`;
  const decoded = decodeCertificatesInText(text);
  assert.equal(decoded.certificates.length, 1);
  assert.deepEqual(decoded.notes, ['Block "PRIVATE KEY" is a private key, not a certificate (keep it secret); it was skipped.']);
});

test('decode: bad input gives a clear message and never throws', async () => {
  const { user } = await contosoPki();
  const error = (bytes: Uint8Array) => {
    const decoded = decodeCertificateFile(bytes);
    assert.equal(decoded.certificates.length, 0);
    return decoded.error!;
  };
  assert.equal(error(new Uint8Array(0)), 'The file is empty.');
  assert.equal(error(Buffer.from('  \n\t ')), 'The file is empty.');
  const random = randomBytes(4096);
  random[0] = 0x9c;
  assert.match(error(random), /binary data but not a DER-encoded certificate/);
  assert.match(error(user.der.subarray(0, 200)), /^The data is truncated: it declares \d+ bytes but only 200 are present\.$/);
  assert.match(error(Buffer.from(toPem(user.der).replace(/^(.{40})M/m, '$1!'))), /base64 text is damaged: unexpected character "!"/);
  assert.match(error(await privateKeyDer()), /private key, not a certificate/);
  assert.match(error(Buffer.from(toPem(await privateKeyDer(), 'PRIVATE KEY'))), /private key, not a certificate/);
  assert.match(error(Buffer.from('hello, this is not a certificate')), /no "-----BEGIN CERTIFICATE-----" block/);
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({ name: 'CN=req', keys: (await keyPair()) as never, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } });
  assert.match(error(new Uint8Array(csr.rawData)), /certificate request \(CSR\)/);
  const pfxLike = Buffer.from('3014020103300f06092a864886f70d010701a0020400', 'hex');
  assert.match(error(pfxLike), /PKCS#12 \(PFX\)/);
  assert.match(error(Buffer.from('308012', 'hex')), /BER indefinite lengths/);
});

test('decode: a 10 MB file is refused quickly by size', () => {
  const started = Date.now();
  const big = new Uint8Array(10 * 1024 * 1024).fill(0x30);
  assert.match(decodeCertificateFile(big).error!, /10\.0 MB/);
  assert.ok(Date.now() - started < 1000);
});

test('decode: random corruption of a certificate never throws', async () => {
  const { vpnServer } = await contosoPki();
  for (let i = 0; i < 300; i++) {
    const damaged = Buffer.from(vpnServer.der);
    for (let j = 0; j < 1 + (i % 4); j++) damaged[Math.floor(Math.random() * damaged.length)] = Math.floor(Math.random() * 256);
    const cut = i % 3 === 0 ? damaged.subarray(0, Math.floor(Math.random() * damaged.length)) : damaged;
    const decoded = decodeCertificateFile(cut);
    assert.ok(decoded.certificates.length > 0 || typeof decoded.error === 'string');
  }
});
