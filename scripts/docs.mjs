// `npm run docs`: writes docs/rules.md (the rule reference) and docs/sources.md from the compiled registry and
// SOURCES, and the schema of the `aovpn.rules` setting in package.json. Run after `tsc -b` (the npm script does both); test/unit/rules.test.ts fails when the files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulesMarkdown, rulesSettingSchema, sourcesMarkdown } = require(join(root, 'out', 'server', 'src', 'core', 'rules', 'reference.js'));

for (const [file, text] of [
  ['rules.md', rulesMarkdown()],
  ['sources.md', sourcesMarkdown()],
]) {
  writeFileSync(join(root, 'docs', file), text);
  console.log(`docs/${file}: ${text.split('\n').length} lines`);
}

// The `aovpn.rules` setting's schema lists every rule ID, so settings.json completes them.
const packageFile = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(packageFile, 'utf8'));
const configurations = [manifest.contributes.configuration].flat();
const holder = configurations.find((c) => c.properties && c.properties['aovpn.rules']);
holder.properties['aovpn.rules'] = rulesSettingSchema();
writeFileSync(packageFile, JSON.stringify(manifest, null, 2) + '\n');
console.log('package.json: aovpn.rules lists ' + Object.keys(holder.properties['aovpn.rules'].properties).length + ' rule IDs and families');
