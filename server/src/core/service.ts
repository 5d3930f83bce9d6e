// The one front door of the core, in the manner of vscode-json-languageservice's getLanguageService(): created
// once with what the workspace knows, it answers every question the editor and the CLI ask about a document.
// Offsets in, offsets out; the server turns them into LSP positions (convert.ts), the CLI into lines.
//
// Results are cached per document version and settings, and for what depends on the workspace, per workspace
// revision. Each request computes what it needs through the same cache: no answer depends on which request came
// first.
import { analyzeDocument, type Analysis } from './analysis';
import { inspectCertificateFile, pemHoverAt, type CertificateFileReport, type RoleChoice } from './certificates';
import { codeHoverAt, codeInlayHints, explainMarkdown, rejectSummaries } from './codes';
import type { CodeMarkdownOptions } from './codes/markdown';
import { compareProfiles, comparisonMarkdown } from './deploy/diff';
import { exportProfile, type ExportOptions, type ExportResult } from './deploy/export';
import { languageOfFile } from './documents/powershell';
import { documentationActions, fixAll, quickFixes, type DocumentationAction, type QuickFix } from './features/codeActions';
import { completeAt, type CompletionEntry } from './features/completion';
import { hoverAt, type HoverResult } from './features/hover';
import { documentSymbols, foldingRanges, type OutlineSymbol } from './features/outline';
import { thumbprintCompletionsAt } from './features/thumbprintCompletion';
import { ekuDefinitionAt, thumbprintDefinitionAt, type DefinitionLink } from './features/definition';
import { DocumentCache, type ServiceDocument } from './documentState';
import { formatDocument, type FormatOptions, type FormatResult } from './features/format';
import { logOutline } from './features/logOutline';
import { suppressionQuickFixes } from './features/suppressionActions';
import { autoCloseTagAt, linkedEditingRangesAt, tagHighlightsAt } from './features/tags';
import { profileTemplates, profileTemplateText, type ProfileTemplateId } from './profile/templates';
import type { DocumentSettings } from './settings';
import type { Finding, TextEdit, TextRange } from './types';
import { WorkspaceKnowledge } from './workspace';

export type { ServiceDocument } from './documentState';

export interface InlayHintEntry {
  /** Where the hint goes (document offset). */
  readonly offset: number;
  readonly label: string;
  /** Plain text. */
  readonly tooltip?: string;
  /** A Markdown tooltip (a certificate's summary). */
  readonly markdownTooltip?: string;
  /** `type`: the meaning of a code, shown like a type annotation. */
  readonly kind?: 'type';
}

export interface FoldingRangeEntry {
  readonly start: number;
  readonly end: number;
  readonly kind?: 'comment';
}

/** The other side of "Compare Profile With…". */
export interface ComparedText {
  readonly text: string;
  /** The file name, for the report and to read a `.ps1` as a script. */
  readonly name: string;
  readonly languageId?: string;
}

export interface ProfileComparisonSummary {
  /** False when there was nothing to compare. */
  readonly ok: boolean;
  readonly equivalent: boolean;
  readonly differences: number;
  /** The report, Markdown with document text in code spans. */
  readonly markdown: string;
}

/** A certificate file to inspect: its bytes, or why they could not be read. */
export interface CertificateFileInput {
  readonly name?: string;
  readonly bytes: Uint8Array;
  /** A sentence saying why the file could not be read (then `bytes` is empty). */
  readonly readError?: string;
}

