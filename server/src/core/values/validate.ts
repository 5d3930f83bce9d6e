// Checks one element or attribute value against its ValueSpec. Positions are indices into the value string
// passed in, so callers can map them back to source offsets.
import type { EnumValue, StringFormat, ValueSpec } from '../catalogue/types';
import type { FixKind } from '../types';
import { codeSpan } from '../text/markdown';
import { closestMatch } from '../text/similarity';
import { compareIp, hasLeadingZeroOctet, maxPrefixLength, parseIp, type IpAddress } from './ip';
import { splitList, type ListItem } from './lists';
import { parseThumbprint, THUMBPRINT_INVISIBLE_CHARACTERS } from './thumbprint';

/** Every kind of value problem; a rule ID is `<area>/<kind>`, e.g. `profile/invalid-boolean`. */
export type ValueProblemKind =
  | 'invalid-boolean'
  | 'boolean-case'
  | 'lowercase-true-required'
  | 'invalid-enum-value'
  | 'enum-case'
  | 'invalid-integer'
  | 'integer-out-of-range'
  | 'empty-value'
  | 'invalid-dns-name'
  | 'invalid-ip-address'
  | 'invalid-port-range'
  | 'invalid-address-range'
  | 'list-spacing'
  | 'list-separator'
  | 'empty-list-item'
  | 'invalid-thumbprint'
  | 'thumbprint-format'
  | 'invalid-oid'
  | 'invalid-url'
  | 'invalid-host-port'
  | 'invalid-app-id'
  | 'invalid-sddl'
  | 'server-names-separator'
  | 'unexpected-content';

export interface ValueFix {
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly kind: FixKind;
}

export interface ValueProblem {
  readonly kind: ValueProblemKind;
  /** Index range in the validated string. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Where several values fit, one fix per candidate (suggestions); at most one safe fix. */
  readonly fixes?: readonly ValueFix[];
}

/** What the checks report: a problem with one fix or several. */
type ProblemInput = Omit<ValueProblem, 'fixes'> & { readonly fix?: ValueFix; readonly fixes?: readonly ValueFix[] };

export interface ValueContext {
  /** How the value is named in messages, e.g. `<AlwaysOn>` or the attribute `Enabled`. */
  readonly label: string;
}

/**
 * Validates `value` (the raw text; leading/trailing whitespace is ignored) against `spec`.
 * Returns problems with indices into `value`.
 */
export function validateValue(value: string, spec: ValueSpec, context: ValueContext): readonly ValueProblem[] {
  const start = leadingSpace(value);
  const end = value.length - trailingSpace(value, start);
  const trimmed = value.slice(start, end);
  // Most values are valid and this runs for every leaf on every keystroke: no closure and no array per call, only
  // when a problem is found (state saved and restored, so that a check may validate another value inside).
  const outerProblems = problems;
  const outerShift = shift;
  problems = undefined;
  shift = start;
  try {
    checkValue(trimmed, spec, context);
    return problems ?? NO_PROBLEMS;
  } finally {
    problems = outerProblems;
    shift = outerShift;
  }
}

const NO_PROBLEMS: readonly ValueProblem[] = Object.freeze([]);

/** The problems of the value being validated, and where its trimmed text starts in the string passed in. */
let problems: ValueProblem[] | undefined;
let shift = 0;

function add(p: ProblemInput): void {
  const fixes = (p.fixes ?? (p.fix ? [p.fix] : [])).map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));
  (problems ??= []).push({ kind: p.kind, start: p.start + shift, end: p.end + shift, message: p.message, ...(fixes.length ? { fixes } : {}) });
}

