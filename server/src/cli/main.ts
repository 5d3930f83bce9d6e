// `aovpn`: the command-line face of the analysis core.
import { terminalText } from '../core/text/terminal';
import { EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';
import { processOutput } from './stdio';

const USAGE = `Usage: aovpn <command> [options]

Commands:
  check [--format text|json|sarif] PATH...   Check ProfileXML and EAP XML files (folders: *.xml, *.ps1, *.psm1)
  explain CODE... [--json]                   Explain RAS/IKE error codes, HRESULTs, NPS reason codes, event IDs
  logs FILE... [--json]                      Summarise failures in NPS accounting logs and event text exports
  cert FILE... [--role ROLE] [--json]        Decode certificates and judge them for Always On VPN roles
  rules [--json|--markdown]                  List every rule ID with its default severity
  export --as intune|syncml|powershell FILE  Write a profile as an Intune setting, SyncML or a WMI-bridge script
  diff A B [--json]                          Compare two profiles as Windows reads them (written vs. reported)

Run "aovpn <command> --help" for the options of a command.`;

// Commands load on demand so `aovpn check` never pays for the certificate library.
function loadCommand(name: string): CliCommand | undefined {
  switch (name) {
    case 'check':
      return (require('./check') as typeof import('./check')).runCheck;
    case 'explain':
      return (require('./explain') as typeof import('./explain')).runExplain;
    case 'logs':
      return (require('./logs') as typeof import('./logs')).runLogs;
    case 'cert':
      return (require('./cert') as typeof import('./cert')).runCert;
    case 'rules':
      return (require('./rules') as typeof import('./rules')).runRules;
    case 'export':
      return (require('./export') as typeof import('./export')).runExport;
    case 'diff':
      return (require('./diff') as typeof import('./diff')).runDiff;
    default:
      return undefined;
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE + '\n');
    return name ? 0 : EXIT_USAGE;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = loadCommand(name);
  if (!command) {
    io.stderr(`aovpn: unknown command "${terminalText(name)}".\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(args, io);
  } catch (error) {
    // Messages quote what was given (file names, codes, options): shown with terminalText.
    if (error instanceof UsageError) {
      io.stderr(`aovpn ${name}: ${terminalText(error.message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`aovpn ${name}: internal error: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_USAGE;
  }
}

declare const AOVPN_VERSION: string | undefined;
const VERSION = typeof AOVPN_VERSION === 'string' ? AOVPN_VERSION : 'dev';

if (require.main === module) {
  const { stdout, stderr } = processOutput();
  const io: CliIO = { stdout, stderr, cwd: process.cwd() };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      stderr(`aovpn: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
