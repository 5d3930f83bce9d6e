// Catalogue-driven checks shared by ProfileXML and EAP XML: unknown, misplaced, duplicated, missing and
// out-of-order elements, stray text, attributes and every value against its ValueSpec.
import type { Catalogue, CatalogueArea, SpecResolution } from '../catalogue/catalogue';
import { childIndex, childSpecIgnoringNamespace } from '../catalogue/catalogue';
import type { AttributeSpec, ElementSpec, ValueSpec } from '../catalogue/types';
import { closestMatch } from '../text/similarity';
import type { Fix, Severity, TextEdit } from '../types';
import { validateValue, type ValueProblem } from '../values/validate';
import { XmlElement, isXmlSpace, type XmlAttribute } from '../xml/model';
import { DOCS, type Reporter, type RuleMeta } from './rule';
import { valueRuleMeta } from './valueRules';

type SchemaRuleName =
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

const SCHEMA_RULES: Record<SchemaRuleName, { severity: Severity; title: string }> = {
  'unknown-element': { severity: 'error', title: 'An element that does not exist at this place' },
  'misplaced-element': { severity: 'error', title: 'A known element under the wrong parent' },
  'element-name-case': { severity: 'warning', title: 'An element name differs from the documented one only in case' },
  'csp-node-name': { severity: 'warning', title: 'A CSP node name (…List) used where ProfileXML has a different element name' },
  'wrong-namespace': { severity: 'error', title: 'An element in the wrong XML namespace' },
  'duplicate-element': { severity: 'warning', title: 'An element that may appear once appears several times' },
  'missing-element': { severity: 'error', title: 'A required child element is missing' },
  'element-order': { severity: 'warning', title: 'Child elements are not in the order of the published schema' },
  'unexpected-text': { severity: 'error', title: 'Text inside an element that holds only elements' },
  'unknown-attribute': { severity: 'warning', title: 'An attribute that the element does not take' },
};

export const SCHEMA_RULE_NAMES = Object.keys(SCHEMA_RULES) as SchemaRuleName[];

const metaCache = new Map<string, RuleMeta>();

export function schemaRuleMeta(area: CatalogueArea, name: SchemaRuleName): RuleMeta {
  const id = `${area}/${name}`;
  let meta = metaCache.get(id);
  if (!meta) {
    meta = { id, defaultSeverity: SCHEMA_RULES[name].severity, title: SCHEMA_RULES[name].title, docUrl: area === 'profile' ? DOCS.vpnv2Csp : DOCS.eapHostSchema };
    metaCache.set(id, meta);
  }
  return meta;
}

export function allSchemaRuleMetas(): RuleMeta[] {
  // CSP node names exist only in ProfileXML.
  return (['profile', 'eap'] as const).flatMap((area) => SCHEMA_RULE_NAMES.filter((name) => area === 'profile' || name !== 'csp-node-name').map((name) => schemaRuleMeta(area, name)));
}

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

function label(element: XmlElement): string {
  return `\`<${element.localName}>\``;
}

function reportValueProblems(
  problems: ValueProblem[],
  area: CatalogueArea,
  lenient: boolean,
  toOffset: (index: number) => number,
  reporter: Reporter,
): void {
  for (const problem of problems) {
    const meta = valueRuleMeta(area, problem.kind);
    const start = toOffset(problem.start);
    const end = problem.end > problem.start ? toOffset(problem.end - 1) + 1 : start;
    const fixes: Fix[] = [];
    if (problem.fix) {
      const fixStart = toOffset(problem.fix.start);
      const fixEnd = problem.fix.end > problem.fix.start ? toOffset(problem.fix.end - 1) + 1 : fixStart;
      fixes.push({ title: problem.fix.title, edits: [{ range: { start: fixStart, end: fixEnd }, newText: problem.fix.replacement }], kind: problem.fix.kind });
    }
    const severity = lenient && meta.defaultSeverity === 'error' ? 'warning' : undefined;
    reporter.report(meta, { range: { start, end }, message: problem.message, fixes, severity });
  }
}

function checkLeaf(element: XmlElement, spec: ElementSpec, value: ValueSpec, area: CatalogueArea, reporter: Reporter): void {
  const childElements = element.elements();
  if (childElements.length && value.kind !== 'any') {
    for (const child of childElements) {
      reporter.report(schemaRuleMeta(area, 'unknown-element'), {
        range: child.nameRange,
        message: `${label(element)} holds a value, not elements: \`<${child.localName}>\` does not belong here.`,
      });
    }
    return;
  }
  if (!element.closed && !element.selfClosing) return; // still being typed
  const text = element.text;
  const problems = validateValue(text.raw, value, { label: label(element) });
  const emptyAt = element.selfClosing ? element.startTagEnd - 2 : element.contentStart;
  reportValueProblems(problems, area, spec.lenient === true, (index) => (text.raw.length ? text.offsetAt(index) : emptyAt), reporter);
}

