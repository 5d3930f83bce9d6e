import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMatch, isFqdn, matchCertificateName, matchServerNamesEntry, mayBacktrackForLong } from './names';

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

test('ServerNames expressions that could backtrack for ever are not run; ordinary ones are', () => {
  const long = 'a'.repeat(40) + '.example';
  for (const pattern of ['(a+)+b', '(a|aa)*b', '(a*)*b', '(?:a+){2,}b', '(.*a){12}', '(a)\\1+b', '.*.*.*.*b', 'a*a*a*a*a*b']) {
    assert.equal(mayBacktrackForLong(pattern), true, pattern);
    assert.equal(matchServerNamesEntry(pattern, [long]), 'none', pattern); // at once (it would run for hours)
  }
  for (const pattern of [
    '.*\\.contoso\\.com',
    'nps\\d+\\.corp\\.contoso\\.com',
    '(nps1|nps2)\\.corp\\.contoso\\.com',
    '(?:nps1|nps2)\\.corp\\.com',
    'nps[0-9]{1,3}\\.corp\\.com',
    '[a-z(+*]+\\.corp\\.com',
    '(nps\\d)?\\.corp\\.com',
    '.*?\\.corp\\..*',
  ]) {
    assert.equal(mayBacktrackForLong(pattern), false, pattern);
  }
  assert.equal(matchServerNamesEntry('(nps1|nps2)\\.corp\\.contoso\\.com', ['nps2.corp.contoso.com']), 'exact');
  assert.equal(matchServerNamesEntry('.*\\.Corp\\.contoso\\.com', ['nps2.corp.contoso.com']), 'case-only');
});
