// The `aovpn.*` settings as the server uses them, with defaults for clients that send none.
import type { RuleSeveritySetting } from './core/rules/rule';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from './core/settings';

/** What the core reads (DocumentSettings) and what only the server does: whether to analyse, and when. */
export interface ServerSettings extends DocumentSettings {
  readonly enable: boolean;
  readonly validationDelay: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { ...DEFAULT_DOCUMENT_SETTINGS, enable: true, validationDelay: 150 };

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
