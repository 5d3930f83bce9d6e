// The catalogue against its documented meanings: every code the brief names, checked by symbol and key words,
// plus integrity checks (ranges complete, symbols as Microsoft publishes them, summaries not copied verbatim).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allEntries, eventSourceMatches, lookupCode, lookupNumber } from './catalogue';
import { MS, PR } from './data/sources';
import { numberForms } from './numberForms';
import { parseCsv, readSharedReference } from './testing/fixtures';
import type { CodeEntry, CodeKind } from './types';

function entry(kind: CodeKind, code: number): CodeEntry {
  const found = lookupCode(kind, code);
  assert.ok(found, `${kind}:${code} is in the catalogue`);
  return found;
}

function assertMeaning(kind: CodeKind, code: number, symbol: string | undefined, ...words: RegExp[]): CodeEntry {
  const found = entry(kind, code);
  assert.equal(found.symbol, symbol, `${kind}:${code} symbol`);
  for (const word of words) assert.match(found.summary, word, `${kind}:${code} summary "${found.summary}"`);
  return found;
}

const all = (entryTexts: readonly string[]): string => entryTexts.join('\n');

test('RAS errors that matter to Always On VPN have their documented meaning', () => {
  assertMeaning('ras', 691, 'ERROR_AUTHENTICATION_FAILURE', /user name/, /password/);
  assertMeaning('ras', 800, 'ERROR_AUTOMATIC_VPN_FAILED', /VPN connection could not be set up/, /unreachable|security settings/);
  assertMeaning('ras', 809, 'ERROR_VPN_TIMEOUT', /does not answer/, /firewall|NAT/);
  assertMeaning('ras', 812, 'ERROR_SERVER_POLICY', /policy/, /authentication method/);
  assertMeaning('ras', 853, 'ERROR_EAP_USER_CERT_INVALID', /client/, /certificate/);
  assertMeaning('ras', 858, 'ERROR_EAP_SERVER_CERT_EXPIRED', /server/, /expired/);
  assertMeaning('ras', 864, 'ERROR_EAP_SERVER_ROOT_CERT_NOT_FOUND', /Trusted Root Certification Authorities/, /server/);
  assertMeaning('ras', 868, 'ERROR_DNSNAME_NOT_RESOLVABLE', /server name could not be resolved/);
  assertMeaning('ras', 619, 'ERROR_PORT_DISCONNECTED', /disconnected/);
});

test('IKE errors that matter to Always On VPN have their documented meaning', () => {
  assertMeaning('ike', 13801, 'ERROR_IPSEC_IKE_AUTH_FAIL', /authentication credentials/);
  assertMeaning('ike', 13806, 'ERROR_IPSEC_IKE_NO_CERT', /no valid machine certificate/);
  assertMeaning('ike', 13868, 'ERROR_IPSEC_IKE_POLICY_MATCH', /policy match/);
  assertMeaning('ike', 13881, 'ERROR_IPSEC_IKE_INVALID_CERT_KEYLEN', /key is shorter/);
});

test('NPS reason codes the brief names have their documented meaning', () => {
  assertMeaning('nps-reason', 0, 'IAS_SUCCESS', /Success/);
  assertMeaning('nps-reason', 16, 'IAS_AUTH_FAILURE', /Credentials mismatch/, /password/);
  assertMeaning('nps-reason', 48, 'IAS_NO_POLICY_MATCH', /no network policy/);
  assertMeaning('nps-reason', 49, undefined, /no connection request policy/);
  assertMeaning('nps-reason', 65, 'IAS_DIALIN_DISABLED', /Network Access Permission/, /Deny/);
  assertMeaning('nps-reason', 66, 'IAS_INVALID_AUTH_TYPE', /authentication method/, /not enabled/);
  assertMeaning('nps-reason', 258, undefined, /CRL/, /revocation/);
  assertMeaning('nps-reason', 259, undefined, /CA that manages the CRL/, /unavailable/);
  assertMeaning('nps-reason', 262, undefined, /incomplete/, /signature/, /discarded/);
  assertMeaning('nps-reason', 265, undefined, /enterprise root CA/, /does not trust/);
  assertMeaning('nps-reason', 266, undefined, /unexpected or badly formatted/, /discarded/);
  assertMeaning('nps-reason', 272, undefined, /more than one account/);
  assertMeaning('nps-reason', 273, undefined, /WinVerifyTrust/, /trust provider/, /not recognised/);
  assertMeaning('nps-reason', 281, undefined, /path length constraint/);
  assertMeaning('nps-reason', 282, undefined, /critical extension/, /not recognised/);
  assertMeaning('nps-reason', 283, undefined, /Client Authentication/, /application policies/);
  assertMeaning('nps-reason', 295, undefined, /CA that NPS does not trust/);
  assertMeaning('nps-reason', 296, undefined, /Client Authentication EKU/);
  assertMeaning('nps-reason', 297, undefined, /no valid name/);
  assertMeaning('nps-reason', 298, undefined, /UPN/, /User-Name/);
});

