import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { schemaRuleMeta } from '../../rules/schema';
import { valueRuleMeta } from '../../rules/valueRules';
import { testRule } from '../../testing/ruleTester';
import { trafficFilterApp } from './traffic-filter-app';
import { nativeWith, userProfile } from './testing';

const profile = (app: string) => userProfile(nativeWith('IKEv2'), `  <TrafficFilter>\n    ${app}\n  </TrafficFilter>\n`);
const invalidAppId = valueRuleMeta('profile', 'invalid-app-id');
const unknownElement = schemaRuleMeta('profile', 'unknown-element');
const missingElement = schemaRuleMeta('profile', 'missing-element');
const duplicateElement = schemaRuleMeta('profile', 'duplicate-element');

testRule(trafficFilterApp, {
  reportsAs: [invalidAppId, unknownElement, missingElement, duplicateElement],
  valid: [
    { name: 'the current form with a program path', text: profile('<App>\n      <Id>%ProgramFiles%\\Internet Explorer\\iexplore.exe</Id>\n    </App>') },
    { name: 'SYSTEM', text: profile('<App><Id>SYSTEM</Id></App>') },
    { name: 'an App still being typed', text: profile('<App>') },
  ],
  invalid: [
    {
      name: 'the old <App>text</App> form: a warning (not an error); wrapping it in <Id> is a suggestion',
      text: profile('<App>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</App>'),
      findings: [
        {
          at: { content: 'App' },
          severity: 'warning',
          message: 'whether current Windows still reads it is not documented',
          fixes: [{ title: 'Wrap the identifier in <Id>', kind: 'suggestion', output: profile('<App><Id>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</Id></App>') }],
        },
      ],
    },
    {
      name: 'the old form keeps entities as written when wrapped, and its value is still checked',
      text: profile('<App>C:\\Tools\\R&amp;D\\app.exe</App>'),
      findings: [{ at: { content: 'App' }, fixes: [{ title: 'Wrap the identifier in <Id>', kind: 'suggestion', output: profile('<App><Id>C:\\Tools\\R&amp;D\\app.exe</Id></App>') }] }],
    },
    {
      name: '<Id> values are checked like catalogue values, under the catalogue rule ID',
      text: profile('<App><Id>mstsc.exe</Id></App>'),
      findings: [{ rule: invalidAppId, at: { content: 'Id' }, severity: 'warning', message: 'expects a package family name', fixes: [] }],
    },
    {
      name: "a lowercase system gets the catalogue's case fix",
      text: profile('<App><Id>system</Id></App>'),
      findings: [{ rule: invalidAppId, at: { content: 'Id' }, fixes: [{ title: 'Change to SYSTEM', kind: 'safe', output: profile('<App><Id>SYSTEM</Id></App>') }] }],
    },
    {
      name: 'an unknown child and a missing <Id> are schema findings',
      text: profile('<App><Name>x</Name></App>'),
      findings: [
        { rule: missingElement, at: { tag: 'App' }, severity: 'error', message: 'needs an `<Id>` element' },
        { rule: unknownElement, at: { tag: 'Name' }, severity: 'error', message: '`<Name>` is not a known element of `<App>`' },
      ],
    },
    {
      name: 'an empty <App/> misses its <Id>',
      text: profile('<App/>'),
      findings: [{ rule: missingElement, at: { tag: 'App' } }],
    },
    {
      name: 'a second <Id> is a duplicate pointing at the first',
      text: profile('<App><Id>SYSTEM</Id><Id>SYSTEM</Id></App>'),
      findings: [{ rule: duplicateElement, at: { tag: 'Id', occurrence: 1 }, severity: 'warning', related: [{ tag: 'Id' }] }],
    },
  ],
});

test('the old form is not an error for any rule', () => {
  const text = profile('<App>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</App>');
  const from = text.indexOf('<TrafficFilter>');
  const errors = analyzeDocument(text).findings.filter((f) => f.severity === 'error' && f.range.start >= from);
  assert.deepEqual(
    errors.map((f) => `${f.ruleId}: ${f.message}`),
    [],
  );
});
