// `aovpn diff A B`: two profiles compared as Windows reads them, typically what was written against what a device
// reports (ProfileXML read back through MDM_VPNv2_01, or the MDM node cache exported from the registry).
import { compareProfiles, type ProfileDifference } from '../core/deploy/diff';
import { plainMessage } from '../core/text/plainMessage';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand } from './io';
import { readProfileFile, terminalJson } from './profileFile';
import { terminalText } from '../core/text/terminal';

const HELP = `Usage: aovpn diff [--json] A B

Compares two profiles (or two EAP configurations) as Windows reads them. Each file may be ProfileXML, a
PowerShell script, SyncML, saved PowerShell output such as
  Get-CimInstance -Namespace root\\cimv2\\mdm\\dmmap -ClassName MDM_VPNv2_01 | Format-List
(the profile may be escaped and wrapped), or a registry export of the MDM node cache (ExpectedValue).

Element order is ignored (except the order of ProtocolList entries); routes, NRPT rules, traffic filters and
thumbprints are compared as sets; booleans, enums, numbers, IP addresses, DNS names and lists are compared
as Windows reads them (lowercase-only 'true' in AlwaysOn and RememberCredentials); an element left out on
one side and set to its default on the other is listed as the same.

Options:
  --json       Print JSON: {"left", "right", "equivalent", "differences": [{"path", "kind", "left", "right", "note"}], "sameByDefault": [...]}
  -h, --help   Show this help

Exit status: 0 equivalent, 1 different, 2 usage or I/O error, or nothing to compare.`;

const MAX_SHOWN = 160;

function parseArgs(args: string[]): { json: boolean; files: string[] } | 'help' {
  const options = { json: false, files: [] as string[] };
  for (const arg of args) {
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--json') options.json = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${terminalText(arg)}". Run "aovpn diff --help".`);
    else options.files.push(arg);
  }
  if (options.files.length !== 2) throw new UsageError('give the two files to compare. Run "aovpn diff --help".');
  return options;
}

function shown(value: string | undefined): string {
  if (value === undefined) return '';
  const safe = terminalText(value);
  return `'${safe.length > MAX_SHOWN ? safe.slice(0, MAX_SHOWN) + '…' : safe}'`;
}

function line(difference: ProfileDifference, sameByDefault: boolean): string {
  const path = terminalText(difference.path);
  const note = difference.note ? ` (${terminalText(plainMessage(difference.note))})` : '';
  if (sameByDefault) {
    const side = difference.kind === 'only-left' ? 'A' : 'B';
    return `same     ${path}: only in ${side}${note}\n`;
  }
  switch (difference.kind) {
    case 'changed':
      return `changed  ${path}: ${shown(difference.left)} -> ${shown(difference.right)}${note}\n`;
    case 'only-left':
      return `only A   ${path}: ${shown(difference.left)}${note}\n`;
    case 'only-right':
      return `only B   ${path}: ${shown(difference.right)}${note}\n`;
  }
}

export const runDiff: CliCommand = async (args, io) => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const files = await Promise.all(parsed.files.map((given) => readProfileFile(given, io)));
  for (const file of files) {
    if (typeof file === 'string') {
      io.stderr(`aovpn diff: ${file}\n`);
      return EXIT_USAGE;
    }
  }
  const [left, right] = files as Exclude<(typeof files)[number], string>[];
  const result = compareProfiles(left.analysis, right.analysis);
  if (!result.ok) {
    io.stderr(`aovpn diff: ${terminalText(plainMessage(result.message))}\n`);
    return EXIT_USAGE;
  }
  if (parsed.json) {
    io.stdout(terminalJson({ left: left.display, right: right.display, equivalent: result.equivalent, differences: result.differences, sameByDefault: result.sameByDefault }) + '\n');
  } else {
    io.stdout(`A: ${terminalText(left.display)}\nB: ${terminalText(right.display)}\n`);
    for (const difference of result.differences) io.stdout(line(difference, false));
    for (const same of result.sameByDefault) io.stdout(line(same, true));
    const count = result.differences.length;
    io.stderr(count ? `${count} difference${count === 1 ? '' : 's'}\n` : 'The profiles are equivalent as Windows reads them.\n');
  }
  return result.equivalent ? EXIT_OK : EXIT_FINDINGS;
};