function checkAttributes(element: XmlElement, spec: ElementSpec, area: CatalogueArea, reporter: Reporter): void {
  for (const attribute of element.attributes) {
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns' || attribute.prefix === 'xml' || attribute.prefix === 'xsi') continue;
    const attributeSpec = spec.attributes?.find((a) => a.name === attribute.localName);
    if (!attributeSpec) {
      const suggestion = spec.attributes ? closestMatch(attribute.name, spec.attributes.map((a) => a.name)) : undefined;
      reporter.report(schemaRuleMeta(area, 'unknown-attribute'), {
        range: attribute.nameRange,
        message: spec.attributes?.length
          ? `${label(element)} has no attribute \`${attribute.name}\`; it takes ${spec.attributes.map((a) => `\`${a.name}\``).join(', ')}.`
          : `The schema defines no attributes for ${label(element)}; remove \`${attribute.name}\`.`,
        fixes: suggestion ? [{ title: `Rename to \`${suggestion}\``, edits: [{ range: attribute.nameRange, newText: suggestion }], kind: 'safe' }] : undefined,
      });
      continue;
    }
    checkAttributeValue(attribute, attributeSpec, area, reporter);
  }
}

function checkAttributeValue(attribute: XmlAttribute, spec: AttributeSpec, area: CatalogueArea, reporter: Reporter): void {
  const valueRange = attribute.valueRange;
  if (attribute.value === undefined || !valueRange) return; // a syntax error already says so
  const problems = validateValue(attribute.value, spec.value, { label: `the attribute \`${attribute.name}\`` });
  reportValueProblems(problems, area, false, (index) => valueRange.start + index, reporter);
}

function checkContainer(element: XmlElement, spec: ElementSpec, catalogue: Catalogue, specs: SpecResolution, text: string, reporter: Reporter): void {
  const area = catalogue.area;
  checkStrayText(element, text, area, reporter);
  const children = spec.children ?? [];
  const counts = new Map<ElementSpec, XmlElement[]>();
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
          message: `${label(element)} holds one \`<EapHostConfig>\` element (the exported EAP configuration), not \`<${child.localName}>\`.`,
        });
      }
      continue;
    }
    if (!childSpec) {
      // A start tag still being typed (`<Rou`) already has its syntax error; guessing its name would only flicker.
      if (!spec.openContent && !child.unfinished) reportUnrecognisedChild(element, child, spec, catalogue, reporter);
      continue;
    }
    const seen = counts.get(childSpec) ?? [];
    seen.push(child);
    counts.set(childSpec, seen);
    const index = childIndex(spec).position.get(childSpec) ?? -1;
    if (childSpec.inPublishedXsd === false) continue;
    if (index < furthest && !orderReported && furthestElement) {
      orderReported = true;
      reporter.report(schemaRuleMeta(area, 'element-order'), {
        range: child.nameRange,
        message:
          area === 'profile'
            ? `\`<${child.localName}>\` comes after \`<${furthestElement.localName}>\`, but the published schema lists it before. Windows accepts ProfileXML elements in any order, yet administrators report that Intune deployments to Windows 11 can depend on the order; keep the schema order if you deploy through Intune.`
            : `\`<${child.localName}>\` comes after \`<${furthestElement.localName}>\`, but the EAP schema lists it before. The schema defines a fixed sequence and Windows exports EAP configurations in that order; keep it so the configuration validates against the schema.`,
        related: [{ range: furthestElement.nameRange, message: `\`<${furthestElement.localName}>\` is here` }],
      });
    }
    if (index > furthest) {
      furthest = index;
      furthestElement = child;
    }
  }
  for (const [childSpec, elements] of counts) {
    const max = childIndex(spec).byspec.get(childSpec)?.max ?? 1;
    if (elements.length <= max) continue;
    for (const extra of elements.slice(max)) {
      reporter.report(schemaRuleMeta(area, 'duplicate-element'), {
        range: extra.nameRange,
        message: `${label(element)} may contain \`<${childSpec.name}>\` only ${max === 1 ? 'once' : `${max} times`} (published schema); remove the extra one so that it is clear which value applies.`,
        related: [{ range: elements[0].nameRange, message: 'first occurrence' }],
      });
    }
  }
  if (element.closed && !spec.embeds) {
    for (const child of children) {
      if (child.min > 0 && !counts.has(child.spec)) {
        reporter.report(schemaRuleMeta(area, 'missing-element'), {
          range: element.nameRange,
          message: `${label(element)} needs a \`<${child.spec.name}>\` element: ${lowerFirst(child.spec.summary)}`,
        });
      }
    }
  }
}

