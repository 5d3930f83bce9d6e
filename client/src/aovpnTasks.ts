// The `aovpn` task type: a provided "aovpn: check workspace" task per workspace folder, and tasks.json entries of
// type `aovpn` resolved, each running the CLI bundled with the extension (dist/cli.js) with the `$aovpn` problem
// matcher. VS Code's own runtime runs it (ELECTRON_RUN_AS_NODE), so Node.js need not be installed.
import * as vscode from 'vscode';
import { aovpnTaskArguments, type AovpnTaskDefinition } from './aovpnTaskDefinition';

const TASK_TYPE = 'aovpn';

export function registerAovpnTasks(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath('dist/cli.js');
  const toTask = (definition: AovpnTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope, name: string): vscode.Task | undefined => {
    const args = aovpnTaskArguments(definition);
    if (!args) return undefined;
    const folder = typeof scope === 'object' ? scope : vscode.workspace.workspaceFolders?.[0];
    const execution = new vscode.ProcessExecution(process.execPath, [cli, ...args], { cwd: folder?.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } });
    const task = new vscode.Task(definition, scope, name, TASK_TYPE, execution, '$aovpn');
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
    return task;
  };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () =>
        (vscode.workspace.workspaceFolders ?? [])
          .filter((folder) => folder.uri.scheme === 'file')
          .map((folder) => toTask({ type: TASK_TYPE, command: 'check' }, folder, 'check workspace'))
          .filter((task): task is vscode.Task => task !== undefined),
      resolveTask: (task) => toTask(task.definition as AovpnTaskDefinition, task.scope ?? vscode.TaskScope.Workspace, task.name),
    }),
  );
}