test('NPS reason codes 71 and 303 say plainly that their meaning is unverified', () => {
  assert.match(entry('nps-reason', 71).summary, /UNVERIFIED/);
  assert.equal(entry('nps-reason', 71).symbol, 'IAS_INVALID_RESTRICTION');
  assert.match(entry('nps-reason', 303).summary, /UNVERIFIED/);
});

test('NPS reason codes cover exactly the documented numbers (gaps are intentional)', () => {
  const codes = allEntries()
    .filter((e) => e.kind === 'nps-reason')
    .map((e) => e.code);
  const expected = [...range(0, 10), ...range(16, 23), ...range(32, 38), 48, 49, ...range(64, 73), 80, 96, 97, 112, 113, ...range(115, 118), ...range(256, 303)];
  assert.deepEqual(codes, expected);
});

test('certificate HRESULTs and the two readings of 0x80070040', () => {
  assertMeaning('hresult', 0x800b0101, 'CERT_E_EXPIRED', /validity period/);
  assertMeaning('hresult', 0x800b0109, 'CERT_E_UNTRUSTEDROOT', /root certificate that is not trusted/);
  assertMeaning('hresult', 0x80092012, 'CRYPT_E_NO_REVOCATION_CHECK', /revocation check/);
  assertMeaning('hresult', 0x800b010f, 'CERT_E_CN_NO_MATCH', /name does not match/);
  assertMeaning('hresult', 0x800b0110, 'CERT_E_WRONG_USAGE', /usage/);
  const netname = entry('hresult', 0x80070040);
  assert.match(netname.symbol ?? '', /ERROR_NETNAME_DELETED/);
  assert.match(netname.summary, /network name is no longer available/);
  assert.match(netname.summary, /Server Authentication/);
  assert.ok(netname.notes.some((note) => /Two readings/.test(note)));
  assertMeaning('win32', 64, 'ERROR_NETNAME_DELETED', /network name is no longer available/);
});

