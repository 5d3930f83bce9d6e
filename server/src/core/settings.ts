// The settings that change what the core reports for a document (the `aovpn.*` settings less the server's own:
// `enable`, `validationDelay`). The server reads them per resource; the CLI builds them from its options.
import { DEFAULT_MAX_ANALYSIS_SIZE } from './analysis';
import { DEFAULT_EXPIRY_WARNING_DAYS } from './certificates/validity';
import type { SourceEncoding } from './characters/source';
import type { RuleSettings } from './rules/rule';
import type { WindowsVersion } from './windows/versions';

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
  /** The oldest Windows the profiles must apply on (`aovpn.targetWindows`, `--target-windows`); none: no version warnings. */
  readonly targetWindows?: WindowsVersion;
  /** How the file's bytes were decoded, when the caller read them (the CLI); an editor has text only. */
  readonly source?: SourceEncoding;
}

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  rules: {},
  maxAnalysisSize: DEFAULT_MAX_ANALYSIS_SIZE,
  codes: { inlayHints: false },
  logs: { rejectSummary: true },
  certificates: { expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS, inlayHints: true },
};
