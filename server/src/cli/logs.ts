// `aovpn logs FILE... [--json]`: summarise the failures in NPS accounting logs (database-compatible, IAS, DTS) and
// event text exports. Files are streamed in 1 MiB chunks into the core summariser, so memory stays flat.
import * as path from 'node:path';
import { KIND_LABELS } from '../core/codes/catalogue';
import { LogSummariser, type LogSummary } from '../core/codes/npsLog/summary';
import { terminalText } from '../core/text/terminal';
import { readRegularFileChunks } from '../node/files';
import { EXIT_OK, UsageError, type CliCommand } from './io';

const HELP = `Usage: aovpn logs [--json] [--top N] FILE...

Summarises failures in NPS accounting logs (database-compatible IN*.log, IAS format, DTS XML) and in event
text exports (RasClient 20227/20226, NPS 6273/6274): counts per reason or error code with its meaning, per user
and per network policy. The format of each file is detected from its first line.

Options:
  --json       Print JSON: [{"file", "format", "lines", "failures", "codes": [...], "users": [...], "policies": [...], ...}]
  --top N      Rows per table in text output (default 10; JSON lists everything)
  -h, --help   Show this help

Exit status: 0 summarised, 2 usage or I/O error.`;

const CHUNK_BYTES = 1 << 20;

const FORMAT_LABELS: Readonly<Record<LogSummary['format'], string>> = {
  database: 'NPS accounting log, database-compatible format',
  ias: 'NPS accounting log, IAS format',
  dts: 'NPS accounting log, DTS (XML) format',
  text: 'event text',
  empty: 'empty file',
};

interface LogsOptions {
  json: boolean;
  top: number;
  files: string[];
}

function parseArgs(args: string[]): LogsOptions | 'help' {
  const options: LogsOptions = { json: false, top: 10, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--top' || arg.startsWith('--top=')) {
      const value = arg === '--top' ? args[++i] : arg.slice('--top='.length);
      const top = Number(value);
      if (!Number.isInteger(top) || top < 1) throw new UsageError('--top expects a whole number of rows, at least 1.');
      options.top = top;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}". Run "aovpn logs --help".`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('give at least one log file, e.g. "aovpn logs IN2501.log". Run "aovpn logs --help".');
  return options;
}

function describeError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `cannot read "${file}": no such file.`;
  if (code === 'EISDIR') return `cannot read "${file}": it is a folder; give the log files themselves.`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read "${file}": permission denied.`;
  return `cannot read "${file}": ${error instanceof Error ? error.message : String(error)}.`;
}

async function summariseFile(file: string): Promise<LogSummary> {
  const summariser = new LogSummariser();
  // Only a regular file: a FIFO or /dev/zero is refused instead of blocking or reading for ever.
  for await (const chunk of readRegularFileChunks(file, CHUNK_BYTES)) summariser.push(chunk);
  return summariser.end();
}

const number = (n: number): string => n.toLocaleString('en-US');

function table<T>(title: string, rows: readonly T[], top: number, render: (row: T) => string): string[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, top).map(render);
  const more = rows.length > top ? [`  … ${number(rows.length - top)} more (see --json)`] : [];
  return ['', `${title}:`, ...shown, ...more];
}

// NPS logs the User-Name of requests it rejects, so an unauthenticated client writes the user names printed here;
// the file name comes from the disk. Both go through terminalText: no escape sequence and no line break reaches
// the terminal.
function summaryText(file: string, summary: LogSummary, top: number): string {
  const lines = [
    `${terminalText(file)}: ${FORMAT_LABELS[summary.format]}, ${number(summary.lines)} lines, ${number(summary.failures)} ${
      summary.format === 'text' ? 'failure codes found' : 'records with a non-zero reason code'
    }${summary.unparsedLines > 0 ? `, ${number(summary.unparsedLines)} lines not understood` : ''}`,
  ];
  if (summary.packetTypes.length > 0) {
    lines.push(`Packet types: ${summary.packetTypes.map((p) => `${p.name ?? `type ${p.code}`} ${number(p.count)}`).join(' · ')}`);
  }
  const width = Math.max(...[...summary.codes, ...summary.users, ...summary.policies].map((row) => number(row.count).length), 1);
  const count = (n: number) => number(n).padStart(width + 2);
  lines.push(
    ...table('By code', summary.codes, top, (row) => {
      const label = `${KIND_LABELS[row.kind]} ${row.kind === 'hresult' ? '0x' + row.code.toString(16).toUpperCase() : row.code}`;
      const symbol = row.symbol ? ` ${row.symbol}` : '';
      return `${count(row.count)}  ${label}${symbol}: ${row.summary ?? 'not in the catalogue'}`;
    }),
    ...table('By user', summary.users, top, (row) => `${count(row.count)}  ${terminalText(row.name)}`),
    ...table('By network policy', summary.policies, top, (row) => `${count(row.count)}  ${terminalText(row.name)}`),
  );
  if (summary.distinctLimitReached) lines.push('', 'Note: too many distinct names; the rest are counted under "(other)".');
  return lines.join('\n');
}

export const runLogs: CliCommand = async (args, io) => {
  const options = parseArgs(args);
  if (options === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const results: { file: string; summary: LogSummary }[] = [];
  for (const file of options.files) {
    try {
      results.push({ file, summary: await summariseFile(path.resolve(io.cwd, file)) });
    } catch (error) {
      throw new UsageError(describeError(file, error));
    }
  }
  if (options.json) {
    io.stdout(
      JSON.stringify(
        results.map(({ file, summary }) => ({ file, ...summary })),
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stdout(results.map(({ file, summary }) => summaryText(file, summary, options.top)).join('\n\n') + '\n');
  }
  return EXIT_OK;
};
