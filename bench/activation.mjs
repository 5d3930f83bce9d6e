// Section 5: extension activation time in the real VS Code of the end-to-end tests (code-server 4.100.3 = VS Code
// 1.100.3, in headless Chromium). The extension is loaded from this checkout as a development extension; once the
// extension host has activated it, the figure is read where VS Code shows it, in "Developer: Show Running
// Extensions" (code loading + activate() call, as VS Code measures them). Uses the e2e plumbing in
// .ci/lib/code-server.js unchanged. Only runs when CODE_SERVER is set.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './lib/paths.mjs';

const EXTENSION_ID = 'aovpn-tools.aovpn-tools';
const DISPLAY_NAME = 'Always On VPN Tools';

function notMeasured(reason) {
  return [{ section: 'VS Code', measure: 'extension activation time (code-server 4.100.3 / VS Code 1.100.3)', result: reason, reference: '', ratio: '', target: '', status: '', raw: { reason } }];
}

export async function benchActivation({ log = () => {}, runs = 3 } = {}) {
  if (!process.env.CODE_SERVER) return notMeasured('not measured (no code-server)');
  const cs = createRequire(import.meta.url)(path.join(REPO, '.ci', 'lib', 'code-server.js'));
  let tools;
  try {
    tools = cs.resolveTools();
  } catch (error) {
    return notMeasured(`not measured (${error.message.split(':')[0]})`);
  }
  const samples = [];
  const failures = [];
  let reason;
  for (let i = 0; i < runs; i++) {
    log(`activation: run ${i + 1} of ${runs}`);
    try {
      const sample = await measureOnce(cs, tools, log);
      samples.push(sample.ms);
      reason = sample.text;
    } catch (error) {
      log(`activation: run ${i + 1} failed: ${error.message}`);
      failures.push(error.message.split('\n')[0]);
    }
  }
  if (samples.length === 0) return notMeasured(`not measured (${failures[0]})`);
  samples.sort((a, b) => a - b);
  const medianMs = samples[samples.length >> 1];
  return [
    {
      section: 'VS Code',
      measure: `extension activation time in code-server 4.100.3 (VS Code 1.100.3), development extension from this checkout, median of ${samples.length} fresh starts${failures.length ? ` (${failures.length} failed: ${failures[0]})` : ''}; VS Code says "${reason}"`,
      result: `${medianMs} ms`,
      reference: `runs: ${samples.join(', ')} ms`,
      ratio: '',
      target: '',
      status: '',
      raw: { medianMs, samples },
    },
  ];
}

async function measureOnce(cs, tools, log) {
  const sandbox = cs.createSandbox('aovpn-bench-activation');
  let server;
  let context;
  try {
    server = await cs.startCodeServer(tools.codeServer, sandbox);
    context = await cs.launchBrowser(tools, sandbox);
    const page = context.pages()[0] || (await context.newPage());
    await page.setViewportSize({ width: 1400, height: 2200 });
    const remote = (p) => `vscode-remote://${server.authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const workspace = path.join(REPO, 'test', 'e2e', 'workspace');
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // VS Code usually activates the extension on its own plain-text models at start-up (onLanguage:plaintext);
    // when it has not after a while, opening a profile does (onLanguage:xml).
    if (!(await waitForActivation(cs, sandbox, 15_000))) {
      log('activation: not yet active; opening a profile');
      await openFile(page, 'profiles/user-eap-tls.xml');
      if (!(await waitForActivation(cs, sandbox, 60_000))) throw new Error(`${EXTENSION_ID} was not activated within 75 s, not even by opening a profile`);
    }
    // Developer: Show Running Extensions
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>Developer: Show Running Extensions');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    // The row is named by the marketplace display name when there is one, else by the extension ID.
    const name = new RegExp(`^\\s*(${DISPLAY_NAME}|${EXTENSION_ID.replace('.', '\\.')})\\s*$`);
    const row = page.locator('.runtime-extensions-editor .extension', { has: page.locator('.name', { hasText: name }) }).first();
    const deadline = Date.now() + 30_000;
    for (;;) {
      const text =
        (await row
          .locator('.activation-time')
          .textContent({ timeout: 5_000 })
          .catch(() => null)) ?? '';
      const match = /(\d+)\s*ms/.exec(text);
      if (match) return { ms: Number(match[1]), text: text.trim() };
      if (Date.now() > deadline) {
        if (process.env.BENCH_DEBUG) {
          await page.screenshot({ path: path.join(process.env.BENCH_DEBUG, 'activation.png') });
          fs.writeFileSync(
            path.join(process.env.BENCH_DEBUG, 'activation.txt'),
            await page
              .locator('.part.editor')
              .innerText()
              .catch((e) => e.message),
          );
        }
        throw new Error(`no activation time for ${DISPLAY_NAME} in Running Extensions (last text: "${text}")`);
      }
      await cs.sleep(250);
    }
  } finally {
    if (context) await context.close().catch((error) => log(`closing the browser: ${error.message}`));
    if (server) await server.stop().catch((error) => log(error.message));
    sandbox.remove();
  }
}

/** True once the extension host log records the activation of our extension; false after `timeoutMs`. */
async function waitForActivation(cs, sandbox, timeoutMs) {
  const end = Date.now() + timeoutMs;
  const pattern = new RegExp(`_doActivateExtension ${EXTENSION_ID.replace('.', '\\.')}\\b`);
  for (;;) {
    for (const file of cs.serverLogFiles(sandbox).filter((f) => /remoteexthost\.log$/.test(f))) {
      if (pattern.test(fs.readFileSync(file, 'utf8'))) return true;
    }
    if (Date.now() > end) return false;
    await cs.sleep(200);
  }
}

/** Quick Open (Ctrl+P) a file of the workspace. */
async function openFile(page, relativePath) {
  await page.click('.monaco-workbench .part.editor');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(relativePath);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relativePath) })
    .first()
    .waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}