function checkValue(trimmed: string, spec: ValueSpec, context: ValueContext): void {
  switch (spec.kind) {
    case 'any':
      break;
    case 'empty':
      if (trimmed) add({ kind: 'unexpected-content', start: 0, end: trimmed.length, message: `${context.label} must be empty.` });
      break;
    case 'boolean':
      checkBoolean(trimmed, spec.strictLowercaseTrue === true, context, add);
      break;
    case 'enum':
      checkEnum(trimmed, spec.values, spec.caseSensitive === true, context, add);
      break;
    case 'integer':
      checkInteger(trimmed, spec.min, spec.max, context, add);
      break;
    case 'string':
      if (!trimmed) {
        if (!spec.allowEmpty) add({ kind: 'empty-value', start: 0, end: 0, message: `${context.label} is empty: give it a value or remove it.` });
        break;
      }
      checkString(trimmed, spec.format, context, add);
      break;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}

function leadingSpace(value: string): number {
  let i = 0;
  while (i < value.length && isSpace(value.charCodeAt(i))) i++;
  return i;
}

function trailingSpace(value: string, floor: number): number {
  let i = value.length;
  while (i > floor && isSpace(value.charCodeAt(i - 1))) i--;
  return value.length - i;
}

type Add = (problem: ProblemInput) => void;

function checkBoolean(text: string, strictLowercaseTrue: boolean, context: ValueContext, add: Add): void {
  const lower = text.toLowerCase();
  if (strictLowercaseTrue && lower === 'true' && text !== 'true') {
    add({
      kind: 'lowercase-true-required',
      start: 0,
      end: text.length,
      message: `${context.label} must be exactly lowercase \`true\`: Microsoft documents that any other casing (${codeSpan(text)}) leaves the VPN profile only partly configured.`,
      fix: { title: 'Change to lowercase true', start: 0, end: text.length, replacement: 'true', kind: 'safe' },
    });
    return;
  }
  if (text === 'true' || text === 'false' || text === '1' || text === '0') return;
  if (lower === 'true' || lower === 'false') {
    add({
      kind: 'boolean-case',
      start: 0,
      end: text.length,
      message: `XML booleans are lowercase: write ${codeSpan(lower)} instead of ${codeSpan(text)} so that Windows reads ${context.label} reliably.`,
      fix: { title: `Change to ${lower}`, start: 0, end: text.length, replacement: lower, kind: 'safe' },
    });
    return;
  }
  const suggestion = suggestBoolean(lower);
  add({
    kind: 'invalid-boolean',
    start: 0,
    end: text.length,
    message: text ? `${context.label} takes \`true\` or \`false\`, not ${codeSpan(text)}.` : `${context.label} is empty: write \`true\` or \`false\`.`,
    // `yes` → `true`, `treu` → `true`: what was meant is a reading of the text, so a person confirms it.
    fix: suggestion ? { title: `Change to ${suggestion}`, start: 0, end: text.length, replacement: suggestion, kind: 'suggestion' } : undefined,
  });
}

function suggestBoolean(lower: string): string | undefined {
  if (['yes', 'on', 'enabled', 'enable', 'y', 't'].includes(lower)) return 'true';
  if (['no', 'off', 'disabled', 'disable', 'n', 'f'].includes(lower)) return 'false';
  const close = closestMatch(lower, ['true', 'false']);
  return close;
}

export function matchEnum(text: string, values: readonly EnumValue[]): EnumValue | undefined {
  const lower = text.toLowerCase();
  return values.find((v) => v.value.toLowerCase() === lower);
}

/**
 * The values a text not in the enum may have meant. With the catalogue's terms (cryptographic enums), those that
 * carry every word and number of the text (`AES` gives AES128 … AES_GCM_256 and never DES; `3DES` gives DES3); a
 * text with a word no value has gives none. Without terms, the one nearest spelling. Either way a weak value is
 * offered only when nothing stronger fits: a candidate is never weaker than what was written.
 */
export function enumCandidates(text: string, values: readonly EnumValue[]): EnumValue[] {
  // Values are short words; a long text is no misspelling of one (and would cost the word split below).
  if (!text.trim() || text.length > 64) return [];
  if (!values.some((v) => v.terms)) {
    const strong = values.filter((v) => !v.weak);
    const nearest =
      closestMatch(
        text,
        strong.map((v) => v.value),
      ) ??
      closestMatch(
        text,
        values.map((v) => v.value),
      );
    return values.filter((v) => v.value === nearest).slice(0, 1);
  }
  const tokens = termsOf(text.toLowerCase(), new Set(values.flatMap((v) => v.terms ?? []).filter((t) => !/^\d+$/.test(t))));
  if (!tokens?.length) return [];
  const fitting = values.filter((v) => v.terms && tokens.every((t) => v.terms!.includes(t)));
  const strong = fitting.filter((v) => !v.weak);
  return strong.length ? strong : fitting;
}

/**
 * A lowercase text as the terms it is made of: numbers, and words split into the vocabulary's words (`gcmaes128` is
 * `gcm`, `aes`, `128`). Undefined when a word is not made of vocabulary words.
 */
function termsOf(text: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  const terms: string[] = [];
  for (const [run] of text.matchAll(/[a-z]+|\d+/g)) {
    if (/^\d/.test(run)) {
      terms.push(String(Number(run)));
      continue;
    }
    const words = splitWords(run, vocabulary);
    if (!words) return undefined;
    terms.push(...words);
  }
  return terms;
}

/** `run` as a sequence of vocabulary words (the longest first), or undefined. */
function splitWords(run: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  if (!run) return [];
  for (let end = run.length; end > 0; end--) {
    const word = run.slice(0, end);
    if (!vocabulary.has(word)) continue;
    const rest = splitWords(run.slice(end), vocabulary);
    if (rest) return [word, ...rest];
  }
  return undefined;
}

function checkEnum(text: string, values: readonly EnumValue[], caseSensitive: boolean, context: ValueContext, add: Add): void {
  if (values.some((v) => v.value === text || v.spellings?.includes(text))) return;
  const match = matchEnum(text, values);
  if (match) {
    add({
      kind: caseSensitive ? 'invalid-enum-value' : 'enum-case',
      start: 0,
      end: text.length,
      message: caseSensitive
        ? `${context.label} is case-sensitive: write ${codeSpan(match.value)}.`
        : `Documented spelling is ${codeSpan(match.value)} (Windows compares these values without regard to case).`,
      // Only the letter case differs: one right spelling.
      fix: { title: `Change to ${match.value}`, start: 0, end: text.length, replacement: match.value, kind: 'safe' },
    });
    return;
  }
  const candidates = enumCandidates(text, values);
  const allowed = values.map((v) => codeSpan(v.value)).join(', ');
  const meant = candidates.length ? ` Did you mean ${candidates.map((v) => codeSpan(v.value)).join(candidates.length === 2 ? ' or ' : ', ')}?` : '';
  add({
    kind: 'invalid-enum-value',
    start: 0,
    end: text.length,
    message: text ? `${codeSpan(text)} is not a valid value for ${context.label}. Allowed: ${allowed}.${meant}` : `${context.label} is empty. Allowed: ${allowed}.`,
    // A value read from a misspelling is a guess, even when only one fits: each is a suggestion.
    fixes: candidates.map((v) => ({ title: `Change to ${v.value}`, start: 0, end: text.length, replacement: v.value, kind: 'suggestion' as const })),
  });
}

function checkInteger(text: string, min: number | undefined, max: number | undefined, context: ValueContext, add: Add): void {
  if (!/^[+-]?\d+$/.test(text)) {
    add({
      kind: 'invalid-integer',
      start: 0,
      end: text.length,
      message: text ? `${context.label} must be a whole number, not ${codeSpan(text)}.` : `${context.label} is empty: it needs a whole number.`,
    });
    return;
  }
  const n = Number(text);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const rangeText = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    add({ kind: 'integer-out-of-range', start: 0, end: text.length, message: `${context.label} must be ${rangeText}; ${codeSpan(text)} is out of range.` });
  }
}

