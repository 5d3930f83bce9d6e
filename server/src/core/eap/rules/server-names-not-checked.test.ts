import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';
import { serverNamesNotCheckedRule } from './server-names-not-checked';

const TITLE = 'Set AcceptServerName to true';
const TLS_ACCEPT = `<AcceptServerName xmlns="${NS.tlsV2}">`;
const PEAP_ACCEPT = `<AcceptServerName xmlns="${NS.peapV2}">`;
const peap = (options: Parameters<typeof peapEapType>[0]) => eapDocument(peapEapType(options), { methodType: 25 });

testRule(serverNamesNotCheckedRule, {
  valid: [
    { name: 'names checked', text: eapDocument(tlsEapType()) },
    { name: 'no names listed (eap/no-server-names)', text: eapDocument(tlsEapType({ serverNames: '', acceptServerName: 'false' })) },
    { name: 'validation off (eap/server-validation-disabled)', text: eapDocument(tlsEapType({ acceptServerName: 'false', performServerValidation: 'false' })) },
    { name: 'AcceptServerName absent: no documented default to judge', text: eapDocument(tlsEapType()).replace(/\n\s*<AcceptServerName[^\n]*/, '') },
    { name: 'PEAP-TLS whose inner EAP-TLS does not check names, while the outer PEAP does', text: peap({ inner: innerEap(13, tlsEapType({ acceptServerName: 'false' })) }) },
  ],
  invalid: [
    {
      name: 'EAP-TLS with names listed and AcceptServerName false: a warning; setting true is a suggestion',
      text: eapDocument(tlsEapType({ acceptServerName: 'false' })),
      findings: [
        {
          at: { text: 'false', after: TLS_ACCEPT },
          severity: 'warning',
          message: /^EAP-TLS lists NPS servers in `ServerNames`, but `AcceptServerName` is `false`, so the server name is never validated/,
          related: [{ tag: 'ServerNames' }],
          fixes: [{ title: TITLE, kind: 'suggestion', output: eapDocument(tlsEapType()) }],
        },
      ],
    },
    {
      // The corpus's 30: PEAP names its NPS servers but does not check them.
      name: 'PEAP embedded in a profile, AcceptServerName 0: reported at the PEAP switch',
      text: profileDocument(peap({ acceptServerName: '0' })),
      findings: [{ at: { text: '0', after: PEAP_ACCEPT }, message: /^PEAP /, fixes: [{ title: TITLE, kind: 'suggestion', output: profileDocument(peap({})) }] }],
    },
    {
      name: 'without a well-formed TrustedRootCA: no fix, the message names what to set first',
      text: eapDocument(tlsEapType({ acceptServerName: 'false', trustedRootCa: null })),
      findings: [{ at: { text: 'false', after: TLS_ACCEPT }, message: 'Set `TrustedRootCA`', fixes: [] }],
    },
  ],
});
