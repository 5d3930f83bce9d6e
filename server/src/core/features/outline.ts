// Document symbols (outline) and folding ranges.
import type { Analysis, AnalysisUnit } from '../analysis';
import type { TextRange } from '../types';
import { XmlElement } from '../xml/model';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'profile' | 'eap' | 'container' | 'setting' | 'route' | 'rule';
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
    return type ? `EAP type ${type}${EAP_NAMES[type] ? ` (${EAP_NAMES[type]})` : ''}` : undefined;
  },
  Eap: (e) => {
    const type = e.child('Type')?.text.trimmed;
    return type ? `type ${type}${EAP_NAMES[type] ? ` (${EAP_NAMES[type]})` : ''}` : undefined;
  },
};

const EAP_NAMES: Record<string, string> = { '13': 'EAP-TLS', '25': 'PEAP', '26': 'EAP-MSCHAPv2' };
const KINDS: Record<string, OutlineSymbol['kind']> = { VPNProfile: 'profile', EapHostConfig: 'eap', Route: 'route', TrafficFilter: 'rule', DomainNameInformation: 'rule', AppTrigger: 'rule' };

export function documentSymbols(analysis: Analysis): OutlineSymbol[] {
  // EAP units inside a profile are part of the profile's tree already.
  return analysis.units.filter((u) => u.kind === 'profile' || !u.eap?.host).map((u) => symbolFor(u, u.root));
}

/**
 * Elements nested deeper than this are left out of the outline: real profiles are about 15 levels deep, and a
 * pathological document 50,000 levels deep must not overflow the stack here or in the JSON sent to the editor.
 */
export const MAX_OUTLINE_DEPTH = 64;

function symbolFor(unit: AnalysisUnit, root: XmlElement): OutlineSymbol {
  const map = (r: TextRange): TextRange => ({ start: unit.map.toOriginal(r.start), end: unit.map.toOriginal(r.end) });
  const make = (element: XmlElement, childElements: XmlElement[]): OutlineSymbol => {
    const leafValue = childElements.length === 0 ? element.text.trimmed : undefined;
    return {
      name: element.localName,
      detail: DETAILS[element.localName]?.(element) ?? (leafValue ? truncate(leafValue) : undefined),
      kind: KINDS[element.localName] ?? (childElements.length ? 'container' : 'setting'),
      range: map({ start: element.start, end: element.end }),
      selectionRange: map(element.nameRange),
      children: [],
    };
  };
  // Iterative, parents before children, children in document order.
  const rootChildren = root.elements();
  const top = make(root, rootChildren);
  const pending: { symbol: OutlineSymbol; childElements: XmlElement[]; depth: number }[] = [{ symbol: top, childElements: rootChildren, depth: 1 }];
  while (pending.length) {
    const { symbol, childElements, depth } = pending.pop()!;
    if (depth >= MAX_OUTLINE_DEPTH) continue;
    for (const child of childElements) {
      const grandChildren = child.elements();
      const childSymbol = make(child, grandChildren);
      symbol.children.push(childSymbol);
      pending.push({ symbol: childSymbol, childElements: grandChildren, depth: depth + 1 });
    }
  }
  return top;
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? oneLine.slice(0, 57) + '…' : oneLine;
}

/** Offset ranges of elements and comments that span more than one line. */
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
    // Depth-first with an explicit stack (documents can nest deeper than the call stack allows): each element's
    // children in document order, then the element itself.
    const stack: { element: XmlElement; next: number }[] = [{ element: unit.root, next: 0 }];
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const element = frame.element;
      if (frame.next < element.children.length) {
        const child = element.children[frame.next++];
        if (child instanceof XmlElement) stack.push({ element: child, next: 0 });
        else if (child.kind === 'comment') ranges.push({ start: map(child.start), end: map(child.end), kind: 'comment' });
        continue;
      }
      stack.pop();
      const start = map(element.start);
      const end = element.closeTag ? map(element.closeTag.start) : map(element.end);
      if (spansLines(start, end)) ranges.push({ start, end });
    }
  }
  return ranges;
}
