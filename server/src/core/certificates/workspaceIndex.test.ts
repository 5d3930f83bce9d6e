import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './decode';
import { CertificateIndex, normalizeThumbprint } from './workspaceIndex';
import { contosoPki } from './testing/certificates';

test('workspace index: look up by SHA-1 in every common spelling, and by SHA-256', async () => {
  const { root, user } = await contosoPki();
  const index = new CertificateIndex();
  const rootCert = decodeCertificate(root.der);
  index.setFile('file:///ws/root.cer', [rootCert]);
  index.setFile('file:///ws/user.pem', [decodeCertificate(user.der)]);
  const sha1 = rootCert.thumbprints.sha1;
  const spellings = [
    sha1,
    sha1.toLowerCase(),
    rootCert.thumbprints.sha1Eap,
    sha1.match(/../g)!.join(':'),
    `\u200e${sha1.toLowerCase().match(/../g)!.join(' ')}`,
    `  ${sha1}\n`,
    rootCert.thumbprints.sha256.toLowerCase(),
  ];
  for (const spelling of spellings) {
    const found = index.lookup(spelling);
    assert.equal(found.length, 1, JSON.stringify(spelling));
    assert.equal(found[0].uri, 'file:///ws/root.cer');
  }
  assert.deepEqual(index.lookup('not a thumbprint'), []);
  assert.equal(normalizeThumbprint('ab cd'), undefined);
  assert.deepEqual(
    index.roots().map((entry) => entry.uri),
    ['file:///ws/root.cer'],
  );
  assert.equal(index.size, 2);
});

test('workspace index: replacing and removing a file updates every lookup', async () => {
  const { root, issuing } = await contosoPki();
  const index = new CertificateIndex();
  const rootCert = decodeCertificate(root.der);
  index.setFile('file:///ws/a.p7b', [rootCert, decodeCertificate(issuing.der)]);
  index.setFile('file:///ws/b.cer', [rootCert]);
  assert.equal(index.lookup(rootCert.thumbprints.sha1).length, 2);
  assert.equal(index.distinct().length, 2);
  index.setFile('file:///ws/a.p7b', [decodeCertificate(issuing.der)]);
  assert.deepEqual(
    index.lookup(rootCert.thumbprints.sha1).map((entry) => entry.uri),
    ['file:///ws/b.cer'],
  );
  index.removeFile('file:///ws/b.cer');
  assert.deepEqual(index.lookup(rootCert.thumbprints.sha1), []);
  assert.ok(!index.has('file:///ws/b.cer'));
  assert.deepEqual(
    index.cas().map((entry) => entry.certificate.subject.text),
    ['CN=Contoso Issuing CA, O=Contoso'],
  );
});
