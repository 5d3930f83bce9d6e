// `aovpn check` on many files: worker threads give the same output, byte for byte and in the same order, as checking
// the files one after another; --fix writes and reports each file once; a worker that dies costs only its file; the
// report streams. The folders are generated here (a few hundred small profiles).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../server/src/cli/check';
import type { CliIO } from '../../server/src/cli/io';
import { nodeWriteFileSystem } from '../../server/src/node/files';
import { runCli } from './cliRunner';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-parallel-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

const FAULTY_WORKER = path.join(__dirname, 'faultyCheckWorker.js');

function profile(i: number, clean = false): string {
  let text =
    '<VPNProfile>\n' +
    `  <ProfileName>Site ${i}</ProfileName>\n` +
    '  <NativeProfile>\n' +
    `    <Servers>vpn${i}.example.org</Servers>\n` +
    '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n' +
    '    <NativeProtocolType>IKEv2</NativeProtocolType>\n' +
    '    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>\n' +
    '  </NativeProfile>\n' +
    `  <Route><Address>10.${i % 250}.0.0</Address><PrefixSize>16</PrefixSize></Route>\n` +
    '</VPNProfile>\n';
  if (clean) return text;
  // Safe fixes: lowercase 'true', '&' escaped.
  if (i % 3 === 1) text = text.replace('<NativeProfile>', '<AlwaysOn>TRUE</AlwaysOn>\n  <NativeProfile>');
  if (i % 5 === 2) text = text.replace(`Site ${i}<`, `Sales & Site ${i}<`);
  // Findings without a fix, and a warning.
  if (i % 7 === 3) text = text.replace('<PrefixSize>16<', '<PrefixSize>99<');
  if (i % 11 === 4) text = text.replace('SplitTunnel', 'ForceTunnel');
  return text;
}

/** `count` profiles in `dir`, spread over sub-folders, named so that their order is not their creation order. */
function writeProfiles(dir: string, count: number, name = (i: number) => `p${String(i).padStart(4, '0')}.xml`): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `group-${i % 4}`, name(i));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, profile(i));
    files.push(file);
  }
  return files;
}

/** Checks in this process; `here: true` keeps every file in this thread (a file system given for writes does). */
async function checkInProcess(args: string[], extra: Partial<CliIO> & { here?: boolean } = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const { here, ...rest } = extra;
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd: temp, ...(here ? { writeFileSystem: nodeWriteFileSystem } : {}), ...rest };
  const status = await runCheck(args, io);
  return { status, stdout, stderr };
}

