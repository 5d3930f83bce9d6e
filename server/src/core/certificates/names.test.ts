import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMatch, isFqdn, matchCertificateName, matchServerNamesEntry } from './names';

test('names: FQDNs, host names and IP addresses', () => {
  assert.ok(isFqdn('vpn.contoso.com'));
  assert.ok(isFqdn('*.contoso.com'));
  assert.ok(!isFqdn('RRAS01'));
  assert.ok(!isFqdn('203.0.113.7'));
  assert.ok(!isFqdn('bad..name'));
});

test('names: DNS comparison ignores case but says so; wildcards cover exactly one label', () => {
  assert.equal(matchCertificateName('vpn.contoso.com', 'vpn.contoso.com'), 'exact');
  assert.equal(matchCertificateName('vpn.contoso.com', 'VPN.contoso.com'), 'case-only');
  assert.equal(matchCertificateName('*.contoso.com', 'vpn.contoso.com'), 'exact');
  assert.equal(matchCertificateName('*.contoso.com', 'a.vpn.contoso.com'), 'none');
  assert.equal(bestMatch(['x.contoso.com', 'VPN.contoso.com', 'vpn.contoso.com'], 'vpn.contoso.com'), 'exact');
});

test('names: ServerNames entries may be regular expressions; invalid ones match nothing', () => {
  assert.equal(matchServerNamesEntry('nps\\d\\.corp\\.contoso\\.com', ['nps1.corp.contoso.com']), 'exact');
  assert.equal(matchServerNamesEntry('NPS\\d\\.corp\\.contoso\\.com', ['nps1.corp.contoso.com']), 'case-only');
  assert.equal(matchServerNamesEntry('nps(', ['nps1.corp.contoso.com']), 'none');
  assert.equal(matchServerNamesEntry('NPS1.corp.contoso.com', ['nps1.corp.contoso.com']), 'case-only');
});
