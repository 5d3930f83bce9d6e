// What the server knows about the workspace beyond open documents: the certificates in it, and the VPN server
// names and EAP ServerNames of its profiles, so thumbprints and names can be cross-checked.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from './core/analysis';
import { analyzeDocument } from './core/analysis';
import { languageOfFile, SCRIPT_EXTENSIONS } from './core/documents/powershell';
import {
  CertificateIndex,
  MAX_CERTIFICATE_FILE_BYTES,
  crossCheckServerNames,
  decodeCertificateFile,
  pemDocumentFindings,
  resolveThumbprints,
  roleContextFrom,
  type CrossReferenceOptions,
  type ResolvedThumbprint,
  type NameListText,
  type RoleContext,
  type ThumbprintElement,
  type ThumbprintReference,
} from './core/certificates';
import { decodeText } from './core/text/encoding';
import type { Finding, TextRange } from './core/types';
import { walkElements } from './core/xml/query';
import { readRegularFile } from './node/files';

export const CERTIFICATE_EXTENSIONS = ['.cer', '.crt', '.der', '.pem', '.p7b', '.p7c'];
const SCAN_LIMITS = { files: 20_000, certificates: 2_000, profiles: 500, xmlBytes: 2_000_000 };
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export interface DocumentNames {
  readonly profileServers: NameListText[];
  readonly eapServerNames: NameListText[];
}

/** The parts of an analysed document that refer to certificates, in document offsets. */
export interface CertificateReferences extends DocumentNames {
  readonly thumbprints: ThumbprintReference[];
}

export function certificateReferences(analysis: Analysis): CertificateReferences {
  const profileServers: NameListText[] = [];
  const eapServerNames: NameListText[] = [];
  const thumbprints: ThumbprintReference[] = [];
  for (const unit of analysis.units) {
    const toDocument = (range: TextRange): TextRange => ({ start: unit.map.toOriginal(range.start), end: unit.map.toOriginal(range.end) });
    const add = (element: ThumbprintElement, text: string, range: TextRange) => {
      if (text) thumbprints.push({ text, range: toDocument(range), element });
    };
    if (unit.profile) {
      const servers = unit.profile.element('NativeProfile/Servers');
      if (servers?.text.trimmed) profileServers.push({ text: servers.text.trimmed, start: unit.map.toOriginal(servers.text.range.start) });
      const sso = unit.profile.element('DeviceCompliance/Sso/IssuerHash');
      if (sso) add('SsoIssuerHash', sso.text.trimmed, sso.text.range);
      continue;
    }
    for (const element of walkElements(unit.root)) {
      if (element.localName === 'ServerNames' && element.text.trimmed) {
        eapServerNames.push({ text: element.text.trimmed, start: unit.map.toOriginal(element.text.range.start) });
      } else if (element.localName === 'TrustedRootCA') add('TrustedRootCA', element.text.trimmed, element.text.range);
      else if (element.localName === 'IssuerHash') add('IssuerHash', element.text.trimmed, element.text.range);
    }
  }
  return { profileServers, eapServerNames, thumbprints };
}

export class WorkspaceKnowledge {
  readonly certificates = new CertificateIndex();
  private readonly names = new Map<string, DocumentNames>();

  /** Reads every certificate and every profile/EAP XML file under the folders (bounded). */
  async scan(folders: readonly string[], log: (message: string) => void): Promise<{ certificates: number; profiles: number }> {
    let files = 0;
    let certificates = 0;
    let profiles = 0;
    const walk = async (dir: string): Promise<void> => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (++files > SCAN_LIMITS.files) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(full);
          continue;
        }
        // A link is followed when read; the reader refuses what is not a regular file (a link to /dev/zero).
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        const extension = path.extname(entry.name).toLowerCase();
        if (CERTIFICATE_EXTENSIONS.includes(extension) && certificates < SCAN_LIMITS.certificates) {
          if (await this.readCertificateFile(full)) certificates++;
        } else if ((extension === '.xml' || SCRIPT_EXTENSIONS.includes(extension)) && profiles < SCAN_LIMITS.profiles) {
          if (await this.readXmlFile(full)) profiles++;
        }
      }
    };
    for (const folder of folders) await walk(folder);
    log(`workspace: ${certificates} certificate file(s) and ${profiles} profile/EAP file(s) indexed`);
    return { certificates, profiles };
  }

  /** Updates the index after a watched file changed on disk. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const file = fileURLToPath(uri);
    const extension = path.extname(file).toLowerCase();
    if (CERTIFICATE_EXTENSIONS.includes(extension)) {
      if (deleted) this.certificates.removeFile(uri);
      else await this.readCertificateFile(file);
    } else if (extension === '.xml' || SCRIPT_EXTENSIONS.includes(extension)) {
      if (deleted) this.names.delete(uri);
      else await this.readXmlFile(file);
    }
  }

  /** An open document is fresher than its file on disk. */
  updateFromAnalysis(uri: string, references: DocumentNames): void {
    if (references.profileServers.length || references.eapServerNames.length) this.names.set(uri, references);
    else this.names.delete(uri);
  }

  /**
   * The findings of a document that need the workspace: thumbprints matched with its certificates, server names
   * checked against their names, and the PEM blocks judged with the workspace's context.
   */
  crossReference(uri: string, analysis: Analysis, hasPem: boolean, options: CrossReferenceOptions): { findings: Finding[]; thumbprints: ResolvedThumbprint[] } {
    const findings: Finding[] = [];
    let thumbprints: ResolvedThumbprint[] = [];
    if (analysis.units.length && !analysis.limited) {
      const references = certificateReferences(analysis);
      this.updateFromAnalysis(uri, references);
      thumbprints = resolveThumbprints(references.thumbprints, this.certificates, { ...options, reportUnmatched: this.certificates.size > 0 });
      for (const resolved of thumbprints) findings.push(...resolved.findings);
      findings.push(...crossCheckServerNames(references, this.certificates, options).documentFindings);
    }
    if (hasPem) findings.push(...pemDocumentFindings(analysis.text, { ...options, context: this.roleContext(), known: this.certificates.all() }));
    return { findings, thumbprints };
  }

  /** Every VPN server name and EAP ServerNames entry in the workspace, for judging certificates. */
  roleContext(): RoleContext {
    const all = [...this.names.values()];
    return roleContextFrom({ profileServers: all.flatMap((n) => n.profileServers), eapServerNames: all.flatMap((n) => n.eapServerNames) });
  }

  private async readCertificateFile(file: string): Promise<boolean> {
    const uri = pathToFileURL(file).toString();
    try {
      const decoded = decodeCertificateFile(new Uint8Array(await readRegularFile(file, MAX_CERTIFICATE_FILE_BYTES)));
      if (decoded.certificates.length) this.certificates.setFile(uri, decoded.certificates);
      else this.certificates.removeFile(uri);
      return decoded.certificates.length > 0;
    } catch {
      this.certificates.removeFile(uri);
      return false;
    }
  }

  private async readXmlFile(file: string): Promise<boolean> {
    try {
      const decoded = decodeText(await readRegularFile(file, SCAN_LIMITS.xmlBytes));
      if (decoded.notText) return false;
      const text = decoded.text;
      if (!/<(?:[\w.-]+:)?(?:VPNProfile|EapHostConfig)[\s>/]/.test(text.slice(0, 65536))) return false;
      const references = certificateReferences(analyzeDocument(text, { language: languageOfFile(file) }));
      this.updateFromAnalysis(pathToFileURL(file).toString(), references);
      return true;
    } catch {
      return false;
    }
  }
}
