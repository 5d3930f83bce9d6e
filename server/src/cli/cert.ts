// `aovpn cert FILE... [--role ROLE] [--json]`: decodes certificate files and judges them for Always On VPN roles.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  MAX_CERTIFICATE_FILE_BYTES,
  ROLES,
  inspectCertificateFile,
  isRoleChoice,
  type CertificateAssessment,
  type CertificateFileReport,
  type CertificateInfo,
  type RoleChoice,
} from '../core/certificates';
import { altNameText, shortRoleLabel } from '../core/certificates/summary';
import { plainMessage } from '../core/text/plainMessage';
import { terminalText } from '../core/text/terminal';
import { FileAccessError, formatBytes, readRegularFileSync } from '../node/files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand } from './io';

const HELP = `Usage: aovpn cert [options] FILE...

Decodes certificate files (.cer .crt .der .pem .p7b .p7c; DER, PEM or PKCS#7, one or many certificates)
and judges each certificate against what Always On VPN needs for the role it plays. A folder stands for
the certificate files in it.

With --role auto, each certificate is judged for the roles it most likely plays (from its EKUs and names:
Server Authentication with IP security IKE intermediate is an IKEv2 VPN server, without it an NPS or SSTP
server; Client Authentication with a UPN a user, with a DNS name a device); other roles it could serve are
listed without their findings. Ask for one with --role to see its findings.

Options:
  --role ROLE                  auto (default: the roles it most likely plays), vpn-server (IKEv2),
                               sstp-server, nps-server, user, device, ca (root or issuing CA)
  --expiry-warning-days N      warn when a certificate expires within N days (default ${DEFAULT_EXPIRY_WARNING_DAYS})
  --at DATE                    judge as of DATE (e.g. 2026-01-31) instead of now
  --json                       print JSON: [{"file", "certificates": [...], "findings": [...], "error"?}];
                               each certificate has "roles" (judged), "otherRoles" (could also serve)
                               and "securityIdentifier" (the SID for strong mapping, or null)
  -h, --help                   show this help

Exit status: 0 no errors, 1 a finding at error level or a file that is not a certificate, 2 usage error or a
file that cannot be read (missing, not a regular file such as a pipe or a device).`;

const CERTIFICATE_EXTENSIONS = new Set(['.cer', '.crt', '.der', '.pem', '.p7b', '.p7c']);
const CLI_ROLES = ['auto', 'vpn-server', 'sstp-server', 'nps-server', 'user', 'device', 'ca'];

interface CertOptions {
  json: boolean;
  role: RoleChoice;
  expiryWarningDays: number;
  now: Date;
  files: string[];
}