// ---- strings ---------------------------------------------------------------------------------------

function checkString(text: string, format: StringFormat, context: ValueContext, add: Add): void {
  switch (format) {
    case 'text':
      return;
    case 'fqdn':
      return checkDnsName(text, 0, context, add, false);
    case 'dnsSuffix':
      return checkDnsName(text, 0, context, add, true);
    case 'nrptDomain':
      if (text === '.') return;
      return checkDnsName(text, 0, context, add, true);
    case 'dnsSuffixList':
      return checkList(text, ',', context, add, (item) => checkDnsName(item.text, item.start, context, add, true));
    case 'serverList':
      // `;` belongs to an entry here (`server;FriendlyName`), so only `,` separates.
      return checkList(text, ',', context, add, (item) => checkServerEntry(item, context, add), [',', ';']);
    case 'serverUrlList':
      return checkList(text, ';', context, add, (item) => checkHostOrUrl(item.text, item.start, context, add));
    case 'ipAddress':
      checkIp(text, 0, add);
      return;
    case 'ipAddressList':
      return checkList(text, ',', context, add, (item) => void checkIp(item.text, item.start, add));
    case 'routeAddress':
      checkIp(text, 0, add);
      return;
    case 'portRanges':
      return checkList(text, ',', context, add, (item) => checkPortRange(item, add));
    case 'addressRanges':
      return checkList(text, ',', context, add, (item) => checkAddressRange(item, add));
    case 'thumbprint':
      return checkThumbprint(text, 0, context, add);
    case 'thumbprintList':
      return checkList(text, text.includes(';') && !text.includes(',') ? ';' : ',', context, add, (item) => checkThumbprint(item.text, item.start, context, add), [',', ';']);
    case 'oid':
      return checkOid(text, 0, context, add);
    case 'oidList':
      return checkList(text, ',', context, add, (item) => checkOid(item.text, item.start, context, add));
    case 'url':
      return checkUrl(text, context, add);
    case 'hostPort':
      return checkHostPort(text, context, add);
    case 'appId':
      return checkAppId(text, context, add);
    case 'packageFamilyName':
      if (!PACKAGE_FAMILY_NAME.test(text)) {
        add({
          kind: 'invalid-app-id',
          start: 0,
          end: text.length,
          message: `${codeSpan(text)} does not look like a package family name (\`Name_publisherid\`, e.g. \`Contoso.VpnPlugin_8wekyb3d8bbwe\`). Find it with \`Get-AppxPackage\`.`,
        });
      }
      return;
    case 'sddl':
      if (!/^(O:|G:|D:|S:)/.test(text)) {
        add({ kind: 'invalid-sddl', start: 0, end: text.length, message: `${context.label} expects an SDDL string such as \`O:SYG:SYD:(A;;CC;;;AU)\`.` });
      }
      return;
    case 'eapServerNames':
      return checkEapServerNames(text, context, add);
  }
}

