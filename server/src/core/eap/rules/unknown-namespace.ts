// A `http://www.microsoft.com/provisioning/…` namespace that no Windows EAP schema defines: a typo, a wrong letter
// case or a version that does not exist (e.g. EapTlsConnectionPropertiesV4). Namespace names compare as strings
// (https://www.w3.org/TR/xml-names/), so the elements in it are not the EAP settings Windows reads.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { Fix } from '../../types';
import { eapCatalogue } from '../catalogue';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { differsOnlyInSpelling, HTTPS_PROVISIONING_PREFIX, KNOWN_PROVISIONING_NAMESPACES, looksLikeProvisioningNamespace, namespaceDeclarations, nearestKnownNamespaces, NS } from '../namespaces';

/** The namespaces in which the EAP schemas define an element with this local name. */
function namespacesDefining(localName: string): Set<string | undefined> {
  return new Set((eapCatalogue.byName.get(localName) ?? []).map((placement) => placement.spec.namespace));
}

export const unknownNamespaceRule: EapRule = {
  id: 'eap/unknown-namespace',
  defaultSeverity: 'error',
  title: 'A `…/provisioning/…` namespace that no Windows EAP schema defines (typo, letter case or version)',
  docUrl: SOURCES.eapHostSchema.url,
  // Letter case, `https` or a missing `www.` have one reading (safe); a typo or a version is a guess (suggestion).
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'The EAP schemas of Windows live in a fixed set of namespaces under `http://www.microsoft.com/provisioning/` (EapHostConfig, EapCommon, BaseEapConnectionPropertiesV1, EapTlsConnectionPropertiesV1 to V3, MsPeapConnectionPropertiesV1 to V3, MsChapV2ConnectionPropertiesV1 and a few more). ' +
      'XML compares namespace names exactly, so a URI with another letter case, a typo or a version that does not exist puts its elements outside every schema, and Windows does not read them as EAP settings. ' +
      'When the URI differs from a known one only in letter case, `https` or `www.`, the fix restores that one; otherwise it offers the nearest known namespaces (those that define the element first) for a person to choose.',
    wrong: eapDocument(tlsEapType()).replace(`<Type xmlns="${NS.eapCommon}">`, '<Type xmlns="http://www.microsoft.com/provisioning/eapcommon">'),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    for (const { value, range, element, isDefault } of namespaceDeclarations(eap.root)) {
      if (!looksLikeProvisioningNamespace(value)) continue;
      if (KNOWN_PROVISIONING_NAMESPACES.includes(value)) continue;
      if (value.startsWith(HTTPS_PROVISIONING_PREFIX) && KNOWN_PROVISIONING_NAMESPACES.includes('http://' + value.slice(8))) continue; // eap/https-namespace
      let candidates = nearestKnownNamespaces(value);
      // A default namespace names the element it sits on: prefer the namespaces whose schema defines that element.
      const defining = isDefault ? candidates.filter((namespace) => namespacesDefining(element.localName).has(namespace)) : [];
      if (defining.length) candidates = defining;
      const spelling = candidates.length === 1 && differsOnlyInSpelling(value, candidates[0]);
      const fixes: Fix[] = candidates.map((namespace) => ({
        title: `Change to ${namespace}`,
        edits: [{ range, newText: namespace }],
        kind: spelling ? 'safe' : 'suggestion',
      }));
      const why = spelling && candidates[0].toLowerCase() === value.toLowerCase() ? ' Namespace names are case-sensitive.' : '';
      report({
        range,
        message:
          `${codeSpan(value)} is not a namespace of any Windows EAP schema, so the elements in it are not recognised.${why} ` +
          (candidates.length
            ? `Did you mean ${candidates.map((namespace) => `\`${namespace}\``).join(' or ')}?`
            : 'Use the namespace exactly as Windows exports it (`http://www.microsoft.com/provisioning/…`).'),
        fixes,
      });
    }
  },
};
