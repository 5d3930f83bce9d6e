import { testRule } from '../../testing/ruleTester';
import { NPS_SERVER_NAMES_PLACEHOLDER, ROOT_CA_THUMBPRINT_PLACEHOLDER } from '../placeholders';
import { eapDocument, innerEap, peapEapType, profileDocument, ROOT_THUMBPRINT, tlsEapType } from './examples';
import { templatePlaceholderRule } from './template-placeholder';

testRule(templatePlaceholderRule, {
  valid: [
    { name: 'real names and thumbprint', text: eapDocument(tlsEapType()) },
    { name: 'another documentation name is not the template’s', text: eapDocument(tlsEapType({ serverNames: 'nps.corp.example.net' })) },
    { name: 'a thumbprint that only starts with zeros', text: eapDocument(tlsEapType({ trustedRootCa: '00 ' + ROOT_THUMBPRINT.slice(3) })) },
  ],
  invalid: [
    {
      name: 'both placeholders of EAP-TLS, as the template writes them',
      text: eapDocument(tlsEapType({ serverNames: NPS_SERVER_NAMES_PLACEHOLDER, trustedRootCa: ROOT_CA_THUMBPRINT_PLACEHOLDER })),
      findings: [
        {
          at: NPS_SERVER_NAMES_PLACEHOLDER,
          severity: 'information',
          message: /^`nps1\.corp\.example\.com` and `nps2\.corp\.example\.com` are placeholders of the template .*NPS servers/,
          fixes: [],
        },
        { at: ROOT_CA_THUMBPRINT_PLACEHOLDER.trim(), message: /^The all-zero thumbprint .*root CA at the top of your NPS server certificate chain/ },
      ],
    },
    {
      name: 'one placeholder name left beside a real one; a compact all-zero thumbprint',
      text: eapDocument(tlsEapType({ serverNames: 'nps1.corp.contoso.com;NPS2.corp.example.com', trustedRootCa: '0'.repeat(40) })),
      findings: [{ at: 'nps1.corp.contoso.com;NPS2.corp.example.com', message: /^`NPS2\.corp\.example\.com` is a placeholder/ }, { at: '0'.repeat(40) }],
    },
    {
      name: 'PEAP-TLS inside a profile: the outer and the inner server validation',
      text: profileDocument(
        eapDocument(peapEapType({ serverNames: NPS_SERVER_NAMES_PLACEHOLDER, inner: innerEap(13, tlsEapType({ trustedRootCa: ROOT_CA_THUMBPRINT_PLACEHOLDER })) }), { methodType: 25 }),
      ),
      findings: [{ at: NPS_SERVER_NAMES_PLACEHOLDER }, { at: ROOT_CA_THUMBPRINT_PLACEHOLDER.trim() }],
    },
  ],
});
