// The `aovpn.*` settings as the server uses them, with defaults for clients that send none.
import type { RuleSeveritySetting } from './core/rules/rule';
import { DEFAULT_MAX_ANALYSIS_SIZE } from './core/analysis';

export interface ServerSettings {
  readonly enable: boolean;
  readonly rules: Readonly<Record<string, RuleSeveritySetting>>;
  readonly maxAnalysisSize: number;
  readonly validationDelay: number;
  readonly codes: { readonly inlayHints: boolean };
  readonly logs: { readonly rejectSummary: boolean };
  readonly certificates: { readonly expiryWarningDays: number; readonly inlayHints: boolean };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  rules: {},
  maxAnalysisSize: DEFAULT_MAX_ANALYSIS_SIZE,
  validationDelay: 150,
  codes: { inlayHints: false },
  logs: { rejectSummary: true },
  certificates: { expiryWarningDays: 30, inlayHints: true },
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Merges whatever the client sent (possibly null, partial or mistyped) over the defaults. */
export function normalizeSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleSeveritySetting> = { ...base.rules };
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as RuleSeveritySetting;
    }
  }
  const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
  const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const sub = (key: string) => (r[key] && typeof r[key] === 'object' ? (r[key] as Record<string, unknown>) : {});
  return {
    enable: bool(r.enable, base.enable),
    rules,
    maxAnalysisSize: num(r.maxAnalysisSize, base.maxAnalysisSize),
    validationDelay: num(r.validationDelay, base.validationDelay),
    codes: { inlayHints: bool(sub('codes').inlayHints, base.codes.inlayHints) },
    logs: { rejectSummary: bool(sub('logs').rejectSummary, base.logs.rejectSummary) },
    certificates: {
      expiryWarningDays: num(sub('certificates').expiryWarningDays, base.certificates.expiryWarningDays),
      inlayHints: bool(sub('certificates').inlayHints, base.certificates.inlayHints),
    },
  };
}
