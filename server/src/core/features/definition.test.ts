import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { resolveThumbprints } from '../certificates/crossReference';
import { decodeCertificate } from '../certificates/decode';
import { NOW, contosoPki } from '../certificates/testing/certificates';
import { CertificateIndex } from '../certificates/workspaceIndex';
import { eapDocument, tlsEapType } from '../eap/rules/examples';
import { NS } from '../eap/namespaces';
import { ekuDefinitionAt, thumbprintDefinitionAt } from './definition';

const FILTERING = `<FilteringInfo xmlns="${NS.tlsV3}">
  <EKUMapping>
    <EKUMap><EKUName>Other</EKUName><EKUOID>1.3.6.1.5.5.7.3.2</EKUOID></EKUMap>
    <EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap>
  </EKUMapping>
  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList><EKUMapInList><EKUName>Missing</EKUName></EKUMapInList></ClientAuthEKUList>
</FilteringInfo>`;

test('from an EKUMapInList name to the EKUMap that defines it', () => {
  const text = eapDocument(tlsEapType({ filteringInfo: FILTERING }));
  const analysis = analyzeDocument(text);
  const use = text.indexOf('ContosoVPN</EKUName></EKUMapInList>');
  const links = ekuDefinitionAt(analysis, use + 3);
  assert.equal(links.length, 1);
  assert.equal(text.slice(links[0].origin.start, links[0].origin.end), 'ContosoVPN');
  assert.equal(text.slice(links[0].selection.start, links[0].selection.end), 'ContosoVPN');
  assert.equal(links[0].selection.start, text.indexOf('ContosoVPN'));
  assert.match(text.slice(links[0].target.start, links[0].target.end), /^<EKUMap><EKUName>ContosoVPN<\/EKUName>.*<\/EKUMap>$/);
  assert.deepEqual(ekuDefinitionAt(analysis, text.indexOf('Missing')), [], 'an undefined name has no definition');
  assert.deepEqual(ekuDefinitionAt(analysis, text.indexOf('ContosoVPN')), [], 'the definition itself is not a use');
});

test('the same inside a profile, with offsets in the profile', () => {
  const eap = eapDocument(tlsEapType({ filteringInfo: FILTERING })).replace(/^<\?xml[^>]*\?>\s*/, '');
  const text = `<VPNProfile>\n  <NativeProfile>\n    <Authentication><UserMethod>Eap</UserMethod><Eap><Configuration>${eap}</Configuration></Eap></Authentication>\n  </NativeProfile>\n</VPNProfile>\n`;
  const links = ekuDefinitionAt(analyzeDocument(text), text.indexOf('ContosoVPN</EKUName></EKUMapInList>'));
  assert.equal(links.length, 1);
  assert.equal(links[0].selection.start, text.indexOf('ContosoVPN'));
});

test('from a thumbprint to the workspace files that hold the certificate', async () => {
  const { root } = await contosoPki();
  const index = new CertificateIndex();
  index.setFile('file:///ws/root.cer', [{ ...decodeCertificate(root.der), index: 0 }]);
  index.setFile('file:///ws/bundle.pem', [{ ...decodeCertificate(root.der), index: 0 }]);
  const thumbprint = decodeCertificate(root.der).thumbprints.sha1Eap;
  const resolved = resolveThumbprints([{ text: thumbprint, element: 'TrustedRootCA', range: { start: 50, end: 50 + thumbprint.length } }], index, { now: NOW });
  assert.deepEqual(thumbprintDefinitionAt(resolved, 60)?.uris.sort(), ['file:///ws/bundle.pem', 'file:///ws/root.cer']);
  assert.equal(thumbprintDefinitionAt(resolved, 10), undefined);
  const unknown = resolveThumbprints([{ text: 'ab'.repeat(20), element: 'TrustedRootCA', range: { start: 0, end: 40 } }], index, { now: NOW });
  assert.equal(thumbprintDefinitionAt(unknown, 5), undefined, 'no certificate, no definition');
});