function checkList(text: string, separator: string, context: ValueContext, add: Add, checkItem: (item: ListItem) => void, acceptedSeparators: readonly string[] = [separator]): void {
  const wrongSeparator = [',', ';'].find((s) => s !== separator && !acceptedSeparators.includes(s) && text.includes(s));
  const list = splitList(text, separator);
  for (const gap of list.spacing) {
    add({
      kind: 'list-spacing',
      start: gap.start,
      end: gap.end,
      message: `Remove the space after the ${codeSpan(separator)}: ${context.label} is a list written without spaces, and a space can end up as part of the next entry.`,
      fix: { title: 'Remove the space', start: gap.start, end: gap.end, replacement: '', kind: 'safe' },
    });
  }
  for (const empty of list.empty) {
    add({
      kind: 'empty-list-item',
      start: empty.start,
      end: empty.end,
      message: `Empty entry in ${context.label}: remove the extra ${codeSpan(separator)}.`,
      fix: { title: `Remove the extra ${separator}`, start: empty.start, end: empty.end, replacement: '', kind: 'safe' },
    });
  }
  if (wrongSeparator) {
    const at = text.indexOf(wrongSeparator);
    add({
      kind: 'list-separator',
      start: at,
      end: at + 1,
      message: `${context.label} is a ${codeSpan(separator)}-separated list; ${codeSpan(wrongSeparator)} is not a separator here.`,
      fix: {
        title: `Replace ${wrongSeparator} with ${separator}`,
        start: 0,
        end: text.length,
        replacement: text
          .split(wrongSeparator)
          .map((s) => s.trim())
          .join(separator),
        kind: 'suggestion',
      },
    });
    return;
  }
  for (const item of list.items) checkItem(item);
}

