// Facts and edits the profile rules share: which protocols a profile may use, parsed routes and servers, and
// text edits that keep the surrounding layout (indentation, line breaks).
import type { ElementSpec, EnumValue, ValueSpec } from '../catalogue/types';
import type { Reporter } from '../rules/rule';
import { SOURCES, type Source } from '../sources';
import { valueRuleMeta } from '../rules/valueRules';
import type { Fix, RelatedLocation, TextEdit, TextRange } from '../types';
import { textValueEdit } from '../xml/edits';
import { parseIp, type IpAddress } from '../values/ip';
import { matchEnum, validateValue } from '../values/validate';
import { integerValue } from '../xml/edits';
import type { XmlElement } from '../xml/model';
import type { ProfileModel } from './model';

export type Protocol = 'IKEv2' | 'SSTP' | 'L2TP' | 'PPTP';

/** A section of a registered source page, e.g. one node of the VPNv2 CSP page. */
export function sourceSection(source: Source, anchor: string): string {
  return `${source.url}#${anchor}`;
}

/** The VPNv2 CSP section of a node, by its anchor on the Learn page (`deviceprofilenameroutelist`, …). */
export function cspSection(anchor: string): string {
  return sourceSection(SOURCES.vpnv2Csp, anchor);
}

// A Map, not an object literal: document text such as `constructor` must not find Object.prototype members.
const PROTOCOL_BY_LOWER: ReadonlyMap<string, Protocol> = new Map([
  ['ikev2', 'IKEv2'],
  ['sstp', 'SSTP'],
  ['l2tp', 'L2TP'],
  ['pptp', 'PPTP'],
]);

/**
 * The built-in protocols a profile may connect with: one for IKEv2/SSTP/L2TP/PPTP, all four for Automatic, the listed
 * ones for ProtocolList. Undefined when the profile has no NativeProfile or no (valid) NativeProtocolType.
 */
export function possibleProtocols(profile: ProfileModel): Set<Protocol> | undefined {
  if (!profile.element('NativeProfile')) return undefined;
  const type = profile.nativeProtocol;
  if (!type) return undefined;
  if (type === 'Automatic') return new Set<Protocol>(['IKEv2', 'SSTP', 'L2TP', 'PPTP']);
  if (type === 'ProtocolList') {
    const listed = new Set<Protocol>();
    for (const entry of profile.elements('NativeProfile/ProtocolList/NativeProtocol/Type')) {
      const protocol = PROTOCOL_BY_LOWER.get(entry.text.trimmed.toLowerCase());
      if (protocol) listed.add(protocol);
    }
    return listed;
  }
  const single = PROTOCOL_BY_LOWER.get(type.toLowerCase());
  return single ? new Set([single]) : undefined;
}

/** The enum value an element's text names (documented value, accepted spelling or a case variant). */
export function enumValueOf(element: XmlElement | undefined, values: readonly EnumValue[]): EnumValue | undefined {
  if (!element) return undefined;
  const text = element.text.trimmed;
  return values.find((v) => v.value === text || v.spellings?.includes(text)) ?? matchEnum(text, values);
}

/** The enum values of an element's spec, if it has an enum spec. */
export function enumValuesOf(spec: ElementSpec | undefined): readonly EnumValue[] | undefined {
  return spec?.value?.kind === 'enum' ? spec.value.values : undefined;
}

/** `true` when the element holds an xs:boolean true (`true`/`1`, any case). */
export function isTrue(element: XmlElement | undefined): boolean {
  const text = element?.text.trimmed.toLowerCase();
  return text === 'true' || text === '1';
}

export interface RouteEntry {
  readonly element: XmlElement;
  readonly addressElement: XmlElement | undefined;
  readonly prefixElement: XmlElement | undefined;
  readonly address: IpAddress | undefined;
  readonly prefix: number | undefined;
  readonly exclusion: boolean;
}

const routeCache = new WeakMap<ProfileModel, RouteEntry[]>();

/** Every `<Route>` with its parsed address and prefix (computed once per profile: several rules need them). */
export function routes(profile: ProfileModel): readonly RouteEntry[] {
  let cached = routeCache.get(profile);
  if (!cached) {
    cached = parseRoutes(profile);
    routeCache.set(profile, cached);
  }
  return cached;
}

function parseRoutes(profile: ProfileModel): RouteEntry[] {
  return profile.elements('Route').map((element) => {
    const addressElement = element.child('Address');
    const prefixElement = element.child('PrefixSize');
    return {
      element,
      addressElement,
      prefixElement,
      address: addressElement ? parseIp(addressElement.text.trimmed) : undefined,
      prefix: integerValue(prefixElement),
      exclusion: isTrue(element.child('ExclusionRoute')),
    };
  });
}

export interface ServerEntry {
  /** The server part (before an optional `;FriendlyName`), trimmed. */
  readonly server: string;
  /** Source range of `server`. */
  readonly range: TextRange;
}

