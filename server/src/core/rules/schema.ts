// Catalogue-driven checks shared by ProfileXML and EAP XML: unknown, misplaced, duplicated, missing and
// out-of-order elements, stray text, attributes and every value against its ValueSpec.
import type { Catalogue, CatalogueArea, SpecResolution } from '../catalogue/catalogue';
import { childIndex, childSpecIgnoringNamespace, namespaceMatches } from '../catalogue/catalogue';
import type { AttributeSpec, ElementSpec, ValueSpec } from '../catalogue/types';
import { closestMatch } from '../text/similarity';
import type { Fix, TextEdit } from '../types';
import { characterClass } from '../characters/classes';
import { visibleValue } from '../characters/values';
import { validateValue, type ValueProblem } from '../values/validate';
import { attributeValueEdit, escapeXmlText, textValueEdit } from '../xml/edits';
import { XmlElement, isXmlSpace, type XmlAttribute } from '../xml/model';
import { SOURCES } from '../sources';
import { codeSpan } from '../text/markdown';
import { escapedEapConfiguration } from '../eap/embedding';
import { EAP_TLS_V2_NAMESPACE, eapTlsExample, profileExample } from './examples';
import type { Reporter, Rule } from './rule';
import { valueRuleMeta } from './valueRules';

export type SchemaRuleName =
  | 'unknown-element'
  | 'misplaced-element'
  | 'element-name-case'
  | 'csp-node-name'
  | 'wrong-namespace'
  | 'duplicate-element'
  | 'missing-element'
  | 'element-order'
  | 'unexpected-text'
  | 'unknown-attribute';

/** The catalogue rules of ProfileXML and of EAP XML: the same checks, separate IDs so that users tune them apart. */
export type SchemaRule = Rule & { readonly id: `${CatalogueArea}/${SchemaRuleName}` };

const CSP = SOURCES.vpnv2Csp.url;
const EAP_SCHEMA = SOURCES.eapHostSchema.url;
const V2 = EAP_TLS_V2_NAMESPACE;
const MACHINE_CERTIFICATE = '    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>';

