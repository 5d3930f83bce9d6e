import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';
import { serverValidationDisabledRule } from './server-validation-disabled';

const TITLE = 'Set PerformServerValidation to true';
const TLS_SWITCH = `<PerformServerValidation xmlns="${NS.tlsV2}">`;
const PEAP_SWITCH = `<PerformServerValidation xmlns="${NS.peapV2}">`;
const PEAP_SERVER_VALIDATION = `<EapType xmlns="${NS.peapV1}">\n        <ServerValidation>`;
const peap = eapDocument(peapEapType({ performServerValidation: 'false' }), { methodType: 25 });
const peapBoth = peap.replace(PEAP_SERVER_VALIDATION, PEAP_SERVER_VALIDATION.replace('<ServerValidation>', '<ServerValidation PerformServerValidation="false">'));

testRule(serverValidationDisabledRule, {
  valid: [
    { name: 'true', text: eapDocument(tlsEapType()) },
    // The inner method runs inside the tunnel the outer PEAP built after validating the server (the corpus's 04).
    {
      name: 'PEAP-TLS whose inner EAP-TLS does not validate, while the outer PEAP does',
      text: profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ performServerValidation: 'false', serverNames: '', trustedRootCa: null })) }), { methodType: 25 })),
    },
    { name: 'absent', text: eapDocument(tlsEapType()).replace(/\n\s*<PerformServerValidation[^\n]*/, '') },
  ],
  invalid: [
    {
      name: 'EAP-TLS PerformServerValidation false with ServerNames and TrustedRootCA right: a warning with a suggestion to true',
      text: eapDocument(tlsEapType({ performServerValidation: 'false' })),
      findings: [
        {
          at: { text: 'false', after: TLS_SWITCH },
          severity: 'warning',
          message: /^EAP-TLS does not verify .*severe security risks/,
          fixes: [{ title: TITLE, kind: 'suggestion', output: eapDocument(tlsEapType()) }],
        },
      ],
    },
    {
      name: 'without TrustedRootCA the fix is withheld and the message says what to set first',
      text: eapDocument(tlsEapType({ performServerValidation: 'false', trustedRootCa: null })),
      findings: [{ at: { text: 'false', after: TLS_SWITCH }, message: 'Set `TrustedRootCA` (the SHA-1 thumbprint of the root CA of the NPS certificate) first', fixes: [] }],
    },
    {
      name: 'PEAP: the ServerValidation attribute and the PeapExtensions element are both reported',
      text: peapBoth,
      findings: [
        {
          at: { text: 'false', after: '<ServerValidation PerformServerValidation="' },
          fixes: [
            {
              title: TITLE,
              kind: 'suggestion',
              output: peap.replace(PEAP_SERVER_VALIDATION, PEAP_SERVER_VALIDATION.replace('<ServerValidation>', '<ServerValidation PerformServerValidation="true">')),
            },
          ],
        },
        {
          at: { text: 'false', after: PEAP_SWITCH },
          fixes: [{ title: TITLE, kind: 'suggestion', output: peapBoth.replace(`${PEAP_SWITCH}false`, `${PEAP_SWITCH}true`) }],
        },
      ],
    },
    {
      name: 'PEAP-TLS with validation off on both levels: only the outer PEAP is reported',
      text: profileDocument(eapDocument(peapEapType({ performServerValidation: 'false', inner: innerEap(13, tlsEapType({ performServerValidation: 'false' })) }), { methodType: 25 })),
      findings: [
        {
          at: { text: 'false', after: PEAP_SWITCH },
          message: /^PEAP /,
          fixes: [
            { title: TITLE, kind: 'suggestion', output: profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ performServerValidation: 'false' })) }), { methodType: 25 })) },
          ],
        },
      ],
    },
  ],
});
