// The `aovpn` task type and Check Workspace's summary, without VS Code: the command line a task runs, the task
// definition contributed in package.json, the CLI files the .vsix ships for it (they run on their own), and the
// sentence the command ends with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { aovpnTaskArguments } from '../../client/src/aovpnTaskDefinition';
import { checkWorkspaceSummary } from '../../client/src/checkWorkspaceSummary';

const ROOT = path.resolve(__dirname, '../../..');

test('an aovpn task runs "check --format text" on the folder, or on the paths given, then the extra arguments', () => {
  assert.deepEqual(aovpnTaskArguments({ type: 'aovpn', command: 'check' }), ['check', '--format', 'text', '.']);
  assert.deepEqual(aovpnTaskArguments({ type: 'aovpn', command: 'check', paths: ['profiles', 'eap/tls.xml'], args: ['--rule', 'eap/server-validation-prompt=off'] }), [
    'check',
    '--format',
    'text',
    'profiles',
    'eap/tls.xml',
    '--rule',
    'eap/server-validation-prompt=off',
  ]);
  // A path that looks like an option stays a path; what is not a string is left out.
  assert.deepEqual(aovpnTaskArguments({ type: 'aovpn', command: 'check', paths: ['--fix', 3, ''], args: 'not a list' }), ['check', '--format', 'text', './--fix']);
  assert.equal(aovpnTaskArguments({ type: 'aovpn', command: 'explain' }), undefined);
  assert.equal(aovpnTaskArguments({ type: 'aovpn' }), undefined);
});

test('package.json contributes the aovpn task type, the Check Workspace command and the activation for the task type', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const definition = manifest.contributes.taskDefinitions.find((d: { type: string }) => d.type === 'aovpn');
  assert.deepEqual(definition.required, ['command']);
  assert.deepEqual(definition.properties.command.enum, ['check']);
  assert.equal(definition.properties.paths.type, 'array');
  assert.equal(definition.properties.args.type, 'array');
  assert.ok(manifest.activationEvents.includes('onTaskType:aovpn'));
  assert.ok(manifest.contributes.commands.some((c: { command: string; title: string }) => c.command === 'aovpn.checkWorkspace' && c.title === 'Check Workspace'));
});

test('the CLI files the .vsix ships are enough for aovpn check, certificates included', () => {
  const shipped = fs
    .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((line) => /^!dist\/cli/.test(line))
    .map((line) => line.slice(1));
  assert.ok(shipped.includes('dist/cli.js'));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-vsix-cli-'));
  try {
    for (const file of shipped) {
      fs.mkdirSync(path.dirname(path.join(temp, file)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, file), path.join(temp, file));
    }
    const folder = path.join(temp, 'workspace');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'profile.xml'), '<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n  <NativeProfile><Servers>vpn.fabrikam.com</Servers></NativeProfile>\n</VPNProfile>\n');
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'certs', 'vpn-server.cer'), path.join(folder, 'vpn-server.cer'));
    let output = '';
    try {
      execFileSync(process.execPath, [path.join(temp, 'dist', 'cli.js'), 'check', '--format', 'text', '.'], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
    }
    assert.match(output, /^profile\.xml:2:\d+: error profile\/lowercase-true-required /m, output);
    // The certificate in the folder was decoded (the x509 bundle loaded): the profile's server is checked against it.
    assert.match(output, /^profile\.xml:\d+:\d+: \w+ cert\/profile-server-not-in-certificates /m, output);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
});

test('Check Workspace ends with the counts, and says when it stopped early or left files out', () => {
  const base = { files: 6, errors: 2, warnings: 1, information: 0, unreadable: 0, truncated: false, cancelled: false };
  assert.equal(checkWorkspaceSummary(base), 'Always On VPN: checked 6 files: 2 errors, 1 warning, 0 information messages.');
  assert.equal(
    checkWorkspaceSummary({ ...base, files: 1, errors: 0, unreadable: 1, truncated: true, cancelled: true }),
    'Always On VPN: check stopped after 1 file: 0 errors, 1 warning, 0 information messages (1 file could not be read; the workspace has more files than a check reads; check the rest with aovpn check).',
  );
});
