// The `aovpn` task type (package.json `taskDefinitions`): what a tasks.json entry or the provided "check workspace"
// task runs. Pure, so it is tested without VS Code; aovpnTasks.ts turns it into a VS Code task.

/** A tasks.json entry of type `aovpn`, as the user may have written it (anything can be in it). */
export interface AovpnTaskDefinition {
  readonly type: 'aovpn';
  readonly command?: unknown;
  readonly paths?: unknown;
  readonly args?: unknown;
}

/**
 * The arguments of the bundled CLI for a task: `check --format text PATH... ARG...` (text: what the `$aovpn` problem
 * matcher reads), the workspace folder (`.`) when no paths are given. Undefined for a command the task type does not
 * run. A path that starts with `-` is passed as `./-name`, so it is never read as an option.
 */
export function aovpnTaskArguments(definition: AovpnTaskDefinition): string[] | undefined {
  if (definition.command !== 'check') return undefined;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length > 0) : []);
  const paths = strings(definition.paths).map((p) => (p.startsWith('-') ? `./${p}` : p));
  return ['check', '--format', 'text', ...(paths.length ? paths : ['.']), ...strings(definition.args)];
}