// ProfileXML elements carry no namespace, so `profile/wrong-namespace` cannot occur; CSP node names exist only in
// ProfileXML. Every other check has a rule in both areas.
const PROFILE_RULES: Readonly<Record<Exclude<SchemaRuleName, 'wrong-namespace'>, SchemaRule>> = {
  'unknown-element': {
    id: 'profile/unknown-element',
    defaultSeverity: 'error',
    title: 'An element that does not exist at this place',
    docUrl: CSP,
    fixKinds: ['suggestion'],
    docs: {
      rationale:
        'The VPNv2 CSP documents which elements each part of a ProfileXML holds. An element it does not document at this place is not one of those settings: a misspelt name does not carry the setting it was meant to. ' +
        'Where a documented name is close, the fix renames the element to it: a guess from the spelling, so a suggestion.',
      wrong: profileExample({ native: '    <RoutingPolicy>SplitTunnel</RoutingPolicy>' }),
      right: profileExample({ native: '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>' }),
    },
  },
  'misplaced-element': {
    id: 'profile/misplaced-element',
    defaultSeverity: 'error',
    title: 'A known element under the wrong parent',
    docUrl: CSP,
    fixKinds: [],
    docs: {
      rationale:
        'The element exists in ProfileXML, but under another parent (the message names it): `<Servers>` belongs in `<NativeProfile>`, not directly in `<VPNProfile>`. Moving it restructures the profile, so it is left to you.',
      wrong: '<VPNProfile>\n  <Servers>vpn.example.net</Servers>\n  <NativeProfile>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
      right: profileExample({ native: '    <NativeProtocolType>IKEv2</NativeProtocolType>' }),
    },
  },
  'element-name-case': {
    id: 'profile/element-name-case',
    defaultSeverity: 'warning',
    title: 'An element name differs from the documented one only in case',
    docUrl: CSP,
    fixKinds: ['safe'],
    docs: {
      rationale: 'XML names are case-sensitive: `<alwaysOn>` is not the documented `<AlwaysOn>`. Renaming start and end tag to the documented spelling is the one repair (safe).',
      wrong: profileExample({ inner: '  <alwaysOn>true</alwaysOn>' }),
      right: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>' }),
    },
  },
  'csp-node-name': {
    id: 'profile/csp-node-name',
    defaultSeverity: 'warning',
    title: 'A CSP node name (…List) used where ProfileXML has a different element name',
    docUrl: `${CSP}#examples`,
    fixKinds: ['suggestion'],
    docs: {
      rationale:
        'The VPNv2 CSP names its list nodes `…List` (`DomainNameInformationList`, `RouteList`), but ProfileXML writes each entry as its own element (`<DomainNameInformation>`, `<Route>`). ' +
        "Microsoft's own SyncML example mixes the two. The fix renames the element to the entry name; a list that holds several entries needs splitting instead, so it is a suggestion.",
      wrong: profileExample({ inner: '  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformationList>' }),
      right: profileExample({ inner: '  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>' }),
    },
  },
  'duplicate-element': {
    id: 'profile/duplicate-element',
    defaultSeverity: 'warning',
    title: 'An element that may appear once appears several times',
    docUrl: CSP,
    fixKinds: [],
    docs: {
      rationale: 'The published schema allows this element once here. With two, which value applies is not documented; remove the one you do not mean.',
      wrong: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>\n  <AlwaysOn>false</AlwaysOn>' }),
      right: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>' }),
    },
  },
  'missing-element': {
    id: 'profile/missing-element',
    defaultSeverity: 'error',
    title: 'A required child element is missing',
    docUrl: CSP,
    fixKinds: [],
    docs: {
      rationale: 'The published schema requires this child (a route needs its prefix size, an NRPT rule its domain name). What value it should have is yours to decide.',
      wrong: profileExample({ native: MACHINE_CERTIFICATE, inner: '  <Route>\n    <Address>10.0.0.0</Address>\n  </Route>' }),
      right: profileExample({ native: MACHINE_CERTIFICATE, inner: '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>' }),
    },
  },
  'element-order': {
    id: 'profile/element-order',
    defaultSeverity: 'hint',
    optIn: true,
    title: 'Child elements are not in the order of the published XSD (opt-in; Windows accepts any order)',
    docUrl: CSP,
    fixKinds: [],
    docs: {
      rationale:
        "The ProfileXML XSD lists elements in a sequence, but Windows accepts them in any order, and every published profile, Microsoft's samples included, departs from that sequence. " +
        'This rule is off unless you switch it on (for example `"profile/element-order": "hint"`) to keep a profile in XSD order for tools that validate against the schema.',
      wrong: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>' }),
      right: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    },
  },
  'unexpected-text': {
    id: 'profile/unexpected-text',
    defaultSeverity: 'error',
    title: 'Text inside an element that holds only elements',
    docUrl: CSP,
    fixKinds: ['safe', 'suggestion'],
    docs: {
      rationale:
        'Elements such as `<NativeProfile>` hold elements, not text; stray text there (a word pasted in, a `>` left by `-->>`) makes the profile invalid for its schema. ' +
        'Removing a stray `>` after a comment is safe; removing other text deletes what someone wrote, so that fix is a suggestion that names it.',
      wrong: profileExample({ native: '    IKEv2' }),
      right: profileExample({ native: '    <NativeProtocolType>IKEv2</NativeProtocolType>' }),
    },
  },
  'unknown-attribute': {
    id: 'profile/unknown-attribute',
    defaultSeverity: 'warning',
    title: 'An attribute that the element does not take',
    docUrl: CSP,
    fixKinds: ['suggestion'],
    docs: {
      rationale:
        'The ProfileXML schema defines no attributes beyond namespace declarations; an attribute there is not a documented setting. Where an element does take attributes and one is close, the fix renames it (a guess, so a suggestion).',
      wrong: profileExample({ inner: '  <AlwaysOn enabled="true">true</AlwaysOn>' }),
      right: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>' }),
    },
  },
};

