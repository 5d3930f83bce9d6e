// A `http://www.microsoft.com/provisioning/…` namespace that no Windows EAP schema defines: a typo, a wrong
// letter case or a version that does not exist (e.g. EapTlsConnectionPropertiesV4).
import type { EapRule } from '../../rules/rule';
import type { Fix } from '../../types';
import { walkElements } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { HTTPS_PROVISIONING_PREFIX, KNOWN_PROVISIONING_NAMESPACES, looksLikeProvisioningNamespace, nearestKnownNamespace } from '../namespaces';

export const unknownNamespaceRule: EapRule = {
  id: 'eap/unknown-namespace',
  defaultSeverity: 'error',
  title: 'A `…/provisioning/…` namespace that no Windows EAP schema defines (typo, letter case or version)',
  docUrl: EAP_DOCS.eapConfiguration,
  check(eap, reporter) {
    for (const element of walkElements(eap.root)) {
      for (const attribute of element.attributes) {
        if (attribute.name !== 'xmlns' && attribute.prefix !== 'xmlns') continue;
        const value = attribute.value;
        const range = attribute.valueRange;
        if (value === undefined || !range || !looksLikeProvisioningNamespace(value)) continue;
        if (KNOWN_PROVISIONING_NAMESPACES.includes(value)) continue;
        if (value.startsWith(HTTPS_PROVISIONING_PREFIX) && KNOWN_PROVISIONING_NAMESPACES.includes('http://' + value.slice(8))) continue; // eap/https-namespace
        const suggestion = nearestKnownNamespace(value);
        const fixes: Fix[] = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ range, newText: suggestion }], isPreferred: true }] : [];
        const why = suggestion && suggestion.toLowerCase() === value.toLowerCase() ? 'Namespace names are case-sensitive. ' : '';
        reporter.report(this, {
          range,
          message:
            `\`${value}\` is not a namespace of any Windows EAP schema, so the elements in it are not recognised. ${why}` +
            (suggestion ? `Did you mean \`${suggestion}\`?` : 'Use the namespace exactly as Windows exports it (`http://www.microsoft.com/provisioning/…`).'),
          fixes,
        });
      }
    }
  },
};
