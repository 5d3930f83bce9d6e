import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { acceptServerNameWithoutNamesRule } from './accept-server-name-without-names';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';

testRule(acceptServerNameWithoutNamesRule, {
  valid: [
    { name: 'names present', text: eapDocument(tlsEapType()) },
    { name: 'AcceptServerName false (eap/no-server-names)', text: eapDocument(tlsEapType({ serverNames: '', acceptServerName: 'false' })) },
    {
      name: 'PEAP-TLS whose inner EAP-TLS checks an empty list, while the outer PEAP names its servers',
      text: eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ serverNames: '' })) }), { methodType: 25 }),
    },
    { name: 'validation off (eap/server-validation-disabled)', text: eapDocument(tlsEapType({ serverNames: '', performServerValidation: 'false' })) },
  ],
  invalid: [
    {
      name: 'AcceptServerName true with empty ServerNames: a warning at the AcceptServerName value, related to ServerNames',
      text: eapDocument(tlsEapType({ serverNames: '' })),
      findings: [
        {
          at: { text: 'true', after: `<AcceptServerName xmlns="${NS.tlsV2}">` },
          severity: 'warning',
          message: 'Microsoft does not document what an empty list means',
          related: ['ServerNames'],
          fixes: [],
        },
      ],
    },
    {
      name: 'embedded PEAP: the PeapExtensions AcceptServerName is checked against the PEAP ServerNames',
      text: profileDocument(eapDocument(peapEapType({ serverNames: '  ' }), { methodType: 25 })),
      findings: [{ at: { text: 'true', after: `<AcceptServerName xmlns="${NS.peapV2}">` }, message: /^PEAP /, related: ['ServerNames'] }],
    },
  ],
});