const EAP_RULES: Readonly<Record<Exclude<SchemaRuleName, 'csp-node-name'>, SchemaRule>> = {
  'unknown-element': {
    id: 'eap/unknown-element',
    defaultSeverity: 'error',
    title: 'An element that does not exist at this place',
    docUrl: EAP_SCHEMA,
    fixKinds: ['suggestion'],
    docs: {
      rationale:
        "Each EAP method's schema defines the elements of its configuration; with an element it does not define at this place, the configuration does not validate against it. " +
        'Where a defined name is close, the fix renames the element to it: a guess from the spelling, so a suggestion.',
      wrong: eapTlsExample({ credentials: '          <SimpleCertSelect>true</SimpleCertSelect>' }),
      right: eapTlsExample(),
    },
  },
  'misplaced-element': {
    id: 'eap/misplaced-element',
    defaultSeverity: 'error',
    title: 'A known element under the wrong parent',
    docUrl: EAP_SCHEMA,
    fixKinds: [],
    docs: {
      rationale: 'The element exists in the EAP schema, but under another parent (the message names it). Moving it restructures the configuration, so it is left to you.',
      wrong: eapTlsExample({
        afterValidation: '        <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>\n        <DifferentUsername>false</DifferentUsername>',
      }),
      right: eapTlsExample(),
    },
  },
  'element-name-case': {
    id: 'eap/element-name-case',
    defaultSeverity: 'warning',
    title: 'An element name differs from the documented one only in case',
    docUrl: EAP_SCHEMA,
    fixKinds: ['safe'],
    docs: {
      rationale:
        "XML names are case-sensitive and the EAP schemas spell each name exactly: `<Differentusername>` is not `<DifferentUsername>`. Renaming start and end tag to the schema's spelling is the one repair (safe).",
      wrong: eapTlsExample({ afterValidation: '        <Differentusername>false</Differentusername>' }),
      right: eapTlsExample({ afterValidation: '        <DifferentUsername>false</DifferentUsername>' }),
    },
  },
  'wrong-namespace': {
    id: 'eap/wrong-namespace',
    defaultSeverity: 'error',
    title: 'An element in the wrong XML namespace',
    docUrl: EAP_SCHEMA,
    fixKinds: [],
    docs: {
      rationale:
        'EAP configurations mix several namespaces, and an element is the one the schema defines only in its own namespace: `<AcceptServerName>` of EAP-TLS belongs to `…/EapTlsConnectionPropertiesV2`. ' +
        'In another namespace it is a different, unknown element.',
      wrong: eapTlsExample({ afterValidation: '        <DifferentUsername>false</DifferentUsername>\n        <AcceptServerName>true</AcceptServerName>' }),
      right: eapTlsExample({ afterValidation: `        <DifferentUsername>false</DifferentUsername>\n        <AcceptServerName xmlns="${V2}">true</AcceptServerName>` }),
    },
  },
  'duplicate-element': {
    id: 'eap/duplicate-element',
    defaultSeverity: 'warning',
    title: 'An element that may appear once appears several times',
    docUrl: EAP_SCHEMA,
    fixKinds: [],
    docs: {
      rationale: 'The schema allows this element once here; with two, the configuration does not validate and which value applies is unclear. Remove the one you do not mean.',
      wrong: eapTlsExample({ afterValidation: '        <DifferentUsername>false</DifferentUsername>\n        <DifferentUsername>true</DifferentUsername>' }),
      right: eapTlsExample({ afterValidation: '        <DifferentUsername>false</DifferentUsername>' }),
    },
  },
  'missing-element': {
    id: 'eap/missing-element',
    defaultSeverity: 'error',
    title: 'A required child element is missing',
    docUrl: EAP_SCHEMA,
    fixKinds: [],
    docs: {
      rationale: 'The schema requires this child; without it the configuration does not validate. Its value is yours to decide.',
      wrong: eapTlsExample().replace(/ {4}<Type xmlns="[^"]*EapCommon">13<\/Type>\n/, ''),
      right: eapTlsExample(),
    },
  },
  'element-order': {
    id: 'eap/element-order',
    defaultSeverity: 'warning',
    title: 'Child elements are not in the order of the published schema',
    docUrl: EAP_SCHEMA,
    fixKinds: [],
    docs: {
      rationale: 'The EAP schemas define a fixed sequence of elements, and Windows exports configurations in that order; a configuration in another order does not validate against the schema.',
      wrong: eapTlsExample({ afterValidation: `        <PerformServerValidation xmlns="${V2}">true</PerformServerValidation>\n        <DifferentUsername>false</DifferentUsername>` }),
      right: eapTlsExample(),
    },
  },
  'unexpected-text': {
    id: 'eap/unexpected-text',
    defaultSeverity: 'error',
    title: 'Text inside an element that holds only elements',
    docUrl: EAP_SCHEMA,
    fixKinds: ['safe', 'suggestion'],
    docs: {
      rationale:
        'Container elements hold elements, not text. A `>` left behind by `-->>` (seen in published profiles) is removed safely; other text is something someone wrote, so removing it is a suggestion.',
      wrong: eapTlsExample({ afterValidation: '        <!-- options -->>\n        <DifferentUsername>false</DifferentUsername>' }),
      right: eapTlsExample({ afterValidation: '        <!-- options -->\n        <DifferentUsername>false</DifferentUsername>' }),
    },
  },
  'unknown-attribute': {
    id: 'eap/unknown-attribute',
    defaultSeverity: 'warning',
    title: 'An attribute that the element does not take',
    docUrl: EAP_SCHEMA,
    fixKinds: ['suggestion'],
    docs: {
      rationale:
        'The schema defines which attributes an element takes (`Enabled` on the certificate filters, for example). Where one is close, the fix renames the attribute: a guess from the spelling, so a suggestion.',
      wrong: eapTlsExample({ afterValidation: '        <DifferentUsername enabled="false">false</DifferentUsername>' }),
      right: eapTlsExample({ afterValidation: '        <DifferentUsername>false</DifferentUsername>' }),
    },
  },
};

