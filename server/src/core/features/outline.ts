// Document symbols (outline) and folding ranges.
import type { Analysis, AnalysisUnit } from '../analysis';
import { toOriginalRange } from '../documents/sourceMap';
import type { TextRange } from '../types';
import { XmlElement } from '../xml/model';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'profile' | 'eap' | 'container' | 'setting' | 'route' | 'rule' | 'event';
  readonly range: TextRange;
  readonly selectionRange: TextRange;
  readonly children: OutlineSymbol[];
}

/** Short descriptions that make list entries tell apart in the outline. */
const DETAILS: Record<string, (e: XmlElement) => string | undefined> = {
  Route: (e) => {
    const address = e.child('Address')?.text.trimmed;
    const prefix = e.child('PrefixSize')?.text.trimmed;
    const exclusion = e.child('ExclusionRoute')?.text.trimmed.toLowerCase() === 'true' ? ' (exclusion)' : '';
    return address ? `${address}${prefix ? '/' + prefix : ''}${exclusion}` : undefined;
  },
  DomainNameInformation: (e) => e.child('DomainName')?.text.trimmed,
  TrafficFilter: (e) =>
    [e.child('App')?.child('Id')?.text.trimmed, e.child('Protocol')?.text.trimmed && `protocol ${e.child('Protocol')!.text.trimmed}`, e.child('RemoteAddressRanges')?.text.trimmed]
      .filter(Boolean)
      .join(' · ') || undefined,
  AppTrigger: (e) => e.child('App')?.child('Id')?.text.trimmed,
  EapHostConfig: (e) => {
    const type = e.child('EapMethod')?.child('Type')?.text.trimmed;
    return type ? `EAP type ${type}${own(EAP_NAMES, type) ? ` (${EAP_NAMES[type]})` : ''}` : undefined;
  },
  Eap: (e) => {
    const type = e.child('Type')?.text.trimmed;
    return type ? `type ${type}${own(EAP_NAMES, type) ? ` (${EAP_NAMES[type]})` : ''}` : undefined;
  },
};

const EAP_NAMES: Record<string, string> = { '13': 'EAP-TLS', '25': 'PEAP', '26': 'EAP-MSCHAPv2' };
const KINDS: Record<string, OutlineSymbol['kind']> = { VPNProfile: 'profile', EapHostConfig: 'eap', Route: 'route', TrafficFilter: 'rule', DomainNameInformation: 'rule', AppTrigger: 'rule' };

/** `key` is one of the table's own entries: element names such as `constructor` must not find Object's methods. */
function own(table: object, key: string): boolean {
  return Object.hasOwn(table, key);
}

export function documentSymbols(analysis: Analysis): OutlineSymbol[] {
  // EAP units inside a profile are part of the profile's tree already.
  return analysis.units.filter((u) => u.kind === 'profile' || !u.eap?.host).map((u) => symbolFor(u, u.root));
}

/**
 * Elements nested deeper than this are left out of the outline: real profiles are about 15 levels deep, and a
 * pathological document 50,000 levels deep must not overflow the stack here or in the JSON sent to the editor.
 */
export const MAX_OUTLINE_DEPTH = 64;

/**
 * Symbols in one document's outline at most, level by level (the deepest levels are left out first). A profile
 * with 5,000 routes has about 15,000; a generated one with 600,000 siblings cost hundreds of megabytes here and in
 * the JSON sent to the editor, for a list nobody can read.
 */
export const MAX_OUTLINE_SYMBOLS = 50_000;

