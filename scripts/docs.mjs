// `npm run docs`: writes docs/rules.md (the rule reference) and docs/sources.md from the compiled registry and
// SOURCES. Run after `tsc -b` (the npm script does both); test/unit/rules.test.ts fails when the files are stale.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulesMarkdown, sourcesMarkdown } = require(join(root, 'out', 'server', 'src', 'core', 'rules', 'reference.js'));

for (const [file, text] of [
  ['rules.md', rulesMarkdown()],
  ['sources.md', sourcesMarkdown()],
]) {
  writeFileSync(join(root, 'docs', file), text);
  console.log(`docs/${file}: ${text.split('\n').length} lines`);
}
