// Reads the workspace's certificate and profile files into the core's WorkspaceKnowledge: the language server at
// start and when watched files change, `aovpn check` for the folders it checks. Bounded in files and bytes.
import { pathToFileURL } from 'node:url';
import { MAX_CERTIFICATE_FILE_BYTES } from '../core/certificates';
import { languageOfFile } from '../core/documents/powershell';
import type { WorkspaceKnowledge } from '../core/workspace';
import { readRegularFile } from './files';
import { walkWorkspace, workspaceFileKind } from './workspaceFiles';

const SCAN_LIMITS = { certificates: 2_000, profiles: 500, xmlBytes: 2_000_000 };

export interface ScanCounts {
  readonly certificates: number;
  readonly profiles: number;
}

/**
 * Reads every certificate and every profile/EAP XML file under the folders (bounded) into `knowledge`; `read` can
 * leave out one of the two kinds.
 */
export async function scanWorkspace(folders: readonly string[], knowledge: WorkspaceKnowledge, read: { certificates?: boolean; profiles?: boolean } = {}): Promise<ScanCounts> {
  const readCertificates = read.certificates ?? true;
  const readProfiles = read.profiles ?? true;
  let certificates = 0;
  let profiles = 0;
  await walkWorkspace(folders, async (file, kind) => {
    if (kind === 'certificate' && readCertificates && certificates < SCAN_LIMITS.certificates) {
      if (await readWorkspaceFile(file, knowledge)) certificates++;
    } else if (kind === 'profile' && readProfiles && profiles < SCAN_LIMITS.profiles) {
      if (await readWorkspaceFile(file, knowledge)) profiles++;
    }
  });
  return { certificates, profiles };
}

/**
 * Reads one file (again) after it changed on disk, or forgets it when it was deleted or cannot be read. Returns
 * whether it holds certificates or is a profile/EAP file.
 */
export async function readWorkspaceFile(file: string, knowledge: WorkspaceKnowledge, deleted = false): Promise<boolean> {
  const kind = workspaceFileKind(file);
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
