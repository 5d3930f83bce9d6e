// `--target-windows VERSION` of `aovpn check` and `aovpn export`, read as the setting `aovpn.targetWindows` is.
import { terminalText } from '../core/text/terminal';
import { parseWindowsTarget, type WindowsVersion } from '../core/windows/versions';
import { UsageError } from './io';

/** The version given; a text that is no Windows version aovpn knows is a usage error that says what to write. */
export function targetWindowsOption(text: string): WindowsVersion {
  const parsed = parseWindowsTarget(text);
  if (!parsed.ok) throw new UsageError(`--target-windows: ${terminalText(parsed.message.replace(/`/g, ''))}`);
  return parsed.version;
}