function parseArgs(args: string[]): CertOptions | 'help' {
  const options: CertOptions = { json: false, role: 'auto', expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS, now: new Date(), files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? args[++i];
      if (next === undefined || next === '') throw new UsageError(`${name} needs a value. Run "aovpn cert --help".`);
      return next;
    };
    if (name === '-h' || name === '--help') return 'help';
    else if (name === '--json') options.json = true;
    else if (name === '--role') {
      const role = value();
      if (!CLI_ROLES.includes(role) || !isRoleChoice(role)) throw new UsageError(`unknown role "${role}"; use one of ${CLI_ROLES.join(', ')}.`);
      options.role = role;
    } else if (name === '--expiry-warning-days') {
      const text = value();
      const days = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(days)) throw new UsageError(`--expiry-warning-days needs a whole number of days, not "${text}".`);
      options.expiryWarningDays = days;
    } else if (name === '--at') {
      const text = value();
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
      if (Number.isNaN(date.getTime())) throw new UsageError(`--at needs a date such as 2026-01-31, not "${text}".`);
      options.now = date;
    } else if (name === '--') options.files.push(...args.splice(i + 1));
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option "${name}". Run "aovpn cert --help".`);
    else options.files.push(arg);
  }
  if (!options.files.length) throw new UsageError('give at least one certificate file, e.g. "aovpn cert vpn.cer". Run "aovpn cert --help".');
  return options;
}

interface FileResult {
  readonly file: string;
  readonly report?: CertificateFileReport;
  readonly error?: string;
  /** The file could not be read at all (an I/O error, not a problem of its content). */
  readonly unreadable?: boolean;
}

export const runCert: CliCommand = async (args, io) => {
  const options = parseArgs(args);
  if (options === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const results: FileResult[] = [];
  for (const file of options.files) {
    for (const target of expand(file, io.cwd)) results.push(inspectFile(target, io.cwd, options));
  }
  io.stdout(options.json ? JSON.stringify(results.map(toJson), null, 2) + '\n' : results.map(toText).join('\n'));
  if (results.some((result) => result.unreadable)) return EXIT_USAGE;
  const failed = results.some((result) => result.error || result.report?.error || result.report?.findings.some((finding) => finding.severity === 'error'));
  return failed ? EXIT_FINDINGS : EXIT_OK;
};

/**
 * A folder stands for the certificate files under it; anything else is taken as given. (Synchronous file access, as
 * in `aovpn check`: node:fs's promises would load more of Node than a command on a few small files needs.)
 */
function expand(file: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, file);
  if (!isDirectory(absolute)) return [file];
  const found: string[] = [];
  const walk = (dir: string, shown: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      entries = [];
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = path.join(dir, entry.name);
      const shownChild = path.join(shown, entry.name);
      if (entry.isDirectory()) walk(child, shownChild);
      else if (CERTIFICATE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(shownChild);
    }
  };
  walk(absolute, file);
  return found.length ? found : [file];
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function inspectFile(file: string, cwd: string, options: CertOptions): FileResult {
  const absolute = path.resolve(cwd, file);
  try {
    const stat = statSync(absolute);
    if (stat.isDirectory()) return { file, error: 'No certificate files (.cer, .crt, .der, .pem, .p7b, .p7c) in this folder.' };
    // Only a regular file, and never more than a certificate file can be, whatever stat() says.
    const bytes = new Uint8Array(readRegularFileSync(absolute, MAX_CERTIFICATE_FILE_BYTES));
    return { file, report: inspectCertificateFile(bytes, { now: options.now, role: options.role, expiryWarningDays: options.expiryWarningDays, fileName: path.basename(file) }) };
  } catch (error) {
    if (error instanceof FileAccessError && error.code === 'EFBIG') {
      const size = error.size !== undefined ? formatBytes(error.size) : `larger than ${formatBytes(MAX_CERTIFICATE_FILE_BYTES)}`;
      return { file, error: `The file is ${size}; certificate files are a few kilobytes, so it was not decoded.` };
    }
    return { file, error: readError(error), unreadable: true };
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'No such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied.';
  if (code === 'EISDIR') return 'This is a folder.';
  if (error instanceof FileAccessError) return `Cannot read the file: it ${error.message}.`;
  return `Cannot read the file (${error instanceof Error ? error.message : String(error)}).`;
}

// JSON, exactly the shape documented in `aovpn cert --help` and issue #4.
function toJson(result: FileResult): object {
  const report = result.report;
  const error = result.error ?? report?.error;
  return {
    file: result.file,
    certificates: (report?.certificates ?? []).map((cert, i) => certificateJson(cert, report!.assessments[i])),
    findings: (report?.findings ?? []).map((finding) => ({ severity: finding.severity, code: finding.ruleId, message: finding.message, certificate: finding.certificate })),
    ...(error ? { error } : {}),
  };
}

function certificateJson(cert: CertificateInfo, assessment: CertificateAssessment | undefined): object {
  return {
    subject: cert.subject.text,
    issuer: cert.issuer.text,
    serialNumber: cert.serialNumber,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    sha1: cert.thumbprints.sha1,
    sha256: cert.thumbprints.sha256,
    isCA: cert.isCA,
    keyAlgorithm: cert.publicKey.algorithm,
    keySize: cert.publicKey.size ?? null,
    signatureAlgorithm: cert.signatureAlgorithm.name,
    subjectAltNames: cert.subjectAltNames.map(altNameText),
    extendedKeyUsages: (cert.extendedKeyUsages ?? []).map((eku) => eku.oid),
    crlDistributionPoints: cert.crlDistributionPoints,
    authorityInfoAccess: cert.authorityInfoAccess.map((access) => `${access.method}:${access.location}`),
    securityIdentifier: cert.securityIdentifier?.sid ?? null,
    roles: assessment?.roles ?? [],
    otherRoles: assessment?.otherRoles ?? [],
  };
}

const STATUS = { pass: 'ready', warning: 'works, with warnings', fail: 'will fail' } as const;

// Every name, URL, note and message below comes from the certificate or the file system: each goes through
// terminalText, so that no escape sequence, line break or bidirectional override reaches the terminal.
function toText(result: FileResult): string {
  const report = result.report;
  const error = result.error ?? report?.error;
  const file = terminalText(result.file);
  if (error || !report) return `${file}: ${terminalText(error ?? '')}\n`;
  const count = report.certificates.length;
  const lines = [`${file}: ${count} certificate${count === 1 ? '' : 's'} (${formatLabel(report)})`];
  for (const note of report.notes) lines.push(`  note: ${terminalText(note)}`);
  report.certificates.forEach((cert, i) => {
    const assessment = report.assessments[i];
    const chain = report.chains[i];
    lines.push('', `  [${i}] ${terminalText(cert.subject.text) || '(empty subject)'}`);
    const row = (label: string, value: string): void => {
      lines.push(`      ${label.padEnd(10)} ${terminalText(value)}`);
    };
    row('Issuer', `${cert.issuer.text || '(empty)'}${cert.selfIssued ? ' (self-issued)' : ''}`);
    row('Valid', `${cert.notBefore.slice(0, 10)} to ${cert.notAfter.slice(0, 10)}, ${assessment.validity.text}`);
    row('SHA-1', cert.thumbprints.sha1);
    row('EAP form', cert.thumbprints.sha1Eap);
    row('SHA-256', cert.thumbprints.sha256);
    row('Serial', cert.serialNumber);
    row('Key', `${cert.publicKey.description}, signed with ${cert.signatureAlgorithm.name}`);
    if (cert.basicConstraints) row('CA', cert.isCA ? `yes${cert.basicConstraints.pathLength !== undefined ? ` (path length ${cert.basicConstraints.pathLength})` : ''}` : 'no');
    if (cert.keyUsage) row('Key usage', cert.keyUsage.usages.join(', ') || '(none)');
    row('EKU', cert.extendedKeyUsages ? cert.extendedKeyUsages.map((eku) => (eku.name ? `${eku.name} (${eku.oid})` : eku.oid)).join(', ') || '(empty)' : '(no EKU extension: all purposes)');
    if (cert.subjectAltNames.length) row('SAN', cert.subjectAltNames.map(altNameText).join(', '));
    if (cert.crlDistributionPoints.length) row('CDP', cert.crlDistributionPoints.join(', '));
    if (cert.authorityInfoAccess.length) row('AIA', cert.authorityInfoAccess.map((access) => `${access.method}: ${access.location}`).join(', '));
    if (cert.template) row('Template', [cert.template.name, cert.template.oid].filter(Boolean).join(' '));
    if (cert.securityIdentifier) row('SID', `${cert.securityIdentifier.sid} (${cert.securityIdentifier.source === 'extension' ? 'SID extension' : 'SAN URL'})`);
    if (chain.links.length > 1) row('Chain', chain.links.map((link) => link.certificate.subject.text).join('  <-  ') + (chain.complete ? '' : '  <-  ?'));
    const verdicts = assessment.verdicts.map((verdict) => `${ROLES[verdict.role].label}: ${STATUS[verdict.status]}`).join('; ');
    if (assessment.rolesChosen) {
      const likely = assessment.likelyRoles.map((role) => ROLES[role].label).join(', ');
      row('Role', `${verdicts} (the role you chose${likely ? `; most likely: ${likely}` : ''})`);
    } else {
      row('Roles', verdicts || 'none');
      for (const reason of assessment.roleReasons) row('Why', reason);
      if (assessment.otherRoles.length) row('Also fits', `${assessment.otherRoles.map(shortRoleLabel).join(', ')} (not judged; --role judges one)`);
    }
    for (const finding of assessment.findings) {
      lines.push(`      ${finding.severity.padEnd(11)} ${finding.ruleId}${finding.role ? ` (as ${ROLES[finding.role].label})` : ''}`);
      lines.push(`                  ${terminalText(plainMessage(finding.message))}`);
    }
  });
  return lines.join('\n') + '\n';
}

function formatLabel(report: CertificateFileReport): string {
  switch (report.format) {
    case 'der':
      return 'DER';
    case 'pem':
      return 'PEM';
    case 'pkcs7':
      return 'PKCS#7';
    case 'base64':
      return 'base64';
    default:
      return 'unknown format';
  }
}
