import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './decode';
import { assessCertificate } from './judge';
import { EKU } from './oids';
import { NOW, contosoPki, makeLeaf } from './testing/certificates';

test('judge: a good certificate passes its role with a checklist and reminders', async () => {
  const { vpnServer } = await contosoPki();
  const assessment = assessCertificate(decodeCertificate(vpnServer.der), { now: NOW });
  assert.deepEqual(assessment.roles, ['vpn-server']);
  assert.equal(assessment.rolesChosen, false);
  assert.deepEqual(assessment.findings, []);
  const [verdict] = assessment.verdicts;
  assert.equal(verdict.status, 'pass');
  assert.equal(verdict.label, 'IKEv2 VPN server');
  assert.ok(verdict.passed.includes('Server Authentication EKU present'));
  assert.ok(verdict.passed.includes('IP security IKE intermediate EKU present'));
  assert.ok(verdict.reminders.some((text) => /Local Computer\\Personal/.test(text)));
  assert.equal(assessment.validity.state, 'valid');
});

test('judge: a chosen role is judged even when the certificate does not fit it', async () => {
  const { user } = await contosoPki();
  const assessment = assessCertificate(decodeCertificate(user.der), { now: NOW, role: 'vpn-server' });
  assert.deepEqual(assessment.roles, ['vpn-server']);
  assert.equal(assessment.rolesChosen, true);
  assert.equal(assessment.verdicts[0].status, 'fail');
  assert.ok(assessment.findings.some((finding) => finding.ruleId === 'cert/server-missing-server-auth-eku' && finding.role === 'vpn-server'));
});

test('judge: role-independent findings appear once, without a role, and count in every verdict', async () => {
  const expired = await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.serverAuth], san: [{ type: 'dns', value: 'nps1.corp.contoso.com' }], notAfter: new Date('2025-01-01T00:00:00Z') });
  const assessment = assessCertificate(decodeCertificate(expired.der), { now: NOW });
  assert.deepEqual(assessment.roles, ['nps-server', 'sstp-server']);
  const expiredFindings = assessment.findings.filter((finding) => finding.ruleId === 'cert/expired');
  assert.equal(expiredFindings.length, 1);
  assert.equal(expiredFindings[0].role, undefined);
  assert.match(expiredFindings[0].message, /858/); // worded for the most likely role
  assert.ok(assessment.verdicts.every((verdict) => verdict.status === 'fail'));
});

test('judge: settings turn a rule off or change its severity', async () => {
  const { sstpServer } = await contosoPki();
  const cert = decodeCertificate(sstpServer.der);
  const id = 'cert/ikev2-server-missing-ike-intermediate-eku';
  const plain = assessCertificate(cert, { now: NOW, role: 'vpn-server' });
  assert.equal(plain.findings.find((finding) => finding.ruleId === id)?.severity, 'warning');
  assert.equal(assessCertificate(cert, { now: NOW, role: 'vpn-server', rules: { [id]: 'error' } }).verdicts[0].status, 'fail');
  const off = assessCertificate(cert, { now: NOW, role: 'vpn-server', rules: { [id]: 'off' } });
  assert.equal(off.findings.length, 0);
  assert.equal(off.verdicts[0].status, 'pass');
});

test('judge: the expiry threshold is a parameter', async () => {
  const soon = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], san: [{ type: 'upn', value: 'a@contoso.com' }], notAfter: new Date('2025-07-01T00:00:00Z') });
  const cert = decodeCertificate(soon.der);
  assert.ok(assessCertificate(cert, { now: NOW }).findings.some((finding) => finding.ruleId === 'cert/expiring-soon'));
  assert.ok(!assessCertificate(cert, { now: NOW, expiryWarningDays: 14 }).findings.some((finding) => finding.ruleId === 'cert/expiring-soon'));
});

test('judge: an NPS certificate (Server and Client Authentication) gets no IKEv2 warning unless judged as an IKEv2 VPN server', async () => {
  const { npsServer } = await contosoPki();
  const cert = decodeCertificate(npsServer.der);
  const ikeRule = 'cert/ikev2-server-missing-ike-intermediate-eku';
  const auto = assessCertificate(cert, { now: NOW });
  assert.deepEqual(auto.roles, ['nps-server', 'sstp-server']);
  assert.deepEqual(auto.likelyRoles, ['nps-server', 'sstp-server']);
  assert.deepEqual(auto.findings, []);
  assert.ok(auto.verdicts.every((verdict) => verdict.status === 'pass'));
  // It could serve IKEv2 (a warning, no error) and a device (Client Authentication, a DNS name); not a user (no UPN).
  assert.deepEqual(auto.otherRoles, ['vpn-server', 'device']);
  assert.match(auto.roleReasons.join(' '), /IKEv2 is judged only when you ask for it/);

  const asked = assessCertificate(cert, { now: NOW, role: 'vpn-server' });
  assert.deepEqual(asked.roles, ['vpn-server']);
  assert.deepEqual(asked.likelyRoles, ['nps-server', 'sstp-server'], 'the likely roles are still known');
  assert.deepEqual(asked.otherRoles, []);
  assert.deepEqual(
    asked.findings.map((finding) => `${finding.ruleId}:${finding.severity}`),
    [`${ikeRule}:warning`],
  );
  assert.equal(asked.verdicts[0].status, 'warning');
});

test('judge: a profile naming the server makes it an IKEv2 VPN server certificate, and the IKEv2 warning applies', async () => {
  const { sstpServer } = await contosoPki();
  const cert = decodeCertificate(sstpServer.der);
  const named = assessCertificate(cert, { now: NOW, context: { profileServers: ['sstp.contoso.com'], ikev2Servers: ['sstp.contoso.com'] } });
  assert.deepEqual(named.roles, ['vpn-server']);
  assert.ok(named.findings.some((finding) => finding.ruleId === 'cert/ikev2-server-missing-ike-intermediate-eku'));
  const sstp = assessCertificate(cert, { now: NOW, context: { profileServers: ['sstp.contoso.com'], sstpServers: ['sstp.contoso.com'] } });
  assert.deepEqual(sstp.roles, ['sstp-server']);
  assert.deepEqual(sstp.findings, []);
});

test('judge: candidates that would fail are not offered as other roles', async () => {
  const { npsServer } = await contosoPki();
  const cert = decodeCertificate(npsServer.der);
  assert.deepEqual(assessCertificate(cert, { now: NOW }).otherRoles, ['vpn-server', 'device']);
  // With the IKEv2 rule raised to an error, IKEv2 is no longer a role it could serve; and its warning is not shown.
  const strict = assessCertificate(cert, { now: NOW, rules: { 'cert/ikev2-server-missing-ike-intermediate-eku': 'error' } });
  assert.deepEqual(strict.otherRoles, ['device']);
  assert.deepEqual(strict.findings, []);
  const codeSigning = await makeLeaf({ subject: 'CN=Code', eku: ['1.3.6.1.5.5.7.3.3'] });
  const none = assessCertificate(decodeCertificate(codeSigning.der), { now: NOW });
  assert.deepEqual([none.roles, none.otherRoles, none.roleReasons], [[], [], []]);
});
