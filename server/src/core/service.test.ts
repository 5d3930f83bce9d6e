// The language service: one object answers every question about a document, with the workspace as context; its
// answers do not depend on which request came first, and they follow changes of the document and the workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './certificates/decode';
import { NOW, contosoPki, makeLeaf, LONG_AGO } from './certificates/testing/certificates';
import { applyEdits } from './features/codeActions';
import { ruleById } from './rules/registry';
import { getLanguageService, type ServiceDocument } from './service';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from './settings';
import { WorkspaceKnowledge } from './workspace';

const settings: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS;

function profile(trustedRoot: string): string {
  return `<VPNProfile>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap><Configuration><EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId><VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod><Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource><ServerValidation><DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation><ServerNames>nps1.corp.contoso.com</ServerNames><TrustedRootCA>${trustedRoot}</TrustedRootCA></ServerValidation><DifferentUsername>false</DifferentUsername></EapType></Eap></Config></EapHostConfig></Configuration></Eap>
    </Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
`;
}

function document(text: string, version = 1, uri = 'file:///ws/profile.xml', languageId = 'xml'): ServiceDocument {
  return { uri, version, languageId, getText: () => text };
}

const codes = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId).filter((id) => id.startsWith('cert/'));

test('service: findings include the workspace cross-references, and follow the workspace as it changes', async () => {
  const { root } = await contosoPki();
  const workspace = new WorkspaceKnowledge();
  const service = getLanguageService({ workspace, now: () => NOW });
  const thumbprint = decodeCertificate(root.der).thumbprints.sha1Eap;
  const doc = document(profile(thumbprint));

  // No certificates in the workspace: nothing to say about the thumbprint.
  assert.deepEqual(codes(service.findings(doc, settings)), []);

  // Another certificate arrives: the root is now missing from a workspace that has certificates.
  const other = await makeLeaf({ subject: 'CN=other.contoso.com' });
  assert.equal(workspace.setCertificateFile('file:///ws/other.cer', other.der), true);
  assert.deepEqual(codes(service.findings(doc, settings)), ['cert/thumbprint-not-in-workspace']);

  // The root arrives: the thumbprint resolves, hover and inlay hint name it.
  workspace.setCertificateFile('file:///ws/root.cer', root.der);
  assert.deepEqual(codes(service.findings(doc, settings)), []);
  const offset = doc.getText().indexOf(thumbprint) + 3;
  assert.match(service.hover(doc, offset, settings)?.markdown ?? '', /Contoso Root CA/);
  const hints = service.inlayHints(doc, { start: 0, end: doc.getText().length }, settings);
  assert.ok(
    hints.some((h) => /Contoso Root CA/.test(h.label) && h.markdownTooltip?.includes('File: `file:///ws/root.cer`')),
    JSON.stringify(hints),
  );

  // Deleted again: reported again.
  workspace.removeFile('file:///ws/root.cer');
  assert.deepEqual(codes(service.findings(doc, settings)), ['cert/thumbprint-not-in-workspace']);
});

test('service: a hover asked before any validation knows the workspace thumbprint (no request fills a cache for another)', async () => {
  const { root } = await contosoPki();
  const workspace = new WorkspaceKnowledge();
  workspace.setCertificateFile('file:///ws/root.cer', root.der);
  const thumbprint = decodeCertificate(root.der).thumbprints.sha1Eap;
  const doc = document(profile(thumbprint));
  const first = getLanguageService({ workspace, now: () => NOW });
  const hoverFirst = first.hover(doc, doc.getText().indexOf(thumbprint) + 3, settings);
  const second = getLanguageService({ workspace, now: () => NOW });
  second.findings(doc, settings);
  const hoverAfter = second.hover(doc, doc.getText().indexOf(thumbprint) + 3, settings);
  assert.ok(hoverFirst);
  assert.deepEqual(hoverFirst, hoverAfter);
});

test('service: completion in an empty TrustedRootCA offers the workspace root in the Windows spelling', async () => {
  const { root } = await contosoPki();
  const workspace = new WorkspaceKnowledge();
  workspace.setCertificateFile('file:///ws/root.cer', root.der);
  const service = getLanguageService({ workspace, now: () => NOW });
  const text = profile('');
  const offset = text.indexOf('<TrustedRootCA>') + '<TrustedRootCA>'.length;
  const thumbprints = service.completion(document(text), offset, settings).filter((entry) => entry.kind === 'thumbprint');
  assert.deepEqual(
    thumbprints.map((entry) => [entry.insertText, entry.replace]),
    [[decodeCertificate(root.der).thumbprints.sha1Eap, { start: offset, end: offset }]],
  );
});

