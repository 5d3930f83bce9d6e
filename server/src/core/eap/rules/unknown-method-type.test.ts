import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';
import { unknownMethodTypeRule } from './unknown-method-type';

const METHOD_TYPE = `<Type xmlns="${NS.eapCommon}">`;
const unknown99 = eapDocument(tlsEapType(), { methodType: 99, eapTypeNumber: 99 });

testRule(unknownMethodTypeRule, {
  valid: [
    ...[13, 21, 55].map((type) => ({ name: `${type} is built in`, text: eapDocument(tlsEapType(), { methodType: type, eapTypeNumber: 13 }) })),
    { name: '25 is built in', text: eapDocument(peapEapType(), { methodType: 25 }) },
    {
      name: 'a type with no built-in method is not reported when a vendor is named',
      text: unknown99.replace(`<VendorId xmlns="${NS.eapCommon}">0</VendorId>`, `<VendorId xmlns="${NS.eapCommon}">9</VendorId>`),
    },
  ],
  invalid: [
    {
      name: 'PEAP written as type 27 (the VPNv2 CSP documentation slip): a warning; 25 is a suggestion',
      text: eapDocument(peapEapType(), { methodType: 27 }),
      findings: [
        {
          at: { text: '27', after: METHOD_TYPE },
          severity: 'warning',
          message: 'PEAP is EAP type 25',
          fixes: [{ title: 'Change the type to 25 (PEAP)', kind: 'suggestion', output: eapDocument(peapEapType(), { methodType: 25 }) }],
        },
      ],
    },
    {
      name: '27 with EAP-TLS settings: no fix, the settings say another method was meant',
      text: eapDocument(tlsEapType(), { methodType: 27, eapTypeNumber: 27 }),
      findings: [{ at: { text: '27', after: METHOD_TYPE }, fixes: [] }],
    },
    {
      name: 'a type with no built-in method and no vendor',
      text: unknown99,
      findings: [{ at: { text: '99', after: METHOD_TYPE }, message: /850/, fixes: [] }],
    },
    {
      name: 'embedded: PEAP inside PEAP is not a supported inner method',
      text: profileDocument(eapDocument(peapEapType({ inner: innerEap(25, peapEapType()) }), { methodType: 25 })),
      findings: [{ at: { text: '25', after: '<FastReconnect>' }, message: 'inside PEAP' }],
    },
  ],
});