const many = path.join(temp, 'many');
writeProfiles(many, 300);
// What a real folder also holds: a file in UTF-16 with a BOM, one that is not valid UTF-8 (a note), an EAP file
// beside the profiles, and a file that is not text at all (exit 2).
fs.writeFileSync(path.join(many, 'group-1', 'utf16.xml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(profile(1), 'utf16le')]));
fs.writeFileSync(path.join(many, 'group-2', 'latin1.xml'), Buffer.from(profile(2).replace('Site 2', 'Équipe'), 'latin1'));
fs.writeFileSync(path.join(many, 'group-3', 'binary.xml'), Buffer.from([0x3c, 0x00, 0x00, 0x01, 0x02, 0x00, 0x3e]));

test('many files: workers print what one thread prints, byte for byte, in input order (text, JSON, SARIF)', async () => {
  for (const format of ['text', 'json', 'sarif']) {
    const here = await checkInProcess(['--format', format, 'many'], { here: true });
    const one = runCli(['check', '--jobs', '1', '--format', format, 'many'], temp);
    const three = runCli(['check', '--jobs', '3', '--format', format, 'many'], temp);
    assert.equal(here.status, 2, `${format}: the binary file makes it exit 2\n${here.stderr}`);
    for (const [name, run] of Object.entries({ 'one worker': one, 'three workers': three })) {
      assert.equal(run.status, here.status, `${format}, ${name}`);
      assert.equal(run.stdout, here.stdout, `${format}, ${name}: stdout`);
      assert.equal(run.stderr, here.stderr, `${format}, ${name}: stderr`);
    }
    if (format === 'text') {
      assert.match(here.stderr, /^302 files checked: \d+ errors/m, 'all but the binary file');
      assert.match(here.stderr, /cannot read "many\/group-3\/binary\.xml" as text/);
      assert.match(here.stderr, /note: "many\/group-2\/latin1\.xml": it is not valid UTF-8/);
      // In input order: the files of each folder sorted, folder after folder.
      const order = [
        ...new Set(
          here.stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => line.slice(0, line.indexOf(':'))),
        ),
      ];
      const expected = [...order].sort((a, b) => a.localeCompare(b));
      assert.deepEqual(order, expected);
      assert.ok(order.length > 150, `findings in ${order.length} files`);
    } else {
      // Streamed, yet exactly what JSON.stringify(…, null, 2) writes for the whole document.
      assert.equal(three.stdout, JSON.stringify(JSON.parse(three.stdout), null, 2) + '\n', format);
    }
  }
  const sarif = JSON.parse(runCli(['check', '--jobs', '3', '--format', 'sarif', 'many'], temp).stdout) as {
    runs: { artifacts: { location: { uri: string } }[]; results: { locations: { physicalLocation: { artifactLocation: { uri: string; index: number } } }[] }[] }[];
  };
  const run = sarif.runs[0];
  assert.equal(run.artifacts.length, 303);
  for (const result of run.results) {
    const location = result.locations[0].physicalLocation.artifactLocation;
    assert.equal(run.artifacts[location.index].location.uri, location.uri, 'a result points at its own file');
  }
});

test('many files: exit status 0 when clean, 1 with errors, the same with and without workers', () => {
  const clean = path.join(temp, 'clean');
  for (let i = 0; i < 60; i++) {
    fs.mkdirSync(clean, { recursive: true });
    fs.writeFileSync(path.join(clean, `c${i}.xml`), profile(i, true));
  }
  const errors = path.join(temp, 'errors');
  writeProfiles(errors, 60);
  for (const [dir, status] of [
    ['clean', 0],
    ['errors', 1],
  ] as const) {
    for (const jobs of ['1', '2', '4']) {
      const run = runCli(['check', '--jobs', jobs, dir], temp);
      assert.equal(run.status, status, `${dir} --jobs ${jobs}: ${run.stderr}`);
      assert.match(run.stderr, /^60 files checked/m);
    }
  }
});

test('--fix with workers: every file fixed as one thread fixes it, written and reported once', async () => {
  const one = path.join(temp, 'fix-one');
  const workers = path.join(temp, 'fix-workers');
  const files = writeProfiles(one, 200).map((file) => path.relative(one, file));
  writeProfiles(workers, 200);
  const sequential = await checkInProcess(['--fix', 'fix-one'], { here: true });
  // The folder twice and one of its files again: still once each.
  const parallel = runCli(['check', '--fix', '--jobs', '3', 'fix-workers', 'fix-workers', path.join('fix-workers', files[1])], temp);
  assert.equal(parallel.status, sequential.status, parallel.stderr);
  assert.equal(parallel.stdout.replaceAll('fix-workers/', ''), sequential.stdout.replaceAll('fix-one/', ''));
  assert.equal(parallel.stderr.replaceAll('fix-workers/', ''), sequential.stderr.replaceAll('fix-one/', ''));
  const applied = parallel.stderr.split('\n').filter((line) => / applied \d+ fix/.test(line));
  const fixable = files.filter((_, i) => i % 3 === 1 || i % 5 === 2);
  assert.equal(applied.length, fixable.length);
  assert.equal(new Set(applied.map((line) => line.slice(0, line.indexOf(':')))).size, fixable.length, 'each file reported once');
  for (const file of files) assert.equal(fs.readFileSync(path.join(workers, file), 'utf8'), fs.readFileSync(path.join(one, file), 'utf8'), file);
  assert.match(fs.readFileSync(path.join(workers, files[1]), 'utf8'), /<AlwaysOn>true<\/AlwaysOn>/);
  const leftovers = fs.readdirSync(workers, { recursive: true }).filter((name) => String(name).includes('.aovpn-'));
  assert.deepEqual(leftovers, [], 'no temporary file left');
  // A second run finds nothing left to fix.
  assert.doesNotMatch(runCli(['check', '--fix', '--jobs', '3', 'fix-workers'], temp).stderr, /applied/);
});

test('the workers share the files: each checked once, by more than one thread', async () => {
  const log = path.join(temp, 'worker.log');
  process.env.AOVPN_TEST_WORKER_LOG = log;
  try {
    const parallel = await checkInProcess(['--jobs', '3', 'many'], { checkWorkerScript: FAULTY_WORKER });
    const sequential = await checkInProcess(['many'], { here: true });
    assert.equal(parallel.stdout, sequential.stdout);
    assert.equal(parallel.stderr, sequential.stderr);
  } finally {
    delete process.env.AOVPN_TEST_WORKER_LOG;
  }
  const entries = fs
    .readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' '));
  assert.equal(entries.length, 303, 'every file sent once');
  assert.equal(new Set(entries.map(([, file]) => file)).size, 303);
  assert.equal(new Set(entries.map(([thread]) => thread)).size, 3, 'three workers took part');
});

