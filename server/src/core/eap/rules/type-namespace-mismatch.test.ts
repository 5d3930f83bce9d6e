import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, innerEap, MSCHAPV2_EAP_TYPE, peapEapType, profileDocument, tlsEapType } from './examples';
import { typeNamespaceMismatchRule } from './type-namespace-mismatch';

testRule(typeNamespaceMismatchRule, {
  valid: [
    { name: 'matching types (PEAP-TLS)', text: eapDocument(peapEapType(), { methodType: 25 }) },
    { name: 'matching types (PEAP-MSCHAPv2)', text: eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }) },
    { name: 'an outer disagreement with EapMethod/Type is eap/method-type-mismatch', text: eapDocument(tlsEapType(), { methodType: 25, eapTypeNumber: 13 }) },
  ],
  invalid: [
    {
      name: 'type 13 on both sides with PEAP settings: reported at Config/Eap/Type; the suggestion sets both to 25',
      text: eapDocument(peapEapType(), { methodType: 13 }),
      findings: [
        {
          at: { text: '13', after: `<Eap xmlns="${NS.baseEap}">` },
          severity: 'error',
          message: 'which are PEAP settings',
          related: [{ text: 'EapType', after: '<Type>13</Type>' }],
          fixes: [{ title: 'Change the type to 25 (PEAP)', kind: 'suggestion', output: eapDocument(peapEapType(), { methodType: 25 }) }],
        },
      ],
    },
    {
      name: 'an inner method type that contradicts its settings',
      text: eapDocument(peapEapType({ inner: innerEap(26, tlsEapType()) }), { methodType: 25 }),
      findings: [
        {
          at: { text: '26', after: '<FastReconnect>' },
          message: 'Type 26 (EAP-MSCHAPv2) does not match',
          fixes: [{ title: 'Change the type to 13 (EAP-TLS)', kind: 'suggestion', output: eapDocument(peapEapType({ inner: innerEap(13, tlsEapType()) }), { methodType: 25 }) }],
        },
      ],
    },
    {
      name: 'embedded: EAP-MSCHAPv2 settings under type 13 inside PEAP',
      text: profileDocument(eapDocument(peapEapType({ inner: innerEap(13, MSCHAPV2_EAP_TYPE) }), { methodType: 25 })),
      findings: [
        {
          at: { text: '13', after: '<FastReconnect>' },
          fixes: [
            { title: 'Change the type to 26 (EAP-MSCHAPv2)', kind: 'suggestion', output: profileDocument(eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 })) },
          ],
        },
      ],
    },
  ],
});
