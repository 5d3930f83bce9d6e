// Finds import cycles among our TypeScript modules (server/src, client/src) and fails when there is one.
// Usage: node scripts/cycles.mjs   (part of npm run lint)
// Every static import and export-from counts, type-only ones too: a cycle of types is still two modules that cannot
// be understood one before the other. A require() inside a function (a lazily loaded module) does not count.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOTS = ['server/src', 'client/src'];
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

const files = ROOTS.flatMap((root) => sources(root)).map((file) => path.resolve(file));
const graph = new Map(files.map((file) => [file, [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(file, m[1])).filter(Boolean)]));

// Tarjan's strongly connected components: each component of more than one module (or a module importing itself) is a cycle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(node) {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component);
  }
}
for (const file of files) if (!index.has(file)) visit(file);

const relative = (file) => path.relative(process.cwd(), file);
for (const cycle of cycles) console.error(`import cycle: ${cycle.map(relative).sort().join(' <-> ')}`);
console.log(`${files.length} modules, ${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}`);
process.exitCode = cycles.length ? 1 : 0;
