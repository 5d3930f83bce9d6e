import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { noAovpnRoleRule } from './no-aovpn-role';
import { runRule } from './testing';

test('cert/no-aovpn-role: a code-signing certificate fits no role (information)', async () => {
  const signing = await makeLeaf({ subject: 'CN=Build Signing', eku: ['1.3.6.1.5.5.7.3.3'] });
  const report = runRule(noAovpnRoleRule, signing, { roles: [] });
  assert.ok(report);
  assert.equal(noAovpnRoleRule.defaultSeverity, 'information');
  assert.match(report.message, /Code Signing/);
});

test('cert/no-aovpn-role: silent as soon as a role fits', async () => {
  assert.equal(runRule(noAovpnRoleRule, (await contosoPki()).user, { roles: ['user'] }), undefined);
});
