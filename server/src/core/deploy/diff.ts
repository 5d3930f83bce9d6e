// Compares two profiles as Windows reads them: what was written against what a device reports (the ProfileXML
// read back through MDM_VPNv2_01, which comes with Windows' own element order, or the MDM node cache).
//
// What counts as the same (each choice follows the catalogue's value specs, which cite their sources):
// - Element order: ignored, except between the entries of `ProtocolList`, whose order is the order of preference.
//   Repeated elements (routes, NRPT rules, traffic filters, app triggers, trusted root thumbprints) are sets.
// - Namespaces by URI (prefixes ignored); XML whitespace around values ignored.
// - Booleans: `true`/`1` and `false`/`0`, any case — except where Microsoft documents that only lowercase `true`
//   works (`AlwaysOn`, `RememberCredentials`). Enums: case-insensitive unless the spec says otherwise, and the
//   spellings Windows itself writes (`Ikev2`, `Eap`) are the documented value. Integers by value.
// - Lists: servers keep their order and `server` equals `server;server` (Windows repeats the name as the friendly
//   name); DNS server lists and DNS suffix lists keep their order (the first is primary), trusted network suffixes,
//   port and address ranges, thumbprint, OID and EAP server-name lists are sets. IP addresses, DNS names and
//   thumbprints in canonical form.
// - An element left out on one side and present with its documented default on the other is the same; it is
//   listed apart.
import type { Analysis, AnalysisUnit } from '../analysis';
import { intendedNamespace } from '../catalogue/catalogue';
import { codeSpan } from '../text/markdown';
import type { ElementSpec, ValueSpec } from '../catalogue/types';
import { formatIp, parseIp } from '../values/ip';
import { parseThumbprint } from '../values/thumbprint';
import { matchEnum } from '../values/validate';
import type { XmlElement } from '../xml/model';
import { compactProfile } from './export';

export type DifferenceKind = 'changed' | 'only-left' | 'only-right';

export interface ProfileDifference {
  /** Local names from the root, with a key for repeated elements: `VPNProfile/Route[10.0.0.0/8]/Metric`. */
  readonly path: string;
  readonly kind: DifferenceKind;
  /** The value as written (trimmed), or the element in compact form. */
  readonly left?: string;
  readonly right?: string;
  readonly note?: string;
}

export interface ProfileComparison {
  readonly equivalent: boolean;
  readonly differences: readonly ProfileDifference[];
  /** Present on one side only, with the value Windows uses anyway when it is left out. */
  readonly sameByDefault: readonly ProfileDifference[];
}

export type ComparisonResult = ({ readonly ok: true } & ProfileComparison) | { readonly ok: false; readonly message: string };

export function compareProfiles(left: Analysis, right: Analysis): ComparisonResult {
  const a = mainUnit(left);
  const b = mainUnit(right);
  if (!a || !b) return { ok: false, message: `No \`<VPNProfile>\` or \`<EapHostConfig>\` was found in the ${!a && !b ? 'two documents' : !a ? 'first document' : 'second document'}.` };
  if (a.root.localName !== b.root.localName) return { ok: false, message: `One document holds a \`<${a.root.localName}>\`, the other an \`<${b.root.localName}>\`: there is nothing to compare.` };
  const differences: ProfileDifference[] = [];
  const sameByDefault: ProfileDifference[] = [];
  const comparer = new Comparer(differences, sameByDefault);
  comparer.compare(comparer.node(a.root, specLookup(left, a), a.text), comparer.node(b.root, specLookup(right, b), b.text), a.root.localName, false);
  return { ok: true, equivalent: differences.length === 0, differences, sameByDefault };
}

function mainUnit(analysis: Analysis): AnalysisUnit | undefined {
  return analysis.units.find((u) => u.kind === 'profile') ?? analysis.units[0];
}

/** The spec of an element of the unit's tree: the profile catalogue's, or the EAP catalogue's inside it. */
function specLookup(analysis: Analysis, unit: AnalysisUnit): (element: XmlElement) => ElementSpec | undefined {
  const units = analysis.units.filter((u) => u.xml === unit.xml);
  return (element) => {
    for (const u of units) {
      const spec = u.specs.specOf(element);
      if (spec) return spec;
    }
    return undefined;
  };
}

// ---- the canonical tree ------------------------------------------------------------------------------------