/** The rule object of a catalogue check in an area (for content the catalogue cannot describe by itself, too). */
export function schemaRuleMeta(area: CatalogueArea, name: SchemaRuleName): SchemaRule {
  const rule = area === 'profile' ? (name === 'wrong-namespace' ? undefined : PROFILE_RULES[name]) : name === 'csp-node-name' ? undefined : EAP_RULES[name];
  if (!rule) throw new Error(`${area}/${name} is not a rule: ${name === 'wrong-namespace' ? 'ProfileXML has no namespaced elements' : 'CSP node names exist only in ProfileXML'}`);
  return rule;
}

/** Every catalogue rule of both areas, sorted by ID. */
export const schemaRules: readonly SchemaRule[] = [...Object.values(PROFILE_RULES), ...Object.values(EAP_RULES)].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Runs every catalogue check on the subtree under `root` (whose specs `specs` resolved). */
export function checkSchema(root: XmlElement, catalogue: Catalogue, specs: SpecResolution, text: string, reporter: Reporter): void {
  const area = catalogue.area;
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    const spec = specs.specOf(element);
    if (!spec) continue;
    checkAttributes(element, spec, area, reporter);
    if (spec.value && !spec.children) {
      checkLeaf(element, spec, spec.value, area, reporter);
    } else if (spec.children || spec.embeds) {
      checkContainer(element, spec, catalogue, specs, text, reporter);
    }
    for (const child of element.children) if (child instanceof XmlElement && specs.specOf(child)) stack.push(child);
  }
}

/** `<Name>` of a document's element, as a code span (names come from the document). */
function label(element: XmlElement): string {
  return tag(element.localName);
}

function tag(name: string): string {
  return codeSpan(`<${name}>`);
}

/**
 * Reports value problems found in decoded text. `toOffset` places a finding; `toEdit` (xml/edits.ts) turns a fix's
 * decoded range into an exact source edit, or drops the fix when there is none.
 */
function reportValueProblems(
  problems: readonly ValueProblem[],
  area: CatalogueArea,
  lenient: boolean,
  toOffset: (index: number) => number,
  toEdit: (start: number, end: number, replacement: string) => TextEdit | undefined,
  reporter: Reporter,
): void {
  for (const problem of problems) {
    const meta = valueRuleMeta(area, problem.kind);
    const start = toOffset(problem.start);
    const end = problem.end > problem.start ? toOffset(problem.end - 1) + 1 : start;
    const fixes: Fix[] = [];
    for (const fix of problem.fixes ?? []) {
      const edit = toEdit(fix.start, fix.end, fix.replacement);
      if (edit) fixes.push({ title: fix.title, edits: [edit], kind: fix.kind });
    }
    const severity = lenient && meta.defaultSeverity === 'error' ? 'warning' : undefined;
    reporter.report(meta, { range: { start, end }, message: problem.message, fixes, severity });
  }
}