function symbolFor(unit: AnalysisUnit, root: XmlElement): OutlineSymbol {
  const map = (r: TextRange): TextRange => toOriginalRange(unit.map, r);
  const make = (element: XmlElement, childElements: XmlElement[]): OutlineSymbol => {
    const leafValue = childElements.length === 0 ? element.text.trimmed : undefined;
    return {
      name: element.localName,
      detail: (own(DETAILS, element.localName) ? DETAILS[element.localName](element) : undefined) ?? (leafValue ? truncate(leafValue) : undefined),
      kind: own(KINDS, element.localName) ? KINDS[element.localName] : childElements.length ? 'container' : 'setting',
      range: map({ start: element.start, end: element.end }),
      selectionRange: map(element.nameRange),
      children: [],
    };
  };
  // Iterative and level by level (a queue), so that the symbol limit cuts the deepest levels; children in
  // document order.
  const rootChildren = root.elements();
  const top = make(root, rootChildren);
  const pending: { symbol: OutlineSymbol; childElements: XmlElement[]; depth: number }[] = [{ symbol: top, childElements: rootChildren, depth: 1 }];
  let made = 1;
  for (let next = 0; next < pending.length; next++) {
    const { symbol, childElements, depth } = pending[next];
    pending[next] = undefined!; // done: let it be collected
    if (depth >= MAX_OUTLINE_DEPTH) continue;
    for (const child of childElements) {
      if (made >= MAX_OUTLINE_SYMBOLS) return top;
      const grandChildren = child.elements();
      const childSymbol = make(child, grandChildren);
      made++;
      symbol.children.push(childSymbol);
      if (grandChildren.length) pending.push({ symbol: childSymbol, childElements: grandChildren, depth: depth + 1 });
    }
  }
  return top;
}

/** The text on one line (whitespace runs as one space), at most 60 characters; only the start is read. */
function truncate(text: string): string {
  let oneLine = '';
  let inSpace = false;
  for (let i = 0; i < text.length && oneLine.length <= 60; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      inSpace = true;
      continue;
    }
    if (inSpace) oneLine += ' ';
    inSpace = false;
    oneLine += c;
  }
  if (inSpace && oneLine.length <= 60) oneLine += ' ';
  return oneLine.length > 60 ? oneLine.slice(0, 57) + '…' : oneLine;
}

/**
 * Folding ranges returned at most. VS Code shows 5,000 (editor.foldingMaximumRegions) and asks for no more
 * (rangeLimit); a generated document with 600,000 multi-line elements must not build them all.
 */
export const MAX_FOLDING_RANGES = 20_000;

/** Offset ranges of elements and comments that span more than one line, in document order. */
export function foldingRanges(analysis: Analysis): { start: number; end: number; kind?: 'comment' }[] {
  const ranges: { start: number; end: number; kind?: 'comment' }[] = [];
  const text = analysis.text;
  // Offsets of every line break, so that "does this element span lines" is a binary search, not a scan of the
  // rest of the text (quadratic on a long single-line document).
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const spansLines = (start: number, end: number) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid] < start) low = mid + 1;
      else high = mid;
    }
    return low < breaks.length && breaks[low] < end;
  };
  for (const unit of analysis.units) {
    if (unit.eap?.host) continue;
    const map = (o: number) => unit.map.toOriginal(o);
    // Depth-first with an explicit stack (documents can nest deeper than the call stack allows), each element
    // before its children, children in document order: the ranges come out sorted by start, and the limit keeps
    // the first ones, as editors do.
    const stack: { element: XmlElement; next: number }[] = [{ element: unit.root, next: -1 }];
    while (stack.length) {
      if (ranges.length >= MAX_FOLDING_RANGES) return ranges;
      const frame = stack[stack.length - 1];
      const element = frame.element;
      if (frame.next === -1) {
        frame.next = 0;
        const start = map(element.start);
        const end = element.closeTag ? map(element.closeTag.start) : map(element.end);
        if (spansLines(start, end)) ranges.push({ start, end });
        continue;
      }
      if (frame.next < element.children.length) {
        const child = element.children[frame.next++];
        if (child instanceof XmlElement) stack.push({ element: child, next: -1 });
        else if (child.kind === 'comment') ranges.push({ start: map(child.start), end: map(child.end), kind: 'comment' });
        continue;
      }
      stack.pop();
    }
  }
  return ranges;
}
