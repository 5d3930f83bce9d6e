import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { conditionalAccessEkuMissingRule } from './conditional-access-eku-missing';
import { DEVICE_COMPLIANCE, eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';

const TITLE = 'Require the AAD Conditional Access EKU';
const CA_FILTERING = [
  `<FilteringInfo xmlns="${NS.tlsV3}">`,
  '  <EKUMapping><EKUMap><EKUName>AAD Conditional Access</EKUName><EKUOID>1.3.6.1.4.1.311.87</EKUOID></EKUMap></EKUMapping>',
  '  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>AAD Conditional Access</EKUName></EKUMapInList></ClientAuthEKUList>',
  '</FilteringInfo>',
].join('\n');
const INSERTED =
  `<FilteringInfo xmlns="${NS.tlsV3}"><EKUMapping><EKUMap><EKUName>AAD Conditional Access</EKUName><EKUOID>1.3.6.1.4.1.311.87</EKUOID></EKUMap></EKUMapping>` +
  '<ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>AAD Conditional Access</EKUName></EKUMapInList></ClientAuthEKUList></FilteringInfo>';
const ACCEPT = '</AcceptServerName>';

const withoutFilter = profileDocument(eapDocument(tlsEapType()), DEVICE_COMPLIANCE);
/** The fix puts TLSExtensions on its own line after AcceptServerName, indented like it. */
const fixed = withoutFilter.replace(ACCEPT, `${ACCEPT}\n${' '.repeat(18)}<TLSExtensions xmlns="${NS.tlsV2}">${INSERTED}</TLSExtensions>`);
const emptyExtensions = withoutFilter.replace(ACCEPT, `${ACCEPT}<TLSExtensions xmlns="${NS.tlsV2}"></TLSExtensions>`);

testRule(conditionalAccessEkuMissingRule, {
  valid: [
    { name: 'the EKU filter is there', text: profileDocument(eapDocument(tlsEapType({ filteringInfo: CA_FILTERING })), DEVICE_COMPLIANCE) },
    {
      name: 'the EKU is recognised by its OID whatever its name',
      text: profileDocument(eapDocument(tlsEapType({ filteringInfo: CA_FILTERING.replace(/AAD Conditional Access/g, 'Unknown Key Usage') })), DEVICE_COMPLIANCE),
    },
    { name: 'a profile without DeviceCompliance', text: profileDocument(eapDocument(tlsEapType())) },
    { name: 'DeviceCompliance switched off', text: profileDocument(eapDocument(tlsEapType()), DEVICE_COMPLIANCE.replace('<Enabled>true</Enabled>', '<Enabled>false</Enabled>')) },
    { name: 'a standalone EAP file knows no profile', text: eapDocument(tlsEapType()) },
  ],
  invalid: [
    {
      name: 'DeviceCompliance on, EAP-TLS without filtering: a warning at EapType; adding the filter is a suggestion',
      text: withoutFilter,
      findings: [
        {
          at: 'EapType',
          severity: 'warning',
          message: "Oops, you can't get to this yet",
          related: ['Enabled'],
          fixes: [{ title: TITLE, kind: 'suggestion', output: fixed }],
        },
      ],
    },
    {
      name: 'an empty TLSExtensions gets the FilteringInfo inside it',
      text: emptyExtensions,
      findings: [{ at: 'EapType', fixes: [{ title: TITLE, kind: 'suggestion', output: emptyExtensions.replace('></TLSExtensions>', `>${INSERTED}</TLSExtensions>`) }] }],
    },
    {
      name: 'PEAP-TLS with a custom EKU but not the Conditional Access one: reported at ClientAuthEKUList, no fix',
      text: profileDocument(
        eapDocument(
          peapEapType({ inner: innerEap(13, tlsEapType({ filteringInfo: CA_FILTERING.replace(/AAD Conditional Access/g, 'ContosoVPN').replace('1.3.6.1.4.1.311.87', '1.3.6.1.4.1.311.42.1.15') })) }),
          { methodType: 25 },
        ),
        DEVICE_COMPLIANCE,
      ),
      findings: [{ at: 'ClientAuthEKUList', related: ['Enabled'], fixes: [] }],
    },
  ],
});

test('eap/conditional-access-eku-missing: after the fix no EAP rule reports more than information', () => {
  const findings = analyzeDocument(fixed).findings.filter((f) => f.ruleId.startsWith('eap/') && f.severity !== 'information');
  assert.deepEqual(findings, []);
});
