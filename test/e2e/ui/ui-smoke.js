#!/usr/bin/env node
// UI test through the real VS Code 1.100.3 workbench (code-server + Debian's Chromium, driven by playwright-core):
// installs the packaged extension the way a user does (`code-server --install-extension x.vsix`), opens the
// fixture workspace and a broken ProfileXML, checks that the installed extension activates, and saves screenshots.
//
//   node test/e2e/ui/ui-smoke.js [path/to/extension.vsix]      (default: dist/aovpn-tools.vsix, from `npm run package`)
//
// Environment: CODE_SERVER, CHROMIUM (see .ci/lib/code-server.js); UI_ARTIFACTS (default test-results/ui);
// UI_DEBUG=1 (echo browser warnings, keep the temp dir). Feature steps, on by default with the values in
// FEATURE_DEFAULTS (AOVPN_E2E_FEATURES=0 switches them off), each overridable:
//   UI_EXPECT_PROBLEM  text of the Problems-panel entry for the broken profile (also waits for the error squiggle)
//   UI_HOVER_ON        text of the editor line to hover, e.g. '<AlwaysOn>' (the pointer goes to the token named
//                      in it: AlwaysOn); UI_EXPECT_HOVER: text the hover must show
//   UI_QUICKFIX        title (or part of it) of the quick fix to apply from the light bulb menu (Ctrl+.);
//                      UI_EXPECT_AFTER: text the editor must show afterwards
//   UI_OPEN_CERT       a certificate in the workspace to open (custom editor); UI_EXPECT_CERT: text its webview shows,
//                      UI_EXPECT_VERDICT: a role verdict it must show (e.g. 'IKEv2 VPN server' … 'Ready');
//                      UI_PICK_ROLE: a role to click in the viewer's role picker, UI_EXPECT_PICKED: the badge text after
//   UI_LOG_HOVER_ON    text in logs/rasclient-853.log to hover (e.g. '853'); UI_EXPECT_LOG_HOVER: text the hover must show
// Exit code 0 when every enabled step passed. On failure: a screenshot, code-server and extension host logs.
'use strict';

const fs = require('fs');
const path = require('path');
const cs = require('../../../.ci/lib/code-server');

const ROOT = cs.PROJECT_ROOT;
const WORKSPACE = path.join(ROOT, 'test/e2e/workspace');
const ARTIFACTS = path.resolve(process.env.UI_ARTIFACTS || path.join(ROOT, 'test-results/ui'));
const VSIX = path.resolve(process.argv[2] || process.env.VSIX || path.join(ROOT, 'dist/aovpn-tools.vsix'));
const PROFILE = 'profiles/user-alwayson-broken.xml';
const LOG = 'logs/rasclient-853.log';
const DEBUG = !!process.env.UI_DEBUG;
// The feature steps run with these values unless AOVPN_E2E_FEATURES=0; a UI_* variable overrides its default.
const FEATURE_DEFAULTS = {
  UI_EXPECT_PROBLEM: 'must be exactly lowercase',
  UI_HOVER_ON: '<AlwaysOn>',
  UI_EXPECT_HOVER: 'Connect automatically',
  UI_QUICKFIX: 'Change to lowercase',
  UI_EXPECT_AFTER: '<AlwaysOn>true</AlwaysOn>',
  UI_LOG_HOVER_ON: '853',
  UI_EXPECT_LOG_HOVER: 'ERROR_EAP_USER_CERT_INVALID',
  UI_OPEN_CERT: 'certs/expired-nps.cer',
  UI_EXPECT_CERT: 'CN=nps2.corp.contoso.com',
  UI_EXPECT_VERDICT: 'NPS server',
  UI_PICK_ROLE: 'IKEv2 VPN server',
  UI_EXPECT_PICKED: 'Will fail as IKEv2 VPN server',
  UI_NEW_PROFILE: 'User tunnel (PEAP-TLS)',
  UI_EXPLAIN_CODE: '809',
  UI_EXPECT_EXPLAIN: 'ERROR_VPN_TIMEOUT',
};
const FEATURES = process.env.AOVPN_E2E_FEATURES !== '0';
const env = (name) => process.env[name] || (FEATURES ? FEATURE_DEFAULTS[name] : undefined);

const T0 = Date.now();
const secs = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
const say = (msg) => process.stdout.write(`ui [${secs()}] ${msg}\n`);

let sandbox;
let server;
let context;
let page;
const browserProblems = [];
let currentStep = 'start';

