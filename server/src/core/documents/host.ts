// What the analysis needs to know about the text an embedded profile sits in (a PowerShell script): which
// document ranges hold values only known when the script runs, and how inserted text must be written there.
//
// Design: the host marks placeholder ranges in document offsets and the analysis drops, after the fact, every
// finding that touches one. The value validators, the catalogue checks and the rules stay unaware of PowerShell;
// the price is that a check cannot say "this part of the value is fine" around a placeholder, which is the
// conservative answer anyway (precision beats recall).
import type { ElementSpec } from '../catalogue/types';
import type { Report } from '../rules/rule';
import type { TextRange } from '../types';
import type { XmlElement } from '../xml/model';
import { elementAt, walkElements } from '../xml/query';
import { toOriginalRange, type SourceMap } from './sourceMap';

export interface EmbeddingHost {
  /** Document ranges, sorted by start, whose value is computed when the script runs (`$name`, `$(…)`, escapes). */
  readonly placeholders: readonly TextRange[];
  /**
   * `text` written so that the host reads it back as `text` when it replaces `range` (document offsets), or
   * undefined when it cannot be written there (the range crosses the host's own syntax or a placeholder).
   */
  encode(range: TextRange, text: string): string | undefined;
}

/** Whether `range` overlaps a placeholder; an empty range touches one it lies in or next to. */
export function touchesPlaceholder(host: EmbeddingHost, range: TextRange): boolean {
  const list = host.placeholders;
  // The first placeholder that ends at or after range.start.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].end < range.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < list.length && list[i].start <= range.end; i++) {
    const p = list[i];
    if (range.start === range.end ? range.start >= p.start && range.start <= p.end : range.start < p.end && p.start < range.end) return true;
  }
  return false;
}

/**
 * The report as it can stand in the host document, or undefined when it is about something the script computes:
 * its range or a related range touches a placeholder, or the element it points at holds one (see anchorSpans).
 */
export function reportOnHost(host: EmbeddingHost, root: XmlElement | undefined, map: SourceMap, report: Report): Report | undefined {
  const toDocument = (r: TextRange): TextRange => toOriginalRange(map, r);
  if (touchesPlaceholder(host, toDocument(report.range))) return undefined;
  if (report.related?.some((r) => touchesPlaceholder(host, toDocument(r.range)))) return undefined;
  const anchor = root ? elementAt([root], report.range.start) : undefined;
  if (anchor && anchorSpans(anchor).some((span) => touchesPlaceholder(host, toDocument(span)))) return undefined;
  // Fixes are written in the host's quoting where they are placed (analysis.ts, placeEdit).
  return report;
}

/**
 * What a finding pointing at `element` may depend on: the whole element, since rules read child values to judge
 * their parent (`<Sso><Enabled>$SsoOn</Enabled>` must not make `<DeviceCompliance>` "without single sign-on").
 * Inside EAP, the whole EapHostConfig. For the profile root only its own tag and text: a placeholder anywhere in
 * the profile must not silence every profile-wide finding.
 */
function anchorSpans(element: XmlElement): TextRange[] {
  // An EAP configuration is one block whose parts refer to each other (EKU names, server names, methods).
  for (let e: XmlElement | undefined = element; e; e = e.parent) if (e.localName === 'EapHostConfig') return [{ start: e.start, end: e.end }];
  if (element.parent) return [{ start: element.start, end: element.end }];
  const spans: TextRange[] = [{ start: element.start, end: element.startTagEnd < 0 ? element.end : element.startTagEnd }];
  for (const child of element.children) if (child.kind === 'text' || child.kind === 'cdata') spans.push({ start: child.start, end: child.end });
  if (element.closeTag) spans.push({ start: element.closeTag.start, end: element.closeTag.end });
  return spans;
}

/**
 * Whether a boolean or enum element (a switch such as `DeviceTunnel`, `LockDown` or `NativeProtocolType`) holds a
 * placeholder. Rules judge the whole profile by these switches (a device tunnel needs no routing policy, a
 * LockDown profile is force tunnelled), so none of their findings can be trusted then.
 */
export function hasUnknownSwitch(host: EmbeddingHost, root: XmlElement, map: SourceMap, specOf: (element: XmlElement) => ElementSpec | undefined): boolean {
  if (!host.placeholders.length) return false;
  for (const element of walkElements(root)) {
    const kind = specOf(element)?.value?.kind;
    if ((kind === 'boolean' || kind === 'enum') && !element.hasChildElements) {
      if (touchesPlaceholder(host, toOriginalRange(map, { start: element.contentStart, end: element.contentEnd }))) return true;
    }
  }
  return false;
}
