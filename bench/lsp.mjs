// Section 2: latency through the real language server (dist/server.js --stdio) with validationDelay 0, so that
// the debounce is excluded: keystroke to diagnostics, hover and completion on the 92 KB profile, and hover in a
// 100,000-line NPS log. Each next to the round trip of an unknown request over the same connection.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { prng } from './lib/generate.mjs';
import { Lines, startServer, unknownRequestRoundTrip } from './lib/lsp.mjs';
import { BENCH_INPUTS, core, requireOut } from './lib/paths.mjs';
import { median, ms, percentile } from './lib/stats.mjs';

const EDITS = 200;

export async function benchLsp({ quick = false, log = () => {} } = {}) {
  const rows = [];
  const text = readFileSync(path.join(BENCH_INPUTS, 'profile-1000-routes.xml'), 'utf8');
  const lines = new Lines(text);
  const client = await startServer();
  try {
    const uri = 'file:///bench/profile-1000-routes.xml';
    await client.open(uri, text);
    await client.diagnostics(uri, 1, 60_000);
    const rtt = [];
    for (let i = 0; i < 50; i++) rtt.push(await unknownRequestRoundTrip(client));

    // Keystrokes: insert one character, then delete it again, at deterministic pseudo-random places: half in
    // element text (values being typed), half anywhere (including inside tags, which makes the XML invalid).
    log('lsp: keystrokes');
    const random = prng(6);
    const valueOffsets = [];
    for (let i = text.indexOf('>'); i !== -1; i = text.indexOf('>', i + 1)) if (text[i + 1] !== '\n' && text[i + 1] !== '<') valueOffsets.push(i + 1);
    const warmup = 20;
    const latencies = [];
    const serverRtt = [];
    let version = 1;
    let pending;
    for (let i = 0; i < warmup + EDITS; i++) {
      let change;
      if (pending === undefined) {
        const offset = i % 4 < 2 ? valueOffsets[Math.floor(random() * valueOffsets.length)] : 1 + Math.floor(random() * (text.length - 2));
        const position = lines.position(offset);
        change = { range: { start: position, end: position }, text: 'x' };
        pending = position;
      } else {
        change = { range: { start: pending, end: { line: pending.line, character: pending.character + 1 } }, text: '' };
        pending = undefined;
      }
      version++;
      const started = performance.now();
      const published = client.diagnostics(uri, version, 30_000);
      await client.change(uri, version, [change]);
      await published;
      const elapsed = performance.now() - started;
      if (i >= warmup) latencies.push(elapsed);
      if (i % 10 === 0) serverRtt.push(await unknownRequestRoundTrip(client));
    }
    const { analyzeDocument } = core();
    for (let i = 0; i < 20; i++) analyzeDocument(text);
    const inProcess = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      analyzeDocument(text);
      inProcess.push(performance.now() - started);
    }
    const p95 = percentile(latencies, 95);
    const rttMedian = median([...rtt, ...serverRtt]);
    rows.push({
      section: 'Language server (stdio)',
      measure: `keystroke → publishDiagnostics, 92 KB profile, ${EDITS} one-character edits (validationDelay 0)`,
      result: `median ${ms(median(latencies))}, p95 ${ms(p95)}`,
      reference: `unknown-request round trip ${ms(rttMedian)}; analyzeDocument in-process ${ms(median(inProcess))}`,
      ratio: '',
      target: 'p95 ≤ 30 ms',
      status: p95 <= 30 ? 'PASS' : 'MISS',
      raw: { medianMs: median(latencies), p95Ms: p95, maxMs: Math.max(...latencies), rttMs: rttMedian, analyzeMs: median(inProcess) },
    });

    // Hover on element names and values, spread over the document.
    log('lsp: hover');
    const names = [];
    for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) if (/[A-Za-z]/.test(text[i + 1])) names.push(i + 2);
    const hovers = [];
    let hoverHits = 0;
    const count = quick ? 100 : 200;
    for (let i = 0; i < warmup + count; i++) {
      const offset = i % 2 ? names[Math.floor(random() * names.length)] : valueOffsets[Math.floor(random() * valueOffsets.length)] + 1;
      const started = performance.now();
      const hover = await client.hover(uri, lines.position(offset));
      const elapsed = performance.now() - started;
      if (i >= warmup) {
        hovers.push(elapsed);
        if (hover) hoverHits++;
      }
    }
    rows.push({
      section: 'Language server (stdio)',
      measure: `hover, 92 KB profile, ${count} requests on element names and values (${hoverHits} with content)`,
      result: `median ${ms(median(hovers))}, p95 ${ms(percentile(hovers, 95))}`,
      reference: `unknown-request round trip ${ms(rttMedian)}`,
      ratio: '',
      target: '',
      status: '',
      raw: { medianMs: median(hovers), p95Ms: percentile(hovers, 95), hits: hoverHits },
    });

    // Completion where a new child element would be typed (in the indentation of a line) and in values.
    log('lsp: completion');
    const lineStarts = [];
    for (let i = text.indexOf('\n  <'); i !== -1; i = text.indexOf('\n  <', i + 1)) lineStarts.push(i + 2);
    const completions = [];
    let items = 0;
    for (let i = 0; i < warmup + count; i++) {
      const offset = i % 2 ? lineStarts[Math.floor(random() * lineStarts.length)] : valueOffsets[Math.floor(random() * valueOffsets.length)];
      const started = performance.now();
      const result = await client.request('textDocument/completion', { textDocument: { uri }, position: lines.position(offset) });
      const elapsed = performance.now() - started;
      if (i >= warmup) {
        completions.push(elapsed);
        items += result?.items?.length ?? 0;
      }
    }
    rows.push({
      section: 'Language server (stdio)',
      measure: `completion, 92 KB profile, ${count} requests in the indentation before child elements and in values (${(items / count).toFixed(1)} items on average)`,
      result: `median ${ms(median(completions))}, p95 ${ms(percentile(completions, 95))}`,
      reference: `unknown-request round trip ${ms(rttMedian)}`,
      ratio: '',
      target: '',
      status: '',
      raw: { medianMs: median(completions), p95Ms: percentile(completions, 95) },
    });

    // Issue 3: hover in a 100,000-line document within 2 ms of server time (round trip minus transport).
    log('lsp: hover in a 100,000-line NPS log');
    const { generateNpsLog } = requireOut('./server/src/core/codes/testing/generateNpsLog.js');
    const sample = generateNpsLog(200_000, { seed: 3 });
    const bytesPerLine = sample.length / sample.split('\n').length;
    let logText = generateNpsLog(Math.ceil(bytesPerLine * 100_050), { seed: 3 });
    const logLines = logText.split('\r\n');
    logText = logLines.slice(0, 100_000).join('\r\n') + '\r\n';
    const logUri = 'file:///bench/IN2501.log';
    const opened = performance.now();
    await client.open(logUri, logText, 'aovpn-log');
    await client.diagnostics(logUri, 1, 120_000);
    const openMs = performance.now() - opened;
    const logHovers = [];
    const logRtt = [];
    let logHits = 0;
    for (let i = 0; i < warmup + count; i++) {
      const line = Math.floor(random() * 100_000);
      const fields = logLines[line].split(',');
      const field = Math.floor(random() * fields.length);
      const character = fields.slice(0, field).join(',').length + (field ? 1 : 0);
      const started = performance.now();
      const hover = await client.hover(logUri, { line, character });
      const elapsed = performance.now() - started;
      logRtt.push(await unknownRequestRoundTrip(client));
      if (i >= warmup) {
        logHovers.push(elapsed);
        if (hover) logHits++;
      }
    }
    const serverTime = median(logHovers) - median(logRtt);
    rows.push({
      section: 'Language server (stdio)',
      measure: `hover in a 100,000-line NPS log (${(logText.length / 1048576).toFixed(1)} MB; open → diagnostics ${ms(openMs)}), ${count} requests on random fields (${logHits} with content)`,
      result: `median ${ms(median(logHovers))}, p95 ${ms(percentile(logHovers, 95))}; server time ≈ ${ms(Math.max(0, serverTime))}`,
      reference: `unknown-request round trip ${ms(median(logRtt))}`,
      ratio: '',
      target: 'server time ≤ 2 ms',
      status: serverTime <= 2 ? 'PASS' : 'MISS',
      raw: { medianMs: median(logHovers), rttMs: median(logRtt), serverMs: serverTime, openMs },
    });
    await client.close(logUri);
  } finally {
    await client.shutdown();
  }
  return rows;
}
