import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { cryptoBindingRule } from './crypto-binding';
import { eapDocument, innerEap, MSCHAPV2_EAP_TYPE, peapEapType, profileDocument } from './examples';

const TITLE = 'Set RequireCryptoBinding to true';
const peapMschap = (requireCryptoBinding?: string) => eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE), requireCryptoBinding }), { methodType: 25 });

testRule(cryptoBindingRule, {
  valid: [
    { name: 'RequireCryptoBinding true (its hover explains what true means when connections fail)', text: peapMschap('true') },
    { name: 'PEAP-TLS without cryptobinding', text: eapDocument(peapEapType(), { methodType: 25 }) },
  ],
  invalid: [
    {
      name: 'PEAP-MSCHAPv2 without cryptobinding: information with a suggestion to true',
      text: peapMschap(),
      findings: [
        {
          at: { text: 'false', after: '<RequireCryptoBinding>' },
          severity: 'information',
          message: 'relay the MS-CHAPv2 exchange',
          fixes: [{ title: TITLE, kind: 'suggestion', output: peapMschap('true') }],
        },
      ],
    },
    {
      name: 'without a RequireCryptoBinding element: reported at EapType, no fix',
      text: peapMschap().replace(/\n\s*<RequireCryptoBinding>false<\/RequireCryptoBinding>/, ''),
      findings: [{ at: { text: 'EapType', after: `<Eap xmlns="${NS.baseEap}">` }, fixes: [] }],
    },
    {
      name: 'embedded: reported inside the profile',
      text: profileDocument(peapMschap()),
      findings: [{ at: { text: 'false', after: '<RequireCryptoBinding>' }, fixes: [{ title: TITLE, kind: 'suggestion', output: profileDocument(peapMschap('true')) }] }],
    },
  ],
});