// The labels of value messages are Markdown built from the document's names: made only when a message needs one
// (most values are valid, and the checks run on every keystroke). One object serves every leaf: validateValue reads
// the label only while it runs.
class LeafLabel {
  element: XmlElement | undefined;
  get label(): string {
    return this.element ? label(this.element) : '';
  }
}

const LEAF_LABEL = new LeafLabel();

class AttributeLabel {
  constructor(private readonly attribute: XmlAttribute) {}
  get label(): string {
    return `the attribute ${codeSpan(this.attribute.name)}`;
  }
}

function checkLeaf(element: XmlElement, spec: ElementSpec, value: ValueSpec, area: CatalogueArea, reporter: Reporter): void {
  if (element.hasChildElements && value.kind !== 'any') {
    for (const child of element.elements()) {
      reporter.report(schemaRuleMeta(area, 'unknown-element'), {
        range: child.nameRange,
        message: `${label(element)} holds a value, not elements: ${label(child)} does not belong here.`,
      });
    }
    return;
  }
  // Still being typed, or cut short with the document; an element an ancestor's end tag closed has its whole text.
  if (!element.closed && !element.selfClosing && (!element.implicitlyClosed || element.cutShort)) return;
  const text = element.text;
  LEAF_LABEL.element = element;
  const problems = validateValue(text.raw, value, LEAF_LABEL);
  if (problems.length === 0) return; // most values are valid: no closures for them
  // Characters the character rules name (xml/invisible-character, xml/invalid-character) are not reported again
  // here: a value that is right without them is not reported; one that is wrong anyway is reported as written.
  if (visibleOnlyProblem(text.raw, value, LEAF_LABEL)) return;
  const emptyAt = element.selfClosing ? element.startTagEnd - 2 : element.contentStart;
  const toEdit = (start: number, end: number, replacement: string): TextEdit | undefined =>
    text.raw.length ? textValueEdit(text, start, end, replacement) : start === 0 && end === 0 ? { range: { start: emptyAt, end: emptyAt }, newText: escapeXmlText(replacement) } : undefined;
  reportValueProblems(problems, area, spec.lenient === true, (index) => (text.raw.length ? text.offsetAt(index) : emptyAt), toEdit, reporter);
}

/** The value's only problem is characters the character rules name: without them it is valid. */
function visibleOnlyProblem(raw: string, value: ValueSpec, label: Parameters<typeof validateValue>[2]): boolean {
  const visible = visibleValue(raw, value);
  return visible !== undefined && validateValue(visible, value, label).length === 0;
}