test('event IDs carry their source, log and documented meaning', () => {
  for (let id = 20220; id <= 20227; id++) assert.equal(entry('event', id).eventSource, 'RasClient', `event ${id}`);
  const failed = assertMeaning('event', 20227, 'ROUTERLOG_RASCONNECTION_FAILED', /failed/, /error code/);
  assert.ok(
    failed.notes.some((note) => /4th insertion string/.test(note)),
    'the error code is the 4th insertion string',
  );
  assert.ok(failed.notes.some((note) => /-2146762495/.test(note) && /0x800B0101/.test(note)));
  assert.match(entry('event', 20226).summary, /reason code \(0 = normal termination\)/);
  assertMeaning('event', 20221, 'ROUTERLOG_PRECONNECT_INFO', /started dialing/);
  assertMeaning('event', 20225, 'ROUTERLOG_RASCONNECTION_ESTABLISHED', /established/);
  assert.match(entry('event', 20276).summary, /authentication protocol did not match/);
  assert.match(entry('event', 20276).summary, /812/);
  const nps: readonly [number, RegExp][] = [
    [6272, /granted access/],
    [6273, /denied access/],
    [6274, /discarded the request/],
    [6275, /discarded an accounting request/],
    [6276, /quarantined/],
    [6277, /probation/],
    [6278, /full access/],
    [6279, /locked/],
    [6280, /unlocked/],
  ];
  for (const [id, meaning] of nps) {
    const found = entry('event', id);
    assert.match(found.summary, meaning, `event ${id}`);
    assert.equal(found.eventSource, 'Microsoft-Windows-Security-Auditing');
    assert.equal(found.eventLog, 'Security');
  }
  for (const id of [17, 4400, 4401, 4402]) {
    assert.ok(
      entry('event', id).notes.some((note) => /UNVERIFIED/.test(note)),
      `NPS system event ${id} is marked unverified`,
    );
  }
  for (const id of [13, 18]) {
    assert.ok(!entry('event', id).notes.some((note) => /UNVERIFIED/.test(note)), `NPS system event ${id} is documented by Microsoft`);
    assert.ok(entry('event', id).source.includes(MS.troubleshootNps), `NPS system event ${id} cites Microsoft's NPS guide`);
  }
  assert.match(entry('event', 4421).summary, /RequireMsgAuth/);
  assert.match(entry('event', 4421).summary, /limitProxyState/);
  const mfa = assertMeaning('event', 3, 'ESTS_TOKEN_ERROR', /Azure MFA NPS extension/);
  assert.equal(mfa.eventSource, 'AzureMfa');
});

test('event sources match as exports spell them', () => {
  assert.ok(eventSourceMatches(entry('event', 6273), 'Microsoft Windows security auditing.'));
  assert.ok(eventSourceMatches(entry('event', 6273), 'Microsoft-Windows-Security-Auditing'));
  assert.ok(eventSourceMatches(entry('event', 20227), 'RasClient'));
  assert.ok(!eventSourceMatches(entry('event', 20227), 'Microsoft-Windows-Security-Auditing'));
});

test('the codes that matter to Always On VPN have causes, checks and related codes', () => {
  const key: readonly [CodeKind, number][] = [
    ['ras', 691],
    ['ras', 800],
    ['ras', 809],
    ['ras', 812],
    ['ras', 853],
    ['ras', 858],
    ['ras', 864],
    ['ike', 13801],
    ['ike', 13806],
    ['ike', 13868],
    ['nps-reason', 16],
    ['nps-reason', 48],
    ['nps-reason', 65],
    ['nps-reason', 66],
    ['nps-reason', 258],
    ['nps-reason', 259],
    ['nps-reason', 265],
    ['win32', 0],
  ];
  for (const [kind, code] of key) {
    const found = entry(kind, code);
    assert.ok(found.causes.length > 0, `${kind}:${code} has causes`);
    assert.ok(found.checks.length > 0, `${kind}:${code} has checks`);
  }
  for (const [kind, code] of [
    ...key,
    ['nps-reason', 49],
    ['nps-reason', 262],
    ['nps-reason', 266],
    ['nps-reason', 272],
    ['nps-reason', 273],
    ['nps-reason', 281],
    ['nps-reason', 282],
    ['nps-reason', 283],
    ['nps-reason', 295],
    ['nps-reason', 296],
    ['nps-reason', 297],
    ['nps-reason', 298],
  ] as const) {
    assert.ok(entry(kind, code).checks.length > 0, `${kind}:${code} says what to check`);
  }
});

