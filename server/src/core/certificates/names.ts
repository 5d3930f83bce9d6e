// The host names a certificate answers to, and how they compare with the names clients are configured with.
import type { CertificateInfo } from './model';

/** Subject common names, then SAN DNS names and IP addresses, without duplicates (first spelling kept). */
export function certificateHostNames(cert: CertificateInfo): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (name && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const attribute of cert.subject.attributes) if (attribute.type === 'CN') add(attribute.value);
  for (const alt of cert.subjectAltNames) if (alt.kind === 'dns' || alt.kind === 'ip') add(alt.value);
  return names;
}

export function commonNames(cert: CertificateInfo): string[] {
  return cert.subject.attributes.filter((attribute) => attribute.type === 'CN').map((attribute) => attribute.value);
}

export function isIpAddress(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || (name.includes(':') && /^[0-9a-fA-F:.]+$/.test(name));
}

/** A dotted DNS name such as `vpn.contoso.com` (a wildcard first label is allowed), not a bare host name or an IP. */
export function isFqdn(name: string): boolean {
  if (isIpAddress(name)) return false;
  const labels = name.replace(/\.$/, '').split('.');
  if (labels.length < 2) return false;
  return labels.every((label, i) => (i === 0 && label === '*') || /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(label));
}

export type NameMatch = 'exact' | 'case-only' | 'none';

/** Whether a certificate name (possibly `*.contoso.com`) covers `host`, and whether the letter case agrees. */
export function matchCertificateName(certificateName: string, host: string): NameMatch {
  const name = certificateName.replace(/\.$/, '');
  const target = host.replace(/\.$/, '');
  if (name === target) return 'exact';
  if (name.toLowerCase() === target.toLowerCase()) return 'case-only';
  if (name.startsWith('*.')) {
    const dot = target.indexOf('.');
    if (dot > 0) {
      const suffix = target.slice(dot);
      if (suffix === name.slice(1)) return 'exact';
      if (suffix.toLowerCase() === name.slice(1).toLowerCase()) return 'case-only';
    }
  }
  return 'none';
}

/** The best match of any of the certificate's names against `host`. */
export function bestMatch(certificateNames: readonly string[], host: string): NameMatch {
  let best: NameMatch = 'none';
  for (const name of certificateNames) {
    const match = matchCertificateName(name, host);
    if (match === 'exact') return 'exact';
    if (match === 'case-only') best = 'case-only';
  }
  return best;
}

/**
 * EAP `ServerNames` entries may be regular expressions (Microsoft's schema says so). An entry made only of host-name
 * characters is compared as a name; anything else is tried as an anchored expression, case-sensitively first.
 */
export function matchServerNamesEntry(entry: string, certificateNames: readonly string[]): NameMatch {
  const literal = bestMatch(certificateNames, entry);
  if (literal !== 'none' || /^[A-Za-z0-9.*-]+$/.test(entry)) return literal;
  // JavaScript regular expressions backtrack: `(a+)+b` against a 30-character name ran for minutes, and both the
  // profile and the certificate may come from a cloned repository. Such an entry is not tried as an expression.
  if (mayBacktrackForLong(entry)) return 'none';
  let exact: RegExp;
  let folded: RegExp;
  try {
    exact = new RegExp(`^(?:${entry})$`);
    folded = new RegExp(`^(?:${entry})$`, 'i');
  } catch {
    return 'none';
  }
  if (certificateNames.some((name) => exact.test(name))) return 'exact';
  if (certificateNames.some((name) => folded.test(name))) return 'case-only';
  return 'none';
}

/** Unbounded quantifiers (`*`, `+`, `{n,}`) allowed in one expression: n³ steps on a 253-character name is fine. */
const MAX_UNBOUNDED_QUANTIFIERS = 3;

/**
 * Whether an expression can take exponential or high-polynomial time to fail: a back-reference, a repeated group
 * that itself holds a quantifier or an alternation (`(a+)+`, `(a|aa)*`), or more than MAX_UNBOUNDED_QUANTIFIERS
 * unbounded quantifiers. Conservative: what ServerNames lists hold (`.*\.contoso\.com`, `nps\d+\.corp\.com`,
 * `(nps1|nps2)\.corp\.com`) passes.
 */
export function mayBacktrackForLong(pattern: string): boolean {
  // Per open group: whether it holds a quantifier or an alternation (at any depth).
  const groups: { risky: boolean }[] = [{ risky: false }];
  let unbounded = 0;
  let lastGroupRisky = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    let closedGroupRisky = false;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return true; // back-reference
      i++;
    } else if (c === '[') {
      // A character class: up to its closing bracket (escapes inside it skipped).
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      groups.push({ risky: false });
      // `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: the `?` is part of the group's opening.
      if (pattern[i + 1] === '?') {
        i += 2;
        if (pattern[i] === '<' && pattern[i + 1] !== '=' && pattern[i + 1] !== '!') i = Math.max(i, pattern.indexOf('>', i));
        else if (pattern[i] === '<') i++;
      }
    } else if (c === ')') {
      const group = groups.length > 1 ? groups.pop()! : { risky: false };
      closedGroupRisky = group.risky;
      if (group.risky) groups[groups.length - 1].risky = true;
    } else if (c === '|') {
      groups[groups.length - 1].risky = true;
    } else if (c === '*' || c === '+' || c === '{' || c === '?') {
      // A quantifier (`?` after another one makes it lazy; the `?` of `(?:` was read with its `(`).
      const isBraces = c === '{';
      const close = isBraces ? pattern.indexOf('}', i) : i;
      const unboundedBraces = isBraces && close !== -1 && /^\{\d*,\}$/.test(pattern.slice(i, close + 1));
      if (c === '*' || c === '+' || unboundedBraces) unbounded++;
      if (lastGroupRisky && c !== '?') return true;
      groups[groups.length - 1].risky = true;
      if (isBraces && close !== -1) i = close;
    }
    lastGroupRisky = closedGroupRisky;
  }
  return unbounded > MAX_UNBOUNDED_QUANTIFIERS;
}
