import { testRule } from '../../testing/ruleTester';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';
import { simpleCertSelectionDisabledRule } from './simple-cert-selection-disabled';

const TITLE = 'Set SimpleCertSelection to true';

testRule(simpleCertSelectionDisabledRule, {
  valid: [{ name: 'true', text: eapDocument(tlsEapType()) }],
  invalid: [
    {
      name: 'SimpleCertSelection false: a warning with a suggestion to true',
      text: eapDocument(tlsEapType({ simpleCertSelection: 'false' })),
      findings: [
        {
          at: { text: 'false', after: '<SimpleCertSelection>' },
          severity: 'warning',
          message: 'always asks the user to choose a certificate',
          fixes: [{ title: TITLE, kind: 'suggestion', output: eapDocument(tlsEapType()) }],
        },
      ],
    },
    {
      name: 'embedded: the EAP-TLS inside PEAP is checked',
      text: profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ simpleCertSelection: 'false' })) }), { methodType: 25 })),
      findings: [
        {
          at: { text: 'false', after: '<SimpleCertSelection>' },
          fixes: [{ title: TITLE, kind: 'suggestion', output: profileDocument(eapDocument(peapEapType(), { methodType: 25 })) }],
        },
      ],
    },
  ],
});
