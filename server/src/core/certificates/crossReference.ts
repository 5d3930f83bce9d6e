// Links ProfileXML/EAP XML to the workspace's certificates: thumbprints (TrustedRootCA, IssuerHash,
// DeviceCompliance/Sso/IssuerHash) resolved to certificates, completion of root CA thumbprints, and the server-name
// cross-check (profile Servers vs VPN server certificates, EAP ServerNames vs NPS certificates). The findings come
// from the rule modules in rules/ (thumbprint, server-name and PEM rules); this file gathers what they compare.
import type { Analysis } from '../analysis';
import { effectiveSeverity, type RuleSeveritySetting } from '../rules/rule';
import { codeSpan } from '../text/markdown';
import type { Finding } from '../types';
import { certificateHostNames, bestMatch } from './names';
import type { CertificateInfo } from './model';
import { EKU } from './oids';
import { pemDocumentFindings } from './pemFeatures';
import {
  certificateReferences,
  eapServerNameEntries,
  profileServerEntries,
  roleContextFrom,
  type CertificateReferences,
  type NameListText,
  type ThumbprintElement,
  type ThumbprintReference,
} from './references';
import { hasEku, type RoleContext } from './roles';
import type { CertificateFinding, CertificateRule, ServerNameRule, ThumbprintRuleContext } from './rule';
import { npsServerNameMismatchRule } from './rules/nps-server-name-mismatch';
import { serverNameRules, thumbprintRules } from './rules';
import { vpnServerNameMismatchRule } from './rules/vpn-server-name-mismatch';
import { runCertificateRule, runDocumentRule } from './runRules';
import { certificateLabel, certificateMarkdown } from './summary';
import { DEFAULT_EXPIRY_WARNING_DAYS, validityOf } from './validity';
import { isCaCertificate, isRootCertificate, normalizeThumbprint, type CertificateIndex, type IndexedCertificate } from './workspaceIndex';

export {
  certificateReferences,
  eapServerNameEntries,
  profileServerEntries,
  roleContextFrom,
  type CertificateReferences,
  type DocumentNames,
  type NameListText,
  type ThumbprintElement,
  type ThumbprintReference,
} from './references';

export interface CrossReferenceOptions {
  readonly now: Date;
  readonly expiryWarningDays?: number;
  readonly rules?: Readonly<Record<string, RuleSeveritySetting>>;
  /** Report thumbprints that match nothing (information). Default: when the workspace holds certificates. */
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

/** Resolves each well-formed thumbprint against the index; malformed ones are the EAP rules' business and are skipped. */
export function resolveThumbprints(references: readonly ThumbprintReference[], index: CertificateIndex, options: CrossReferenceOptions): ResolvedThumbprint[] {
  const resolved: ResolvedThumbprint[] = [];
  const workspaceHasCertificates = options.reportUnmatched ?? index.size > 0;
  for (const reference of references) {
    const thumbprint = normalizeThumbprint(reference.text);
    if (!thumbprint || thumbprint.length !== 40) continue;
    const matches = index.lookup(thumbprint);
    const findings: Finding[] = [];
    const context: Omit<ThumbprintRuleContext, 'report'> = {
      reference,
      thumbprint,
      matches,
      workspaceHasCertificates,
      now: options.now,
      expiryWarningDays: options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS,
    };
    for (const rule of thumbprintRules) runDocumentRule(rule, context, reference.range, options.rules, findings);
    const cert = matches[0]?.certificate;
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
  const rulesFor = (names: ServerNameRule['names']) => serverNameRules.filter((rule) => rule.names === names);

  const vpnCertificates = certificates.filter(
    (entry) => isVpnServerCertificate(entry.certificate) || servers.some((server) => bestMatch(certificateHostNames(entry.certificate), server.name) !== 'none'),
  );
  if (vpnCertificates.length) {
    for (const entry of servers) {
      for (const rule of rulesFor('profile-servers')) runDocumentRule(rule, { entry, certificates: vpnCertificates }, entry.range, options.rules, documentFindings);
    }
    if (servers.length) certificateFindings.push(...certificateSide(vpnCertificates, vpnServerNameMismatchRule, 'vpn-server', context, options));
  }

  const npsCertificates = certificates.filter((entry) => !vpnCertificates.includes(entry));
  if (npsCertificates.length && serverNames.length) {
    for (const entry of serverNames) {
      for (const rule of rulesFor('eap-server-names')) runDocumentRule(rule, { entry, certificates: npsCertificates }, entry.range, options.rules, documentFindings);
    }
    certificateFindings.push(...certificateSide(npsCertificates, npsServerNameMismatchRule, 'nps-server', context, options));
  }
  return { documentFindings: documentFindings.sort((a, b) => a.range.start - b.range.start), certificateFindings };
}

function certificateSide(
  entries: readonly IndexedCertificate[],
  rule: CertificateRule,
  role: 'vpn-server' | 'nps-server',
  workspace: RoleContext,
  options: CrossReferenceOptions,
): CertificateSideFinding[] {
  const found: CertificateSideFinding[] = [];
  for (const entry of entries) {
    const input = { cert: entry.certificate, role, roles: [role], now: options.now, expiryWarningDays: options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS, workspace, issuers: [] };
    if (rule.applies && !rule.applies(input)) continue;
    for (const { rule: reporting, report } of runCertificateRule(rule, input)) {
      const severity = effectiveSeverity(reporting, options.rules, report.severity);
      if (!severity) continue;
      found.push({ uri: entry.uri, finding: { ruleId: reporting.id, severity, message: report.message, docUrl: reporting.docUrl, certificate: entry.certificate.index, role } });
    }
  }
  return found;
}

/** What the workspace knows that a document's certificate findings depend on. */
export interface WorkspaceCertificates {
  readonly index: CertificateIndex;
  /** The VPN server names and EAP ServerNames of the workspace's profiles (to judge PEM blocks' roles). */
  readonly names: RoleContext;
}

export interface DocumentCertificateCheck {
  /** Findings on the document: thumbprints, server names and PEM blocks. */
  readonly findings: readonly Finding[];
  readonly thumbprints: readonly ResolvedThumbprint[];
  /** Findings the document's names cause on workspace certificates. */
  readonly certificateFindings: readonly CertificateSideFinding[];
}

/**
 * The findings of a document that need the workspace's certificates: its thumbprints matched with them, its server
 * names checked against their names, and its PEM blocks judged with the workspace's names. `references` are the
 * document's (computed from the analysis when not given); `pem` says whether to look for PEM blocks.
 */
export function checkDocumentCertificates(
  analysis: Analysis,
  workspace: WorkspaceCertificates,
  options: CrossReferenceOptions & { readonly references?: CertificateReferences; readonly pem?: boolean },
): DocumentCertificateCheck {
  const findings: Finding[] = [];
  let thumbprints: ResolvedThumbprint[] = [];
  let certificateFindings: readonly CertificateSideFinding[] = [];
  if (analysis.units.length && !analysis.limited) {
    const references = options.references ?? certificateReferences(analysis);
    thumbprints = resolveThumbprints(references.thumbprints, workspace.index, options);
    for (const resolved of thumbprints) findings.push(...resolved.findings);
    const names = crossCheckServerNames(references, workspace.index, options);
    findings.push(...names.documentFindings);
    certificateFindings = names.certificateFindings;
  }
  if (options.pem ?? analysis.text.includes('-----BEGIN ')) {
    findings.push(...pemDocumentFindings(analysis.text, { ...options, context: workspace.names, known: workspace.index.all() }));
  }
  return { findings, thumbprints, certificateFindings };
}
