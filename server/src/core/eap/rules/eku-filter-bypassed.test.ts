import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { eapDocument, findings, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType, valueBefore } from './testing';

const RULE = 'eap/eku-filter-bypassed';

function withFiltering(options: { allPurpose?: string; anyPurpose?: string; name?: string; oid?: string }): string {
  const name = options.name ?? 'ContosoVPN';
  const oid = options.oid ?? '1.3.6.1.4.1.311.42.1.15';
  return eapDocument(
    tlsEapType({
      filteringInfo: [
        `<FilteringInfo xmlns="${NS.tlsV3}">`,
        ...(options.allPurpose ? [`  <AllPurposeEnabled>${options.allPurpose}</AllPurposeEnabled>`] : []),
        `  <EKUMapping><EKUMap><EKUName>${name}</EKUName><EKUOID>${oid}</EKUOID></EKUMap></EKUMapping>`,
        `  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>${name}</EKUName></EKUMapInList></ClientAuthEKUList>`,
        ...(options.anyPurpose ? [`  ${options.anyPurpose}`] : []),
        '</FilteringInfo>',
      ].join('\n'),
    }),
  );
}

test('AllPurposeEnabled true next to a required custom EKU is information at its value', () => {
  const text = withFiltering({ allPurpose: 'true' });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, valueBefore(text, 'true', 'AllPurposeEnabled'));
  assert.deepEqual(found[0].related?.[0].range, rangeOf(text, 'ClientAuthEKUList'));
});

test('with the Conditional Access EKU the bypass is a warning', () => {
  const text = withFiltering({ name: 'AAD Conditional Access', oid: '1.3.6.1.4.1.311.87', anyPurpose: '<AnyPurposeEKUList Enabled="true"/>' });
  const [finding] = findings(text, RULE);
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /Oops/);
  const attribute = rangeOf(text, '<AnyPurposeEKUList Enabled="true"');
  assert.deepEqual(finding.range, { start: attribute.end - 5, end: attribute.end - 1 });
});

test('embedded: reported inside a profile', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(withFiltering({ allPurpose: '1' }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, '1', 'AllPurposeEnabled'));
});

test('no bypass: All Purpose off, Any Purpose requiring the same EKU', () => {
  assert.deepEqual(findings(withFiltering({ allPurpose: 'false' }), RULE), []);
  const same = '<AnyPurposeEKUList Enabled="true"><EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList></AnyPurposeEKUList>';
  assert.deepEqual(findings(withFiltering({ anyPurpose: same }), RULE), []);
});
