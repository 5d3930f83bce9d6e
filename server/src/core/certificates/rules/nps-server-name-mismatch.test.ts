import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki } from '../testing/certificates';
import { npsServerNameMismatchRule } from './nps-server-name-mismatch';
import { runRule } from './testing';

test('cert/nps-server-name-mismatch: a name only in different letter case is an information (fails on Windows 11 21H2 with 853)', async () => {
  const { npsServer } = await contosoPki();
  const report = runRule(npsServerNameMismatchRule, npsServer, { role: 'nps-server', context: { eapServerNames: ['NPS1.corp.contoso.com'] } });
  assert.ok(report);
  assert.equal(report.severity, 'information');
  assert.match(report.message, /letter case/);
  assert.match(report.message, /21H2 .*853/);
});

test('cert/nps-server-name-mismatch: a certificate absent from ServerNames is a warning', async () => {
  const { npsServer } = await contosoPki();
  const report = runRule(npsServerNameMismatchRule, npsServer, { role: 'nps-server', context: { eapServerNames: ['nps2.corp.contoso.com', 'nps3.corp.contoso.com'] } });
  assert.ok(report);
  assert.equal(npsServerNameMismatchRule.defaultSeverity, 'warning');
  assert.match(report.message, /nps2\.corp\.contoso\.com;nps3\.corp\.contoso\.com/);
});

test('cert/nps-server-name-mismatch: exact names and regular expressions pass; no ServerNames means no check', async () => {
  const { npsServer } = await contosoPki();
  assert.equal(runRule(npsServerNameMismatchRule, npsServer, { role: 'nps-server', context: { eapServerNames: ['nps0.contoso.com', 'nps1.corp.contoso.com'] } }), undefined);
  assert.equal(runRule(npsServerNameMismatchRule, npsServer, { role: 'nps-server', context: { eapServerNames: ['nps[0-9]+\\.corp\\.contoso\\.com'] } }), undefined);
  assert.equal(runRule(npsServerNameMismatchRule, npsServer, { role: 'nps-server' }), undefined);
});