interface Node {
  readonly element: XmlElement;
  /** The text the element was parsed from. */
  readonly text: string;
  readonly name: string;
  /** Namespace (as intended) and local name. */
  readonly key: string;
  readonly spec: ElementSpec | undefined;
  readonly children: readonly Node[];
  /** No child elements: compared by value. */
  readonly leaf: boolean;
  /** Canonical value (leaves). */
  readonly value: string;
  /** The value as written, trimmed (leaves). */
  readonly shown: string;
  readonly attributes: ReadonlyMap<string, { readonly value: string; readonly shown: string }>;
}

/** Repeated elements whose order is meaningful. */
const ORDERED = new Set(['NativeProtocol']);

class Comparer {
  private readonly signatures = [new Map<Node, string>(), new Map<Node, string>()];

  constructor(
    private readonly differences: ProfileDifference[],
    private readonly sameByDefault: ProfileDifference[],
  ) {}

  node(element: XmlElement, specOf: (element: XmlElement) => ElementSpec | undefined, text: string): Node {
    const spec = specOf(element);
    const children = element.elements().map((child) => this.node(child, specOf, text));
    const leaf = children.length === 0;
    const raw = leaf ? element.text.raw : '';
    const attributes = new Map<string, { value: string; shown: string }>();
    for (const attribute of element.attributes) {
      if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') continue;
      const attributeSpec = spec?.attributes?.find((a) => a.name === attribute.localName);
      const shown = (attribute.value ?? '').trim();
      attributes.set(attribute.prefix ? `${attribute.prefix}:${attribute.localName}` : attribute.localName, { value: canonical(shown, attributeSpec?.value, attribute.localName), shown });
    }
    return {
      element,
      text,
      name: element.localName,
      key: `${intendedNamespace(element.namespaceUri)}|${element.localName}`,
      spec,
      children,
      leaf,
      value: leaf ? canonical(raw.trim(), spec?.value, element.localName) : '',
      shown: raw.trim(),
      attributes,
    };
  }

  /**
   * A string equal for nodes Windows reads the same (order-free where order does not matter); `exact` also tells
   * the namespace URIs as written apart (`https://www.microsoft.com/provisioning/…` from `http://…`).
   */
  private signature(node: Node, exact = false): string {
    const cache = this.signatures[exact ? 1 : 0];
    let signature = cache.get(node);
    if (signature === undefined) {
      const attributes = [...node.attributes].map(([name, a]) => `@${name}=${a.value}`).sort();
      let body: string;
      if (node.leaf) body = `=${JSON.stringify(node.value)}`;
      else {
        const groups = groupByKey(node.children);
        body = `{${[...groups.keys()]
          .sort()
          .map((key) => {
            const list = groups.get(key)!.map((child) => this.signature(child, exact));
            return (ORDERED.has(groups.get(key)![0].name) ? list : list.sort()).join(',');
          })
          .join(';')}}`;
      }
      signature = `${exact ? `${node.element.namespaceUri}|${node.name}` : node.key}${attributes.join('')}${body}`;
      cache.set(node, signature);
    }
    return signature;
  }

