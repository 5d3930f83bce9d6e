// `npm run test:fix-properties`: the fix-all properties of issue 9 on the corpus and on many seeded mutations of it
// (more than `npm test` runs). AOVPN_FIX_DOCUMENTS sets the number of mutated documents (default 20000),
// AOVPN_FIX_SEED the seed (default 9). Prints the figures and the first violations; exits 1 when any property fails.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { fixCorpus, mutatedDocuments, measure, describeFigures, XMLLINT_AVAILABLE } = require(join(root, 'out', 'test', 'robustness', 'fixProperties.js'));

const count = Number(process.env.AOVPN_FIX_DOCUMENTS ?? 20000);
const seed = Number(process.env.AOVPN_FIX_SEED ?? 9);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
  console.error('AOVPN_FIX_DOCUMENTS and AOVPN_FIX_SEED must be whole numbers.');
  process.exit(2);
}
if (!XMLLINT_AVAILABLE) console.log('note: xmllint not found (Debian: libxml2-utils); property 5 is not checked');

const corpus = fixCorpus();
let failed = false;
const all = [];
for (const [label, documents] of [
  [`corpus (${corpus.length} documents)`, corpus],
  [`${count} mutated documents, seed ${seed}`, mutatedDocuments(corpus, count, seed)],
]) {
  const figures = measure(documents, { xmllint: XMLLINT_AVAILABLE });
  console.log(`\n${label}\n${describeFigures(figures)}`);
  for (const v of figures.violations.slice(0, 40)) console.log(`  ${v.property}: ${v.document}: ${v.detail}`);
  if (figures.violations.length > 40) console.log(`  … ${figures.violations.length - 40} more`);
  if (figures.violations.length) failed = true;
  all.push(...figures.violations);
}
// AOVPN_FIX_REPORT=file.json writes every violation, for analysis.
if (process.env.AOVPN_FIX_REPORT) writeFileSync(process.env.AOVPN_FIX_REPORT, JSON.stringify(all, null, 1));
process.exit(failed ? 1 : 0);