const DNS_LABEL = /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

function checkDnsName(text: string, offset: number, _context: ValueContext, add: Add, allowLeadingDot: boolean): void {
  let name = text;
  let base = offset;
  if (allowLeadingDot && name.startsWith('.')) {
    name = name.slice(1);
    base++;
  }
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (!name) {
    add({ kind: 'invalid-dns-name', start: offset, end: offset + text.length, message: `${codeSpan(text)} is not a DNS name.` });
    return;
  }
  if (parseIp(name)) return; // an IP address where a name is allowed is checked elsewhere if it matters
  if (name.length > 253) {
    add({ kind: 'invalid-dns-name', start: offset, end: offset + text.length, message: `${codeSpan(text)} is longer than the 253 characters a DNS name may have.` });
    return;
  }
  const labels = name.split('.');
  let at = base;
  for (const label of labels) {
    if (label === '') {
      add({
        kind: 'invalid-dns-name',
        start: at - 1,
        end: at + 1,
        message: `${codeSpan(text)} has an empty label (\`..\`), so it is not a valid DNS name.`,
        // `a..b` may have lost a label rather than gained a dot.
        fix: { title: 'Remove the extra dot', start: at, end: at + 1, replacement: '', kind: 'suggestion' },
      });
      return;
    }
    if (label.length > 63 || !DNS_LABEL.test(label)) {
      const why = label.length > 63 ? 'is longer than 63 characters' : /\s/.test(label) ? 'contains a space' : 'contains characters a DNS name cannot have';
      add({ kind: 'invalid-dns-name', start: at, end: at + label.length, message: `The label ${codeSpan(label)} in ${codeSpan(text)} ${why}.` });
      return;
    }
    at += label.length + 1;
  }
}

function checkServerEntry(item: ListItem, context: ValueContext, add: Add): void {
  // `server` or `server;FriendlyName`
  const semicolon = item.text.indexOf(';');
  const server = semicolon === -1 ? item.text : item.text.slice(0, semicolon);
  if (/^\s|\s$/.test(server)) {
    add({
      kind: 'list-spacing',
      start: item.start,
      end: item.start + item.text.length,
      message: `Remove the spaces around ${codeSpan(server.trim())}.`,
      fix: { title: 'Remove the spaces', start: item.start, end: item.start + server.length, replacement: server.trim(), kind: 'safe' },
    });
    return;
  }
  checkHostOrUrl(server, item.start, context, add);
}

function checkHostOrUrl(text: string, offset: number, context: ValueContext, add: Add): void {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(text);
  if (url) {
    checkDnsName(url[1], offset + text.indexOf(url[1]), context, add, false);
    return;
  }
  const hostPort = /^(.+):(\d+)$/.exec(text);
  const host = hostPort && !text.includes('::') && !parseIp(text) ? hostPort[1] : text;
  const ip = parseIp(host);
  if (ip) return;
  if (/^\d+(\.\d+){3}$/.test(host)) {
    add({ kind: 'invalid-ip-address', start: offset, end: offset + host.length, message: `${codeSpan(host)} is not a valid IPv4 address.` });
    return;
  }
  checkDnsName(host, offset, context, add, false);
}

