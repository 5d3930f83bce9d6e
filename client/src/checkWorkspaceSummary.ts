// The sentence "Check Workspace" ends with. Pure (no vscode), so it is tested as is.
import type { CheckWorkspaceResult } from '../../server/src/protocol';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function checkWorkspaceSummary(result: CheckWorkspaceResult): string {
  const checked = `Always On VPN: ${result.cancelled ? 'check stopped after' : 'checked'} ${count(result.files, 'file')}`;
  const findings = `${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}, ${count(result.information, 'information message')}`;
  const notes = [
    ...(result.unreadable ? [`${count(result.unreadable, 'file')} could not be read`] : []),
    ...(result.truncated ? ['the workspace has more files than a check reads; check the rest with aovpn check'] : []),
  ];
  return `${checked}: ${findings}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
}
