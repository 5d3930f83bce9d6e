// Turns a certificate report into the viewer's HTML. Pure (no `vscode`), so it is unit-tested with node.
// Safety: no script at all (the CSP forbids it), styles only with the nonce, and every value that comes from a
// certificate goes through `html`'s escaping: a subject containing `<script>` shows as text. Control, bidirectional
// and invisible characters are shown as escapes (`\u202e`), and names are isolated (`<bdi>`): a right-to-left
// override in a subject can neither hide itself nor reorder the text around it.
import { terminalText, visibleParts } from '../../../server/src/core/text/terminal';
import type { CertificateAssessment, RoleVerdict } from '../../../server/src/core/certificates/judge';
import type { CertificateChain } from '../../../server/src/core/certificates/chain';
import type { AltName, CertificateInfo, DistinguishedName, Purpose } from '../../../server/src/core/certificates/model';
import type { CertificateFileReport } from '../../../server/src/core/certificates/report';
import type { CertificateFinding } from '../../../server/src/core/certificates/rule';
import { ROLES, type CertificateRole, type RoleChoice } from '../../../server/src/core/certificates/roles';

/** The command the role picker's links run (the only command the webview may run): arguments `[uri, role]`. */
export const JUDGE_AS_COMMAND = 'aovpn.judgeCertificateAs';

/** The roles the picker offers, as `aovpn cert --role` does. */
export const PICKER_ROLES: readonly RoleChoice[] = ['auto', 'vpn-server', 'sstp-server', 'nps-server', 'user', 'device', 'ca'];

export interface ViewOptions {
  /** Random per render; only the <style> element carrying it is allowed. */
  readonly nonce: string;
  /** The webview's `cspSource` (allowed for images and fonts). */
  readonly cspSource: string;
  /** Show the role picker for this document (its URI as a string) with this role selected. */
  readonly rolePicker?: { readonly uri: string; readonly role: RoleChoice };
}

/** HTML that is already safe to insert. Everything else is escaped by `html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** `text` with the five HTML-significant characters escaped and nothing else changed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Part = Html | string | number | boolean | undefined | null | readonly Part[];

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === undefined || part === null || part === false || part === true) return '';
  return escapeHtml(terminalText(String(part)));
}

/**
 * A name or other text from a certificate, isolated from the text around it (`<bdi>`), with every control,
 * bidirectional or invisible character shown as a highlighted escape.
 */
export function isolated(text: string): Html {
  const inner = visibleParts(text)
    .map((part) => (part.escaped ? `<span class="escape">${escapeHtml(part.text)}</span>` : escapeHtml(part.text)))
    .join('');
  return new Html(`<bdi>${inner}</bdi>`);
}

/** Template tag: interpolated values are escaped unless they are `Html`. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new Html(out);
}

/** Only http(s) links leave the viewer; anything else is dropped. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

const STATUS_LABEL = { pass: 'Ready', warning: 'Works, with warnings', fail: 'Will fail' } as const;
const STATUS_ICON = { pass: '✔', warning: '⚠', fail: '✖' } as const;
const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' } as const;
const FORMAT_LABEL = { der: 'DER (binary)', pem: 'PEM (text)', pkcs7: 'PKCS#7 bundle', base64: 'base64 text' } as const;
const ALT_NAME_LABEL: Readonly<Record<AltName['kind'], string>> = {
  dns: 'DNS name',
  ip: 'IP address',
  upn: 'User principal name',
  email: 'Email',
  uri: 'URI',
  dn: 'Directory name',
  guid: 'GUID',
  registeredId: 'Registered ID',
};

export function renderCertificateReport(report: CertificateFileReport, options: ViewOptions): string {
  const title = report.fileName ?? 'Certificate';
  if (report.error) {
    return page(
      title,
      options,
      html`
      <header class="file"><h1>${isolated(title)}</h1></header>
      <div class="problem" role="alert"><strong>This file cannot be shown as a certificate.</strong><p>${isolated(report.error)}</p></div>
      ${notes(report.notes)}`,
    );
  }
  const count = report.certificates.length;
  const body = html`
    <header class="file">
      <h1>${isolated(title)}</h1>
      <p class="meta">${count} certificate${count === 1 ? '' : 's'}${report.format ? ` · ${FORMAT_LABEL[report.format]}` : ''} · judged on ${report.generatedAt.slice(0, 10)}</p>
      ${notes(report.notes)}
      ${options.rolePicker && count ? rolePicker(options.rolePicker.uri, options.rolePicker.role, count > 1) : ''}
    </header>
    ${count > 1 ? contents(report) : ''}
    ${report.certificates.map((cert, i) => certificateSection(cert, report.assessments[i], report.chains[i], count > 1))}`;
  return page(title, options, body);
}

/** A page for states without a report (loading, the language server unavailable). */
export function renderMessagePage(title: string, message: string, options: ViewOptions): string {
  return page(title, options, html`<header class="file"><h1>${title}</h1></header><p class="meta">${message}</p>`);
}

