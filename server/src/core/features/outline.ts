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

function symbolFor(unit: AnalysisUnit, element: XmlElement): OutlineSymbol {
  const map = (r: TextRange): TextRange => ({ start: unit.map.toOriginal(r.start), end: unit.map.toOriginal(r.end) });
  const childElements = element.elements();
  const leafValue = childElements.length === 0 ? element.text.trimmed : undefined;
  const detail = DETAILS[element.localName]?.(element) ?? (leafValue ? truncate(leafValue) : undefined);
  return {
    name: element.localName,
    detail,
    kind: KINDS[element.localName] ?? (childElements.length ? 'container' : 'setting'),
    range: map({ start: element.start, end: element.end }),
    selectionRange: map(element.nameRange),
    children: childElements.map((c) => symbolFor(unit, c)),
  };
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? oneLine.slice(0, 57) + '…' : oneLine;
}

/** Offset ranges of elements and comments that span more than one line. */
export function foldingRanges(analysis: Analysis): { start: number; end: number; kind?: 'comment' }[] {
  const ranges: { start: number; end: number; kind?: 'comment' }[] = [];
  const text = analysis.text;
  for (const unit of analysis.units) {
    if (unit.eap?.host) continue;
    const map = (o: number) => unit.map.toOriginal(o);
    const visit = (element: XmlElement) => {
      for (const child of element.children) {
        if (child instanceof XmlElement) visit(child);
        else if (child.kind === 'comment') ranges.push({ start: map(child.start), end: map(child.end), kind: 'comment' });
      }
      const start = map(element.start);
      const end = element.closeTag ? map(element.closeTag.start) : map(element.end);
      if (text.indexOf('\n', start) !== -1 && text.indexOf('\n', start) < end) ranges.push({ start, end });
    };
    visit(unit.root);
  }
  return ranges;
}
