// The New Profile… templates and the EAP snippets open with placeholders for the NPS server names and the root CA
// thumbprint: valid in form (no error or warning on a new document) but never real: names under example.com,
// reserved for documentation (RFC 2606), and the all-zero thumbprint, which no certificate has. This rule names each
// one still there, as information, so that a template's trust settings are never deployed by mistake.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { walkElements } from '../../xml/query';
import { isPlaceholderServerName, isPlaceholderThumbprint, NPS_SERVER_NAMES_PLACEHOLDER, ROOT_CA_THUMBPRINT_PLACEHOLDER } from '../placeholders';
import type { EapRule } from '../rule';
import { eapDocument, ROOT_THUMBPRINT, tlsEapType } from './examples';

export const templatePlaceholderRule: EapRule = {
  id: 'eap/template-placeholder',
  defaultSeverity: 'information',
  title: 'A placeholder from a template is still in the EAP server validation',
  docUrl: SOURCES.rfc2606.url,
  // The NPS names and the root CA are the deployment's own: nothing to fix automatically.
  fixKinds: [],
  docs: {
    rationale:
      'The New Profile… templates and the EAP snippets fill server validation with placeholders: NPS server names under `example.com`, a domain reserved for documentation, and a `TrustedRootCA` of twenty zero bytes, which no certificate has. ' +
      'They are valid in form, so a new document has no error or warning, and they fail closed: with them the client cannot validate your NPS server, so the connection fails (or, where prompting is allowed, the user is asked). ' +
      'This rule names each placeholder left, until it is replaced by the names in your NPS server certificate and the thumbprint of the root CA at the top of its chain.',
    wrong: eapDocument(tlsEapType({ serverNames: NPS_SERVER_NAMES_PLACEHOLDER, trustedRootCa: ROOT_CA_THUMBPRINT_PLACEHOLDER })),
    right: eapDocument(tlsEapType({ serverNames: 'nps1.corp.contoso.com', trustedRootCa: ROOT_THUMBPRINT })),
  },
  check({ eap, report }) {
    for (const element of walkElements(eap.root)) {
      const name = element.localName;
      if (name === 'ServerNames') {
        const placeholders = element.text.trimmed.split(';').filter(isPlaceholderServerName);
        if (!placeholders.length) continue;
        const names = placeholders.map((n) => codeSpan(n.trim())).join(' and ');
        report({
          range: element.text.range,
          message: `${names} ${placeholders.length === 1 ? 'is a placeholder' : 'are placeholders'} of the template (names reserved for documentation): list the names of your NPS servers as they appear in their certificates, separated by \`;\`.`,
        });
      } else if ((name === 'TrustedRootCA' || name === 'IssuerHash') && isPlaceholderThumbprint(element.text.raw)) {
        report({
          range: element.text.range,
          message:
            name === 'TrustedRootCA'
              ? 'The all-zero thumbprint is a placeholder of the template: no certificate has it, so the NPS server cannot be validated. Replace it with the SHA-1 thumbprint of the root CA at the top of your NPS server certificate chain.'
              : 'The all-zero thumbprint is a placeholder of the template: no certificate has it, so no client certificate passes this issuer filter. Replace it with the SHA-1 thumbprint of the CA that issues your users’ certificates.',
        });
      }
    }
  },
};