function checkAttributes(element: XmlElement, spec: ElementSpec, area: CatalogueArea, reporter: Reporter): void {
  // Indexed: for-of over the shared frozen empty list allocated an iterator result per element.
  const attributes = element.attributes;
  for (let k = 0; k < attributes.length; k++) {
    const attribute = attributes[k];
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns' || attribute.prefix === 'xml' || attribute.prefix === 'xsi') continue;
    const attributeSpec = spec.attributes?.find((a) => a.name === attribute.localName);
    if (!attributeSpec) {
      const suggestion = spec.attributes
        ? closestMatch(
            attribute.name,
            spec.attributes.map((a) => a.name),
          )
        : undefined;
      reporter.report(schemaRuleMeta(area, 'unknown-attribute'), {
        range: attribute.nameRange,
        message: spec.attributes?.length
          ? `${label(element)} has no attribute ${codeSpan(attribute.name)}; it takes ${spec.attributes.map((a) => `\`${a.name}\``).join(', ')}.`
          : `The schema defines no attributes for ${label(element)}; remove ${codeSpan(attribute.name)}.`,
        // The closest spelling is a guess.
        fixes: suggestion ? [{ title: `Rename to ${suggestion}`, edits: [{ range: attribute.nameRange, newText: suggestion }], kind: 'suggestion' }] : undefined,
      });
      continue;
    }
    checkAttributeValue(attribute, attributeSpec, area, reporter);
  }
}

function checkAttributeValue(attribute: XmlAttribute, spec: AttributeSpec, area: CatalogueArea, reporter: Reporter): void {
  const valueRange = attribute.valueRange;
  if (attribute.value === undefined || !valueRange) return; // a syntax error already says so
  const problems = validateValue(attribute.value, spec.value, new AttributeLabel(attribute));
  if (problems.length === 0) return;
  if (visibleOnlyProblem(attribute.value, spec.value, new AttributeLabel(attribute))) return;
  reportValueProblems(
    problems,
    area,
    false,
    (index) => valueRange.start + index,
    (start, end, replacement) => attributeValueEdit(attribute, start, end, replacement),
    reporter,
  );
}

/** Scratch space of checkContainer (which never runs inside itself); only its first entries are current. */
const SEEN = { specs: [] as ElementSpec[], first: [] as XmlElement[], count: [] as number[] };

function hasSeen(spec: ElementSpec, seenLength: number): boolean {
  for (let k = 0; k < seenLength; k++) if (SEEN.specs[k] === spec) return true;
  return false;
}

function checkContainer(element: XmlElement, spec: ElementSpec, catalogue: Catalogue, specs: SpecResolution, text: string, reporter: Reporter): void {
  const area = catalogue.area;
  // Escaped EAP is the configuration in another form, analysed on its own (profile/escaped-eap-configuration).
  if (!(spec.embeds === 'eap' && escapedEapConfiguration(element))) checkStrayText(element, text, area, reporter);
  const children = spec.children ?? [];
  const index = childIndex(spec);
  // Each child spec seen, with its first element and its count, in arrays reused from one container to the next: a
  // Map with a list per spec, for each of a thousand routes, was most of what the checks allocated.
  // (Their length is not reset: V8 would drop the backing store and allocate it again.)
  const { specs: seenSpecs, first: seenFirst, count: seenCount } = SEEN;
  let seenLength = 0;
  let orderReported = false;
  let furthest = -1;
  let furthestElement: XmlElement | undefined;
  for (const child of element.children) {
    if (!(child instanceof XmlElement)) continue;
    const childSpec = specs.specOf(child);
    if (spec.embeds) {
      if (child.localName !== 'EapHostConfig') {
        reporter.report(schemaRuleMeta(area, 'unknown-element'), {
          range: child.nameRange,
          message: `${label(element)} holds one \`<EapHostConfig>\` element (the exported EAP configuration), not ${label(child)}.`,
        });
      }
      continue;
    }
    if (!childSpec) {
      // A start tag still being typed (`<Rou`) already has its syntax error; guessing its name would only flicker.
      if (child.unfinished) continue;
      if (!spec.openContent) reportUnrecognisedChild(element, child, spec, catalogue, reporter);
      // Open content (xs:any) admits other schemas' elements, not a case variant of this element's own child: the
      // MS-CHAPv2 EapType takes `UseWinLogonCredentials`, and `UseWinlogonCredentials` in its namespace is no setting
      // (that spelling belongs to the EAP-TTLS schema, in its own namespace).
      else reportCaseVariant(child, spec, area, reporter);
      continue;
    }
    let seen = 0;
    while (seen < seenLength && seenSpecs[seen] !== childSpec) seen++;
    if (seen === seenLength) {
      seenSpecs[seenLength] = childSpec;
      seenFirst[seenLength] = child;
      seenCount[seenLength++] = 1;
    } else seenCount[seen]++;
    const position = index.position.get(childSpec) ?? -1;
    if (childSpec.inPublishedXsd === false) continue;
    if (position < furthest && !orderReported && furthestElement) {
      orderReported = true;
      reporter.report(schemaRuleMeta(area, 'element-order'), {
        range: child.nameRange,
        message:
          area === 'profile'
            ? `${label(child)} comes after ${label(furthestElement)}, but the published XSD lists it before. Windows accepts ProfileXML elements in any order and published profiles, Microsoft's included, differ from the XSD sequence; reorder only if a tool of yours validates against the XSD.`
            : `${label(child)} comes after ${label(furthestElement)}, but the EAP schema lists it before. The schema defines a fixed sequence and Windows exports EAP configurations in that order; keep it so the configuration validates against the schema.`,
        related: [{ range: furthestElement.nameRange, message: `${label(furthestElement)} is here` }],
      });
    }
    if (position > furthest) {
      furthest = position;
      furthestElement = child;
    }
  }
  for (let k = 0; k < seenLength; k++) {
    const childSpec = seenSpecs[k];
    const max = index.byspec.get(childSpec)?.max ?? 1;
    if (seenCount[k] <= max) continue;
    // The extra ones, in document order, after the first `max`.
    let kept = 0;
    for (const extra of element.children) {
      if (!(extra instanceof XmlElement) || specs.specOf(extra) !== childSpec || ++kept <= max) continue;
      reporter.report(schemaRuleMeta(area, 'duplicate-element'), {
        range: extra.nameRange,
        message: `${label(element)} may contain \`<${childSpec.name}>\` only ${max === 1 ? 'once' : `${max} times`} (published schema); remove the extra one so that it is clear which value applies.`,
        related: [{ range: seenFirst[k].nameRange, message: 'first occurrence' }],
      });
    }
  }
  if (element.closed && !spec.embeds) {
    for (const child of children) {
      if (child.min > 0 && !hasSeen(child.spec, seenLength)) {
        reporter.report(schemaRuleMeta(area, 'missing-element'), {
          range: element.nameRange,
          message: `${label(element)} needs a \`<${child.spec.name}>\` element: ${lowerFirst(child.spec.summary)}`,
        });
      }
    }
  }
  // Keep no document's elements alive after the check.
  SEEN.first.fill(undefined as unknown as XmlElement, 0, seenLength);
  SEEN.specs.fill(undefined as unknown as ElementSpec, 0, seenLength);
}

