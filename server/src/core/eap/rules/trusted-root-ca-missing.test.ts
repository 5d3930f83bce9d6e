import { testRule } from '../../testing/ruleTester';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';
import { trustedRootCaMissingRule } from './trusted-root-ca-missing';

testRule(trustedRootCaMissingRule, {
  valid: [
    { name: 'a thumbprint', text: eapDocument(tlsEapType()) },
    {
      name: 'PEAP-TLS whose inner EAP-TLS lists no root CA, while the outer PEAP does',
      text: eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ trustedRootCa: null })) }), { methodType: 25 }),
    },
    { name: 'server validation switched off (eap/server-validation-disabled)', text: eapDocument(tlsEapType({ trustedRootCa: null, performServerValidation: 'false' })) },
  ],
  invalid: [
    {
      name: 'EAP-TLS server validation without TrustedRootCA, prompt disabled: the connection fails',
      text: eapDocument(tlsEapType({ trustedRootCa: null })),
      findings: [{ at: 'ServerValidation', severity: 'warning', message: /Windows 11 .*the connection fails/, fixes: [] }],
    },
    {
      name: 'with prompting allowed the user is asked instead',
      text: eapDocument(tlsEapType({ trustedRootCa: null, disablePrompt: 'false' })),
      findings: [{ at: 'ServerValidation', message: 'users are asked whether to trust the server' }],
    },
    {
      name: 'an empty TrustedRootCA counts as missing',
      text: eapDocument(tlsEapType({ trustedRootCa: '' })),
      findings: [{ at: 'ServerValidation' }],
    },
    {
      name: 'embedded PEAP-TLS: the outer PEAP without a root is reported, the inner EAP-TLS with one is not',
      text: profileDocument(eapDocument(peapEapType({ trustedRootCa: null, inner: innerEap(13, tlsEapType()) }), { methodType: 25 })),
      findings: [{ at: 'ServerValidation', message: /^PEAP /, fixes: [] }],
    },
  ],
});
