// Short Markdown descriptions of certificates for hovers (PEM blocks, thumbprints in EAP XML) and one-line labels
// for inlay hints. Every value from a certificate goes through markdownText or codeSpan: a subject may contain anything.
import { codeSpan, markdownText } from '../text/markdown';
import { plainMessage } from '../text/plainMessage';
import { terminalText } from '../text/terminal';
import type { CertificateAssessment } from './assessment';
import type { AltName, CertificateInfo } from './model';
import { commonNames } from './names';
import { ROLES, type CertificateRole } from './roles';
import { validityOf, type Validity } from './validity';

const STATUS_TEXT = { pass: 'ready', warning: 'works, with warnings', fail: 'will fail' } as const;
const STATUS_ICON = { pass: '✅', warning: '⚠️', fail: '❌' } as const;

/** `CN` of the subject, else the whole subject, else `(no subject)`. */
export function shortName(cert: CertificateInfo): string {
  return commonNames(cert)[0] ?? (cert.subject.text || '(no subject)');
}

export function altNameText(alt: AltName): string {
  const prefix = { dns: 'DNS', ip: 'IP', upn: 'UPN', email: 'email', uri: 'URI', dn: 'DirName', guid: 'GUID', registeredId: 'RID' }[alt.kind];
  return `${prefix}:${alt.value}`;
}

export function validityPhrase(validity: Validity): string {
  return validity.state === 'expired' ? `⚠️ ${validity.text}` : validity.state === 'expiring-soon' ? `⚠️ ${validity.text}` : validity.text;
}

/** `IKEv2 VPN server`, `User`: a role's label without its parenthesised detail. */
export function shortRoleLabel(role: CertificateRole): string {
  return ROLES[role].label.replace(/ \(.*\)$/, '');
}

/** `❌ Will fail as NPS server or SSTP VPN server`: the verdict for the roles judged, worst first, in one line. */
export function verdictSummary(assessment: CertificateAssessment): string {
  if (!assessment.verdicts.length) return 'No Always On VPN role fits this certificate';
  const parts: string[] = [];
  for (const status of ['fail', 'warning', 'pass'] as const) {
    const labels = assessment.verdicts.filter((verdict) => verdict.status === status).map((verdict) => shortRoleLabel(verdict.role));
    if (labels.length) parts.push(`${STATUS_ICON[status]} ${STATUS_TEXT[status][0].toUpperCase()}${STATUS_TEXT[status].slice(1)} as ${labels.join(' or ')}`);
  }
  return parts.join(' · ');
}

/**
 * A Markdown summary: the verdict in one line, then subject, issuer, validity, thumbprints, key, usages and names,
 * then (when given) each judged role's errors and warnings and the other roles it could serve.
 */
export function certificateMarkdown(cert: CertificateInfo, options: { now: Date; expiryWarningDays?: number; assessment?: CertificateAssessment; title?: string }): string {
  const validity = validityOf(cert, options.now, options.expiryWarningDays);
  const lines: string[] = [];
  lines.push(`**${markdownText(options.title ?? shortName(cert))}**${cert.isCA ? ' (CA certificate)' : ''}`);
  lines.push('');
  if (options.assessment) {
    lines.push(`${verdictSummary(options.assessment)}${options.assessment.rolesChosen ? ' (the role you chose)' : ''}`);
    lines.push('');
  }
  lines.push(`Subject: ${markdownText(cert.subject.text || '(empty)')}  `);
  lines.push(`Issuer: ${markdownText(cert.issuer.text || '(empty)')}${cert.selfIssued ? ' (self-issued)' : ''}  `);
  lines.push(`Valid: ${cert.notBefore.slice(0, 10)} to ${cert.notAfter.slice(0, 10)}, ${markdownText(validityPhrase(validity))}  `);
  lines.push(`SHA-1: ${codeSpan(cert.thumbprints.sha1)}  `);
  lines.push(`EAP form: ${codeSpan(cert.thumbprints.sha1Eap)}  `);
  lines.push(`Key: ${markdownText(cert.publicKey.description)}, signed with ${markdownText(cert.signatureAlgorithm.name)}  `);
  if (cert.extendedKeyUsages) {
    const ekus = cert.extendedKeyUsages.map((eku) => (eku.name ? `${eku.name} (${eku.oid})` : eku.oid)).join(', ');
    lines.push(`EKU: ${markdownText(ekus || 'empty')}  `);
  } else {
    lines.push('EKU: none (all purposes)  ');
  }
  if (cert.subjectAltNames.length) lines.push(`SAN: ${markdownText(cert.subjectAltNames.map(altNameText).join(', '))}  `);
  if (cert.crlDistributionPoints.length) lines.push(`CDP: ${markdownText(cert.crlDistributionPoints.join(', '))}  `);
  if (cert.securityIdentifier) lines.push(`SID: ${codeSpan(cert.securityIdentifier.sid)} (${cert.securityIdentifier.source === 'extension' ? 'SID extension' : 'SAN URL'})  `);
  if (options.assessment) {
    lines.push('');
    for (const verdict of options.assessment.verdicts) {
      lines.push(`${STATUS_ICON[verdict.status]} As ${markdownText(verdict.label)}: ${STATUS_TEXT[verdict.status]}`);
      for (const finding of verdict.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')) {
        lines.push(`- ${finding.severity}: ${markdownText(plainMessage(finding.message))} (\`${finding.ruleId}\`)`);
      }
    }
    if (!options.assessment.verdicts.length) {
      for (const finding of options.assessment.findings) lines.push(`- ${finding.severity}: ${markdownText(plainMessage(finding.message))} (\`${finding.ruleId}\`)`);
    }
    if (options.assessment.otherRoles.length) {
      lines.push('', `It could also serve as ${options.assessment.otherRoles.map(shortRoleLabel).join(', ')} (not judged here).`);
    }
  }
  return lines.join('\n');
}

/**
 * `Contoso Root CA · expires 2060-01-01` or `Contoso Root CA · EXPIRED 2024-01-01` (plain text, for inlay hints and
 * completion details; control and bidirectional characters of the name shown escaped).
 */
export function certificateLabel(cert: CertificateInfo, now: Date): string {
  const validity = validityOf(cert, now);
  const when = validity.state === 'expired' ? `EXPIRED ${cert.notAfter.slice(0, 10)}` : `expires ${cert.notAfter.slice(0, 10)}`;
  return `${terminalText(shortName(cert))} · ${when}`;
}
