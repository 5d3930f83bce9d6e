// A `http://www.microsoft.com/provisioning/…` namespace that no Windows EAP schema defines: a typo, a wrong
// letter case or a version that does not exist (e.g. EapTlsConnectionPropertiesV4).
import type { EapRule } from '../rule';
import type { Fix } from '../../types';
import { EAP_DOCS } from '../catalogue';
import { HTTPS_PROVISIONING_PREFIX, KNOWN_PROVISIONING_NAMESPACES, looksLikeProvisioningNamespace, nearestKnownNamespace, namespaceDeclarations } from '../namespaces';

export const unknownNamespaceRule: EapRule = {
  id: 'eap/unknown-namespace',
  defaultSeverity: 'error',
  title: 'A `…/provisioning/…` namespace that no Windows EAP schema defines (typo, letter case or version)',
  docUrl: EAP_DOCS.eapConfiguration,
  check({ eap, report }) {
    for (const { value, range } of namespaceDeclarations(eap.root)) {
      if (!looksLikeProvisioningNamespace(value)) continue;
      if (KNOWN_PROVISIONING_NAMESPACES.includes(value)) continue;
      if (value.startsWith(HTTPS_PROVISIONING_PREFIX) && KNOWN_PROVISIONING_NAMESPACES.includes('http://' + value.slice(8))) continue; // eap/https-namespace
      const suggestion = nearestKnownNamespace(value);
      const fixes: Fix[] = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ range, newText: suggestion }], kind: 'safe' }] : [];
      const why = suggestion && suggestion.toLowerCase() === value.toLowerCase() ? 'Namespace names are case-sensitive. ' : '';
      report({
        range,
        message:
          `\`${value}\` is not a namespace of any Windows EAP schema, so the elements in it are not recognised. ${why}` +
          (suggestion ? `Did you mean \`${suggestion}\`?` : 'Use the namespace exactly as Windows exports it (`http://www.microsoft.com/provisioning/…`).'),
        fixes,
      });
    }
  },
};
