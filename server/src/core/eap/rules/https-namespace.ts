// An `https://www.microsoft.com/provisioning/…` namespace: a different namespace from the `http://` one the EAP
// schemas define and Windows exports (namespace names compare as strings: https://www.w3.org/TR/xml-names/).
// Reported once per xmlns attribute; the elements under it resolve as intended, so nothing else cascades.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { HTTPS_PROVISIONING_PREFIX, KNOWN_PROVISIONING_NAMESPACES, namespaceDeclarations, NS } from '../namespaces';

export const httpsNamespaceRule: EapRule = {
  id: 'eap/https-namespace',
  defaultSeverity: 'error',
  title: 'An EAP namespace is written with `https://`; the EAP schemas use `http://www.microsoft.com/provisioning/…`',
  docUrl: SOURCES.eapHostSchema.url,
  // Restoring `http` gives back the one namespace Windows knows; nothing else changes.
  fixKinds: ['safe'],
  docs: {
    rationale:
      'Every schema of an EAP configuration lives in a namespace that starts with `http://www.microsoft.com/provisioning/`. ' +
      'XML compares namespace names character by character, so an `https://` spelling is another namespace, and the elements in it are not the EAP settings Windows reads. ' +
      'Such URIs come from copies of Microsoft pages that print them with `https://` (the Always On VPN troubleshooting article shows one); configurations exported by Windows use `http://`. ' +
      'The fix turns `https` back into `http`.',
    wrong: eapDocument(tlsEapType()).replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, '<EapHostConfig xmlns="https://www.microsoft.com/provisioning/EapHostConfig">'),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    for (const { value, range } of namespaceDeclarations(eap.root)) {
      if (!value.startsWith(HTTPS_PROVISIONING_PREFIX)) continue;
      const intended = 'http://' + value.slice('https://'.length);
      if (!KNOWN_PROVISIONING_NAMESPACES.includes(intended)) continue; // a typo as well: eap/unknown-namespace
      if (eap.text.slice(range.start, range.start + 5) !== 'https') continue; // written with a character reference
      report({
        range,
        message:
          `${codeSpan(value)} is not the namespace of the EAP schema: namespace names are compared character by character, and the schema (like every configuration Windows exports) uses \`${intended}\`. ` +
          'Some Microsoft pages print these URIs with `https://`; change `https` to `http`.',
        fixes: [{ title: 'Change https:// to http://', edits: [{ range: { start: range.start, end: range.start + 5 }, newText: 'http' }], kind: 'safe' }],
      });
    }
  },
};