function reportUnrecognisedChild(parent: XmlElement, child: XmlElement, spec: ElementSpec, catalogue: Catalogue, reporter: Reporter): void {
  const area = catalogue.area;
  const allowed = spec.children ?? [];
  const renameFix = (to: string): Fix => ({ title: `Rename to \`<${to}>\``, edits: renameEdits(child, to), kind: 'safe' });

  const sameName = childSpecIgnoringNamespace(spec, child);
  if (sameName && sameName.spec.namespace !== undefined) {
    reporter.report(schemaRuleMeta(area, 'wrong-namespace'), {
      range: child.nameRange,
      message: `\`<${child.localName}>\` must be in the namespace \`${sameName.spec.namespace}\`${child.namespaceUri ? `, not \`${child.namespaceUri}\`` : ' (it has none)'}: in any other namespace it is not the element the schema defines.`,
    });
    return;
  }
  const caseMatch = allowed.find((c) => c.spec.name.toLowerCase() === child.localName.toLowerCase());
  if (caseMatch) {
    reporter.report(schemaRuleMeta(area, 'element-name-case'), {
      range: child.nameRange,
      message: `XML names are case-sensitive: the documented element is \`<${caseMatch.spec.name}>\`, not \`<${child.localName}>\`.`,
      fixes: [renameFix(caseMatch.spec.name)],
    });
    return;
  }
  if (child.localName.endsWith('List')) {
    const base = allowed.find((c) => c.spec.name === child.localName.slice(0, -'List'.length));
    if (base) {
      reporter.report(schemaRuleMeta(area, 'csp-node-name'), {
        range: child.nameRange,
        message: `\`${child.localName}\` is the name of the CSP node; in ProfileXML each entry is written as \`<${base.spec.name}>\`.`,
        fixes: [renameFix(base.spec.name)],
      });
      return;
    }
  }
  const elsewhere = catalogue.byName.get(child.localName)?.filter((p) => p.parent);
  if (elsewhere?.length) {
    const parents = [...new Set(elsewhere.map((p) => `\`<${p.parent!.name}>\``))].join(' or ');
    reporter.report(schemaRuleMeta(area, 'misplaced-element'), {
      range: child.nameRange,
      message: `\`<${child.localName}>\` does not belong in ${label(parent)}; it goes in ${parents}.`,
    });
    return;
  }
  const suggestion = closestMatch(child.localName, allowed.map((c) => c.spec.name));
  reporter.report(schemaRuleMeta(area, 'unknown-element'), {
    range: child.nameRange,
    message: `\`<${child.localName}>\` is not a known element of ${label(parent)}.${suggestion ? ` Did you mean \`<${suggestion}>\`?` : ''}`,
    fixes: suggestion ? [renameFix(suggestion)] : undefined,
  });
}

function renameEdits(element: XmlElement, to: string): TextEdit[] {
  const newName = element.prefix ? `${element.prefix}:${to}` : to;
  const edits: TextEdit[] = [{ range: element.nameRange, newText: newName }];
  if (element.closeTag) edits.push({ range: element.closeTag.nameRange, newText: newName });
  return edits;
}

function checkStrayText(element: XmlElement, text: string, area: CatalogueArea, reporter: Reporter): void {
  for (let i = 0; i < element.children.length; i++) {
    const child = element.children[i];
    if (child.kind !== 'text' && child.kind !== 'cdata') continue;
    let start = child.start;
    let end = child.end;
    if (child.kind === 'text') {
      while (start < end && isXmlSpace(text.charCodeAt(start))) start++;
      while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
      if (start === end) continue;
    }
    const previous = element.children[i - 1];
    const afterComment = previous?.kind === 'comment' && text.slice(start, end).startsWith('>') && start === child.start;
    const shown = text.slice(start, Math.min(end, start + 40));
    reporter.report(schemaRuleMeta(area, 'unexpected-text'), {
      range: { start, end },
      message: afterComment
        ? `Stray \`>\` after a comment (\`-->>\`): ${label(element)} holds only elements, so this text makes the XML invalid for its schema. Remove the extra \`>\`.`
        : `Unexpected text \`${shown}${end - start > 40 ? '…' : ''}\`: ${label(element)} holds only elements.`,
      fixes: [{ title: afterComment ? 'Remove the stray `>`' : 'Remove the text', edits: [{ range: { start, end }, newText: '' }], kind: afterComment ? 'safe' : 'suggestion' }],
    });
  }
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
