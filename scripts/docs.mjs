// `npm run docs`: writes docs/rules.md (the rule reference), a page per rule in docs/rules/FAMILY/NAME.md (this
// script owns that folder: pages of rules that no longer exist are removed) and docs/sources.md from the compiled
// registry and SOURCES, and the schema of the `aovpn.rules` setting in package.json. Run after `tsc -b` (the npm
// script does both); test/unit/rules.test.ts fails when the files are stale.
import { mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulePages, rulesMarkdown, rulesSettingSchema, sourcesMarkdown } = require(join(root, 'out', 'server', 'src', 'core', 'rules', 'reference.js'));

for (const [file, text] of [
  ['rules.md', rulesMarkdown()],
  ['sources.md', sourcesMarkdown()],
]) {
  writeFileSync(join(root, 'docs', file), text);
  console.log(`docs/${file}: ${text.split('\n').length} lines`);
}

// One page per rule; anything else in docs/rules/ is a page of a rule that is gone (or a stray file) and goes.
const pages = rulePages();
const pagesDir = join(root, 'docs', 'rules');
let removed = 0;
const prune = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(path);
      if (!readdirSync(path).length) rmdirSync(path);
    } else if (!pages.has(relative(join(root, 'docs'), path).split(sep).join('/'))) {
      unlinkSync(path);
      removed++;
    }
  }
};
mkdirSync(pagesDir, { recursive: true });
prune(pagesDir);
for (const [page, text] of pages) {
  mkdirSync(dirname(join(root, 'docs', page)), { recursive: true });
  writeFileSync(join(root, 'docs', page), text);
}
console.log(`docs/rules/: ${pages.size} rule pages${removed ? `, ${removed} stale file(s) removed` : ''}`);

// The `aovpn.rules` setting's schema lists every rule ID, so settings.json completes them.
const packageFile = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(packageFile, 'utf8'));
const configurations = [manifest.contributes.configuration].flat();
const holder = configurations.find((c) => c.properties && c.properties['aovpn.rules']);
holder.properties['aovpn.rules'] = rulesSettingSchema();
writeFileSync(packageFile, JSON.stringify(manifest, null, 2) + '\n');
console.log('package.json: aovpn.rules lists ' + Object.keys(holder.properties['aovpn.rules'].properties).length + ' rule IDs and families');
