import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './decode';
import { EKU } from './oids';
import { explainRoles, inferRoles, rolesFor, type RoleContext } from './roles';
import { contosoPki, makeCertificate, makeLeaf } from './testing/certificates';

const explain = (made: { der: Uint8Array }, context?: RoleContext) => explainRoles(decodeCertificate(made.der), context);

test('roles: each good Contoso certificate is inferred as what it is, with the other roles its EKUs allow', async () => {
  const pki = await contosoPki();
  const table = Object.fromEntries(
    (['root', 'issuing', 'vpnServer', 'sstpServer', 'npsServer', 'user', 'device'] as const).map((name) => {
      const { likely, candidates } = explain(pki[name]);
      return [name, { likely, candidates }];
    }),
  );
  assert.deepEqual(table, {
    root: { likely: ['root-ca'], candidates: [] },
    issuing: { likely: ['issuing-ca'], candidates: [] },
    // Server Authentication + IP security IKE intermediate: the tutorial's VPN server template.
    vpnServer: { likely: ['vpn-server'], candidates: ['sstp-server', 'nps-server'] },
    // Server Authentication alone: NPS or SSTP; IKEv2 stays a candidate.
    sstpServer: { likely: ['nps-server', 'sstp-server'], candidates: ['vpn-server'] },
    // Server and Client Authentication, a DNS name: NPS or SSTP; IKEv2 or a device certificate only if asked (no UPN: no user).
    npsServer: { likely: ['nps-server', 'sstp-server'], candidates: ['vpn-server', 'device'] },
    // A UPN and no DNS name: a user only; a DNS name and no UPN: a device only.
    user: { likely: ['user'], candidates: [] },
    device: { likely: ['device'], candidates: [] },
  });
});

test('roles: client certificates by their names and EKUs', async () => {
  const roles = async (spec: Parameters<typeof makeLeaf>[0]) => explain(await makeLeaf(spec)).likely;
  assert.deepEqual(await roles({ subject: 'CN=Alice', eku: [EKU.entraConditionalAccess, EKU.clientAuth] }), ['user']);
  assert.deepEqual(await roles({ subject: 'CN=Alice', eku: [EKU.entraConditionalAccess] }), ['user']);
  assert.deepEqual(await roles({ subject: 'CN=pc2.corp.contoso.com', eku: [EKU.clientAuth] }), ['device']);
  assert.deepEqual(await roles({ subject: 'CN=PC2', eku: [EKU.clientAuth, EKU.ikeIntermediate] }), ['device']);
  assert.deepEqual(await roles({ subject: 'CN=Somebody', eku: [EKU.clientAuth] }), ['user', 'device']);
  assert.deepEqual(await roles({ subject: 'CN=Code', eku: ['1.3.6.1.5.5.7.3.3'] }), []);
  assert.deepEqual(explain(await makeLeaf({ subject: 'CN=Code', eku: ['1.3.6.1.5.5.7.3.3'] })).candidates, []);
});

test('roles: certificates without a specific EKU are judged for the roles their names fit', async () => {
  const noEku = (san: Parameters<typeof makeLeaf>[0]['san']) => makeLeaf({ subject: 'CN=x', san });
  assert.deepEqual(explain(await noEku([{ type: 'upn', value: 'a@contoso.com' }])).likely, ['user']);
  assert.deepEqual(explain(await noEku([{ type: 'dns', value: 'host.contoso.com' }])).likely, ['nps-server', 'sstp-server', 'vpn-server', 'device']);
  assert.deepEqual(explain(await noEku(undefined)).likely, ['user', 'device']);
  const anyPurpose = await makeLeaf({ subject: 'CN=x', eku: [EKU.anyPurpose], san: [{ type: 'upn', value: 'a@contoso.com' }] });
  assert.deepEqual(explain(anyPurpose).likely, ['user']);
  assert.match(explain(anyPurpose).reasons.join(' '), /generic EKU/);
});

test('roles: workspace names settle server certificates, whatever their EKUs say', async () => {
  const { sstpServer, npsServer, vpnServer } = await contosoPki();
  assert.deepEqual(explain(npsServer, { eapServerNames: ['nps1.corp.contoso.com'] }).likely, ['nps-server']);
  assert.deepEqual(explain(sstpServer, { profileServers: ['sstp.contoso.com'] }).likely, ['vpn-server', 'sstp-server']);
  // A profile that pins its protocol settles IKEv2 or SSTP.
  assert.deepEqual(explain(sstpServer, { profileServers: ['sstp.contoso.com'], sstpServers: ['sstp.contoso.com'] }).likely, ['sstp-server']);
  assert.deepEqual(explain(sstpServer, { profileServers: ['sstp.contoso.com'], ikev2Servers: ['sstp.contoso.com'] }).likely, ['vpn-server']);
  assert.deepEqual(explain(vpnServer, { profileServers: ['VPN.contoso.com'], sstpServers: ['VPN.contoso.com'] }).likely, ['sstp-server']);
  // A name meant for NPS is judged as NPS even without Server Authentication: that is when the error matters.
  const wrongEku = await makeLeaf({ subject: 'CN=nps3.corp.contoso.com', eku: [EKU.clientAuth], san: [{ type: 'dns', value: 'nps3.corp.contoso.com' }] });
  const named = explain(wrongEku, { eapServerNames: ['nps3.corp.contoso.com'] });
  assert.deepEqual(named.likely, ['nps-server']);
  assert.match(named.reasons[0], /EAP ServerNames/);
  // Names that match nothing leave the EKUs to decide.
  assert.deepEqual(explain(npsServer, { profileServers: ['vpn.fabrikam.com'], eapServerNames: ['nps9.fabrikam.com'] }).likely, ['nps-server', 'sstp-server']);
});

test('roles: every inference says why, in our own words without certificate text', async () => {
  const pki = await contosoPki();
  const hostile = await makeCertificate({ subject: [{ CN: [{ utf8String: '<b>nps</b>.contoso.com' }] }], eku: [EKU.serverAuth], san: [{ type: 'dns', value: 'evil`name.contoso.com' }] });
  for (const made of [pki.root, pki.issuing, pki.vpnServer, pki.sstpServer, pki.npsServer, pki.user, pki.device, hostile]) {
    const { reasons } = explain(made);
    assert.ok(reasons.length >= 1);
    for (const reason of reasons) assert.doesNotMatch(reason, /<b>|`|contoso/);
  }
  assert.match(explain(pki.vpnServer).reasons[0], /IP security IKE intermediate/);
  assert.match(explain(pki.sstpServer).reasons[0], /NPS certificate .* SSTP/);
  assert.match(explain(pki.user).reasons[0], /UPN/);
});

test('roles: a chosen role wins; "ca" becomes root or issuing CA; inferRoles is the likely list', async () => {
  const { root, issuing, user, npsServer } = await contosoPki();
  assert.deepEqual(rolesFor(decodeCertificate(user.der), 'nps-server'), ['nps-server']);
  assert.deepEqual(rolesFor(decodeCertificate(root.der), 'ca'), ['root-ca']);
  assert.deepEqual(rolesFor(decodeCertificate(issuing.der), 'ca'), ['issuing-ca']);
  assert.deepEqual(rolesFor(decodeCertificate(npsServer.der)), ['nps-server', 'sstp-server']);
  assert.deepEqual(inferRoles(decodeCertificate(npsServer.der)), ['nps-server', 'sstp-server']);
});