function checkIp(text: string, offset: number, add: Add): IpAddress | undefined {
  const address = parseIp(text);
  if (!address) {
    add({ kind: 'invalid-ip-address', start: offset, end: offset + text.length, message: `${codeSpan(text)} is not a valid IPv4 or IPv6 address.` });
    return undefined;
  }
  if (address.family === 4 && hasLeadingZeroOctet(text)) {
    const fixed = address.bytes.join('.');
    add({
      kind: 'invalid-ip-address',
      start: offset,
      end: offset + text.length,
      message: `${codeSpan(text)} has a leading zero in an octet; some Windows components read such octets as octal. Write ${codeSpan(fixed)}.`,
      // Components that read the octets as octal use another address today: rewriting it changes where traffic goes.
      fix: { title: `Change to ${fixed}`, start: offset, end: offset + text.length, replacement: fixed, kind: 'suggestion' },
    });
  }
  return address;
}

function checkPortRange(item: ListItem, add: Add): void {
  const match = /^(\d+)(?:-(\d+))?$/.exec(item.text);
  const end = item.start + item.text.length;
  if (!match) {
    add({ kind: 'invalid-port-range', start: item.start, end, message: `${codeSpan(item.text)} is not a port or port range (write \`443\` or \`1000-2000\`).` });
    return;
  }
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  if (low > 65535 || high > 65535) {
    add({ kind: 'invalid-port-range', start: item.start, end, message: `Ports go from 0 to 65535; ${codeSpan(item.text)} is out of range.` });
  } else if (low > high) {
    add({
      kind: 'invalid-port-range',
      start: item.start,
      end,
      message: `The range ${codeSpan(item.text)} starts above where it ends.`,
      fix: { title: `Change to ${high}-${low}`, start: item.start, end, replacement: `${high}-${low}`, kind: 'safe' },
    });
  }
}

function checkAddressRange(item: ListItem, add: Add): void {
  const end = item.start + item.text.length;
  const slash = item.text.indexOf('/');
  if (slash !== -1) {
    const address = parseIp(item.text.slice(0, slash));
    const prefixText = item.text.slice(slash + 1);
    if (!address) {
      add({ kind: 'invalid-address-range', start: item.start, end: item.start + slash, message: `${codeSpan(item.text.slice(0, slash))} is not a valid IP address.` });
      return;
    }
    const max = maxPrefixLength(address.family);
    if (!/^\d+$/.test(prefixText) || Number(prefixText) > max) {
      add({ kind: 'invalid-address-range', start: item.start + slash + 1, end, message: `The prefix length after \`/\` must be 0–${max} for an IPv${address.family} address.` });
    }
    return;
  }
  const dash = item.text.indexOf('-');
  if (dash !== -1) {
    const low = parseIp(item.text.slice(0, dash));
    const high = parseIp(item.text.slice(dash + 1));
    if (!low || !high) {
      add({ kind: 'invalid-address-range', start: item.start, end, message: `${codeSpan(item.text)} is not a valid address range (write \`10.0.0.1-10.0.0.9\`).` });
      return;
    }
    if (low.family !== high.family) {
      add({ kind: 'invalid-address-range', start: item.start, end, message: `${codeSpan(item.text)} mixes IPv4 and IPv6.` });
    } else if (compareIp(low, high) > 0) {
      add({ kind: 'invalid-address-range', start: item.start, end, message: `The range ${codeSpan(item.text)} starts above where it ends.` });
    }
    return;
  }
  if (!parseIp(item.text)) {
    add({ kind: 'invalid-address-range', start: item.start, end, message: `${codeSpan(item.text)} is not an IP address, a prefix (\`10.0.0.0/8\`) or a range (\`10.0.0.1-10.0.0.9\`).` });
  }
}