export interface LanguageService {
  /** The document's analysis: what it is, its XML trees and models, its own findings. */
  analysis(document: ServiceDocument, settings: DocumentSettings): Analysis;
  /** Every finding, as the editor shows them: the analysis's and the workspace certificates' (thumbprints, server names, PEM blocks). */
  findings(document: ServiceDocument, settings: DocumentSettings): readonly Finding[];
  hover(document: ServiceDocument, offset: number, settings: DocumentSettings): HoverResult | undefined;
  completion(document: ServiceDocument, offset: number, settings: DocumentSettings): CompletionEntry[];
  /** Every fix offered by the findings that touch `range`. */
  quickFixes(document: ServiceDocument, range: TextRange, settings: DocumentSettings): QuickFix[];
  /** "Show documentation for RULE", once per rule with findings that touch `range` (the client opens the rule's page). */
  documentationActions(document: ServiceDocument, range: TextRange, settings: DocumentSettings): DocumentationAction[];
  /** The safe fixes of the whole document as one set of non-overlapping edits. */
  fixAll(document: ServiceDocument, settings: DocumentSettings): TextEdit[];
  inlayHints(document: ServiceDocument, range: TextRange, settings: DocumentSettings): InlayHintEntry[];
  documentSymbols(document: ServiceDocument, settings: DocumentSettings): OutlineSymbol[];
  foldingRanges(document: ServiceDocument, settings: DocumentSettings): FoldingRangeEntry[];
  /** Markdown explaining an error code, reason code or event ID (`853`, `0x800B0101`, `reason:258`). */
  explain(query: string, options?: CodeMarkdownOptions): string;
  /** New Profile…: each ProfileXML template as the document it opens (placeholders at their defaults). */
  profileTemplates(): { readonly id: ProfileTemplateId; readonly label: string; readonly detail: string; readonly text: string }[];
  /** A certificate file decoded and judged, with the workspace's certificates and names as context. */
  inspectCertificate(file: CertificateFileInput, role: RoleChoice | undefined, settings: DocumentSettings): CertificateFileReport;
  /** The document's profile in a deployment form, or why not (`fallbackName` defaults to the document's file name). */
  exportProfile(document: ServiceDocument, options: ExportOptions, settings: DocumentSettings): ExportResult;
  compareProfile(document: ServiceDocument, other: ComparedText, settings: DocumentSettings): ProfileComparisonSummary;
  /** Format Document (no range) and Format Selection: indentation edits, or why the document is not formatted. */
  format(document: ServiceDocument, options: FormatOptions, range: TextRange | undefined, settings: DocumentSettings): FormatResult;
  /** The start- and end-tag names to edit together, when the offset is on a matched pair's name. */
  linkedEditingRanges(document: ServiceDocument, offset: number, settings: DocumentSettings): TextRange[] | undefined;
  /** The names of the tag pair under the offset. */
  documentHighlights(document: ServiceDocument, offset: number, settings: DocumentSettings): TextRange[];
  /** The end tag to insert after a `>` just typed before `offset` (`</Name>`), or undefined. */
  autoCloseTag(document: ServiceDocument, offset: number): string | undefined;
  /** Definitions in the same document (EKU names) and workspace files holding the certificate of a thumbprint. */
  definition(
    document: ServiceDocument,
    offset: number,
    settings: DocumentSettings,
  ): { readonly links: readonly DefinitionLink[]; readonly files?: { readonly origin: TextRange; readonly uris: readonly string[] } };
  /** Forgets what is cached for a document (closed, or done with). */
  forget(uri: string): void;
}

export interface LanguageServiceOptions {
  /** The workspace's certificates and profile names; empty when not given. */
  readonly workspace?: WorkspaceKnowledge;
  /** The clock certificates are judged by (default: the current time). */
  readonly now?: () => Date;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const workspace = options.workspace ?? new WorkspaceKnowledge();
  const now = options.now ?? (() => new Date());
  const cache = new DocumentCache(workspace, now);

