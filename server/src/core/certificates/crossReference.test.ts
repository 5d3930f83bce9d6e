import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckServerNames, eapServerNameEntries, profileServerEntries, resolveThumbprints, roleContextFrom, thumbprintCompletions, type ThumbprintReference } from './crossReference';
import { analyzeDocument } from '../analysis';
import { decodeCertificate } from './decode';
import { EKU } from './oids';
import { certificateReferences } from './references';
import { CertificateIndex } from './workspaceIndex';
import { NOW, contosoPki, makeLeaf, makeRootCa, type MadeCertificate } from './testing/certificates';

function indexOf(files: Record<string, MadeCertificate[]>): CertificateIndex {
  const index = new CertificateIndex();
  for (const [uri, made] of Object.entries(files))
    index.setFile(
      uri,
      made.map((item, i) => ({ ...decodeCertificate(item.der), index: i })),
    );
  return index;
}

/** A reference as the XML side would pass it: the element text and its range in a made-up document. */
function reference(text: string, element: ThumbprintReference['element'], start = 100): ThumbprintReference {
  return { text, element, range: { start, end: start + text.length } };
}

test('cross-reference: a TrustedRootCA thumbprint resolves to the workspace root, with hover and inlay label', async () => {
  const { root } = await contosoPki();
  const index = indexOf({ 'file:///ws/root.cer': [root] });
  const eap = decodeCertificate(root.der).thumbprints.sha1Eap;
  const [resolved] = resolveThumbprints([reference(eap, 'TrustedRootCA')], index, { now: NOW });
  assert.equal(resolved.matches.length, 1);
  assert.deepEqual(resolved.findings, []);
  assert.equal(resolved.inlayLabel, 'Contoso Root CA · expires 2060-01-01');
  assert.match(resolved.hover, /\*\*TrustedRootCA\*\* matches/);
  assert.match(resolved.hover, /Contoso Root CA/);
  assert.match(resolved.hover, /File: `file:\/\/\/ws\/root\.cer`/);
});

test('cross-reference: expired, non-CA and intermediate certificates are warnings; unknown thumbprints an information', async () => {
  const { issuing, npsServer } = await contosoPki();
  const oldRoot = await makeRootCa('CN=Old Root', { notAfter: new Date('2024-12-31T00:00:00Z') });
  const index = indexOf({ 'file:///ws/all.p7b': [oldRoot, issuing, npsServer] });
  const thumb = (made: MadeCertificate) => decodeCertificate(made.der).thumbprints.sha1;
  const refs = [
    reference(thumb(oldRoot), 'TrustedRootCA', 10),
    reference(thumb(npsServer).toLowerCase().match(/../g)!.join(' '), 'IssuerHash', 100),
    reference(thumb(issuing), 'TrustedRootCA', 200),
    reference(thumb(issuing), 'IssuerHash', 300),
    reference('00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 ', 'SsoIssuerHash', 400),
    reference('not hex', 'TrustedRootCA', 500),
  ];
  const resolved = resolveThumbprints(refs, index, { now: NOW });
  assert.equal(resolved.length, 5, 'malformed thumbprints are left to the EAP rules');
  const ids = resolved.map((item) => item.findings.map((finding) => `${finding.ruleId}@${finding.range.start}:${finding.severity}`));
  assert.deepEqual(ids, [
    ['cert/thumbprint-matches-expired-certificate@10:warning'],
    ['cert/thumbprint-matches-non-ca-certificate@100:warning'],
    ['cert/trusted-root-ca-not-root@200:warning'],
    [],
    ['cert/thumbprint-not-in-workspace@400:information'],
  ]);
  assert.match(resolved[0].inlayLabel!, /EXPIRED 2024-12-31/);
  assert.match(resolved[1].findings[0].message, /not a CA certificate/);
  assert.match(resolved[4].hover, /No certificate in the workspace/);
  const quiet = resolveThumbprints(refs, index, { now: NOW, reportUnmatched: false, rules: { 'cert/trusted-root-ca-not-root': 'off' } });
  assert.deepEqual(
    quiet.map((item) => item.findings.length),
    [1, 1, 0, 0, 0],
  );
});

test('cross-reference: completion offers root CA thumbprints in the EAP form, valid ones first', async () => {
  const { root, issuing } = await contosoPki();
  const oldRoot = await makeRootCa('CN=Old Root', { notAfter: new Date('2024-12-31T00:00:00Z') });
  const index = indexOf({ 'file:///ws/old.cer': [oldRoot], 'file:///ws/chain.p7b': [root, issuing] });
  const items = thumbprintCompletions(index, 'TrustedRootCA', { now: NOW });
  assert.equal(items.length, 2);
  const rootCert = decodeCertificate(root.der);
  const current = items.find((item) => !item.expired)!;
  assert.equal(current.insertText, rootCert.thumbprints.sha1Eap);
  assert.match(current.insertText, /^([0-9a-f]{2} ){20}$/);
  assert.equal(current.label, rootCert.thumbprints.sha1Eap.trimEnd());
  assert.equal(current.detail, 'Contoso Root CA · expires 2060-01-01');
  assert.ok(current.sortText < items.find((item) => item.expired)!.sortText);
  assert.equal(thumbprintCompletions(index, 'IssuerHash', { now: NOW }).length, 3);
});