async function step(name, fn) {
  currentStep = name;
  const t = Date.now();
  const result = await fn();
  say(`ok  ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return result;
}
async function shot(name) {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  say(`screenshot ${path.relative(process.cwd(), file)}`);
}

/** Quick Open (Ctrl+P) a workspace file and wait until its editor shows `expectText`. */
async function openFile(relativePath, expectText) {
  const name = path.basename(relativePath);
  await page.click('.monaco-workbench .part.editor'); // focus the workbench, not the browser chrome
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(relativePath);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15000 });
  await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: 15000 });
}

/**
 * Screen box of the first occurrence of `needle` in the visible lines of the active editor (a DOM Range over the
 * rendered text, so it does not depend on how Monaco splits the line into tokens).
 */
async function textBox(needle) {
  const box = await page.evaluate((text) => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return null;
    for (const line of editor.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let full = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, full.length]);
        full += n.data;
      }
      // Monaco renders spaces as non-breaking spaces
      const at = full.replace(/\u00a0/g, ' ').indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      const locate = (offset) => {
        const [node, start] = nodes.filter(([, s]) => s <= offset).pop();
        return [node, Math.min(offset - start, node.data.length)];
      };
      range.setStart(...locate(at));
      range.setEnd(...locate(at + text.length));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, needle);
  if (!box || !box.width) throw new Error(`no visible editor line contains "${needle}"`);
  return box;
}

/** Moves the pointer onto `needle` in the editor and waits for a hover that shows `expect`. */
async function hoverOnText(needle, expect) {
  await page.mouse.move(5, 5);
  const box = await textBox(needle);
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.locator('.monaco-hover', { hasText: expect }).first().waitFor({ state: 'visible', timeout: 15000 });
}

/** Runs a command from the Command Palette (F1) by its title, as a user does. */
async function runCommand(title) {
  // focus the workbench outside the editor part: a webview (the certificate viewer) may cover it
  await page.click('.monaco-workbench .part.sidebar .composite.title');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Hides the bottom panel (Problems) if it is open, to give the editor the room (Ctrl+J toggles it). */
async function closePanel() {
  const panel = page.locator('.monaco-workbench .part.panel');
  if (!(await panel.isVisible())) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden', timeout: 5000 });
}

/** Waits until the extension host log records the activation of our extension (the installed .vsix really runs). */
async function waitForActivation(extensionId, timeoutMs) {
  const end = Date.now() + timeoutMs;
  const re = new RegExp(`_doActivateExtension ${extensionId.replace('.', '\\.')}\\b.*`);
  for (;;) {
    for (const f of cs.serverLogFiles(sandbox).filter((x) => /remoteexthost\.log$/.test(x))) {
      const m = re.exec(fs.readFileSync(f, 'utf8'));
      if (m) return m[0];
    }
    if (Date.now() > end) throw new Error(`${extensionId} was not activated within ${timeoutMs / 1000} s (see the extension host log below)`);
    await cs.sleep(200);
  }
}

async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`no .vsix at ${VSIX} (build it with \`npm run package\`)`);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const extensionId = `${pkg.publisher}.${pkg.name}`;
  const tools = cs.resolveTools();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  sandbox = cs.createSandbox('aovpn-ui');
  process.env.TMPDIR = sandbox.dirs.tmp;

  await step(`install ${path.basename(VSIX)} with code-server --install-extension`, async () => {
    const out = cs.codeServerCli(tools.codeServer, sandbox, ['--install-extension', VSIX, '--force']);
    if (DEBUG) say(out.trim());
    const list = cs.codeServerCli(tools.codeServer, sandbox, ['--list-extensions', '--show-versions']);
    if (!list.includes(`${extensionId}@${pkg.version}`)) {
      throw new Error(`${extensionId}@${pkg.version} is not listed after installation:\n${out}\n${list}`);
    }
  });

  server = await step('start code-server', () => cs.startCodeServer(tools.codeServer, sandbox));
  context = await cs.launchBrowser(tools, sandbox);
  page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(15000);
  cs.recordBrowserProblems(page, browserProblems, DEBUG ? say : undefined);

  await step('open the fixture workspace', async () => {
    await page.goto(`${server.base}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30000 });
  });

  await step(`open ${PROFILE}`, () => openFile(PROFILE, 'AlwaysOn'));
  const activation = await step(`${extensionId} activates`, () => waitForActivation(extensionId, 20000));
  say(`    ${activation}`);
  await shot('01-broken-profile');

  // Feature steps: the finding in the editor and the Problems panel, hover, quick fix.
  const expectProblem = env('UI_EXPECT_PROBLEM');
  if (expectProblem) {
    await step('error squiggle in the editor', () => page.waitForSelector('.editor-instance .monaco-editor .squiggly-error', { timeout: 30000 }));
    await step('Problems panel entry', async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: expectProblem }).first().waitFor({ timeout: 15000 });
    });
    await shot('02-problems');
  }

  const hoverOn = env('UI_HOVER_ON');
  if (hoverOn) {
    await step(`hover on ${hoverOn}`, async () => {
      await page.click('.editor-instance .monaco-editor .view-lines');
      // the first visible line containing UI_HOVER_ON, then the token in it that carries its name
      const line = page.locator('.editor-instance .monaco-editor .view-line', { hasText: hoverOn }).first();
      const name = hoverOn.replace(/[<>/="]/g, '') || hoverOn;
      const box = await line.locator('span span', { hasText: name }).first().boundingBox();
      if (!box) throw new Error(`no visible editor line contains "${hoverOn}"`);
      // the token may include punctuation such as "<": aim at its second half
      await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
      await page
        .locator('.monaco-hover', { hasText: env('UI_EXPECT_HOVER') || hoverOn })
        .first()
        .waitFor({ timeout: 15000 });
    });
    await shot('03-hover');
    await page.mouse.move(5, 5);
  }

  if (expectProblem) {
    // what a user does first: point at the squiggle; the hover shows the problem (with its rule ID and a quick fix link)
    await step('hover on the squiggle shows the problem', async () => {
      const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-error').first();
      const box = await squiggle.boundingBox();
      if (!box) throw new Error('no error squiggle to hover');
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('.monaco-hover', { hasText: expectProblem }).first().waitFor({ state: 'visible', timeout: 15000 });
    });
    await shot('03-hover-problem');
    await page.mouse.move(5, 5);
  }

  const quickfix = env('UI_QUICKFIX');
  if (quickfix) {
    await step(`quick fix "${quickfix}" from the light bulb menu`, async () => {
      // put the cursor inside the faulty value, then open the quick fix menu (the light bulb's keyboard shortcut)
      const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-error').first();
      const box = await squiggle.boundingBox();
      if (!box) throw new Error('no error squiggle to put the cursor on');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // the light bulb appears in the gutter of the line with the cursor: click it (Ctrl+. is its keyboard shortcut)
      const bulb = page.locator('.editor-instance .monaco-editor .lightBulbWidget').first();
      try {
        await bulb.waitFor({ state: 'visible', timeout: 10000 });
        await bulb.click();
        say('    light bulb clicked');
      } catch (e) {
        say(`    no clickable light bulb (${String(e.message).split('\n')[0]}); using Ctrl+.`);
        await page.keyboard.press('Control+.');
      }
      const rows = page.locator('.action-widget .monaco-list-row.action');
      await rows.first().waitFor({ timeout: 15000 });
      await page.locator('.action-widget .monaco-list-row', { hasText: quickfix }).first().waitFor({ timeout: 15000 });
      await shot('04-quickfix-menu');
      // the menu sits under a pointer-blocking layer: choose with the keyboard, as a user of Ctrl+. does
      const count = await rows.count();
      let chosen = false;
      for (let i = 0; i <= count && !chosen; i++) {
        const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().textContent()) || '';
        if (focused.includes(quickfix)) chosen = true;
        else await page.keyboard.press('ArrowDown');
      }
      if (!chosen) throw new Error(`could not focus the quick fix "${quickfix}" in the menu`);
      await page.keyboard.press('Enter');
      const after = env('UI_EXPECT_AFTER');
      if (after) await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: after }).first().waitFor({ timeout: 15000 });
    });
    await shot('05-after-quickfix');
  }

  await closePanel();
  await step(`open ${LOG}`, () => openFile(LOG, '853'));
  const logHoverOn = env('UI_LOG_HOVER_ON');
  if (logHoverOn) {
    await step(`hover on ${logHoverOn} in the log`, async () => {
      // event text is one long line: wrap it (View: Toggle Word Wrap, Alt+Z) so that the code is on screen
      await page.click('.editor-instance .monaco-editor .view-lines');
      await page.keyboard.press('Alt+Z');
      // the click put the cursor on the last line: with the lines wrapped, bring the top back into view
      await page.keyboard.press('Control+Home');
      await page.waitForTimeout(300);
      await hoverOnText(logHoverOn, env('UI_EXPECT_LOG_HOVER') || logHoverOn);
    });
  }
  await shot('06-log');
  await page.mouse.move(5, 5);

  const cert = env('UI_OPEN_CERT');
  if (cert) {
    await step(`open ${cert} (the certificate viewer is its default editor)`, async () => {
      await page.click('.monaco-workbench .part.editor');
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill(cert);
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: path.basename(cert) })
        .first()
        .waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: path.basename(cert) }).waitFor({ timeout: 15000 });
      // webviews render in nested iframes
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const expect = env('UI_EXPECT_CERT');
      if (expect) await frame.locator('body', { hasText: expect }).waitFor({ timeout: 20000 });
      const verdict = env('UI_EXPECT_VERDICT');
      if (verdict) {
        const article = frame.locator('article.verdict', { hasText: verdict }).first();
        await article.waitFor({ timeout: 20000 });
        say(`    verdict: ${((await article.locator('h4').first().textContent()) || '').replace(/\s+/g, ' ').trim()}`);
      }
    });
    await shot('07-certificate');
    const pick = env('UI_PICK_ROLE');
    if (pick) {
      await step(`judge it as ${pick} with the viewer's role picker`, async () => {
        const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await frame.locator('nav.role-picker a', { hasText: pick }).first().click();
        const expectPicked = env('UI_EXPECT_PICKED');
        const badge = frame.locator('h2 .badge', { hasText: expectPicked || pick }).first();
        await badge.waitFor({ timeout: 20000 });
        say(`    badge: ${((await badge.textContent()) || '').replace(/\s+/g, ' ').trim()}`);
      });
      await shot('08-certificate-role');
    }
  }

  const template = env('UI_NEW_PROFILE');
  if (template) {
    await step(`"New Profile…" from the Command Palette, then ${template}`, async () => {
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: template }).first();
      // The certificate viewer's webview may take the focus back as it settles, which closes a quick pick: try again.
      for (let attempt = 1; ; attempt++) {
        await runCommand('Always On VPN: New Profile…');
        try {
          await row.waitFor({ timeout: 10000 });
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          say(`    no template picker (attempt ${attempt}); running the command again`);
          await page.keyboard.press('Escape');
        }
      }
      await shot('09-new-profile-picker');
      await page.locator('.quick-input-widget input').fill(template);
      await row.waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 15000 });
      await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'VPNProfile' }).first().waitFor({ timeout: 15000 });
    });
    await shot('10-new-profile');
  }

  const code = env('UI_EXPLAIN_CODE');
  if (code) {
    await step(`"Explain Error Code…" ${code}: the explanation panel`, async () => {
      await runCommand('Always On VPN: Explain Error Code…');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill(code);
      await page.keyboard.press('Enter');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('body', { hasText: env('UI_EXPECT_EXPLAIN') || code }).waitFor({ timeout: 20000 });
    });
    await shot('11-explain');
  }
}

