// Completion of certificate thumbprints inside `TrustedRootCA` and `IssuerHash`: the workspace's CA certificates,
// in the spelling Windows writes.
import type { Analysis } from '../analysis';
import { thumbprintCompletions, type CertificateIndex, type ThumbprintElement } from '../certificates';
import { toOriginalRange } from '../documents/sourceMap';
import { elementAt } from '../xml/query';
import type { CompletionEntry } from './completion';
import { unitAt } from './units';

export function thumbprintCompletionsAt(analysis: Analysis, documentOffset: number, index: CertificateIndex, now: Date): CompletionEntry[] {
  if (index.size === 0) return [];
  const position = unitAt(analysis, documentOffset);
  if (!position) return [];
  const element = elementAt([position.unit.root], position.offset);
  if (!element || position.offset < element.contentStart || position.offset > element.contentEnd) return [];
  const kind: ThumbprintElement | undefined =
    element.localName === 'TrustedRootCA' ? 'TrustedRootCA' : element.localName === 'IssuerHash' ? (position.unit.kind === 'profile' ? 'SsoIssuerHash' : 'IssuerHash') : undefined;
  if (!kind) return [];
  const valueRange = element.text.trimmed ? element.text.range : { start: position.offset, end: position.offset };
  const replace = toOriginalRange(position.unit.map, valueRange);
  const typed = analysis.text.slice(replace.start, replace.end);
  return thumbprintCompletions(index, kind, { now }).map((candidate) => ({
    label: candidate.label,
    kind: 'thumbprint',
    detail: candidate.detail,
    documentation: candidate.documentation,
    sortText: candidate.sortText,
    filterText: typed || candidate.label,
    // TrustedRootCA in the spaced form Windows writes (`d2 d3 … c2 `, trailing space included); IssuerHash compact.
    insertText: kind === 'TrustedRootCA' ? candidate.insertText : candidate.insertText.replace(/ /g, ''),
    isSnippet: false,
    replace,
  }));
}
