// Links ProfileXML/EAP XML to the workspace's certificates: thumbprints (TrustedRootCA, IssuerHash,
// DeviceCompliance/Sso/IssuerHash) resolved to certificates, completion of root CA thumbprints, and the server-name
// cross-check (profile Servers vs VPN server certificates, EAP ServerNames vs NPS certificates). Independent of the
// XML parser: the caller passes element texts and ranges.
import { effectiveSeverity, type RuleMeta, type RuleSeveritySetting } from '../rules/rule';
import type { Finding, Severity, TextRange } from '../types';
import { splitList } from '../values/lists';
import { certificateHostNames, matchServerNamesEntry, bestMatch, type NameMatch } from './names';
import type { CertificateInfo } from './model';
import { EKU } from './oids';
import { hasEku, type RoleContext } from './roles';
import { codeSpan } from '../text/markdown';
import { CERT_DOCS, type CertificateFinding, type CertificateRule } from './rule';
import { npsServerNameMismatchRule } from './rules/nps-server-name-mismatch';
import { vpnServerNameMismatchRule } from './rules/vpn-server-name-mismatch';
import { certificateLabel, certificateMarkdown, shortName } from './summary';
import { DEFAULT_EXPIRY_WARNING_DAYS, validityOf } from './validity';
import { isCaCertificate, isRootCertificate, normalizeThumbprint, type CertificateIndex, type IndexedCertificate } from './workspaceIndex';

export type ThumbprintElement = 'TrustedRootCA' | 'IssuerHash' | 'SsoIssuerHash';

export interface ThumbprintReference {
  /** The element's text as written (any spelling; surrounding whitespace allowed). */
  readonly text: string;
  readonly range: TextRange;
  readonly element: ThumbprintElement;
}

export interface CrossReferenceOptions {
  readonly now: Date;
  readonly expiryWarningDays?: number;
  readonly rules?: Readonly<Record<string, RuleSeveritySetting>>;
  /** Report thumbprints that match nothing (information). Default true. */
  readonly reportUnmatched?: boolean;
}

export interface ResolvedThumbprint {
  readonly reference: ThumbprintReference;
  readonly matches: readonly IndexedCertificate[];
  /** Markdown for a hover on the thumbprint. */
  readonly hover: string;
  /** `Contoso Root CA · expires 2060-01-01`, when a certificate matches. */
  readonly inlayLabel?: string;
  readonly findings: readonly Finding[];
}

export const THUMBPRINT_NOT_IN_WORKSPACE: RuleMeta = {
  id: 'cert/thumbprint-not-in-workspace',
  defaultSeverity: 'information',
  title: 'A thumbprint in the EAP configuration matches no certificate in the workspace',
  docUrl: CERT_DOCS.eapConfiguration,
};

export const THUMBPRINT_MATCHES_EXPIRED: RuleMeta = {
  id: 'cert/thumbprint-matches-expired-certificate',
  defaultSeverity: 'warning',
  title: 'A thumbprint in the EAP configuration is that of an expired certificate',
  docUrl: CERT_DOCS.eapConfiguration,
};

export const THUMBPRINT_MATCHES_NON_CA: RuleMeta = {
  id: 'cert/thumbprint-matches-non-ca-certificate',
  defaultSeverity: 'warning',
  title: 'A CA thumbprint in the EAP configuration is that of a certificate that is not a CA',
  docUrl: CERT_DOCS.eapConfiguration,
};

export const TRUSTED_ROOT_NOT_ROOT: RuleMeta = {
  id: 'cert/trusted-root-ca-not-root',
  defaultSeverity: 'warning',
  title: 'TrustedRootCA holds the thumbprint of an intermediate CA instead of a root CA',
  docUrl: CERT_DOCS.eapConfiguration,
};

export const PROFILE_SERVER_NOT_IN_CERTIFICATES: RuleMeta = {
  id: 'cert/profile-server-not-in-certificates',
  defaultSeverity: 'warning',
  title: 'No VPN server certificate in the workspace names a server of the profile',
  docUrl: CERT_DOCS.troubleshoot,
};

export const EAP_SERVER_NAME_CASE_MISMATCH: RuleMeta = {
  id: 'cert/eap-server-name-case-mismatch',
  defaultSeverity: 'information',
  title: 'An EAP ServerNames entry differs from the NPS certificate name only in letter case (fails on Windows 11 21H2)',
  docUrl: CERT_DOCS.windows11Eap,
};