function page(title: string, options: ViewOptions, body: Html): string {
  // Both end up in the policy unescaped, so anything that could break out of it is refused.
  const nonce = /^[A-Za-z0-9+/=_-]+$/.test(options.nonce) ? options.nonce : '';
  const cspSource = /^[^;,"'<>&\s]+$/.test(options.cspSource) ? options.cspSource : "'none'";
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource};`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(terminalText(title))}</title>
<style nonce="${nonce}">${STYLES}</style>
</head>
<body>
${body.value}
</body>
</html>
`;
}

function notes(items: readonly string[]): Html {
  if (!items.length) return html``;
  return html`<ul class="notes">${items.map((note) => html`<li>${isolated(note)}</li>`)}</ul>`;
}

/** Links that judge the file again for another role (command links: the webview runs no script). */
function rolePicker(uri: string, current: RoleChoice, chain: boolean): Html {
  const link = (role: RoleChoice): Html => {
    const label = role === 'auto' ? 'Most likely role' : role === 'ca' ? 'CA' : shortLabel(role);
    if (role === current) return html`<strong class="role current" aria-current="true">${label}</strong>`;
    // Percent-encoded JSON arguments; `'` too, so the attribute holds nothing HTML would need to escape.
    const href = `command:${JUDGE_AS_COMMAND}?${encodeURIComponent(JSON.stringify([uri, role])).replace(/'/g, '%27')}`;
    return html`<a class="role" href="${href}">${label}</a>`;
  };
  return html`<nav class="role-picker" aria-label="Judge as"><span class="meta">Judge as:</span> ${PICKER_ROLES.map((role, i) => html`${i ? ' · ' : ''}${link(role)}`)}${chain ? html`<span class="meta"> (the CAs that issued the others keep their CA roles)</span>` : ''}</nav>`;
}

/** `IKEv2 VPN server`, `User`: the role's label without its parenthesised detail. */
function shortLabel(role: CertificateRole): string {
  return ROLES[role].label.replace(/ \(.*\)$/, '');
}

/** The verdict for the roles judged: what the badge at the top of a certificate says. */
function verdictBadge(assessment: CertificateAssessment): Html {
  if (!assessment.verdicts.length) return html`<span class="badge none">No Always On VPN role</span>`;
  const byStatus = new Map<RoleVerdict['status'], string[]>();
  for (const item of assessment.verdicts) byStatus.set(item.status, [...(byStatus.get(item.status) ?? []), shortLabel(item.role)]);
  const parts = (['fail', 'warning', 'pass'] as const)
    .filter((status) => byStatus.has(status))
    .map((status) => html`<span class="badge ${status}">${STATUS_ICON[status]} ${STATUS_LABEL[status]} as ${byStatus.get(status)!.join(' or ')}</span>`);
  return html`${parts}`;
}

