// An `https://www.microsoft.com/provisioning/…` namespace: a different namespace from the `http://` one Windows
// defines and exports. Reported once per xmlns attribute (the elements under it resolve as intended, so nothing
// else cascades).
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { HTTPS_PROVISIONING_PREFIX, KNOWN_PROVISIONING_NAMESPACES, namespaceDeclarations } from '../namespaces';

export const httpsNamespaceRule: EapRule = {
  id: 'eap/https-namespace',
  defaultSeverity: 'error',
  title: 'An EAP namespace is written with `https://`; the EAP schemas use `http://www.microsoft.com/provisioning/…`',
  docUrl: EAP_DOCS.eapConfiguration,
  check({ eap, report }) {
    for (const { value, range } of namespaceDeclarations(eap.root)) {
      if (!value.startsWith(HTTPS_PROVISIONING_PREFIX)) continue;
      const intended = 'http://' + value.slice('https://'.length);
      if (!KNOWN_PROVISIONING_NAMESPACES.includes(intended)) continue; // a typo as well: eap/unknown-namespace
      if (eap.text.slice(range.start, range.start + 5) !== 'https') continue; // written with a character reference
      report({
        range,
        message:
          `\`${value}\` is not the namespace of the EAP schema: namespace names are compared character by character, and the schema (and every configuration Windows exports) uses \`${intended}\`. ` +
          'Some Microsoft pages print these URIs with `https://`; change `https` to `http`.',
        fixes: [{ title: 'Change `https://` to `http://`', edits: [{ range: { start: range.start, end: range.start + 5 }, newText: 'http' }], kind: 'safe' }],
      });
    }
  },
};