/** Entries of NativeProfile/Servers: comma-separated `server` or `server;FriendlyName`. */
export function serverEntries(profile: ProfileModel): ServerEntry[] {
  const element = profile.element('NativeProfile/Servers');
  if (!element) return [];
  const raw = element.text.raw;
  const entries: ServerEntry[] = [];
  let from = 0;
  for (const part of raw.split(',')) {
    const serverPart = part.split(';')[0];
    const lead = serverPart.length - serverPart.trimStart().length;
    const server = serverPart.trim();
    if (server) {
      const start = from + lead;
      entries.push({ server, range: { start: element.text.offsetAt(start), end: element.text.offsetAt(start + server.length - 1) + 1 } });
    }
    from += part.length + 1;
  }
  return entries;
}

export function related(element: XmlElement, message: string): RelatedLocation {
  return { range: element.nameRange, message };
}

/** Range of the element's value, or of its name when the value is empty. */
export function valueOrNameRange(element: XmlElement): TextRange {
  const range = element.text.range;
  return range.end > range.start ? range : element.nameRange;
}

// ---- edits -------------------------------------------------------------------------------------

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n') i--;
  return i;
}

function indentationAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  let end = start;
  while (end < offset && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}

/** Removes the element; when it stands alone on its line(s), the whole line goes. */
export function removeElement(text: string, element: XmlElement): TextEdit {
  let start = element.start;
  let end = element.end;
  const before = lineStart(text, start);
  if (/^[ \t]*$/.test(text.slice(before, start))) {
    let after = end;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    if (after === text.length || text[after] === '\n' || text[after] === '\r') {
      start = before;
      end = after;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
    }
  }
  return { range: { start, end }, newText: '' };
}

/** Inserts `xml` on a new line after `sibling`, with the sibling's indentation. */
export function insertAfter(text: string, sibling: XmlElement, xml: string): TextEdit {
  // An unclosed sibling runs to its parent's end tag: anything inserted after it would land inside it.
  if (!sibling.closed && !sibling.selfClosing) return insertBefore(text, sibling, xml);
  const indentation = indentationAt(text, sibling.start);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: sibling.end, end: sibling.end }, newText: `${newline}${indentation}${xml}` };
}

/** Inserts `xml` on a new line before `sibling`, with the sibling's indentation. */
export function insertBefore(text: string, sibling: XmlElement, xml: string): TextEdit {
  const indentation = indentationAt(text, sibling.start);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: sibling.start, end: sibling.start }, newText: `${xml}${newline}${indentation}` };
}

/** Inserts `xml` into NativeProfile after `<Servers>` (its first child in the schema), else as its first child. */
export function insertIntoNativeProfile(text: string, native: XmlElement, xml: string): TextEdit {
  const servers = native.child('Servers');
  return servers ? insertAfter(text, servers, xml) : insertFirstChild(text, native, xml);
}

/** Renames an element: its start tag and, when it has one, its end tag together. */
export function renameElement(element: XmlElement, name: string): TextEdit[] {
  const edits: TextEdit[] = [{ range: element.nameRange, newText: name }];
  if (element.closeTag) edits.push({ range: element.closeTag.nameRange, newText: name });
  return edits;
}

/** Inserts `xml` as the first child of `parent` (after the start tag). */
export function insertFirstChild(text: string, parent: XmlElement, xml: string): TextEdit {
  const first = parent.elements()[0];
  if (first) return insertBefore(text, first, xml);
  const indentation = indentationAt(text, parent.start) + '  ';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (parent.selfClosing) {
    // `<Authentication/>` has no content to insert into: it becomes `<Authentication>…</Authentication>`.
    const outer = indentationAt(text, parent.start);
    return { range: { start: parent.startTagEnd - 2, end: parent.startTagEnd }, newText: `>${newline}${indentation}${xml}${newline}${outer}</${parent.name}>` };
  }
  return { range: { start: parent.contentStart, end: parent.contentStart }, newText: `${newline}${indentation}${xml}` };
}

// ---- value checks outside the catalogue ---------------------------------------------------------

/**
 * Validates an element's text against a ValueSpec with the same rule IDs and messages as the catalogue checks, for
 * content the catalogue cannot describe (see TrafficFilter/App).
 */
export function checkValue(element: XmlElement, value: ValueSpec, reporter: Reporter): void {
  const text = element.text;
  const problems = validateValue(text.raw, value, { label: `\`<${element.localName}>\`` });
  const toOffset = (index: number) => (text.raw.length ? text.offsetAt(index) : element.contentStart);
  for (const problem of problems) {
    const start = toOffset(problem.start);
    const end = problem.end > problem.start ? toOffset(problem.end - 1) + 1 : start;
    const fixes: Fix[] = [];
    for (const fix of problem.fixes ?? []) {
      // Decoded positions become source edits exactly (references, CDATA), or the fix is dropped.
      const edit = text.raw.length ? textValueEdit(text, fix.start, fix.end, fix.replacement) : undefined;
      if (edit) fixes.push({ title: fix.title, edits: [edit], kind: fix.kind });
    }
    reporter.report(valueRuleMeta('profile', problem.kind), { range: { start, end }, message: problem.message, fixes: fixes.length ? fixes : undefined });
  }
}