function contents(report: CertificateFileReport): Html {
  return html`<nav class="contents" aria-label="Certificates in this file"><ol>${report.certificates.map((cert, i) => {
    const worst = worstStatus(report.assessments[i]);
    return html`<li><a href="#cert-${i}">${isolated(displayName(cert))}</a> <span class="status ${worst}">${STATUS_ICON[worst]} ${roleSummary(report.assessments[i])}</span></li>`;
  })}</ol></nav>`;
}

function certificateSection(cert: CertificateInfo, assessment: CertificateAssessment, chain: CertificateChain, numbered: boolean): Html {
  const validity = assessment.validity;
  return html`
  <section class="certificate" id="cert-${cert.index}">
    <h2>${numbered ? `${cert.index + 1}. ` : ''}${isolated(displayName(cert))} ${verdictBadge(assessment)}</h2>
    <dl class="facts">
      <dt>Subject</dt><dd>${cert.subject.text ? isolated(cert.subject.text) : '(empty)'}</dd>
      <dt>Issued by</dt><dd>${cert.issuer.text ? isolated(cert.issuer.text) : '(empty)'}${cert.selfIssued ? ' (self-issued)' : ''}</dd>
      <dt>Valid</dt><dd>${day(cert.notBefore)} to ${day(cert.notAfter)} · <span class="validity ${validity.state}">${validity.text}</span></dd>
      <dt>Intended purposes</dt><dd>${purposes(cert.extendedKeyUsages)}</dd>
      <dt>Thumbprint (SHA-1)</dt><dd><code class="copy">${cert.thumbprints.sha1}</code></dd>
      <dt>In EAP XML</dt><dd><code class="copy">${cert.thumbprints.sha1Eap}</code></dd>
      <dt>Kind</dt><dd>${cert.isCA ? 'Certification authority' : 'End entity'} · ${cert.publicKey.description} · ${cert.signatureAlgorithm.name}</dd>
    </dl>
    ${verdicts(assessment)}
    ${chainView(chain)}
    ${details(cert)}
  </section>`;
}

function verdicts(assessment: CertificateAssessment): Html {
  const likely = (assessment.likelyRoles ?? []).map(shortLabel).join(' or ');
  const intro = assessment.rolesChosen
    ? html`Judged as the role you chose.${likely ? ` Most likely it is: ${likely}.` : ''}`
    : assessment.verdicts.length
      ? html`Judged for the role${assessment.verdicts.length > 1 ? 's' : ''} it most likely plays.`
      : html``;
  const why =
    !assessment.rolesChosen && assessment.roleReasons?.length
      ? html`<details class="why"><summary>Why ${assessment.verdicts.length > 1 ? 'these roles' : 'this role'}</summary><ul>${assessment.roleReasons.map((reason) => html`<li>${reason}</li>`)}</ul></details>`
      : '';
  const others = assessment.otherRoles?.length
    ? html`<p class="others">It could also serve as ${assessment.otherRoles.map(shortLabel).join(', ')}: not judged here; choose the role above to see its findings.</p>`
    : '';
  if (!assessment.verdicts.length) {
    return html`<div class="verdicts"><h3>Always On VPN roles</h3><p class="meta">No Always On VPN role fits this certificate.</p>${findingList(assessment.findings)}</div>`;
  }
  // Role-independent findings (expiry, key size, …) are listed once, above the per-role verdicts they also affect.
  const general = assessment.findings.filter((finding) => !finding.role);
  return html`<div class="verdicts"><h3>Always On VPN roles</h3><p class="meta">${intro}</p>${why}${general.length ? html`<div class="general"><h4>For every role</h4>${findingList(general)}</div>` : ''}${assessment.verdicts.map(verdict)}${others}</div>`;
}

