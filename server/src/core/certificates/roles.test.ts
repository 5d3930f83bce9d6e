import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './decode';
import { EKU } from './oids';
import { inferRoles, rolesFor } from './roles';
import { contosoPki, makeLeaf } from './testing/certificates';

test('roles: each good Contoso certificate is inferred as what it is (most likely first)', async () => {
  const pki = await contosoPki();
  const roles = (made: { der: Uint8Array }) => inferRoles(decodeCertificate(made.der));
  assert.deepEqual(roles(pki.root), ['root-ca']);
  assert.deepEqual(roles(pki.issuing), ['issuing-ca']);
  assert.deepEqual(roles(pki.vpnServer), ['vpn-server']);
  assert.deepEqual(roles(pki.sstpServer), ['nps-server', 'sstp-server', 'vpn-server']);
  assert.deepEqual(roles(pki.user), ['user']);
  assert.deepEqual(roles(pki.device), ['device']);
  assert.deepEqual(roles(await makeLeaf({ subject: 'CN=Code', eku: ['1.3.6.1.5.5.7.3.3'] })), []);
  assert.deepEqual(roles(await makeLeaf({ subject: 'CN=Alice', eku: [EKU.entraConditionalAccess, EKU.clientAuth] })), ['user']);
});

test('roles: workspace names settle ambiguous server certificates', async () => {
  const { sstpServer, npsServer } = await contosoPki();
  assert.deepEqual(inferRoles(decodeCertificate(npsServer.der), { eapServerNames: ['nps1.corp.contoso.com'] }), ['nps-server']);
  assert.deepEqual(inferRoles(decodeCertificate(sstpServer.der), { profileServers: ['sstp.contoso.com'] }), ['vpn-server', 'sstp-server']);
});

test('roles: a chosen role wins; "ca" becomes root or issuing CA', async () => {
  const { root, issuing, user } = await contosoPki();
  assert.deepEqual(rolesFor(decodeCertificate(user.der), 'nps-server'), ['nps-server']);
  assert.deepEqual(rolesFor(decodeCertificate(root.der), 'ca'), ['root-ca']);
  assert.deepEqual(rolesFor(decodeCertificate(issuing.der), 'ca'), ['issuing-ca']);
});
