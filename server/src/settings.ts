// The `aovpn.*` settings as the server uses them, with defaults for clients that send none.
import type { RuleSeveritySetting } from './core/rules/rule';
import { invalidCharacterRule } from './core/characters/rules/invalid-character';
import { XML_RULES } from './core/rules/xmlRules';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from './core/settings';
import { parseWindowsTarget, type WindowsVersion } from './core/windows/versions';

/** What the core reads (DocumentSettings) and what only the server does: whether to analyse, and when. */
export interface ServerSettings extends DocumentSettings {
  readonly enable: boolean;
  readonly validationDelay: number;
  /** `aovpn.xml.wellFormedness`: our `xml/` findings on, off, or off while another XML validator runs (auto). */
  readonly xmlWellFormedness: XmlWellFormedness;
  /** `aovpn.rules` as the user wrote it (`rules` adds what other settings imply). */
  readonly userRules: Readonly<Record<string, RuleSeveritySetting>>;
  /** Why `aovpn.targetWindows` could not be read (it is then ignored), for the server log. */
  readonly targetWindowsProblem?: string;
}

export type XmlWellFormedness = 'auto' | 'on' | 'off';

/** What the client knows about the editor around it. */
export interface ClientEnvironment {
  /** Red Hat's XML extension is installed and enabled: it reports well-formedness on the same files. */
  readonly otherXmlValidator?: boolean;
  /** The editor runs the "Explain Error Code…" command from Markdown links (the VS Code client). */
  readonly explainLinks?: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { ...DEFAULT_DOCUMENT_SETTINGS, enable: true, validationDelay: 150, xmlWellFormedness: 'auto', userRules: {} };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Merges whatever the client sent (possibly null, partial or mistyped) over the defaults. */
export function normalizeSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS, environment: ClientEnvironment = {}): ServerSettings {
  if (!raw || typeof raw !== 'object') return withImpliedRules(base, environment);
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleSeveritySetting> = { ...base.userRules };
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as RuleSeveritySetting;
    }
  }
  const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
  const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const sub = (key: string) => (r[key] && typeof r[key] === 'object' ? (r[key] as Record<string, unknown>) : {});
  const wellFormedness = sub('xml').wellFormedness;
  const target = targetWindows(r.targetWindows, base);
  return withImpliedRules(
    {
      enable: bool(r.enable, base.enable),
      rules,
      userRules: rules,
      xmlWellFormedness: wellFormedness === 'auto' || wellFormedness === 'on' || wellFormedness === 'off' ? wellFormedness : base.xmlWellFormedness,
      maxAnalysisSize: num(r.maxAnalysisSize, base.maxAnalysisSize),
      validationDelay: num(r.validationDelay, base.validationDelay),
      codes: { inlayHints: bool(sub('codes').inlayHints, base.codes.inlayHints) },
      logs: { rejectSummary: bool(sub('logs').rejectSummary, base.logs.rejectSummary) },
      certificates: {
        expiryWarningDays: num(sub('certificates').expiryWarningDays, base.certificates.expiryWarningDays),
        inlayHints: bool(sub('certificates').inlayHints, base.certificates.inlayHints),
      },
      ...target,
    },
    environment,
  );
}

/** `aovpn.targetWindows`: empty or absent is no target; a text that is no Windows version is ignored, with the reason. */
function targetWindows(raw: unknown, base: ServerSettings): { targetWindows?: WindowsVersion; targetWindowsProblem?: string } {
  if (raw === undefined) return base.targetWindows ? { targetWindows: base.targetWindows } : {};
  if (typeof raw !== 'string' || raw.trim() === '') return {};
  const parsed = parseWindowsTarget(raw);
  return parsed.ok ? { targetWindows: parsed.version } : { targetWindowsProblem: `aovpn.targetWindows is ignored: ${parsed.message}` };
}

/**
 * The well-formedness rules another XML validator reports too: the parser's and the forbidden characters. The other
 * character checks (invisible characters, U+FFFD, the declared encoding) are not well-formedness: they stay on.
 */
const WELL_FORMEDNESS_RULES: readonly string[] = [...Object.keys(XML_RULES), invalidCharacterRule.id];

/**
 * What the editor around implies: code Markdown with command links where the client runs them; and the rules the
 * user's other settings imply: with `aovpn.xml.wellFormedness` off (or auto while Red Hat XML runs), the
 * well-formedness rules of the `xml/` family are off unless the user gave `xml/*` a severity. Rules named one by one
 * still win.
 */
function withImpliedRules(settings: ServerSettings, environment: ClientEnvironment): ServerSettings {
  const codes = { ...settings.codes, explainLinks: environment.explainLinks === true };
  const off = settings.xmlWellFormedness === 'off' || (settings.xmlWellFormedness === 'auto' && environment.otherXmlValidator === true);
  if (!off || settings.userRules['xml/*'] !== undefined) return { ...settings, rules: settings.userRules, codes };
  const rules: Record<string, RuleSeveritySetting> = {};
  for (const id of WELL_FORMEDNESS_RULES) rules[id] = 'off';
  return { ...settings, rules: { ...rules, ...settings.userRules }, codes };
}
