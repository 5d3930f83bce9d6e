// Which files of a folder tree are Always On VPN candidates, by name: the one rule shared by the server's index
// (workspaceScan.ts), Check Workspace (server/src/workspaceCheck.ts) and the folders `aovpn check` searches. Names
// only: whether a file holds a profile, an EAP configuration or certificates is decided by its content.
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { SCRIPT_EXTENSIONS } from '../core/documents/powershell';

/** File name endings of certificate files (DER, PEM, PKCS #7). */
const CERTIFICATE_EXTENSIONS: readonly string[] = ['.cer', '.crt', '.der', '.pem', '.p7b', '.p7c'];

/** Dependency, version-control and build folders: never a deployment's files. Hidden folders are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

/** Directory entries a walk looks at before it stops (a home folder opened as a workspace must not take minutes). */
const MAX_WALKED_ENTRIES = 20_000;

/** `profile`: XML or a PowerShell script that may hold a profile or EAP configuration (decided by content when read). */
export type WorkspaceFileKind = 'certificate' | 'profile';

/** What a file may be, by its name: the one rule for the server's index, Check Workspace and `aovpn check`'s folders. */
export function workspaceFileKind(file: string): WorkspaceFileKind | undefined {
  const extension = path.extname(file).toLowerCase();
  if (CERTIFICATE_EXTENSIONS.includes(extension)) return 'certificate';
  if (extension === '.xml' || SCRIPT_EXTENSIONS.includes(extension)) return 'profile';
  return undefined;
}

/**
 * Visits the certificate and profile/EAP candidate files under the folders, skipping dependency, build and hidden
 * folders; stops after `maxEntries` directory entries (then `truncated`). A link is visited too: whoever reads it
 * refuses what is not a regular file (a link to /dev/zero).
 */
export async function walkWorkspace(
  folders: readonly string[],
  visit: (file: string, kind: WorkspaceFileKind) => Promise<void> | void,
  maxEntries: number = MAX_WALKED_ENTRIES,
): Promise<{ readonly truncated: boolean }> {
  let entriesSeen = 0;
  let truncated = false;
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++entriesSeen > maxEntries) {
        truncated = true;
        return;
      }
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(full);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const kind = workspaceFileKind(full);
      if (kind) await visit(full, kind);
    }
  };
  for (const folder of folders) await walk(folder);
  return { truncated };
}