test('853: NTAuth, revocation and the IgnoreNoRevocationCheck workaround with its exact path and reboot', () => {
  const checks = all(entry('ras', 853).checks);
  assert.match(checks, /certutil -enterprise -viewstore NTAuth/);
  assert.match(checks, /certutil -verify -urlfetch/);
  assert.match(checks, /`IgnoreNoRevocationCheck` = 1/);
  assert.ok(checks.includes('HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13'));
  assert.match(checks, /EAP\\25` when PEAP/);
  assert.match(checks, /reboot the server; restarting the NPS or RRAS services is not enough/);
  assert.match(all(entry('nps-reason', 258).checks), /IgnoreNoRevocationCheck/);
  assert.match(all(entry('ras', 853).causes), /NTAuth/);
  assert.match(all(entry('ras', 853).causes), /Kerberos-Key-Distribution-Center event 39/);
});

test('853 and reason 258: Entra ID Conditional Access leaf certificates carry no CRL; the Entra CA is a root', () => {
  const causes853 = all(entry('ras', 853).causes);
  assert.match(causes853, /leaf certificates Entra ID issues for VPN are valid for about one hour and carry no CRL distribution point/);
  assert.match(causes853, /"VPN Server" CA that signs them is a root certificate \[MS\]/);
  assert.match(all(entry('nps-reason', 258).causes), /leaf certificates \(valid about one hour\) carry no CRL by design; the Entra "VPN Server" CA is a root/);
  for (const [kind, code] of [
    ['ras', 853],
    ['nps-reason', 258],
    ['ras', 812],
  ] as const) {
    const texts = all([...entry(kind, code).causes, ...entry(kind, code).checks, ...entry(kind, code).notes]);
    assert.doesNotMatch(texts, /Entra ID CA\) has no CDP|Entra ID CA[^.;]{0,40}(has|carries) no CDP/, `${kind}:${code} does not say the Entra CA lacks a CDP`);
    assert.ok(entry(kind, code).source.includes(MS.conditionalAccessVpn), `${kind}:${code} cites the Conditional Access guide`);
  }
});

test('reason 258 and 853 name NoRevocationCheck next to IgnoreNoRevocationCheck, with its cost', () => {
  for (const [kind, code] of [
    ['nps-reason', 258],
    ['ras', 853],
  ] as const) {
    const notes = all(entry(kind, code).notes);
    assert.match(notes, /Conditional Access guide sets `NoRevocationCheck` = 1 next to `IgnoreNoRevocationCheck` = 1/);
    assert.match(notes, /checks the revocation of no EAP-TLS client certificate at all, so a revoked certificate from your own CA is accepted until it expires/);
    assert.ok(entry(kind, code).source.includes(MS.npsCrlRegistry), `${kind}:${code} cites the NPS CRL registry page`);
  }
  assert.match(all(entry('nps-reason', 258).checks), /including the second NPS when one proxies to another/);
});

test('13868 is an IKEv2 policy mismatch, documented by practitioners, with the commands on both sides', () => {
  const found = entry('ike', 13868);
  assert.match(all(found.causes), /IKEv2 security policy of the client does not match the one configured on the VPN server/);
  assert.match(all(found.causes), /practitioners document 13868 as this policy mismatch.*\[PR\]/);
  assert.doesNotMatch(all([...found.causes, ...found.notes]), /\[INF\]|inference/);
  const checks = all(found.checks);
  assert.match(checks, /`Get-VpnServerIPsecConfiguration`/);
  assert.match(checks, /`Get-VpnConnection -Name <connection> \[-AllUserConnection\] \| Select-Object -ExpandProperty IPsecCustomPolicy`/);
  assert.ok(found.source.includes(PR.ikev2PolicyMismatch));
});

test('809: IKEv2 fragmentation besides blocked UDP 500/4500, with the RRAS and client settings', () => {
  const found = entry('ras', 809);
  assert.match(all(found.causes), /UDP 500\/4500/);
  assert.match(all(found.causes), /IKEv2 fragmentation: with certificate authentication .* IP fragments, and a firewall or router that drops fragments/);
  const checks = all(found.checks);
  assert.match(checks, /`EnableServerFragmentation` = 1 under `HKLM\\SYSTEM\\CurrentControlSet\\Services\\RemoteAccess\\Parameters\\Ikev2`/);
  assert.match(checks, /ProfileXML `DisableIKEv2Fragmentation` set to `true` disables it/);
  assert.ok(found.source.includes(PR.ikev2Fragmentation));
  assert.ok(found.source.includes(MS.vpnv2Csp));
  assert.ok(found.source.includes(MS.troubleshootAovpn));
});

test('every source is a public address (no internal notes), and every tagged statement has one', () => {
  for (const item of allEntries()) {
    assert.doesNotMatch(item.source, /DOMAIN\.md|shared\/reference|§/, `${item.kind}:${item.code} cites no internal notes`);
    assert.ok(/https:\/\//.test(item.source) || /raserror\.h/.test(item.source), `${item.kind}:${item.code} cites a public source: ${item.source}`);
    const tagged = [...item.causes, ...item.checks, ...item.notes].filter((text) => /\[(MS|PR)\]/.test(text));
    if (tagged.length > 0) assert.ok(/https:\/\//.test(item.source), `${item.kind}:${item.code} names the address behind its [MS]/[PR] statements`);
  }
});

test('RRAS server events 20271, 20272, 20274, 20275 with what to check next', () => {
  for (const id of [20271, 20272, 20274, 20275, 20276]) {
    const found = entry('event', id);
    assert.equal(found.eventSource, 'RemoteAccess', `event ${id}`);
    assert.equal(found.eventLog, 'System', `event ${id}`);
    assert.match(found.summary, /^On the VPN \(RRAS\) server/, `event ${id}`);
    assert.ok(found.source.includes('libyal/winevt-kb'), `event ${id} cites the message table`);
  }
  assert.match(entry('event', 20271).summary, /failed authentication; the message gives the reason/);
  assert.match(all(entry('event', 20271).checks), /NPS Security event 6273 for the same user and time/);
  assert.match(entry('event', 20272).summary, /duration, bytes sent and received, the reason for disconnecting, the tunnel type/);
  assert.match(all(entry('event', 20272).checks), /Disconnect-VpnUser/);
  assert.match(all(entry('event', 20274).checks), /`Disconnect-VpnUser -HostIPAddress`/);
  assert.match(entry('event', 20275).summary, /tunnel address given has disconnected/);
  assert.ok(entry('event', 20272).notes.some((note) => /RoutingDomainID/.test(note)));
  assert.ok(!entry('event', 20271).notes.some((note) => /RoutingDomainID/.test(note)), '20271 keeps its insertion strings');
  const relatedTo691 = entry('ras', 691).related.map((r) => `${r.kind}:${r.code}`);
  assert.ok(relatedTo691.includes('event:20271'));
});

test('KDC events 39, 40, 41 (strong certificate mapping, KB5014754)', () => {
  for (const id of [39, 40, 41]) {
    const found = entry('event', id);
    assert.equal(found.eventSource, 'Kerberos-Key-Distribution-Center', `event ${id}`);
    assert.equal(found.eventLog, 'System', `event ${id}`);
    assert.ok(found.source.includes(MS.kb5014754), `event ${id} cites KB5014754`);
    assert.ok(eventSourceMatches(found, 'Microsoft-Windows-Kerberos-Key-Distribution-Center'));
    assert.ok(eventSourceMatches(found, 'Kdcsvc'));
  }
  const kdc39 = entry('event', 39);
  assert.match(kdc39.summary, /valid user certificate that it could not map to an account in a strong way/);
  assert.match(all(kdc39.causes), /SID extension 1\.3\.6\.1\.4\.1\.311\.25\.2/);
  assert.match(all(kdc39.checks), /altSecurityIdentities/);
  assert.match(all(kdc39.notes), /Compatibility mode.*Full Enforcement mode/);
  assert.ok(kdc39.related.some((r) => r.kind === 'nps-reason' && r.code === 16));
  assert.ok(entry('nps-reason', 16).related.some((r) => r.kind === 'event' && r.code === 39));
  assert.ok(entry('ras', 853).related.some((r) => r.kind === 'event' && r.code === 39));
  assert.match(entry('event', 40).summary, /issued before its user existed/);
  assert.match(entry('event', 41).summary, /SID .* does not match the user's SID/);
});

test('IPsec audit events 4652, 4653, 4654 and how to turn them on', () => {
  for (const id of [4652, 4653, 4654]) {
    const found = entry('event', id);
    assert.equal(found.eventSource, 'Microsoft-Windows-Security-Auditing', `event ${id}`);
    assert.equal(found.eventLog, 'Security', `event ${id}`);
  }
  assert.match(entry('event', 4653).summary, /IPsec main mode negotiation .* failed; .* failure point .* failure reason/);
  assert.match(all(entry('event', 4653).checks), /auditpol \/set \/subcategory:"IPsec Main Mode" \/failure:enable/);
  assert.match(all(entry('event', 4654).checks), /auditpol \/set \/subcategory:"IPsec Quick Mode" \/failure:enable/);
  assert.ok(entry('event', 4653).source.includes(MS.auditIpsecMainMode));
  assert.ok(
    entry('event', 4654).notes.some((note) => /does not list 4654/.test(note)),
    '4654 says where its facts come from',
  );
  assert.ok(entry('ike', 13868).related.some((r) => r.kind === 'event' && r.code === 4653));
});

test('KB5040268 NPS events: 4418 (Microsoft), 4420 (event text quoted publicly), 4421 (practitioners)', () => {
  const dropped = entry('event', 4418);
  assert.equal(dropped.eventSource, 'NPS');
  assert.match(dropped.summary, /dropped an Access-Request that carried a Proxy-State attribute but no Message-Authenticator/);
  assert.equal(dropped.source, MS.kb5040268);
  assert.match(all(dropped.checks), /exempt that client from limitProxyState/);
  const proxied = entry('event', 4420);
  assert.match(proxied.summary, /RADIUS proxy received a response .* without a Message-Authenticator attribute; it is still accepted because requireMsgAuth is in Audit mode/);
  assert.ok(proxied.source.includes(MS.kb5040268));
  assert.match(entry('event', 4421).source, /Blast-RADIUS/);
  assert.ok(entry('event', 4421).related.some((r) => r.code === 4418) && entry('event', 4421).related.some((r) => r.code === 4420));
});

test('denying access on purpose: guidance where an administrator looks (691, 812, NPS deny reasons, 6273)', () => {
  for (const [kind, code] of [
    ['ras', 691],
    ['ras', 812],
    ['nps-reason', 48],
    ['nps-reason', 65],
    ['event', 6273],
  ] as const) {
    const found = entry(kind, code);
    const notes = all(found.notes);
    assert.match(notes, /cache revocation information/, `${kind}:${code}: CRL caching`);
    assert.match(notes, /`certutil -urlcache \* delete` and `certutil -setreg chain\\ChainCacheResyncFiletime @now`/, `${kind}:${code}: CRL reload`);
    assert.match(notes, /network policy that denies a security group, ordered before the policy that grants VPN access/, `${kind}:${code}: policy order`);
    assert.match(notes, /Untrusted Certificates store of every VPN server/, `${kind}:${code}: device certificates`);
    assert.match(notes, /`Get-RemoteAccessConnectionStatistics`/, `${kind}:${code}: live sessions`);
    assert.match(notes, /`Disconnect-VpnUser -UserName <user>`/, `${kind}:${code}: disconnect`);
    assert.ok(found.source.includes(PR.denyingAccess), `${kind}:${code} cites the practitioner article`);
    assert.ok(found.source.includes(MS.disconnectVpnUser), `${kind}:${code} cites the cmdlet reference`);
  }
});

test('cross-references between client, VPN server and NPS', () => {
  const related = (kind: CodeKind, code: number) => entry(kind, code).related.map((r) => `${r.kind}:${r.code}`);
  assert.ok(['nps-reason:258', 'nps-reason:16', 'nps-reason:262'].every((r) => related('ras', 853).includes(r)));
  assert.ok(related('nps-reason', 258).includes('ras:853'));
  assert.ok(related('nps-reason', 16).includes('ras:853'));
  assert.ok(related('ras', 812).includes('event:20276'));
  assert.ok(related('event', 20276).includes('ras:812'));
  assert.ok(related('nps-reason', 66).includes('ras:812'));
  assert.match(all(entry('ras', 858).causes), /NPS server has expired/);
  assert.ok(related('ras', 858).includes('ras:864'));
  assert.ok(related('win32', 0).includes('event:6274'));
  assert.ok(related('win32', 0).includes('event:3'));
  assert.match(all(entry('win32', 0).checks), /ESTS_TOKEN_ERROR/);
  assert.match(all(entry('win32', 0).checks), /Restart-Service IAS/);
  assert.ok(related('hresult', 0x80092012).includes('nps-reason:258'));
  const unverifiedPair = entry('ras', 853).related.find((r) => r.kind === 'nps-reason' && r.code === 262);
  assert.match(unverifiedPair?.note ?? '', /not confirmed by Microsoft documentation/);
});

test('every related code points at a catalogue entry', () => {
  for (const item of allEntries()) {
    for (const related of item.related) {
      assert.ok(lookupCode(related.kind, related.code), `${item.kind}:${item.code} → ${related.kind}:${related.code}`);
    }
  }
});

test('a bare number matches every kind it could be', () => {
  const kinds = (value: number) => lookupNumber(numberForms(value)).map((e) => e.kind);
  assert.deepEqual(kinds(0), ['win32', 'nps-reason']);
  assert.deepEqual(kinds(17), ['nps-reason', 'event']);
  assert.deepEqual(kinds(853), ['ras']);
  assert.deepEqual(kinds(13801), ['ike']);
  assert.deepEqual(kinds(20227), ['event']);
  assert.deepEqual(kinds(0x800735e9), ['ike']);
  assert.deepEqual(kinds(0x80070040), ['win32', 'hresult']);
  assert.deepEqual(kinds(0x80070355), ['ras'], 'HRESULT_FROM_WIN32(853)');
  assert.deepEqual(kinds(18), ['nps-reason', 'event']);
  assert.deepEqual(kinds(39), ['event']);
  assert.deepEqual(kinds(12345), []);
});

test('RAS and IKE ranges are complete and use the symbols Microsoft publishes', () => {
  const ras = allEntries().filter((e) => e.kind === 'ras');
  const ike = allEntries().filter((e) => e.kind === 'ike');
  assert.equal(ras[0].code, 600);
  assert.equal(ras[ras.length - 1].code, 956);
  assert.equal(ike[0].code, 13800);
  assert.equal(ike[ike.length - 1].code, 13932);
  assert.equal(entry('ras', 613).symbol, 'ERROR_INVALID_COMPRESSION_SPECIFIED', 'as raserror.h spells it');
  assert.equal(entry('ras', 762).symbol, 'ERROR_SHARING_PRIVATE_INSTALL', 'as raserror.h spells it');
  assert.ok(entry('ras', 605).notes.some((n) => /Deprecated/.test(n)));
  assert.ok(entry('ras', 873).notes.some((n) => /raserror\.h/.test(n)));
  assert.ok(entry('ras', 930).notes.some((n) => /mprerror\.h/.test(n)));
});

test('against the reference tables: same codes and symbols, summaries in our own words', (t) => {
  const rasCsv = readSharedReference('ras-error-codes.csv');
  const ikeCsv = readSharedReference('ike-error-codes.csv');
  if (!rasCsv || !ikeCsv) {
    t.skip('shared/reference not available');
    return;
  }
  const garbled = new Set(['613', '762']);
  const normalise = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  for (const [csv, kind] of [
    [rasCsv, 'ras'],
    [ikeCsv, 'ike'],
  ] as const) {
    const rows = parseCsv(csv);
    const codes = allEntries().filter((e) => e.kind === kind);
    assert.equal(codes.length, rows.length, `${kind}: one entry per table row`);
    for (const row of rows) {
      const found = entry(kind, Number(row.code));
      if (!garbled.has(row.code) || kind !== 'ras') assert.equal(found.symbol, row.symbol, `${kind}:${row.code}`);
      if (row.description.split(' ').length > 3) {
        assert.notEqual(normalise(found.summary), normalise(row.description), `${kind}:${row.code} is paraphrased`);
        // Proper names (service and file names) may repeat; longer copied runs may not.
        assert.ok(longestCommonRun(normalise(found.summary), normalise(row.description)) < 9, `${kind}:${row.code} is in our own words`);
      }
    }
  }
});

function longestCommonRun(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let n = 0;
      while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
      best = Math.max(best, n);
    }
  }
  return best;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