export const EAP_SERVER_NAME_NOT_IN_CERTIFICATES: RuleMeta = {
  id: 'cert/eap-server-name-not-in-certificates',
  defaultSeverity: 'information',
  title: 'No NPS certificate in the workspace carries an EAP ServerNames entry',
  docUrl: CERT_DOCS.clientConnections,
};

export const CROSS_REFERENCE_RULES: readonly RuleMeta[] = [
  THUMBPRINT_NOT_IN_WORKSPACE,
  THUMBPRINT_MATCHES_EXPIRED,
  THUMBPRINT_MATCHES_NON_CA,
  TRUSTED_ROOT_NOT_ROOT,
  PROFILE_SERVER_NOT_IN_CERTIFICATES,
  EAP_SERVER_NAME_CASE_MISMATCH,
  EAP_SERVER_NAME_NOT_IN_CERTIFICATES,
];

const ELEMENT_ROLE: Readonly<Record<ThumbprintElement, string>> = {
  TrustedRootCA: 'TrustedRootCA names the root CA that NPS certificates must chain to',
  IssuerHash: 'IssuerHash names a CA in the chain of the client certificates to select',
  SsoIssuerHash: 'Sso/IssuerHash names the CA of the certificates used for single sign-on',
};

/** Resolves each well-formed thumbprint against the index; malformed ones are the EAP rules' business and are skipped. */
export function resolveThumbprints(references: readonly ThumbprintReference[], index: CertificateIndex, options: CrossReferenceOptions): ResolvedThumbprint[] {
  const resolved: ResolvedThumbprint[] = [];
  for (const reference of references) {
    const thumbprint = normalizeThumbprint(reference.text);
    if (!thumbprint || thumbprint.length !== 40) continue;
    const matches = index.lookup(thumbprint);
    const findings: Finding[] = [];
    const report = (rule: RuleMeta, message: string): void => {
      const severity = effectiveSeverity(rule, options.rules);
      if (severity) findings.push({ ruleId: rule.id, severity, message, range: reference.range, docUrl: rule.docUrl });
    };
    const cert = matches[0]?.certificate;
    if (!cert) {
      if (options.reportUnmatched !== false) {
        report(THUMBPRINT_NOT_IN_WORKSPACE, `No certificate in the workspace has the SHA-1 thumbprint ${thumbprint}. Add the CA certificate (.cer) to the workspace to have it checked.`);
      }
    } else {
      const validity = validityOf(cert, options.now, options.expiryWarningDays);
      if (validity.state === 'expired') {
        report(THUMBPRINT_MATCHES_EXPIRED, `This is the thumbprint of ${codeSpan(shortName(cert))}, which ${validity.text}. Certificates chaining to it no longer validate; put the renewed CA's thumbprint here.`);
      }
      if (!isCaCertificate(cert)) {
        report(THUMBPRINT_MATCHES_NON_CA, `This is the thumbprint of ${codeSpan(shortName(cert))}, which is not a CA certificate. ${ELEMENT_ROLE[reference.element]}; use the CA's thumbprint, not a server or user certificate's.`);
      } else if (reference.element === 'TrustedRootCA' && !isRootCertificate(cert)) {
        report(TRUSTED_ROOT_NOT_ROOT, `This is the thumbprint of ${codeSpan(shortName(cert))}, an intermediate CA issued by ${codeSpan(cert.issuer.text)}. Microsoft's schema describes TrustedRootCA as the thumbprint of a root CA; use the root's thumbprint.`);
      }
    }
    resolved.push({
      reference,
      matches,
      hover: thumbprintHover(thumbprint, reference.element, matches, options),
      inlayLabel: cert ? certificateLabel(cert, options.now) : undefined,
      findings,
    });
  }
  return resolved;
}

function thumbprintHover(thumbprint: string, element: ThumbprintElement, matches: readonly IndexedCertificate[], options: CrossReferenceOptions): string {
  if (!matches.length) return `**${element}** ${codeSpan(thumbprint)}\n\nNo certificate in the workspace has this thumbprint.`;
  const parts = matches.slice(0, 3).map((match) => `${certificateMarkdown(match.certificate, options)}\n\nFile: ${codeSpan(match.uri)}`);
  return `**${element}** matches:\n\n${parts.join('\n\n---\n\n')}`;
}

