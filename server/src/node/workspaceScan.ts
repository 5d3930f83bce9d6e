// Reads the workspace's certificate and profile files into the core's WorkspaceKnowledge: the language server at
// start and when watched files change, `aovpn check` for the folders it checks. Bounded in files and bytes.
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_CERTIFICATE_FILE_BYTES } from '../core/certificates';
import { languageOfFile, SCRIPT_EXTENSIONS } from '../core/documents/powershell';
import { CERTIFICATE_EXTENSIONS, type WorkspaceKnowledge } from '../core/workspace';
import { readRegularFile } from './files';

const SCAN_LIMITS = { files: 20_000, certificates: 2_000, profiles: 500, xmlBytes: 2_000_000 };
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export interface ScanCounts {
  readonly certificates: number;
  readonly profiles: number;
}

type FileKind = 'certificate' | 'profile';

function kindOf(file: string): FileKind | undefined {
  const extension = path.extname(file).toLowerCase();
  if (CERTIFICATE_EXTENSIONS.includes(extension)) return 'certificate';
  if (extension === '.xml' || SCRIPT_EXTENSIONS.includes(extension)) return 'profile';
  return undefined;
}

/**
 * Reads every certificate and every profile/EAP XML file under the folders (bounded) into `knowledge`; `read` can
 * leave out one of the two kinds.
 */
export async function scanWorkspace(folders: readonly string[], knowledge: WorkspaceKnowledge, read: { certificates?: boolean; profiles?: boolean } = {}): Promise<ScanCounts> {
  const readCertificates = read.certificates ?? true;
  const readProfiles = read.profiles ?? true;
  let files = 0;
  let certificates = 0;
  let profiles = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
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
      const kind = kindOf(full);
      if (kind === 'certificate' && readCertificates && certificates < SCAN_LIMITS.certificates) {
        if (await readWorkspaceFile(full, knowledge)) certificates++;
      } else if (kind === 'profile' && readProfiles && profiles < SCAN_LIMITS.profiles) {
        if (await readWorkspaceFile(full, knowledge)) profiles++;
      }
    }
  };
  for (const folder of folders) await walk(folder);
  return { certificates, profiles };
}

/**
 * Reads one file (again) after it changed on disk, or forgets it when it was deleted or cannot be read. Returns
 * whether it holds certificates or is a profile/EAP file.
 */
export async function readWorkspaceFile(file: string, knowledge: WorkspaceKnowledge, deleted = false): Promise<boolean> {
  const kind = kindOf(file);
  const uri = pathToFileURL(file).toString();
  if (!kind || deleted) {
    knowledge.removeFile(uri);
    return false;
  }
  try {
    const bytes = new Uint8Array(await readRegularFile(file, kind === 'certificate' ? MAX_CERTIFICATE_FILE_BYTES : SCAN_LIMITS.xmlBytes));
    return kind === 'certificate' ? knowledge.setCertificateFile(uri, bytes) : knowledge.setProfileFile(uri, bytes, languageOfFile(file));
  } catch {
    knowledge.removeFile(uri);
    return false;
  }
}