test('service: a new version or new settings are analysed afresh; forget drops the document', () => {
  const service = getLanguageService();
  const good = profile('');
  const bad = good.replace('<NativeProfile>', '<AlwaysOn>TRUE</AlwaysOn>\n  <NativeProfile>');
  const ids = (text: string, version: number, s = settings) => service.findings(document(text, version), s).map((f) => f.ruleId);
  assert.ok(!ids(good, 1).includes('profile/lowercase-true-required'));
  assert.ok(ids(bad, 2).includes('profile/lowercase-true-required'));
  const off: DocumentSettings = { ...settings, rules: { 'profile/lowercase-true-required': 'off' } };
  assert.ok(!ids(bad, 2, off).includes('profile/lowercase-true-required'));
  // Same version, different text (a CLI that fixed the file): the text decides.
  assert.ok(!ids(good, 2).includes('profile/lowercase-true-required'));
  service.forget('file:///ws/profile.xml');
  assert.ok(ids(bad, 2).includes('profile/lowercase-true-required'));
});

test('service: PEM blocks are judged with the names of the document and of the workspace', async () => {
  const expired = await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: LONG_AGO });
  const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(expired.der).toString('base64')}\n-----END CERTIFICATE-----\n`;
  const service = getLanguageService({ now: () => NOW });
  const doc = document(pem, 1, 'file:///ws/nps.pem', 'plaintext');
  assert.ok(codes(service.findings(doc, settings)).includes('cert/expired'));
  assert.match(service.hover(doc, 3, settings)?.markdown ?? '', /nps1/);
});

test('service: explain, export and compare answer through the same object', () => {
  const service = getLanguageService();
  assert.match(service.explain('809'), /809/);
  const doc = document(profile(''), 1, 'file:///ws/Contoso%20VPN.xml');
  const exported = service.exportProfile(doc, { format: 'intune', force: true }, settings);
  assert.equal(exported.ok, true);
  assert.equal(exported.ok && exported.name, 'Contoso VPN');
  const compared = service.compareProfile(doc, { text: profile('').replace('10.0.0.0', '10.1.0.0'), name: 'other.xml' }, settings);
  assert.equal(compared.ok, true);
  assert.equal(compared.equivalent, false);
  assert.ok(compared.differences > 0);
});

test('service: "Show documentation for RULE" for every finding under the range, once per rule, never an edit', () => {
  const service = getLanguageService({ now: () => NOW });
  const text = `<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <RememberCredentials>TRUE</RememberCredentials>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <!-- aovpn-disable-next-line profile/unknown-element - read by our own tooling -->
  <ContosoNote>x</ContosoNote>
</VPNProfile>
`;
  const doc = document(text);
  const findings = service.findings(doc, settings);
  const ids = new Set(findings.map((f) => f.ruleId));
  assert.ok(ids.has('profile/lowercase-true-required') && ids.has('profile/device-tunnel-force-tunnel'), [...ids].join(', '));
  for (const finding of findings) {
    const actions = service.documentationActions(doc, finding.range, settings);
    const action = actions.find((a) => a.ruleId === finding.ruleId);
    assert.ok(action, `${finding.ruleId}: ${JSON.stringify(actions)}`);
    assert.equal(action.title, `Show documentation for ${finding.ruleId}`);
    assert.ok(action.findings.includes(finding));
    assert.ok(ruleById(action.ruleId), `${action.ruleId} has a page`);
    assert.equal(new Set(actions.map((a) => a.ruleId)).size, actions.length, 'one action per rule');
  }
  // Two lowercase-true findings in the whole document: one action naming both.
  const whole = service.documentationActions(doc, { start: 0, end: text.length }, settings);
  const lowercase = whole.filter((a) => a.ruleId === 'profile/lowercase-true-required');
  assert.equal(lowercase.length, 1);
  assert.equal(lowercase[0].findings.length, 2);
  // A suppressed finding has no action; nothing under a range without findings.
  const note = text.indexOf('ContosoNote');
  assert.deepEqual(service.documentationActions(doc, { start: note, end: note }, settings), []);
  // Documentation actions carry no edit: fix-all and `--fix` (the same fixAll) apply only the safe fixes.
  assert.equal(applyEdits(text, service.fixAll(doc, settings)), text.replace('True', 'true').replace('TRUE', 'true'));
});