export interface ThumbprintCompletion {
  /** `d2 d3 8e … c2` (the EAP form without its trailing space). */
  readonly label: string;
  /** The EAP form Windows writes, trailing space included. */
  readonly insertText: string;
  /** The certificate's subject and expiry. */
  readonly detail: string;
  readonly documentation: string;
  readonly sortText: string;
  /** Expired certificates are offered last and can be shown struck through. */
  readonly expired: boolean;
}

/** Thumbprints to offer: root CAs for TrustedRootCA; every CA (roots first) for IssuerHash. */
export function thumbprintCompletions(index: CertificateIndex, element: ThumbprintElement, options: { now: Date; expiryWarningDays?: number }): ThumbprintCompletion[] {
  const candidates = element === 'TrustedRootCA' ? index.roots() : index.cas().sort((a, b) => Number(isRootCertificate(b.certificate)) - Number(isRootCertificate(a.certificate)));
  return candidates.map((entry, i) => {
    const cert = entry.certificate;
    const expired = validityOf(cert, options.now).state === 'expired';
    return {
      label: cert.thumbprints.sha1Eap.trimEnd(),
      insertText: cert.thumbprints.sha1Eap,
      detail: certificateLabel(cert, options.now),
      documentation: `${certificateMarkdown(cert, options)}\n\nFile: ${codeSpan(entry.uri)}`,
      sortText: `${expired ? 1 : 0}${String(i).padStart(4, '0')}`,
      expired,
    };
  });
}

/** The text of a ProfileXML `Servers` or EAP `ServerNames` element and the document offset where that text starts. */
export interface NameListText {
  readonly text: string;
  readonly start: number;
}

export interface NamedEntry {
  readonly name: string;
  readonly range: TextRange;
}

/** `Servers`: comma-separated, each entry optionally `server;FriendlyName` (DOMAIN.md §1.3). */
export function profileServerEntries(value: NameListText): NamedEntry[] {
  return splitList(value.text, ',').items.map((item) => {
    const name = item.text.split(';')[0].trim();
    const start = value.start + item.start;
    return { name, range: { start, end: start + name.length } };
  }).filter((entry) => entry.name);
}

/** `ServerNames`: semicolon-separated names or regular expressions (DOMAIN.md §2.7). */
export function eapServerNameEntries(value: NameListText): NamedEntry[] {
  return splitList(value.text, ';').items.map((item) => ({ name: item.text, range: { start: value.start + item.start, end: value.start + item.start + item.text.length } }));
}

/** The workspace names as judging context for certificates (viewer, PEM diagnostics, CLI). */
export function roleContextFrom(input: { profileServers?: readonly NameListText[]; eapServerNames?: readonly NameListText[] }): RoleContext {
  // Several profiles often name the same server: list each name once.
  return {
    profileServers: [...new Set((input.profileServers ?? []).flatMap(profileServerEntries).map((entry) => entry.name))],
    eapServerNames: [...new Set((input.eapServerNames ?? []).flatMap(eapServerNameEntries).map((entry) => entry.name))],
  };
}

export interface CertificateSideFinding {
  readonly uri: string;
  readonly finding: CertificateFinding;
}

export interface NameCrossCheck {
  /** On `Servers` / `ServerNames` entries of the XML document. */
  readonly documentFindings: readonly Finding[];
  /** On workspace certificates (for PEM files: put them on the block; for binary files: show them in the viewer). */
  readonly certificateFindings: readonly CertificateSideFinding[];
}

/** VPN server certificates: Server Authentication with IP security IKE intermediate, as Microsoft's template has. */
function isVpnServerCertificate(cert: CertificateInfo): boolean {
  return !isCaCertificate(cert) && hasEku(cert, EKU.serverAuth) && hasEku(cert, EKU.ikeIntermediate);
}

/**
 * Compares the profile's `Servers` with the workspace's VPN server certificates and the EAP `ServerNames` with its
 * NPS certificates (Server Authentication certificates that are not VPN server certificates and name no profile
 * server). Each side is flagged only when the workspace holds certificates of that kind.
 */
