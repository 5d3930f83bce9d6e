// The one place where core offsets become LSP positions, and core findings become LSP diagnostics.
import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  FoldingRangeKind,
  InlayHintKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ExportResult } from './core/deploy/export';
import type { CompletionEntry } from './core/features/completion';
import type { HoverResult } from './core/features/hover';
import type { OutlineSymbol } from './core/features/outline';
import type { FoldingRangeEntry, InlayHintEntry } from './core/service';
import type { Finding, Severity, TextRange } from './core/types';
import { plainMessage } from './core/text/plainMessage';
import type { ExportProfileResult } from './protocol';

export function toRange(document: TextDocument, range: TextRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

export function toOffsetRange(document: TextDocument, range: Range): TextRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'aovpn',
    message: plainMessage(finding.message),
  };
  if (finding.docUrl) diagnostic.codeDescription = { href: finding.docUrl };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: document.uri, range: toRange(document, r.range) }, message: plainMessage(r.message) }));
  }
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function toTextEdits(document: TextDocument, edits: readonly { range: TextRange; newText: string }[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(document, e.range), newText: e.newText }));
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  element: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
  attribute: CompletionItemKind.Field,
  endTag: CompletionItemKind.Keyword,
  thumbprint: CompletionItemKind.Value,
};

export function toCompletionItem(document: TextDocument, entry: CompletionEntry): CompletionItem {
  const range = toRange(document, entry.replace);
  const typed = document.getText(range);
  const item: CompletionItem = {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    sortText: entry.sortText,
    textEdit: { range, newText: entry.insertText },
    insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  // Snippets that replace the typed `<` must still match what the user typed.
  if (entry.filterText !== undefined) item.filterText = entry.filterText;
  else if (typed.startsWith('<')) item.filterText = '<' + entry.label;
  if (entry.documentation) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
  return item;
}

const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  profile: SymbolKind.Module,
  eap: SymbolKind.Package,
  container: SymbolKind.Object,
  setting: SymbolKind.Property,
  route: SymbolKind.Struct,
  rule: SymbolKind.Struct,
  event: SymbolKind.Event,
};

export function toDocumentSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: toRange(document, symbol.range),
    selectionRange: toRange(document, symbol.selectionRange),
    children: symbol.children.map((c) => toDocumentSymbol(document, c)),
  };
}

export function toHover(document: TextDocument, hover: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.range) };
}

export function toInlayHint(document: TextDocument, hint: InlayHintEntry): InlayHint {
  const tooltip = hint.markdownTooltip !== undefined ? { kind: MarkupKind.Markdown, value: hint.markdownTooltip } : hint.tooltip;
  return {
    position: document.positionAt(hint.offset),
    label: hint.label,
    ...(tooltip !== undefined ? { tooltip } : {}),
    ...(hint.kind === 'type' ? { kind: InlayHintKind.Type } : {}),
    paddingLeft: true,
  };
}

/** Folding ranges by line, at most `limit` of them; a folded element keeps its end tag visible. */
export function toFoldingRanges(document: TextDocument, ranges: readonly FoldingRangeEntry[], limit: number): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const range of ranges) {
    if (out.length >= limit) break;
    const startLine = document.positionAt(range.start).line;
    let endLine = document.positionAt(range.end).line;
    if (range.kind !== 'comment') endLine -= 1;
    if (endLine > startLine) out.push({ startLine, endLine, kind: range.kind === 'comment' ? FoldingRangeKind.Comment : undefined });
  }
  return out;
}

/** An export as the client shows it: plain messages, and the blocking findings by line. */
export function toExportProfileResult(document: TextDocument, result: ExportResult): ExportProfileResult {
  if (!result.ok) {
    const errors = result.findings.map((f) => ({ line: document.positionAt(f.range.start).line + 1, message: plainMessage(f.message) }));
    return { ok: false, kind: result.kind, message: plainMessage(result.message), errors, name: result.name };
  }
  return { ok: true, name: result.name, scope: result.scope, omaUri: result.omaUri, dataType: result.dataType, value: result.value, text: result.text, notes: result.notes };
}
