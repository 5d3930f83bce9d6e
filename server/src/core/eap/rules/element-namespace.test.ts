import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { locate, testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { elementNamespaceRule } from './element-namespace';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';

const FILTERING = `<FilteringInfo xmlns="${NS.tlsV3}"><AllPurposeEnabled>false</AllPurposeEnabled></FilteringInfo>`;
const good = eapDocument(tlsEapType());
const withFiltering = eapDocument(tlsEapType({ filteringInfo: FILTERING }));
const peapTls = profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType()) }), { methodType: 25 }));
const OUTER_EAP = `<Eap xmlns="${NS.baseEap}">`;

/** `peapTls` with its `occurrence`-th `<Eap>` (0 outer, 1 inner) put in the EapHostConfig namespace. */
function eapInWrongNamespace(occurrence: number): string {
  const at = locate(peapTls, { text: OUTER_EAP, occurrence });
  return peapTls.slice(0, at.start) + `<Eap xmlns="${NS.eapHostConfig}">` + peapTls.slice(at.end);
}

testRule(elementNamespaceRule, {
  valid: [
    { name: 'correct namespaces', text: withFiltering },
    { name: 'third-party content in an extension point', text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, '<EapType xmlns="http://www.example.com/vendor/eap">') },
    { name: 'the inner Eap of PEAP sits in an EapType that takes no extension content (eap/wrong-namespace applies)', text: eapInWrongNamespace(1) },
  ],
  invalid: [
    {
      name: 'an EAP-TLS EapType written with the V2 namespace: an error with a safe fix to V1, and nothing else cascades',
      text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${NS.tlsV2}">`),
      noOtherErrors: true,
      findings: [
        {
          at: 'EapType',
          severity: 'error',
          message: `Use \`${NS.tlsV1}\`.`,
          fixes: [{ title: `Use the namespace ${NS.tlsV1}`, kind: 'safe', output: good }],
        },
      ],
    },
    {
      name: "a FilteringInfo without its own namespace inherits TLSExtensions' V2; the fix adds its own",
      text: withFiltering.replace(`<FilteringInfo xmlns="${NS.tlsV3}">`, '<FilteringInfo>'),
      findings: [{ at: 'FilteringInfo', message: `in the namespace \`${NS.tlsV2}\``, fixes: [{ title: `Use the namespace ${NS.tlsV3}`, kind: 'safe', output: withFiltering }] }],
    },
    {
      name: 'an EapType in the EapHostConfig namespace may hold the settings of any method: each namespace is a suggestion, the one of its type first',
      text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${NS.eapHostConfig}">`),
      findings: [
        {
          at: 'EapType',
          message: 'the namespace of the method whose settings it holds',
          fixes: [NS.tlsV1, NS.peapV1, NS.msChapV2].map((namespace) => ({
            title: `Use the namespace ${namespace}`,
            kind: 'suggestion' as const,
            output: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${namespace}">`),
          })),
        },
      ],
    },
    {
      name: 'an EapType in the PEAP V2 namespace under type 13: PEAP by its namespace or EAP-TLS by its type, both suggestions',
      text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${NS.peapV2}">`),
      findings: [
        {
          at: 'EapType',
          fixes: [NS.peapV1, NS.tlsV1].map((namespace) => ({
            title: `Use the namespace ${namespace}`,
            kind: 'suggestion' as const,
            output: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${namespace}">`),
          })),
        },
      ],
    },
    {
      name: 'embedded: the outer Eap in the EapHostConfig namespace, fixed in the profile, with no missing-config error',
      text: eapInWrongNamespace(0),
      noOtherErrors: true,
      findings: [{ at: { text: 'Eap', after: `<Config xmlns="${NS.eapHostConfig}">` }, fixes: [{ title: `Use the namespace ${NS.baseEap}`, kind: 'safe', output: peapTls }] }],
    },
    {
      name: 'a prefixed element is reported without a fix (its declaration may serve other elements)',
      text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<t:EapType xmlns:t="${NS.tlsV2}" xmlns="${NS.tlsV1}">`).replace(/<\/EapType>/, '</t:EapType>'),
      findings: [{ at: 't:EapType', fixes: [] }],
    },
  ],
});

test('eap/element-namespace: under an EapType without extension content the generic eap/wrong-namespace reports the inner Eap', () => {
  const text = eapInWrongNamespace(1);
  const inner = locate(text, { text: `<Eap xmlns="${NS.eapHostConfig}">` });
  const wrong = analyzeDocument(text).findings.filter((f) => f.ruleId === 'eap/wrong-namespace');
  assert.deepEqual(
    wrong.map((f) => f.range),
    [{ start: inner.start + 1, end: inner.start + 4 }],
  );
});
