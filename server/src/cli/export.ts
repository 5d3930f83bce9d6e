// `aovpn export --as intune|syncml|powershell FILE`: the profile in the form a deployment takes.
import { exportProfile, type DeployScope, type ExportFormat } from '../core/deploy/export';
import { plainMessage } from '../core/text/plainMessage';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand } from './io';
import { requiresNewerWindows } from '../core/profile/rules/requires-newer-windows';
import type { WindowsVersion } from '../core/windows/versions';
import { targetWindowsOption } from './targetWindows';
import { findingLines, readProfileFile, terminalJson } from './profileFile';
import { terminalText } from '../core/text/terminal';

const HELP = `Usage: aovpn export --as intune|syncml|powershell [options] FILE

Writes the profile in FILE (ProfileXML, a PowerShell script, SyncML or saved PowerShell output) in the form a
deployment takes, on standard output:
  intune      the Intune custom OMA-URI setting: OMA-URI, data type (String) and the profile on one line
              (comments and the whitespace between elements removed, text untouched)
  syncml      an Atomic <Add> command for the VPNv2 CSP, with the profile escaped in <Data>
  powershell  a script that creates the profile through the MDM WMI bridge (class MDM_VPNv2_01),
              replacing a profile of the same name; run it as SYSTEM

Options:
  --as FORMAT          intune, syncml or powershell (required)
  --name NAME          Profile name (default: the profile's <ProfileName>, then the file name); URL-encoded
                       in the OMA-URI, so "Contoso VPN" becomes Contoso%20VPN
  --scope user|device  ./User or ./Device (default: device for a device tunnel, otherwise user)
  --replace            syncml: a <Replace> command instead of <Add>
  --json               Print the result as JSON: {format, name, scope, omaUri, dataType, value, text, notes}
  --force              Export although the profile has errors
  --target-windows V   The oldest Windows the profile must apply on (10.0.19045, 10 22H2, 11 23H2): elements
                       and values that need a newer one are listed as warnings (the export goes ahead)
  -h, --help           Show this help

Exit status: 0 exported, 1 not exported because of the profile (its errors are listed), 2 usage or I/O error.`;

interface ExportArgs {
  format: ExportFormat | undefined;
  name: string | undefined;
  scope: DeployScope | undefined;
  replace: boolean;
  json: boolean;
  force: boolean;
  targetWindows: WindowsVersion | undefined;
  files: string[];
}

function parseArgs(args: string[]): ExportArgs | 'help' {
  const options: ExportArgs = { format: undefined, name: undefined, scope: undefined, replace: false, json: false, force: false, targetWindows: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--as': {
        const format = value();
        if (format !== 'intune' && format !== 'syncml' && format !== 'powershell') throw new UsageError(`unknown format "${terminalText(format)}" (use intune, syncml or powershell).`);
        options.format = format;
        break;
      }
      case '--name':
        options.name = value();
        break;
      case '--scope': {
        const scope = value();
        if (scope !== 'user' && scope !== 'device') throw new UsageError(`--scope is user or device, not "${terminalText(scope)}".`);
        options.scope = scope;
        break;
      }
      case '--replace':
        options.replace = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--force':
        options.force = true;
        break;
      case '--target-windows':
        options.targetWindows = targetWindowsOption(value());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${terminalText(arg)}". Run "aovpn export --help".`);
        options.files.push(arg);
    }
  }
  if (!options.format) throw new UsageError('say which form with --as intune, --as syncml or --as powershell. Run "aovpn export --help".');
  if (options.files.length !== 1) throw new UsageError('give exactly one profile file. Run "aovpn export --help".');
  if (options.replace && options.format !== 'syncml') throw new UsageError('--replace applies to --as syncml only.');
  return options;
}

export const runExport: CliCommand = async (args, io) => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const file = await readProfileFile(parsed.files[0], io, { targetWindows: parsed.targetWindows });
  if (typeof file === 'string') {
    io.stderr(`aovpn export: ${file}\n`);
    return EXIT_USAGE;
  }
  const result = exportProfile(file.analysis, {
    format: parsed.format!,
    name: parsed.name,
    scope: parsed.scope,
    replace: parsed.replace,
    force: parsed.force,
    fallbackName: file.baseName,
  });
  if (!result.ok) {
    io.stderr(findingLines(file, result.findings));
    io.stderr(`aovpn export: ${terminalText(file.display)}: ${terminalText(plainMessage(result.message))}\n`);
    return result.kind === 'usage' ? EXIT_USAGE : EXIT_FINDINGS;
  }
  if (parsed.json) {
    const { ok: _ok, ...json } = result;
    io.stdout(terminalJson(json) + '\n');
  } else io.stdout(result.text);
  // With a target Windows, what needs a newer one is said, though it does not stop the export.
  const tooNew = file.analysis.findings.filter((f) => f.ruleId === requiresNewerWindows.id);
  if (tooNew.length) io.stderr(findingLines(file, tooNew));
  for (const note of result.notes) io.stderr(`note: ${terminalText(note)}\n`);
  return EXIT_OK;
};