function verdict(item: RoleVerdict): Html {
  return html`
    <article class="verdict ${item.status}">
      <h4><span class="icon" aria-hidden="true">${STATUS_ICON[item.status]}</span> ${item.label} <span class="status ${item.status}">${STATUS_LABEL[item.status]}</span></h4>
      ${findingList(item.findings.filter((finding) => finding.role))}
      ${item.status !== 'pass' && !item.findings.some((finding) => finding.role) ? html`<p class="meta">Only the findings listed for every role apply here.</p>` : ''}
      ${item.passed.length ? html`<details><summary>Checks passed (${item.passed.length})</summary><ul class="passed">${item.passed.map((text) => html`<li>${text}</li>`)}</ul></details>` : ''}
      ${item.reminders.length ? html`<details><summary>Also check (a file cannot tell)</summary><ul class="reminders">${item.reminders.map((text) => html`<li>${text}</li>`)}</ul></details>` : ''}
    </article>`;
}

function findingList(findings: readonly CertificateFinding[]): Html {
  if (!findings.length) return html``;
  return html`<ul class="findings">${findings.map((finding) => {
    const url = safeUrl(finding.docUrl);
    return html`<li class="${finding.severity}"><span class="severity">${SEVERITY_LABEL[finding.severity]}</span> ${isolated(finding.message)} <span class="rule"><code>${finding.ruleId}</code>${url ? html` · <a href="${url}">Why</a>` : ''}</span></li>`;
  })}</ul>`;
}

function chainView(chain: CertificateChain): Html {
  if (chain.links.length < 2 && chain.complete) return html``;
  return html`
    <details class="chain" open>
      <summary>Certification path</summary>
      <ol class="path">
        ${[...chain.links].reverse().map((link, i) => html`<li><span class="name">${link.certificate.subject.text ? isolated(link.certificate.subject.text) : '(empty subject)'}</span> <span class="source">${link.uri ? html`from <span title="${link.uri}">${isolated(basename(link.uri))}</span>` : i === chain.links.length - 1 ? 'this certificate' : 'in this file'}</span></li>`)}
      </ol>
      ${chain.complete ? '' : html`<p class="missing">Issuer not found in this file or the workspace: ${chain.missingIssuer ? isolated(chain.missingIssuer) : 'unknown'}.</p>`}
    </details>`;
}

function details(cert: CertificateInfo): Html {
  const rows: [string, Part][] = [
    ['Version', `V${cert.version}`],
    ['Serial number', html`<code>${cert.serialNumber}</code>`],
    ['Signature algorithm', cert.signatureAlgorithm.name + (cert.signatureAlgorithm.name === cert.signatureAlgorithm.oid ? '' : ` (${cert.signatureAlgorithm.oid})`)],
    ['Public key', `${cert.publicKey.description} (${cert.publicKey.algorithmOid})`],
    ['Valid from', cert.notBefore],
    ['Valid to', cert.notAfter],
    ['SHA-1 thumbprint', html`<code class="copy">${cert.thumbprints.sha1}</code>`],
    ['SHA-256 thumbprint', html`<code class="copy">${cert.thumbprints.sha256}</code>`],
  ];
  return html`
    <details class="details">
      <summary>Details</summary>
      ${table('General', rows)}
      ${nameTable('Subject', cert.subject)}
      ${nameTable('Issuer', cert.issuer)}
      ${table(
        'Subject alternative names',
        cert.subjectAltNames.map((alt): [string, Part] => [ALT_NAME_LABEL[alt.kind], isolated(alt.value)]),
        'none',
      )}
      ${table('Usage', [
        [
          'Basic constraints',
          cert.basicConstraints
            ? `${cert.basicConstraints.ca ? 'CA' : 'End entity'}${cert.basicConstraints.pathLength !== undefined ? `, path length ${cert.basicConstraints.pathLength}` : ''}${cert.basicConstraints.critical ? ' (critical)' : ''}`
            : 'not present',
        ],
        ['Key usage', cert.keyUsage ? `${cert.keyUsage.usages.join(', ') || 'none'}${cert.keyUsage.critical ? ' (critical)' : ''}` : 'not present'],
        ['Enhanced key usage', purposeList(cert.extendedKeyUsages, 'not present (all purposes)')],
        ...(cert.applicationPolicies ? [['Application policies', purposeList(cert.applicationPolicies, 'none')] as [string, Part]] : []),
        ...(cert.template
          ? [
              [
                'Certificate template',
                isolated(
                  [cert.template.name, cert.template.oid, cert.template.majorVersion !== undefined ? `v${cert.template.majorVersion}.${cert.template.minorVersion ?? 0}` : undefined]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ] as [string, Part],
            ]
          : []),
      ])}
      ${table(
        'Revocation and issuer access',
        [
          ...cert.crlDistributionPoints.map((point): [string, Part] => ['CRL distribution point', isolated(point)]),
          ...cert.authorityInfoAccess.map((access): [string, Part] => [
            access.method === 'ocsp' ? 'OCSP responder' : access.method === 'caIssuers' ? 'CA issuers' : 'Access',
            isolated(access.location),
          ]),
        ],
        'no CRL distribution point and no AIA',
      )}
      ${table('Identifiers and policies', [
        ['Subject key identifier', cert.subjectKeyId ? html`<code>${cert.subjectKeyId}</code>` : 'not present'],
        ['Authority key identifier', cert.authorityKeyId ? html`<code>${cert.authorityKeyId}</code>` : 'not present'],
        [
          'Account SID (strong mapping)',
          cert.securityIdentifier
            ? html`<code>${cert.securityIdentifier.sid}</code> · ${cert.securityIdentifier.source === 'extension' ? 'SID extension (1.3.6.1.4.1.311.25.2)' : 'SAN URL tag'}`
            : 'none (no SID extension, no SAN URL tag)',
        ],
        ['Certificate policies', purposeList(cert.certificatePolicies, 'none')],
      ])}
      ${table(
        'Extensions',
        cert.extensions.map((ext): [string, Part] => [ext.name ?? ext.oid, `${ext.oid}${ext.critical ? ' · critical' : ''}${ext.error ? ` · ${ext.error}` : ''}`]),
        'none',
      )}
    </details>`;
}

