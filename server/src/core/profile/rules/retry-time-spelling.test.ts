import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaRuleMeta } from '../../rules/schema';
import { findingsOf, testRule } from '../../testing/ruleTester';
import { retryTimeSpelling } from './retry-time-spelling';
import { nativeWith, userProfile } from './testing';

const list = (retry: string) => `    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n${retry}    </ProtocolList>`;
const EXAMPLE_SPELLING = userProfile(nativeWith('ProtocolList', list('      <RetryTimeinHours>168</RetryTimeinHours>\n')));

testRule(retryTimeSpelling, {
  valid: [{ name: 'the example spelling alone', text: EXAMPLE_SPELLING }],
  invalid: [
    {
      name: 'the CSP spelling RetryTimeInHours: a hint; renaming to the example spelling is a suggestion',
      text: userProfile(nativeWith('ProtocolList', list('      <RetryTimeInHours>24</RetryTimeInHours>\n'))),
      findings: [
        {
          at: { tag: 'RetryTimeInHours' },
          severity: 'hint',
          message: 'is not documented',
          fixes: [{ title: 'Rename to <RetryTimeinHours>', kind: 'suggestion', output: userProfile(nativeWith('ProtocolList', list('      <RetryTimeinHours>24</RetryTimeinHours>\n'))) }],
        },
      ],
    },
    {
      name: 'both spellings together: a warning on the second one',
      text: userProfile(nativeWith('ProtocolList', list('      <RetryTimeinHours>24</RetryTimeinHours>\n      <RetryTimeInHours>24</RetryTimeInHours>\n'))),
      findings: [{ at: { tag: 'RetryTimeInHours' }, severity: 'warning', message: 'Both spellings', related: [{ tag: 'RetryTimeinHours' }], fixes: [] }],
    },
  ],
});

test('the example spelling is neither an unknown element nor a case variant for the catalogue', () => {
  for (const rule of [schemaRuleMeta('profile', 'unknown-element'), schemaRuleMeta('profile', 'element-name-case')]) {
    assert.deepEqual(findingsOf(rule, EXAMPLE_SPELLING), [], rule.id);
  }
});
