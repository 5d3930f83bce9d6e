// The certificate rules and the code explanations describe the same NPS revocation settings: both name
// IgnoreNoRevocationCheck and NoRevocationCheck, the registry key, the reboot and what each setting costs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GUIDANCE } from '../codes/data/guidance';
import { IGNORE_NO_REVOCATION_CHECK, NO_REVOCATION_SETTINGS } from './rule';

const codesText = (key: string): string => {
  const guidance = GUIDANCE[key];
  assert.ok(guidance, key);
  return [...(guidance.causes ?? []), ...(guidance.checks ?? []), ...(guidance.notes ?? [])].join(' ');
};

test('revocation settings: the certificate rules name both NPS settings, where they go and what they cost', () => {
  for (const text of [IGNORE_NO_REVOCATION_CHECK, NO_REVOCATION_SETTINGS]) {
    assert.match(text, /IgnoreNoRevocationCheck=1 under HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13/);
    assert.match(text, /EAP\\25 when PEAP is used/);
    assert.match(text, /both when one NPS proxies to another/);
    assert.match(text, /reboot the server/);
    assert.match(text, /Its cost: .*cannot be cut off by revoking it; a certificate found revoked is still refused/);
    assert.match(text, /Conditional Access guide also sets NoRevocationCheck=1 .*checks the revocation of no EAP-TLS client certificate at all/);
  }
  assert.match(IGNORE_NO_REVOCATION_CHECK, /^Workaround: /);
});

test('revocation settings: the code explanations of 853 name the same two settings and the same costs', () => {
  const text = codesText('ras:853');
  assert.match(text, /IgnoreNoRevocationCheck` = 1 under `HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13`/);
  assert.match(text, /EAP\\25` when PEAP is used/);
  assert.match(text, /NoRevocationCheck` = 1 next to `IgnoreNoRevocationCheck` = 1/);
  assert.match(text, /checks the revocation of no EAP-TLS client certificate at all, so a revoked certificate from your own CA is accepted until it expires/);
  assert.match(text, /still refuses a certificate found revoked/);
  // The leaf certificates of Conditional Access carry no CRL; the Entra CA is a root.
  assert.match(text, /leaf certificates .* carry no CRL distribution point by design/);
});