function reportUnrecognisedChild(parent: XmlElement, child: XmlElement, spec: ElementSpec, catalogue: Catalogue, reporter: Reporter): void {
  const area = catalogue.area;
  const allowed = spec.children ?? [];
  // A case-only difference has one right spelling (safe); a name chosen by its spelling is a guess (suggestion).
  const renameFix = (to: string, kind: Fix['kind']): Fix => ({ title: `Rename to <${to}>`, edits: renameEdits(child, to), kind });

  const sameName = childSpecIgnoringNamespace(spec, child);
  if (sameName && sameName.spec.namespace !== undefined) {
    reporter.report(schemaRuleMeta(area, 'wrong-namespace'), {
      range: child.nameRange,
      message: `${label(child)} must be in the namespace \`${sameName.spec.namespace}\`${child.namespaceUri ? `, not ${codeSpan(child.namespaceUri)}` : ' (it has none)'}: in any other namespace it is not the element the schema defines.`,
    });
    return;
  }
  if (reportCaseVariant(child, spec, area, reporter)) return;
  if (child.localName.endsWith('List')) {
    const base = allowed.find((c) => c.spec.name === child.localName.slice(0, -'List'.length));
    if (base) {
      reporter.report(schemaRuleMeta(area, 'csp-node-name'), {
        range: child.nameRange,
        message: `${codeSpan(child.localName)} is the name of the CSP node; in ProfileXML each entry is written as \`<${base.spec.name}>\`.`,
        // A list node may hold several entries, which a rename would merge into one: a person decides.
        fixes: [renameFix(base.spec.name, 'suggestion')],
      });
      checkCspListEntries(child, base.spec, area, reporter);
      return;
    }
  }
  const elsewhere = catalogue.byName.get(child.localName)?.filter((p) => p.parent);
  if (elsewhere?.length) {
    const parents = [...new Set(elsewhere.map((p) => `\`<${p.parent!.name}>\``))].join(' or ');
    reporter.report(schemaRuleMeta(area, 'misplaced-element'), {
      range: child.nameRange,
      message: `${label(child)} does not belong in ${label(parent)}; it goes in ${parents}.`,
    });
    return;
  }
  const suggestion = closestMatch(
    child.localName,
    allowed.map((c) => c.spec.name),
  );
  reporter.report(schemaRuleMeta(area, 'unknown-element'), {
    range: child.nameRange,
    message: `${label(child)} is not a known element of ${label(parent)}.${suggestion ? ` Did you mean \`<${suggestion}>\`?` : ''}`,
    fixes: suggestion ? [renameFix(suggestion, 'suggestion')] : undefined,
  });
}

/**
 * Reports `child` when its name differs only in case from a child the spec defines in the same namespace (each
 * schema spells its own names; another namespace's spelling is another element). True when it reported.
 */
function reportCaseVariant(child: XmlElement, spec: ElementSpec, area: CatalogueArea, reporter: Reporter): boolean {
  const lower = child.localName.toLowerCase();
  const match = spec.children?.find((c) => c.spec.name !== child.localName && c.spec.name.toLowerCase() === lower && namespaceMatches(c.spec, child));
  if (!match) return false;
  reporter.report(schemaRuleMeta(area, 'element-name-case'), {
    range: child.nameRange,
    message: `XML names are case-sensitive: the documented element is \`<${match.spec.name}>\`, not ${label(child)}${match.spec.namespace ? ' (in this namespace)' : ''}, so this element is not that setting.`,
    // Only the letter case differs, within one namespace: one right spelling.
    fixes: [{ title: `Rename to <${match.spec.name}>`, edits: renameEdits(child, match.spec.name), kind: 'safe' }],
  });
  return true;
}

