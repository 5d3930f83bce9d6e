// Test helpers: the repository's fixtures and the shared reference files (read-only, beside the repository).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file (source or compiled) that holds package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export function logFixturePath(name: string): string {
  return path.join(repoRoot(), 'test', 'fixtures', 'logs', name);
}

export function readLogFixture(name: string): Buffer {
  return fs.readFileSync(logFixturePath(name));
}

/** A file of ../shared/reference, or undefined where the reference folder is not available (for example in CI). */
export function readSharedReference(name: string): string | undefined {
  const file = path.join(repoRoot(), '..', 'shared', 'reference', name);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** Minimal CSV reader for the reference tables (quoted fields, "" escapes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