function table(caption: string, rows: readonly [string, Part][], empty?: string): Html {
  if (!rows.length && !empty) return html``;
  return html`<table><caption>${caption}</caption><tbody>${rows.length ? rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`) : html`<tr><td colspan="2" class="meta">${empty}</td></tr>`}</tbody></table>`;
}

function nameTable(caption: string, name: DistinguishedName): Html {
  return table(
    caption,
    [...name.attributes].reverse().map((attribute): [string, Part] => [`${attribute.label} (${attribute.type})`, isolated(attribute.value)]),
    'empty',
  );
}

function purposes(list: readonly Purpose[] | undefined): string {
  if (!list) return 'All purposes (no EKU extension)';
  return list.map((item) => item.name ?? item.oid).join(', ') || 'none';
}

function purposeList(list: readonly Purpose[] | undefined, absent: string): Html | string {
  if (!list) return absent;
  if (!list.length) return 'none';
  return html`${list.map((item, i) => html`${i ? ', ' : ''}${item.name ? `${item.name} ` : ''}<code>${item.oid}</code>`)}`;
}

function worstStatus(assessment: CertificateAssessment): RoleVerdict['status'] {
  const statuses = assessment.verdicts.map((item) => item.status);
  return statuses.includes('fail') ? 'fail' : statuses.includes('warning') || assessment.findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 'warning' : 'pass';
}

function roleSummary(assessment: CertificateAssessment): string {
  return assessment.verdicts.map((item) => item.label.replace(/ \(.*\)$/, '')).join(', ') || 'no role';
}

function displayName(cert: CertificateInfo): string {
  return cert.subject.attributes.filter((attribute) => attribute.type === 'CN').map((attribute) => attribute.value)[0] ?? (cert.subject.text || '(no subject)');
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function basename(uri: string): string {
  const clean = uri.replace(/[?#].*$/, '');
  return decodeURIComponentSafe(clean.slice(clean.lastIndexOf('/') + 1)) || uri;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const STYLES = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.5; margin: 0; padding: 8px 24px 48px; max-width: 1100px; }
h1 { font-size: 1.5em; font-weight: 600; margin: 16px 0 2px; word-break: break-all; }
h2 { font-size: 1.3em; font-weight: 600; margin: 0 0 10px; word-break: break-word; }
h3 { font-size: 1.05em; font-weight: 600; margin: 18px 0 4px; }
h4 { font-size: 1em; font-weight: 600; margin: 0 0 6px; }
bdi { unicode-bidi: isolate; }
.escape { font-family: var(--vscode-editor-font-family); font-size: 0.9em; color: var(--vscode-editorWarning-foreground); border: 1px solid currentColor; border-radius: 3px; padding: 0 2px; }
code { font-family: var(--vscode-editor-font-family); font-size: 0.95em; background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; word-break: break-all; }
code.copy { user-select: all; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
.meta { color: var(--vscode-descriptionForeground); margin: 2px 0 8px; }
.notes { color: var(--vscode-descriptionForeground); padding-left: 20px; }
.problem { border-left: 4px solid var(--vscode-editorError-foreground); background: var(--vscode-inputValidation-errorBackground, transparent); padding: 8px 14px; margin: 16px 0; }
.problem p { margin: 4px 0 0; }
.contents ol { padding-left: 20px; }
.certificate { border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, #8884)); padding-top: 18px; margin-top: 22px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
.facts dt { color: var(--vscode-descriptionForeground); }
.facts dd { margin: 0; word-break: break-word; }
.badge { font-size: 0.7em; font-weight: 600; vertical-align: middle; border-radius: 10px; padding: 2px 8px; margin-left: 6px; border: 1px solid currentColor; white-space: nowrap; }
.badge.pass { color: var(--vscode-testing-iconPassed, #388a34); }
.badge.warning, .validity.expiring-soon { color: var(--vscode-editorWarning-foreground); }
.badge.fail, .validity.expired, .validity.not-yet-valid { color: var(--vscode-errorForeground); }
.badge.none { color: var(--vscode-descriptionForeground); }
.role-picker { margin: 6px 0 2px; }
.role-picker .current { font-weight: 600; }
.why ul, .others { color: var(--vscode-descriptionForeground); }
.general { margin: 8px 0; }
.verdict { border-left: 4px solid var(--vscode-descriptionForeground); background: var(--vscode-editorWidget-background); padding: 8px 14px; margin: 8px 0; border-radius: 2px; }
.verdict.pass { border-left-color: var(--vscode-testing-iconPassed, #388a34); }
.verdict.warning { border-left-color: var(--vscode-editorWarning-foreground); }
.verdict.fail { border-left-color: var(--vscode-editorError-foreground); }
.status { font-weight: normal; color: var(--vscode-descriptionForeground); margin-left: 6px; }
.status.pass, .verdict.pass .icon { color: var(--vscode-testing-iconPassed, #388a34); }
.status.warning, .verdict.warning .icon { color: var(--vscode-editorWarning-foreground); }
.status.fail, .verdict.fail .icon { color: var(--vscode-editorError-foreground); }
.findings { list-style: none; padding: 0; margin: 4px 0; }
.findings li { margin: 6px 0; padding-left: 0; }
.severity { display: inline-block; min-width: 4.5em; font-weight: 600; }
.findings .error .severity { color: var(--vscode-editorError-foreground); }
.findings .warning .severity { color: var(--vscode-editorWarning-foreground); }
.findings .information .severity, .findings .hint .severity { color: var(--vscode-editorInfo-foreground); }
.rule { color: var(--vscode-descriptionForeground); font-size: 0.9em; white-space: nowrap; }
details { margin: 6px 0; }
summary { cursor: pointer; color: var(--vscode-textLink-foreground); }
.passed li::marker { content: '✔  '; color: var(--vscode-testing-iconPassed, #388a34); }
.path { padding-left: 20px; }
.path .source { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.missing { color: var(--vscode-editorWarning-foreground); }
table { border-collapse: collapse; margin: 12px 0; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; vertical-align: top; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--vscode-panel-border, #8882); word-break: break-word; }
th { font-weight: normal; color: var(--vscode-descriptionForeground); width: 30%; }
`;