function checkThumbprint(text: string, offset: number, context: ValueContext, add: Add): void {
  const parsed = parseThumbprint(text);
  if (parsed.invisible.length) {
    const first = parsed.invisible[0];
    add({
      kind: 'invalid-thumbprint',
      start: offset + first.index,
      end: offset + first.index + 1,
      message: `The thumbprint contains an invisible ${THUMBPRINT_INVISIBLE_CHARACTERS[first.char] ?? 'control character'}, typically copied from the Windows certificate dialog; with it the value is not valid hexadecimal and matches no certificate. Remove it.`,
      fix: {
        title: 'Remove invisible characters',
        start: offset,
        end: offset + text.length,
        replacement: text.replace(/[\u200e\u200f\u202a-\u202e\u200b\ufeff\u00a0]/g, (c) => (c === '\u00a0' ? ' ' : '')),
        kind: 'safe',
      },
    });
    return;
  }
  if (!parsed.hex) {
    add({
      kind: 'invalid-thumbprint',
      start: offset,
      end: offset + text.length,
      message: `${context.label} must be a certificate thumbprint: 40 hexadecimal characters (SHA-1), spaces allowed between bytes.`,
    });
    return;
  }
  if (parsed.hex.length !== 40) {
    const what = parsed.hex.length === 64 ? 'a SHA-256 thumbprint; Windows expects the SHA-1 thumbprint (40 hex characters) here' : `${parsed.hex.length} hex characters; a SHA-1 thumbprint has 40`;
    add({ kind: 'invalid-thumbprint', start: offset, end: offset + text.length, message: `${context.label} holds ${what}.` });
    return;
  }
  if (parsed.oddSeparators) {
    const spaced = parsed.hex.match(/../g)!.join(' ');
    add({
      kind: 'thumbprint-format',
      start: offset,
      end: offset + text.length,
      message: `Write the thumbprint as hex bytes separated by spaces (as Windows exports it: ${codeSpan(spaced)}) or as 40 hex characters.`,
      fix: { title: 'Normalise the thumbprint', start: offset, end: offset + text.length, replacement: spaced, kind: 'safe' },
    });
  }
}

function checkOid(text: string, offset: number, _context: ValueContext, add: Add): void {
  if (!/^[0-2](\.(0|[1-9]\d*))+$/.test(text)) {
    add({ kind: 'invalid-oid', start: offset, end: offset + text.length, message: `${codeSpan(text)} is not an object identifier (OID) such as \`1.3.6.1.5.5.7.3.2\`.` });
  }
}

function checkUrl(text: string, context: ValueContext, add: Add): void {
  if (!/^(https?|file):\/\/[^\s/]+/i.test(text)) {
    add({ kind: 'invalid-url', start: 0, end: text.length, message: `${context.label} must be a full URL such as \`http://proxy.example.com/proxy.pac\`.` });
  }
}

function checkHostPort(text: string, context: ValueContext, add: Add): void {
  const match = /^(\[[0-9a-fA-F:]+\]|[^:\s]+):(\d{1,5})$/.exec(text);
  if (!match || Number(match[2]) > 65535) {
    add({ kind: 'invalid-host-port', start: 0, end: text.length, message: `${context.label} takes \`host:port\`, for example \`proxy.example.com:8080\`.` });
  }
}

const PACKAGE_FAMILY_NAME = /^[A-Za-z0-9.-]{3,50}_[a-z0-9]{13}$/;

function checkAppId(text: string, context: ValueContext, add: Add): void {
  if (text === 'SYSTEM') return;
  if (PACKAGE_FAMILY_NAME.test(text)) return;
  if (/^([A-Za-z]:\\|%[A-Za-z_]+%\\|\\\\)/.test(text)) return;
  if (text.toLowerCase() === 'system') {
    add({
      kind: 'invalid-app-id',
      start: 0,
      end: text.length,
      message: 'Write `SYSTEM` in capitals for kernel-mode traffic.',
      fix: { title: 'Change to SYSTEM', start: 0, end: text.length, replacement: 'SYSTEM', kind: 'safe' },
    });
    return;
  }
  add({
    kind: 'invalid-app-id',
    start: 0,
    end: text.length,
    message: `${context.label} expects a package family name (\`Name_publisherid\`), a full program path (\`C:\\Windows\\System32\\mstsc.exe\`, \`%ProgramFiles%\\…\`) or \`SYSTEM\`.`,
  });
}

