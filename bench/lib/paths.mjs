// Where the benchmark finds the product and its inputs.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO = path.dirname(BENCH_DIR);
export const SHARED = path.resolve(REPO, '..', 'shared');
export const BENCH_INPUTS = path.join(SHARED, 'bench');
export const REFERENCE = path.join(SHARED, 'reference');
export const OUT = path.join(REPO, 'out');
export const DIST = path.join(REPO, 'dist');

/** `require` for the compiled TypeScript in out/ (CommonJS). */
export const requireOut = createRequire(path.join(OUT, 'index.js'));

/** The analysis core as compiled by `tsc -b` (what `npm test` runs). */
export function core() {
  return {
    ...requireOut('./server/src/core/analysis.js'),
    ...requireOut('./server/src/core/features/hover.js'),
    ...requireOut('./server/src/core/features/completion.js'),
  };
}
