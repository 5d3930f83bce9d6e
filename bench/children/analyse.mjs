// Child process of the benchmark: reads a file (as the server or the CLI would get it), runs one mode on it and
// reports its own peak RSS, so that the figure is not polluted by the benchmark's other work.
//   node bench/children/analyse.mjs MODE FILE [MAX_ANALYSIS_SIZE]
//   MODE: scan (the charCodeAt reference), analyse (analyzeDocument with the given size guard)
import { readFileSync } from 'node:fs';
import { core } from '../lib/paths.mjs';
import { now } from '../lib/stats.mjs';

const [mode, file, maxArg] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const rssBefore = process.memoryUsage().rss;
let result;
const started = now();
if (mode === 'scan') {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  result = { hash: h };
} else if (mode === 'analyse') {
  const { analyzeDocument } = core();
  const options = maxArg === undefined ? {} : { maxAnalysisSize: maxArg === 'Infinity' ? Infinity : Number(maxArg) };
  const analysis = analyzeDocument(text, options);
  result = { findings: analysis.findings.length, limited: analysis.limited, elements: analysis.units[0]?.xml.elementCount ?? 0 };
} else {
  throw new Error(`unknown mode ${mode}`);
}
const elapsed = now() - started;
process.stdout.write(JSON.stringify({ mode, chars: text.length, ms: elapsed, rssBeforeBytes: rssBefore, maxRssBytes: process.resourceUsage().maxRSS * 1024, ...result }) + '\n');