  compare(a: Node, b: Node, path: string, parentNamespaceDiffers: boolean): void {
    const namespaceDiffers = a.element.namespaceUri !== b.element.namespaceUri;
    if (namespaceDiffers && !parentNamespaceDiffers) {
      this.differences.push({ path, kind: 'changed', left: a.element.namespaceUri, right: b.element.namespaceUri, note: 'the namespace differs' });
    }
    for (const name of new Set([...a.attributes.keys(), ...b.attributes.keys()])) {
      const x = a.attributes.get(name);
      const y = b.attributes.get(name);
      if (x?.value === y?.value) continue;
      this.differences.push({
        path: `${path}/@${name}`,
        kind: !x ? 'only-right' : !y ? 'only-left' : 'changed',
        left: x?.shown,
        right: y?.shown,
        note: x && y ? caseNote(x.value, y.value) : undefined,
      });
    }
    if (a.leaf && b.leaf) {
      if (a.value !== b.value) this.differences.push({ path, kind: 'changed', left: a.shown, right: b.shown, note: valueNote(a, b) });
      return;
    }
    if (a.leaf !== b.leaf) {
      this.differences.push({ path, kind: 'changed', left: this.shown(a), right: this.shown(b), note: a.leaf ? 'text on the left, elements on the right' : 'elements on the left, text on the right' });
      return;
    }
    const left = groupByKey(a.children);
    const right = groupByKey(b.children);
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      this.compareGroup(left.get(key) ?? [], right.get(key) ?? [], path, namespaceDiffers);
    }
  }

  private compareGroup(left: readonly Node[], right: readonly Node[], path: string, namespaceDiffers: boolean): void {
    const name = (left[0] ?? right[0]).name;
    if (ORDERED.has(name)) {
      for (let i = 0; i < Math.max(left.length, right.length); i++) {
        const label = `${path}/${name}[#${i + 1}]`;
        if (left[i] && right[i]) {
          if (this.signature(left[i], true) !== this.signature(right[i], true)) this.compare(left[i], right[i], label, namespaceDiffers);
        } else this.onlyOne(left[i] ?? right[i], label, left[i] ? 'only-left' : 'only-right');
      }
      return;
    }
    // Equal elements pair off first, then elements with the same identity (a route's address), then a lone pair.
    const restLeft = [...left];
    const restRight: (Node | undefined)[] = [...right];
    for (let i = restLeft.length - 1; i >= 0; i--) {
      const signature = this.signature(restLeft[i]);
      const match = restRight.findIndex((n) => n !== undefined && this.signature(n) === signature);
      if (match !== -1) {
        // Equal as Windows reads them; only namespaces written differently can still be told apart.
        if (this.signature(restLeft[i], true) !== this.signature(restRight[match]!, true)) this.compare(restLeft[i], restRight[match]!, label(path, restLeft[i], left), namespaceDiffers);
        restLeft.splice(i, 1);
        restRight[match] = undefined;
      }
    }
    const others = restRight.filter((n): n is Node => n !== undefined);
    const single = left.length === 1 && right.length === 1;
    for (const node of restLeft) {
      const id = identity(node);
      const index = id !== undefined ? others.findIndex((n) => identity(n) === id) : single && identity(others[0] ?? node) === undefined ? 0 : -1;
      if (index !== -1 && others[index]) {
        const [partner] = others.splice(index, 1);
        this.compare(node, partner, label(path, node, left), namespaceDiffers);
      } else this.onlyOne(node, label(path, node, left), 'only-left');
    }
    for (const node of others) this.onlyOne(node, label(path, node, right), 'only-right');
  }

  private onlyOne(node: Node, path: string, kind: 'only-left' | 'only-right'): void {
    const fallback = node.spec?.defaultValue;
    if (node.leaf && fallback !== undefined && node.attributes.size === 0 && canonical(fallback, node.spec?.value, node.name) === node.value) {
      this.sameByDefault.push({ path, kind, [kind === 'only-left' ? 'left' : 'right']: node.shown, note: `\`${fallback}\` is the default` });
      return;
    }
    this.differences.push({ path, kind, [kind === 'only-left' ? 'left' : 'right']: this.shown(node) });
  }

  private shown(node: Node): string {
    return node.leaf && node.attributes.size === 0 ? node.shown : compactProfile({ text: node.text, root: node.element });
  }
}

function groupByKey(nodes: readonly Node[]): Map<string, Node[]> {
  const groups = new Map<string, Node[]>();
  for (const node of nodes) {
    const list = groups.get(node.key);
    if (list) list.push(node);
    else groups.set(node.key, [node]);
  }
  return groups;
}

/** What identifies one of several repeated elements across the two sides. */
function identity(node: Node): string | undefined {
  const child = (name: string) => node.children.find((c) => c.name === name);
  switch (node.name) {
    case 'Route': {
      const address = child('Address');
      const prefix = child('PrefixSize');
      return address ? `${address.value}/${prefix?.value ?? ''}` : undefined;
    }
    case 'DomainNameInformation':
      return child('DomainName')?.value;
    case 'AppTrigger':
      return node.children.find((c) => c.name === 'App')?.children.find((c) => c.name === 'Id')?.value;
    case 'EKUMap':
    case 'EKUMapInList':
      return child('EKUName')?.value;
    default:
      return undefined;
  }
}

function label(path: string, node: Node, siblings: readonly Node[]): string {
  const id = identity(node);
  if (id !== undefined) return `${path}/${node.name}[${id}]`;
  return siblings.length > 1 ? `${path}/${node.name}[#${siblings.indexOf(node) + 1}]` : `${path}/${node.name}`;
}

function caseNote(a: string, b: string): string | undefined {
  return a.toLowerCase() === b.toLowerCase() ? 'differs only in letter case' : undefined;
}

function valueNote(a: Node, b: Node): string | undefined {
  const spec = a.spec?.value ?? b.spec?.value;
  if (spec?.kind === 'boolean' && spec.strictLowercaseTrue && /^true$/i.test(a.shown) && /^true$/i.test(b.shown)) {
    return 'Windows reads only lowercase `true` here; another casing leaves the profile partly configured';
  }
  return caseNote(a.shown, b.shown);
}

// ---- values --------------------------------------------------------------------------------------------------

const split = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
const set = (items: readonly string[]) => [...new Set(items)].sort().join(',');
const ip = (text: string) => {
  const address = parseIp(text);
  return address ? formatIp(address) : text.toLowerCase();
};

