// Where the schema allows extension content (xs:any: Config, Eap, TLSExtensions, PeapExtensionsV2, the
// EapHostConfig tail) the generic checks accept unknown children. A known element name in another *Microsoft*
// namespace there is not an extension but a mistake, e.g. an EAP-TLS EapType written with the V2 namespace:
// Windows would not read it as the EAP-TLS settings.
import { childSpecFor } from '../../catalogue/catalogue';
import type { EapRule } from '../rule';
import type { Fix } from '../../types';
import { XmlElement } from '../../xml/model';
import { walkElements } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { namespaceOf } from '../methods';
import { KNOWN_PROVISIONING_NAMESPACES } from '../namespaces';

/** The V1 namespace of the schema family a namespace belongs to (…V2/…V3 -> …V1). */
function familyRoot(namespace: string): string {
  return namespace.replace(/V\d+$/, 'V1');
}

export const elementNamespaceRule: EapRule = {
  id: 'eap/element-namespace',
  defaultSeverity: 'error',
  title: 'A known EAP element in the wrong Microsoft namespace where the schema allows extension content',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const parent of walkElements(eap.root)) {
      const parentSpec = eap.specs.specOf(parent);
      if (!parentSpec?.openContent || !parentSpec.children) continue;
      for (const child of parent.children) {
        if (!(child instanceof XmlElement) || eap.specs.specOf(child) || childSpecFor(parentSpec, child)) continue;
        const candidates = parentSpec.children.filter((c) => c.spec.name === child.localName && c.spec.namespace);
        if (!candidates.length) continue;
        const actual = namespaceOf(child);
        if (actual !== '' && !KNOWN_PROVISIONING_NAMESPACES.includes(actual)) continue; // third-party content, or a misspelt URI (eap/unknown-namespace)
        const sameFamily = candidates.filter((c) => familyRoot(c.spec.namespace!) === familyRoot(actual));
        const expected = (sameFamily.length === 1 ? sameFamily : candidates).map((c) => c.spec.namespace!);
        const declaration = child.attributes.find((a) => (child.prefix ? a.prefix === 'xmlns' && a.localName === child.prefix : a.name === 'xmlns'));
        const fixes: Fix[] = expected.map((namespace) => ({
          title: `Use the namespace \`${namespace}\``,
          edits: declaration?.valueRange
            ? [{ range: declaration.valueRange, newText: namespace }]
            : [{ range: { start: child.nameRange.end, end: child.nameRange.end }, newText: ` xmlns="${namespace}"` }],
          kind: expected.length === 1 && !child.prefix ? 'safe' : 'suggestion',
        }));
        report({
          range: child.nameRange,
          message:
            `\`<${child.localName}>\` is in ${actual ? `the namespace \`${actual}\`` : 'no namespace'}, which does not define it here, so Windows does not read it as ${candidates.length === 1 ? 'the' : 'any'} \`<${child.localName}>\` of the EAP schema. ` +
            `Use ${expected.map((n) => `\`${n}\``).join(' or ')}${expected.length > 1 ? ' (the namespace of the method whose settings it holds)' : ''}.`,
          fixes: child.prefix ? undefined : fixes,
        });
      }
    }
  },
};