/** Quotation marks pasted around names (straight or typographic); no DNS name or certificate name contains them. */
const SERVER_NAME_QUOTES = /["'\u201c\u201d\u2018\u2019]/;

function checkEapServerNames(text: string, context: ValueContext, add: Add): void {
  // Semicolon-separated names (or regular expressions). Spaces, commas or quotation marks around a name break the
  // match against the NPS certificate.
  const at = text.search(/[\s,"'\u201c\u201d\u2018\u2019]/);
  if (at === -1) return;
  const fixed = text
    .split(/[;,\s]+/)
    .map((name) => name.replace(new RegExp(`^${SERVER_NAME_QUOTES.source}+|${SERVER_NAME_QUOTES.source}+$`, 'g'), ''))
    .filter(Boolean)
    .join(';');
  const quoted = SERVER_NAME_QUOTES.test(text);
  add({
    kind: 'server-names-separator',
    start: at,
    end: at + 1,
    message: `${quoted ? 'Write the NPS server names in ' + context.label + ' without quotation marks, separated' : 'Separate the NPS server names in ' + context.label} with \`;\` and no spaces (${codeSpan(fixed)}). Otherwise no name matches the NPS certificate and users get the "Continue connecting?" prompt, or the connection fails when prompting is disabled.`,
    // Spaces and quotation marks have one repair; a comma may belong to a regular expression (`nps{1,3}`), so turning it into `;` is a suggestion.
    fix: fixed ? { title: `Change to ${fixed}`, start: 0, end: text.length, replacement: fixed, kind: text.includes(',') ? 'suggestion' : 'safe' } : undefined,
  });
}

const LIST_KINDS: readonly ValueProblemKind[] = ['list-spacing', 'empty-list-item', 'list-separator'];

const FORMAT_KINDS: Readonly<Record<StringFormat, readonly ValueProblemKind[]>> = {
  text: [],
  fqdn: ['invalid-dns-name'],
  dnsSuffix: ['invalid-dns-name'],
  nrptDomain: ['invalid-dns-name'],
  dnsSuffixList: [...LIST_KINDS, 'invalid-dns-name'],
  serverList: [...LIST_KINDS, 'invalid-dns-name', 'invalid-ip-address'],
  serverUrlList: [...LIST_KINDS, 'invalid-dns-name', 'invalid-ip-address'],
  ipAddress: ['invalid-ip-address'],
  ipAddressList: [...LIST_KINDS, 'invalid-ip-address'],
  routeAddress: ['invalid-ip-address'],
  portRanges: [...LIST_KINDS, 'invalid-port-range'],
  addressRanges: [...LIST_KINDS, 'invalid-address-range'],
  thumbprint: ['invalid-thumbprint', 'thumbprint-format'],
  thumbprintList: [...LIST_KINDS, 'invalid-thumbprint', 'thumbprint-format'],
  oid: ['invalid-oid'],
  oidList: [...LIST_KINDS, 'invalid-oid'],
  url: ['invalid-url'],
  hostPort: ['invalid-host-port'],
  appId: ['invalid-app-id'],
  packageFamilyName: ['invalid-app-id'],
  sddl: ['invalid-sddl'],
  eapServerNames: ['server-names-separator'],
};

/** Every kind of problem `validateValue` can report for `spec` (a catalogue's rules must cover them all). */
export function problemKindsOf(spec: ValueSpec): ValueProblemKind[] {
  switch (spec.kind) {
    case 'any':
      return [];
    case 'empty':
      return ['unexpected-content'];
    case 'boolean':
      return ['invalid-boolean', 'boolean-case', ...(spec.strictLowercaseTrue ? (['lowercase-true-required'] as const) : [])];
    case 'enum':
      return spec.caseSensitive ? ['invalid-enum-value'] : ['invalid-enum-value', 'enum-case'];
    case 'integer':
      return ['invalid-integer', 'integer-out-of-range'];
    case 'string':
      return [...(spec.allowEmpty ? [] : (['empty-value'] as const)), ...FORMAT_KINDS[spec.format]];
  }
}
