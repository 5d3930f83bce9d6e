// The settings that change what the core reports for a document (the `aovpn.*` settings less the server's own:
// `enable`, `validationDelay`). The server reads them per resource; the CLI builds them from its options.
import { DEFAULT_MAX_ANALYSIS_SIZE } from './analysis';
import { DEFAULT_EXPIRY_WARNING_DAYS } from './certificates/validity';
import type { RuleSettings } from './rules/rule';

export interface DocumentSettings {
  /** Severity per rule ID or `family/*`, or `off`. */
  readonly rules: RuleSettings;
  /** Documents longer than this (characters) are only checked for well-formedness. */
  readonly maxAnalysisSize: number;
  /** `explainLinks`: the editor runs "Explain Error Code…" from Markdown links (core/codes/markdown.ts). */
  readonly codes: { readonly inlayHints: boolean; readonly explainLinks?: boolean };
  readonly logs: { readonly rejectSummary: boolean };
  readonly certificates: { readonly expiryWarningDays: number; readonly inlayHints: boolean };
  /** False: suppression comments (`<!-- aovpn-disable… -->`) are ignored (`aovpn check --no-inline-config`). */
  readonly inlineConfig?: boolean;
}

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  rules: {},
  maxAnalysisSize: DEFAULT_MAX_ANALYSIS_SIZE,
  codes: { inlayHints: false },
  logs: { rejectSummary: true },
  certificates: { expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS, inlayHints: true },
};
