import { testRule } from '../../testing/ruleTester';
import { eapDocument, innerEap, MSCHAPV2_EAP_TYPE, peapEapType, profileDocument, tlsEapType } from './examples';
import { passwordAuthenticationRule } from './password-authentication';

testRule(passwordAuthenticationRule, {
  valid: [
    { name: 'EAP-TLS', text: eapDocument(tlsEapType()) },
    { name: 'PEAP-TLS', text: eapDocument(peapEapType(), { methodType: 25 }) },
  ],
  invalid: [
    {
      name: 'standalone EAP-MSCHAPv2 is information at its EapType',
      text: eapDocument(MSCHAPV2_EAP_TYPE, { methodType: 26 }),
      findings: [{ at: 'EapType', severity: 'information', message: /^EAP-MSCHAPv2 .*NTLMv1/, fixes: [] }],
    },
    {
      name: 'embedded PEAP-MSCHAPv2 is reported at the inner EapType',
      text: profileDocument(eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 })),
      findings: [{ at: { text: 'EapType', occurrence: 1 }, message: /^PEAP-MSCHAPv2/ }],
    },
  ],
});