/** The value as Windows compares it, per the catalogue's value spec. */
export function canonical(text: string, spec: ValueSpec | undefined, name: string): string {
  const t = text.trim();
  if (!spec) return t;
  switch (spec.kind) {
    case 'boolean': {
      const lower = t.toLowerCase();
      if (spec.strictLowercaseTrue) return t === 'true' || t === '1' ? 'true' : lower === 'false' || t === '0' ? 'false' : t;
      return lower === 'true' || lower === '1' ? 'true' : lower === 'false' || lower === '0' ? 'false' : t;
    }
    case 'enum': {
      const exact = spec.values.find((v) => v.value === t || v.spellings?.includes(t));
      if (exact) return exact.value;
      return (!spec.caseSensitive && matchEnum(t, spec.values)?.value) || t;
    }
    case 'integer':
      return /^[+-]?\d+$/.test(t) ? String(Number(t)) : t;
    case 'any':
    case 'empty':
      return t;
    case 'string':
      switch (spec.format) {
        case 'fqdn':
        case 'dnsSuffix':
        case 'nrptDomain':
        case 'hostPort':
          return t.toLowerCase();
        case 'dnsSuffixList': {
          const items = split(t.toLowerCase(), /,/);
          // The first suffix of DnsSuffix is the connection's primary suffix; trusted network suffixes are a set.
          return name === 'TrustedNetworkDetection' ? set(items) : items.join(',');
        }
        case 'serverList':
          return split(t, /,/)
            .map((entry) => {
              const [server, friendly] = entry.split(';').map((part) => part.trim());
              return `${server.toLowerCase()};${friendly || server}`;
            })
            .join(',');
        case 'serverUrlList':
          return split(t, /;/).join(';');
        case 'ipAddress':
        case 'routeAddress':
          return ip(t);
        case 'ipAddressList':
          return split(t, /,/).map(ip).join(',');
        case 'portRanges':
          return set(
            split(t, /,/).map((range) => {
              const [low, high] = range.split('-').map((p) => p.trim());
              return high === undefined || high === low ? String(Number(low)) : `${Number(low)}-${Number(high)}`;
            }),
          );
        case 'addressRanges':
          return set(
            split(t, /,/).map((range) => {
              if (range.includes('/')) {
                const [address, prefix] = range.split('/');
                return `${ip(address.trim())}/${Number(prefix)}`;
              }
              return range
                .split('-')
                .map((p) => ip(p.trim()))
                .join('-');
            }),
          );
        case 'thumbprint':
          return parseThumbprint(t).hex ?? t;
        case 'thumbprintList':
          return set(split(t, /[,;]/).map((item) => parseThumbprint(item).hex ?? item));
        case 'oidList':
          return set(split(t, /[,;]/));
        case 'eapServerNames':
          return set(split(t, /;/));
        default:
          return t;
      }
  }
}

// ---- the report --------------------------------------------------------------------------------------------

/** The comparison as a Markdown document (the editor's "Compare Profile With…"); document text in code spans. */
export function comparisonMarkdown(result: ComparisonResult, leftName: string, rightName: string): string {
  const span = (text: string) => codeSpan(text.length > 300 ? text.slice(0, 300) + '…' : text);
  const lines = [`# Profile comparison`, '', `- **A:** ${span(leftName)}`, `- **B:** ${span(rightName)}`, ''];
  if (!result.ok) return [...lines, result.message, ''].join('\n');
  lines.push(
    result.equivalent
      ? 'The profiles are **equivalent** as Windows reads them: element order, letter case where Windows ignores it, list and address forms, and thumbprint spacing do not count.'
      : `**${result.differences.length} difference${result.differences.length === 1 ? '' : 's'}** as Windows reads the profiles:`,
    '',
  );
  for (const d of result.differences) {
    const note = d.note ? ` — ${d.note}` : '';
    if (d.kind === 'changed') lines.push(`- ${span(d.path)}: A ${span(d.left ?? '')}, B ${span(d.right ?? '')}${note}`);
    else lines.push(`- ${span(d.path)}: only in ${d.kind === 'only-left' ? 'A' : 'B'}: ${span((d.kind === 'only-left' ? d.left : d.right) ?? '')}${note}`);
  }
  if (result.sameByDefault.length) {
    lines.push('', 'The same, because the side that leaves the element out gets its default:', '');
    for (const d of result.sameByDefault) lines.push(`- ${span(d.path)}: only in ${d.kind === 'only-left' ? 'A' : 'B'}${d.note ? ` — ${d.note}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