test('a worker that dies costs only its file: reported as an internal error, the run goes on in order', async () => {
  const dir = path.join(temp, 'crash');
  const name = (i: number) => (i === 30 ? 'crash-030.xml' : i === 45 ? 'exit-045.xml' : `p${String(i).padStart(3, '0')}.xml`);
  writeProfiles(dir, 80, name);
  const parallel = await checkInProcess(['--jobs', '2', 'crash'], { checkWorkerScript: FAULTY_WORKER });
  const sequential = await checkInProcess(['crash'], { here: true });
  assert.equal(sequential.status, 1);
  assert.equal(parallel.status, 2, 'an internal error is exit 2');
  const failures = parallel.stderr.split('\n').filter((line) => line.includes('internal error'));
  // In input order: group-1 (exit-045) comes before group-2 (crash-030).
  assert.deepEqual(failures, [
    'aovpn check: internal error while checking "crash/group-1/exit-045.xml": the worker stopped (exit code 3); the file was not checked',
    'aovpn check: internal error while checking "crash/group-2/crash-030.xml": simulated crash on crash-030.xml; the file was not checked',
  ]);
  // Every other file: the lines one thread prints for it, in the same order.
  const withoutFailed = (stdout: string) => stdout.split('\n').filter((line) => !/(crash-030|exit-045)\.xml:/.test(line));
  assert.deepEqual(parallel.stdout.split('\n'), withoutFailed(sequential.stdout));
  assert.match(parallel.stderr, /^78 files checked/m);
});

test('a file a worker has not the memory for is checked in the main thread instead', async () => {
  const dir = path.join(temp, 'oom');
  writeProfiles(dir, 60, (i) => (i === 10 ? 'oom-010.xml' : `p${String(i).padStart(3, '0')}.xml`));
  const parallel = await checkInProcess(['--jobs', '2', 'oom'], { checkWorkerScript: FAULTY_WORKER });
  const sequential = await checkInProcess(['oom'], { here: true });
  assert.equal(parallel.status, sequential.status);
  assert.equal(parallel.stdout, sequential.stdout);
  assert.equal(parallel.stderr, sequential.stderr);
  assert.match(sequential.stdout, /oom-010\.xml:\d+:\d+: error/);
});

test('the report streams: a file is printed while later files are still being checked', { timeout: 60_000 }, async () => {
  const dir = path.join(temp, 'stream');
  const files = writeProfiles(dir, 60, (i) => (i === 40 ? 'wait-040.xml' : `p${String(i).padStart(3, '0')}.xml`));
  // The worker holds wait-040.xml (the last file of group-0) until findings of the files before it have been printed;
  // without streaming the run would wait for ever (the worker gives up after 30 s, and this test fails).
  const waiting = files[40];
  let released = false;
  let stdout = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
      if (!released && stdout.includes('stream/group-0/p')) {
        released = true;
        fs.writeFileSync(`${waiting}.release`, '');
      }
    },
    stderr: () => undefined,
    cwd: temp,
    checkWorkerScript: FAULTY_WORKER,
  };
  const started = Date.now();
  await runCheck(['--jobs', '2', 'stream'], io);
  assert.ok(released, 'the file before the held one was printed while it was held');
  assert.ok(Date.now() - started < 25_000, 'the held file was released by the output, not by the worker giving up');
  assert.match(stdout, /wait-040\.xml:/);
});

test('a few small files are checked without starting workers', async () => {
  const dir = path.join(temp, 'few');
  writeProfiles(dir, 5, (i) => (i === 2 ? 'crash-002.xml' : `p${i}.xml`));
  // The faulty worker would crash on crash-002.xml: it is never started for five small files.
  const run = await checkInProcess(['--jobs', '4', 'few'], { checkWorkerScript: FAULTY_WORKER });
  assert.doesNotMatch(run.stderr, /internal error/);
  assert.match(run.stderr, /^5 files checked/m);
});