async function reportFailure(err) {
  // playwright errors carry a long, coloured call log: keep its first lines
  const message = String(err && err.message ? err.message : err)
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .slice(0, 8)
    .join('\n');
  const lines = [`ui: FAIL in step "${currentStep}": ${message}`];
  const dest = path.join(ARTIFACTS, `failure-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.mkdirSync(dest, { recursive: true });
  if (page) {
    const file = path.join(dest, 'workbench.png');
    try {
      await page.screenshot({ path: file, timeout: 10000 });
      lines.push(`screenshot: ${file}`);
    } catch (e) {
      lines.push(`screenshot failed: ${e.message}`);
    }
  }
  if (sandbox) {
    lines.push(cs.collectLogs(sandbox, dest, [{ relativePath: 'browser-problems.txt', contents: browserProblems.join('\n') + '\n' }]));
  }
  if (browserProblems.length) lines.push('', '-- browser console errors / failed requests (last 15) --', ...browserProblems.slice(-15));
  process.stderr.write(lines.join('\n') + '\n');
}

/** Every file of the fixture workspace with its contents, to prove afterwards that the test wrote none of them. */
function snapshotWorkspace(dir = WORKSPACE, out = new Map()) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) snapshotWorkspace(p, out);
    else out.set(p, fs.readFileSync(p));
  }
  return out;
}
const workspaceBefore = snapshotWorkspace();

/** Restores any fixture the run changed on disk; returns their names (a failure: edits must stay unsaved). */
function restoreWorkspace() {
  const changed = [];
  for (const [file, contents] of workspaceBefore) {
    if (!fs.existsSync(file) || !fs.readFileSync(file).equals(contents)) {
      changed.push(path.relative(ROOT, file));
      fs.writeFileSync(file, contents);
    }
  }
  return changed;
}

async function cleanup() {
  if (context) await context.close().catch(() => {});
  if (server) await server.stop().catch((e) => say(e.message));
  if (sandbox) {
    if (DEBUG) say(`temp dir kept: ${sandbox.root}`);
    else sandbox.remove();
  }
}

for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    cleanup().finally(() => {
      restoreWorkspace();
      process.exit(130);
    });
  });

main()
  .then(
    () => 0,
    async (err) => {
      await reportFailure(err);
      return 1;
    },
  )
  .then(async (code) => {
    await cleanup();
    const changed = restoreWorkspace();
    if (changed.length) {
      process.stderr.write(`ui: FAIL: the run saved fixture files (restored now): ${changed.join(', ')}\n`);
      code = 1;
    }
    say(code === 0 ? 'PASS' : 'FAIL');
    process.exit(code);
  });
