import { testRule } from '../../testing/ruleTester';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType } from './examples';
import { noServerNamesRule } from './no-server-names';

testRule(noServerNamesRule, {
  valid: [
    { name: 'names present', text: eapDocument(tlsEapType()) },
    {
      name: 'PEAP-TLS whose inner EAP-TLS names no server, while the outer PEAP does',
      text: eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ serverNames: '', acceptServerName: 'false' })) }), { methodType: 25 }),
    },
    { name: 'validation off', text: eapDocument(tlsEapType({ serverNames: '', performServerValidation: 'false' })) },
    { name: 'AcceptServerName true (the warning rule eap/accept-server-name-without-names)', text: eapDocument(tlsEapType({ serverNames: '' })) },
  ],
  invalid: [
    {
      name: 'empty ServerNames without name checking is information at ServerNames',
      text: eapDocument(tlsEapType({ serverNames: '', acceptServerName: 'false' })),
      findings: [{ at: 'ServerNames', severity: 'information', message: /^EAP-TLS names no NPS server/, fixes: [] }],
    },
    {
      name: 'embedded PEAP without a ServerNames element is reported at ServerValidation',
      text: profileDocument(eapDocument(peapEapType({ acceptServerName: 'false' }), { methodType: 25 }).replace(/\n\s*<ServerNames>nps.corp.example.net<\/ServerNames>/, '')),
      findings: [{ at: 'ServerValidation', message: /^PEAP / }],
    },
  ],
});