  return {
    analysis: (document, settings) => cache.get(document, settings).analysis,
    findings: (document, settings) => cache.get(document, settings).findings,

    hover(document, offset, settings) {
      const state = cache.get(document, settings);
      const describeThumbprint = () => state.thumbprints.find((t) => offset >= t.reference.range.start && offset <= t.reference.range.end)?.hover;
      // Catalogue hovers for profiles and EAP XML; PEM blocks; error codes, reason codes and log fields anywhere.
      return (
        hoverAt(state.analysis, offset, { describeThumbprint }) ??
        (state.hasPem ? pemHoverAt(state.text, offset, { ...certificateOptions(settings), context: state.roleContext, known: workspace.certificates.all() }) : undefined) ??
        codeHoverAt(state.text, offset, { explainLinks: settings.codes.explainLinks })
      );
    },

    completion(document, offset, settings) {
      const analysis = cache.get(document, settings).analysis;
      return [...completeAt(analysis, offset, { xml: document.languageId === 'xml' }), ...thumbprintCompletionsAt(analysis, offset, workspace.certificates, now())];
    },

    quickFixes(document, range, settings) {
      const state = cache.get(document, settings);
      // The rules' own fixes, then "Disable RULE for this line / file" (suggestions, never in fix-all).
      return [...quickFixes(state.findings, range), ...suppressionQuickFixes(state.analysis, state.findings, range)];
    },
    documentationActions: (document, range, settings) => documentationActions(cache.get(document, settings).findings, range),
    fixAll(document, settings) {
      const state = cache.get(document, settings);
      // Round after round until no safe fix is left, so that fixing on save twice changes nothing the second time;
      // a round that would add an error is narrowed to the fixes that do not.
      return fixAll(state.text, state.analysis.findings, (text) => state.reanalyse(text).findings).edits;
    },

    inlayHints(document, range, settings) {
      const state = cache.get(document, settings);
      const hints: InlayHintEntry[] = [];
      if (settings.certificates.inlayHints) {
        for (const resolved of state.thumbprints) {
          const end = resolved.reference.range.end;
          if (resolved.inlayLabel && end >= range.start && end <= range.end) hints.push({ offset: end, label: resolved.inlayLabel, markdownTooltip: resolved.hover });
        }
      }
      if (settings.codes.inlayHints) {
        for (const hint of codeInlayHints(state.text, range)) hints.push({ offset: hint.offset, label: hint.label, tooltip: hint.tooltip, kind: 'type' });
      }
      if (settings.logs.rejectSummary) {
        for (const summary of rejectSummaries(state.text, range)) hints.push({ offset: summary.range.end, label: summary.label, tooltip: summary.tooltip });
      }
      return hints;
    },

    documentSymbols(document, settings) {
      const analysis = cache.get(document, settings).analysis;
      if (analysis.units.length) return documentSymbols(analysis);
      // Logs: one symbol per event or failed request.
      return logOutline(analysis).map((symbol) => ({ ...symbol, kind: 'event' as const, children: [] }));
    },
    foldingRanges: (document, settings) => foldingRanges(cache.get(document, settings).analysis),
    explain: (query, markdownOptions) => explainMarkdown(query, markdownOptions),
    profileTemplates: () => profileTemplates.map((t) => ({ id: t.id, label: t.label, detail: t.detail, text: profileTemplateText(t) })),

    inspectCertificate(file, role, settings) {
      const report = inspectCertificateFile(file.bytes, {
        ...certificateOptions(settings),
        fileName: file.name,
        role,
        context: workspace.roleContext(),
        known: workspace.certificates.all(),
      });
      return file.readError ? { ...report, error: file.readError } : report;
    },

    exportProfile(document, exportOptions, settings) {
      const fallbackName = exportOptions.fallbackName ?? fileNameOf(document.uri).replace(/\.[^.]*$/, '');
      return exportProfile(cache.get(document, settings).analysis, { ...exportOptions, fallbackName });
    },

    compareProfile(document, other, settings) {
      const left = cache.get(document, settings).analysis;
      const language = other.languageId === 'powershell' ? 'powershell' : languageOfFile(other.name);
      const right = analyzeDocument(other.text, { rules: settings.rules, maxAnalysisSize: settings.maxAnalysisSize, language });
      const result = compareProfiles(left, right);
      return {
        ok: result.ok,
        equivalent: result.ok && result.equivalent,
        differences: result.ok ? result.differences.length : 0,
        markdown: comparisonMarkdown(result, fileNameOf(document.uri), other.name.split(/[\\/]/).pop() ?? other.name),
      };
    },

    format: (document, formatOptions, range, settings) => formatDocument(cache.get(document, settings).analysis, formatOptions, range),
    linkedEditingRanges: (document, offset, settings) => linkedEditingRangesAt(cache.get(document, settings).analysis, offset),
    documentHighlights: (document, offset, settings) => tagHighlightsAt(cache.get(document, settings).analysis, offset),
    autoCloseTag: (document, offset) => autoCloseTagAt(document.getText(), offset),

    definition(document, offset, settings) {
      const state = cache.get(document, settings);
      const links = ekuDefinitionAt(state.analysis, offset);
      return links.length ? { links } : { links, files: thumbprintDefinitionAt(state.thumbprints, offset) };
    },

    forget: (uri) => cache.forget(uri),
  };

  function certificateOptions(settings: DocumentSettings) {
    return { now: now(), expiryWarningDays: settings.certificates.expiryWarningDays, rules: settings.rules };
  }
}

/** The last path segment of a URI, decoded when it can be. */
function fileNameOf(uri: string): string {
  const last = uri.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
