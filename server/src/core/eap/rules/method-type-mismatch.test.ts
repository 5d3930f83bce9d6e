import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, peapEapType, profileDocument, tlsEapType } from './examples';
import { methodTypeMismatchRule } from './method-type-mismatch';

const CONFIG_TYPE = `<Eap xmlns="${NS.baseEap}">`;
const METHOD_TYPE = `<Type xmlns="${NS.eapCommon}">`;

testRule(methodTypeMismatchRule, {
  valid: [
    { name: 'equal types (EAP-TLS)', text: eapDocument(tlsEapType()) },
    { name: 'equal types (PEAP)', text: eapDocument(peapEapType(), { methodType: 25 }) },
  ],
  invalid: [
    {
      name: 'EapMethod/Type 25, Config/Eap/Type 13 with EAP-TLS settings: both fixes are suggestions, EapMethod/Type first',
      text: eapDocument(tlsEapType(), { methodType: 25, eapTypeNumber: 13 }),
      findings: [
        {
          at: { text: '13', after: CONFIG_TYPE },
          severity: 'error',
          message: 'The `EapType` holds EAP-TLS settings (type 13).',
          related: [
            { text: '25', after: METHOD_TYPE },
            { text: '13', after: CONFIG_TYPE },
          ],
          fixes: [
            { title: 'Change EapMethod/Type to 13', kind: 'suggestion', output: eapDocument(tlsEapType()) },
            { title: 'Change Config/Eap/Type to 25', kind: 'suggestion', output: eapDocument(tlsEapType(), { methodType: 25 }) },
          ],
        },
      ],
    },
    {
      name: 'PEAP settings with Config/Eap/Type 13: changing Config/Eap/Type to 25 comes first',
      text: eapDocument(peapEapType(), { methodType: 25, eapTypeNumber: 13 }),
      findings: [
        {
          at: { text: '13', after: CONFIG_TYPE },
          fixes: [
            { title: 'Change Config/Eap/Type to 25', kind: 'suggestion', output: eapDocument(peapEapType(), { methodType: 25 }) },
            { title: 'Change EapMethod/Type to 13', kind: 'suggestion', output: eapDocument(peapEapType(), { methodType: 13 }) },
          ],
        },
      ],
    },
    {
      name: 'embedded: the mismatch is reported at the Config/Eap/Type value in the profile',
      text: profileDocument(eapDocument(tlsEapType(), { methodType: 26, eapTypeNumber: 13 })),
      findings: [
        {
          at: { text: '13', after: CONFIG_TYPE },
          related: [
            { text: '26', after: METHOD_TYPE },
            { text: '13', after: CONFIG_TYPE },
          ],
        },
      ],
    },
  ],
});