test('cross-reference: list splitting keeps exact ranges (Servers with friendly names, ServerNames)', () => {
  const servers = profileServerEntries({ text: 'vpn1.contoso.com;VPN 1, vpn2.contoso.com', start: 50 });
  assert.deepEqual(servers, [
    { name: 'vpn1.contoso.com', range: { start: 50, end: 66 } },
    { name: 'vpn2.contoso.com', range: { start: 74, end: 90 } },
  ]);
  assert.deepEqual(
    eapServerNameEntries({ text: 'nps1.contoso.com;nps2.contoso.com', start: 10 }).map((entry) => entry.range),
    [
      { start: 10, end: 26 },
      { start: 27, end: 43 },
    ],
  );
  assert.deepEqual(roleContextFrom({ profileServers: [{ text: 'vpn.contoso.com;vpn.contoso.com', start: 0 }], eapServerNames: [{ text: 'a;b', start: 0 }] }), {
    profileServers: ['vpn.contoso.com'],
    eapServerNames: ['a', 'b'],
    ikev2Servers: [],
    sstpServers: [],
  });
  // A profile that pins its protocol lists its servers under it too.
  const pinned = roleContextFrom({
    profileServers: [
      { text: 'vpn.contoso.com', start: 0, protocol: 'ikev2' },
      { text: 'sstp.contoso.com,vpn.contoso.com', start: 0, protocol: 'sstp' },
    ],
  });
  assert.deepEqual([pinned.profileServers, pinned.ikev2Servers, pinned.sstpServers], [['vpn.contoso.com', 'sstp.contoso.com'], ['vpn.contoso.com'], ['sstp.contoso.com', 'vpn.contoso.com']]);
});

test("cross-reference: a profile's NativeProtocolType comes with its Servers (any case), other values are left out", () => {
  const profile = (protocol: string) => `<VPNProfile><NativeProfile><Servers>vpn.contoso.com</Servers><NativeProtocolType>${protocol}</NativeProtocolType></NativeProfile></VPNProfile>`;
  assert.equal(certificateReferences(analyzeDocument(profile('IKEv2'))).profileServers[0].protocol, 'ikev2');
  assert.equal(certificateReferences(analyzeDocument(profile('Sstp'))).profileServers[0].protocol, 'sstp');
  assert.equal(certificateReferences(analyzeDocument(profile('Automatic'))).profileServers[0].protocol, undefined);
});

test('cross-reference: server names are checked on both sides', async () => {
  const { vpnServer, npsServer } = await contosoPki();
  const index = indexOf({ 'file:///ws/vpn.cer': [vpnServer], 'file:///ws/nps.cer': [npsServer] });
  const profile = { text: 'vpn.contoso.com, vpn2.contoso.com', start: 1000 };
  const eap = { text: 'NPS1.corp.contoso.com;nps9.corp.contoso.com', start: 2000 };
  const result = crossCheckServerNames({ profileServers: [profile], eapServerNames: [eap] }, index, { now: NOW });
  assert.deepEqual(
    result.documentFindings.map((finding) => `${finding.ruleId}@${finding.range.start}-${finding.range.end}`),
    ['cert/profile-server-not-in-certificates@1017-1033', 'cert/eap-server-name-case-mismatch@2000-2021', 'cert/eap-server-name-not-in-certificates@2022-2043'],
  );
  assert.match(result.documentFindings[1].message, /21H2 .*853/);
  assert.equal(result.documentFindings[1].severity, 'information');
  // The NPS certificate is not named exactly in ServerNames: flagged on the certificate side too.
  assert.deepEqual(
    result.certificateFindings.map((item) => `${item.uri}:${item.finding.ruleId}`),
    ['file:///ws/nps.cer:cert/nps-server-name-mismatch'],
  );
  assert.match(result.certificateFindings[0].finding.message, /letter case/);
});

test('cross-reference: nothing to compare, nothing said', async () => {
  const { vpnServer, user } = await contosoPki();
  const matching = crossCheckServerNames({ profileServers: [{ text: 'vpn.contoso.com', start: 0 }] }, indexOf({ 'file:///ws/vpn.cer': [vpnServer] }), { now: NOW });
  assert.deepEqual([matching.documentFindings.length, matching.certificateFindings.length], [0, 0]);
  const noServerCerts = crossCheckServerNames(
    { profileServers: [{ text: 'vpn.fabrikam.com', start: 0 }], eapServerNames: [{ text: 'nps.fabrikam.com', start: 0 }] },
    indexOf({ 'file:///ws/user.cer': [user] }),
    { now: NOW },
  );
  assert.deepEqual([noServerCerts.documentFindings.length, noServerCerts.certificateFindings.length], [0, 0]);
  const mismatch = await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth, EKU.ikeIntermediate] });
  const other = crossCheckServerNames({ profileServers: [{ text: 'vpn.fabrikam.com', start: 0 }] }, indexOf({ 'file:///ws/vpn.cer': [mismatch] }), { now: NOW });
  assert.deepEqual(
    other.certificateFindings.map((item) => item.finding.ruleId),
    ['cert/vpn-server-name-mismatch'],
  );
});
