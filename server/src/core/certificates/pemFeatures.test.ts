import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from './oids';
import { toPem } from './pem';
import { pemDocumentFindings, pemHoverAt } from './pemFeatures';
import { NOW, contosoPki, makeLeaf, privateKeyDer } from './testing/certificates';

test('pem features: hover inside a block summarises the certificate and its verdict; outside there is none', async () => {
  const { vpnServer } = await contosoPki();
  const text = `VPN server certificate:\n${toPem(vpnServer.der)}\nThat is all.`;
  const start = text.indexOf('-----BEGIN');
  const hover = pemHoverAt(text, start + 100, { now: NOW });
  assert.ok(hover);
  assert.equal(hover.range.start, start);
  assert.equal(text.slice(hover.range.end - 25, hover.range.end), '-----END CERTIFICATE-----');
  assert.match(hover.markdown, /\*\*vpn\\\.contoso\\\.com\*\*/);
  assert.match(hover.markdown, /As IKEv2 VPN server: ready/);
  assert.match(hover.markdown, /EAP form: ` ([0-9a-f]{2} ){20} `/);
  assert.equal(pemHoverAt(text, 3, { now: NOW }), undefined);
  assert.equal(pemHoverAt(text, text.length - 2, { now: NOW }), undefined);
});

test('pem features: the hover gives the verdict first, then the certificate, then the role findings and the other roles', async () => {
  const { npsServer } = await contosoPki();
  const text = toPem(npsServer.der);
  const auto = pemHoverAt(text, 40, { now: NOW })!.markdown;
  const at = (part: string | RegExp): number => {
    const index = typeof part === 'string' ? auto.indexOf(part) : auto.search(part);
    assert.ok(index >= 0, `the hover contains ${part}`);
    return index;
  };
  const order = [
    at('**nps1\\.corp\\.contoso\\.com**'),
    at('✅ Ready as NPS server or SSTP VPN server'),
    at('Subject: '),
    at('EKU: '),
    at('✅ As NPS server: ready'),
    at('It could also serve as IKEv2 VPN server, Device (not judged here).'),
  ];
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
  );
  assert.doesNotMatch(auto, /ikev2-server-missing-ike-intermediate-eku/);
  // Asked as an IKEv2 VPN server (the CLI's --role), the same certificate gets the IKEv2 warning.
  const asked = pemHoverAt(text, 40, { now: NOW, role: 'vpn-server' })!.markdown;
  assert.match(asked, /⚠️ Works, with warnings as IKEv2 VPN server \(the role you chose\)/);
  assert.match(asked, /- warning: The certificate has Server Authentication but not IP security IKE intermediate.*\(`cert\/ikev2-server-missing-ike-intermediate-eku`\)/);
  // The account SID shows among the facts.
  const { user } = await contosoPki();
  assert.match(pemHoverAt(toPem(user.der), 40, { now: NOW })!.markdown, /SID: `S-1-5-21-[\d-]+` \(SID extension\)/);
});

test('pem features: findings sit on the BEGIN line of their block', async () => {
  const expired = await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.serverAuth], notAfter: new Date('2025-01-01T00:00:00Z') });
  const { user } = await contosoPki();
  const text = `${toPem(user.der)}\n${toPem(expired.der)}`;
  const findings = pemDocumentFindings(text, { now: NOW });
  const secondBegin = text.indexOf('-----BEGIN', 10);
  const expiredFinding = findings.find((finding) => finding.ruleId === 'cert/expired');
  assert.deepEqual(expiredFinding?.range, { start: secondBegin, end: secondBegin + '-----BEGIN CERTIFICATE-----'.length });
  assert.equal(expiredFinding?.severity, 'error');
  assert.ok(expiredFinding?.docUrl?.startsWith('https://'));
  assert.ok(!findings.some((finding) => finding.range.start === 0));
});

test('pem features: broken blocks and private keys are diagnosed', async () => {
  const { user } = await contosoPki();
  const broken = toPem(user.der)
    .replace(/^(.{10})/m, '$1')
    .replace('\nMII', '\nM?I');
  const key = toPem(await privateKeyDer(), 'PRIVATE KEY');
  const text = `${broken}\n${key}`;
  const findings = pemDocumentFindings(text, { now: NOW });
  const invalid = findings.find((finding) => finding.ruleId === 'cert/invalid-pem-block');
  assert.equal(invalid?.severity, 'error');
  assert.deepEqual(invalid?.range, { start: text.indexOf('?'), end: text.indexOf('?') + 1 });
  const privateKey = findings.find((finding) => finding.ruleId === 'cert/private-key-in-file');
  assert.equal(privateKey?.severity, 'warning');
  assert.equal(privateKey?.range.start, text.indexOf('-----BEGIN PRIVATE KEY-----'));
  assert.deepEqual(
    pemDocumentFindings(text, { now: NOW, rules: { 'cert/private-key-in-file': 'off' } }).map((f) => f.ruleId),
    ['cert/invalid-pem-block'],
  );
});

test('pem features: hover on a private key block says what it is without decoding it', async () => {
  const text = toPem(await privateKeyDer(), 'PRIVATE KEY');
  assert.match(pemHoverAt(text, 5, { now: NOW })!.markdown, /private key, not a certificate/);
});