export function crossCheckServerNames(
  input: { profileServers?: readonly NameListText[]; eapServerNames?: readonly NameListText[] },
  index: CertificateIndex,
  options: CrossReferenceOptions,
): NameCrossCheck {
  const documentFindings: Finding[] = [];
  const certificateFindings: CertificateSideFinding[] = [];
  const servers = (input.profileServers ?? []).flatMap(profileServerEntries);
  const serverNames = (input.eapServerNames ?? []).flatMap(eapServerNameEntries);
  const context = roleContextFrom(input);
  const certificates = index.distinct().filter((entry) => !isCaCertificate(entry.certificate) && hasEku(entry.certificate, EKU.serverAuth));
  const namesOf = (entry: IndexedCertificate): string[] => certificateHostNames(entry.certificate);
  const report = (rule: RuleMeta, range: TextRange, message: string, reported?: Severity): void => {
    const severity = effectiveSeverity(rule, options.rules, reported);
    if (severity) documentFindings.push({ ruleId: rule.id, severity, message, range, docUrl: rule.docUrl });
  };

  const vpnCertificates = certificates.filter((entry) => isVpnServerCertificate(entry.certificate) || servers.some((server) => bestMatch(namesOf(entry), server.name) !== 'none'));
  if (vpnCertificates.length) {
    for (const server of servers) {
      if (vpnCertificates.some((entry) => bestMatch(namesOf(entry), server.name) !== 'none')) continue;
      report(PROFILE_SERVER_NOT_IN_CERTIFICATES, server.range, `No VPN server certificate in the workspace names ${codeSpan(server.name)} (found: ${describe(vpnCertificates)}). Clients dialing this name reject a certificate that does not carry it (IKEv2 error 13801).`);
    }
    if (servers.length) certificateFindings.push(...certificateSide(vpnCertificates, vpnServerNameMismatchRule, 'vpn-server', context, options));
  }

  const npsCertificates = certificates.filter((entry) => !vpnCertificates.includes(entry));
  if (npsCertificates.length && serverNames.length) {
    for (const entry of serverNames) {
      const best = npsCertificates.reduce<NameMatch>((acc, cert) => (acc === 'exact' ? acc : pick(acc, matchServerNamesEntry(entry.name, namesOf(cert)))), 'none');
      if (best === 'exact') continue;
      if (best === 'case-only') {
        const cert = npsCertificates.find((c) => matchServerNamesEntry(entry.name, namesOf(c)) === 'case-only')!;
        report(EAP_SERVER_NAME_CASE_MISMATCH, entry.range, `${codeSpan(entry.name)} matches the NPS certificate ${codeSpan(shortName(cert.certificate))} only when letter case is ignored. Windows 11 21H2 compares them case-sensitively and fails with error 853 (22H2 and later ignore case again); write the name exactly as in the certificate.`);
      } else {
        report(EAP_SERVER_NAME_NOT_IN_CERTIFICATES, entry.range, `No NPS certificate in the workspace carries ${codeSpan(entry.name)} (found: ${describe(npsCertificates)}).`);
      }
    }
    certificateFindings.push(...certificateSide(npsCertificates, npsServerNameMismatchRule, 'nps-server', context, options));
  }
  return { documentFindings, certificateFindings };
}

function certificateSide(
  entries: readonly IndexedCertificate[],
  rule: CertificateRule,
  role: 'vpn-server' | 'nps-server',
  context: RoleContext,
  options: CrossReferenceOptions,
): CertificateSideFinding[] {
  if (!effectiveSeverity(rule, options.rules)) return [];
  const found: CertificateSideFinding[] = [];
  for (const entry of entries) {
    const input = { cert: entry.certificate, role, roles: [role], now: options.now, expiryWarningDays: options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS, context, issuers: [] };
    const report = rule.check(input);
    if (report) {
      found.push({
        uri: entry.uri,
        finding: { ruleId: rule.id, severity: effectiveSeverity(rule, options.rules, report.severity)!, message: report.message, docUrl: rule.docUrl, certificate: entry.certificate.index, role },
      });
    }
  }
  return found;
}

function pick(a: NameMatch, b: NameMatch): NameMatch {
  return a === 'exact' || b === 'exact' ? 'exact' : a === 'case-only' || b === 'case-only' ? 'case-only' : 'none';
}

function describe(entries: readonly IndexedCertificate[]): string {
  const names = entries.slice(0, 4).map((entry) => codeSpan(certificateHostNames(entry.certificate).join('/') || shortName(entry.certificate)));
  return names.join(', ') + (entries.length > 4 ? `, and ${entries.length - 4} more` : '');
}
