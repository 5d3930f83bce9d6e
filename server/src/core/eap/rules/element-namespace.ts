// Where the schema allows extension content (xs:any: Config, Eap, TLSExtensions, PeapExtensionsV2, the EapHostConfig
// tail) the generic checks accept unknown children. A known element name in another *Microsoft* namespace there is
// not an extension but a mistake, e.g. an EAP-TLS EapType written with the V2 namespace: Windows would not read it
// as the EAP-TLS settings (namespaces compare as strings: https://www.w3.org/TR/xml-names/).
import { childSpecFor } from '../../catalogue/catalogue';
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { Fix } from '../../types';
import { XmlElement } from '../../xml/model';
import { walkElements } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, kindOfTypeNumber, METHODS, namespaceOf } from '../methods';
import { KNOWN_PROVISIONING_NAMESPACES, NS } from '../namespaces';
import { integerValue } from '../../xml/edits';

/** The V1 namespace of the schema family a namespace belongs to (…V2/…V3 -> …V1). */
function familyRoot(namespace: string): string {
  return namespace.replace(/V\d+$/, 'V1');
}

export const elementNamespaceRule: EapRule = {
  id: 'eap/element-namespace',
  defaultSeverity: 'error',
  title: 'A known EAP element in the wrong Microsoft namespace where the schema allows extension content',
  docUrl: SOURCES.eapHost.url,
  // One namespace defines the element there (safe); several (the settings of one method or another) need a person.
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'Some EAP elements accept content from any namespace (`Config`, `Eap`, `TLSExtensions`), so that other methods can add their settings. ' +
      'An element the EAP schemas define, such as an EAP-TLS `EapType` or a `FilteringInfo`, written there in another Microsoft namespace is therefore not rejected by the schema, but Windows does not read it as those settings either: ' +
      'the element belongs to the namespace of the schema that defines it, and XML compares namespaces exactly. ' +
      'When one namespace defines the element at that place, the fix puts the element in it; when several do (the `EapType` of one method or another) or the type number beside it names another method, each is offered as a suggestion.',
    wrong: eapDocument(tlsEapType()).replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${NS.tlsV2}">`),
    right: eapDocument(tlsEapType()),
  },
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
        let expected = (sameFamily.length === 1 ? sameFamily : candidates).map((c) => c.spec.namespace!);
        // The `Type` beside an `EapType` names a method too: where it names another one, both readings need a person.
        const typed = parent.localName === 'Eap' ? kindOfTypeNumber(integerValue(childIn(parent, 'Type', NS.baseEap))) : undefined;
        const byType = typed && candidates.some((c) => c.spec.namespace === METHODS[typed].namespace) ? METHODS[typed].namespace : undefined;
        if (byType) expected = [...new Set(expected.length === 1 ? [...expected, byType] : [byType, ...expected])];
        const declaration = child.attributes.find((a) => a.name === 'xmlns');
        // A prefixed element takes its namespace from a declaration other elements may share: no edit of ours is right.
        const fixes: Fix[] = child.prefix
          ? []
          : expected.map((namespace) => ({
              title: `Use the namespace ${namespace}`,
              edits: declaration?.valueRange
                ? [{ range: declaration.valueRange, newText: namespace }]
                : [{ range: { start: child.nameRange.end, end: child.nameRange.end }, newText: ` xmlns="${namespace}"` }],
              kind: expected.length === 1 ? 'safe' : 'suggestion',
            }));
        report({
          range: child.nameRange,
          message:
            `\`<${child.localName}>\` is in ${actual ? `the namespace ${codeSpan(actual)}` : 'no namespace'}, which does not define it here, so Windows does not read it as ${candidates.length === 1 ? 'the' : 'any'} \`<${child.localName}>\` of the EAP schema. ` +
            `Use ${expected.map((n) => `\`${n}\``).join(' or ')}${expected.length > 1 ? ' (the namespace of the method whose settings it holds)' : ''}.`,
          fixes,
        });
      }
    }
  },
};