/**
 * Inside a CSP list node written as an element (Microsoft's SyncML example writes `<DomainNameInformationList>`)
 * the catalogue resolves no children, yet a name that differs from the entry element's children only in case (the
 * example's `<DNSServers>` for `<DnsServers>`) has one right spelling: report it as the catalogue would inside the
 * entry element.
 */
function checkCspListEntries(list: XmlElement, entry: ElementSpec, area: CatalogueArea, reporter: Reporter): void {
  for (const child of list.elements()) {
    const match = entry.children?.find((c) => c.spec.name !== child.localName && c.spec.name.toLowerCase() === child.localName.toLowerCase());
    if (!match) continue;
    reporter.report(schemaRuleMeta(area, 'element-name-case'), {
      range: child.nameRange,
      message: `XML names are case-sensitive: the documented element is \`<${match.spec.name}>\`, not ${label(child)}.`,
      fixes: [{ title: `Rename to <${match.spec.name}>`, edits: renameEdits(child, match.spec.name), kind: 'safe' }],
    });
  }
}

/** Renames start and end tag together; an end tag of another name (a mismatch) is left to its own finding. */
function renameEdits(element: XmlElement, to: string): TextEdit[] {
  const newName = element.prefix ? `${element.prefix}:${to}` : to;
  const edits: TextEdit[] = [{ range: element.nameRange, newText: newName }];
  if (element.closeTag && element.closeTag.name === element.name) edits.push({ range: element.closeTag.nameRange, newText: newName });
  return edits;
}

function checkStrayText(element: XmlElement, text: string, area: CatalogueArea, reporter: Reporter): void {
  for (let i = 0; i < element.children.length; i++) {
    const child = element.children[i];
    if (child.kind !== 'text' && child.kind !== 'cdata') continue;
    let start = child.start;
    let end = child.end;
    if (child.kind === 'text') {
      // Invisible, space-like and control characters are named by the character rules (xml/invisible-character,
      // xml/invalid-character); only the text around them is reported here.
      while (start < end && isSpaceOrNamedCharacter(text.charCodeAt(start))) start++;
      while (end > start && isSpaceOrNamedCharacter(text.charCodeAt(end - 1))) end--;
      if (start === end) continue;
    }
    const previous = element.children[i - 1];
    const afterComment = previous?.kind === 'comment' && text.slice(start, end).startsWith('>') && start === child.start;
    const shown = text.slice(start, Math.min(end, start + 40));
    reporter.report(schemaRuleMeta(area, 'unexpected-text'), {
      range: { start, end },
      message: afterComment
        ? `Stray \`>\` after a comment (\`-->>\`): ${label(element)} holds only elements, so this text makes the XML invalid for its schema. Remove the extra \`>\`.`
        : `Unexpected text ${codeSpan(`${shown}${end - start > 40 ? '…' : ''}`)}: ${label(element)} holds only elements.`,
      // The stray `>` of `-->>` has one right repair; other text is content someone wrote.
      fixes: [
        {
          title: afterComment ? 'Remove the stray >' : `Remove the text ${titleText(shown, end - start)}`,
          edits: [{ range: { start, end }, newText: '' }],
          kind: afterComment ? 'safe' : 'suggestion',
        },
      ],
    });
  }
}

function isSpaceOrNamedCharacter(code: number): boolean {
  if (isXmlSpace(code)) return true;
  const cls = characterClass(code);
  return cls !== undefined && cls !== 'replacement';
}

/** Text in a fix title: quoted, on one line, shortened. */
function titleText(shown: string, length: number): string {
  const flat = shown.replace(/\s+/g, ' ').slice(0, 24);
  return `"${flat}${length > flat.length ? '…' : ''}"`;
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
