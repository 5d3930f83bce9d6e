// Small statistics and timing helpers for the benchmark: medians of several runs in one process.

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** The result of a computation kept somewhere the optimiser cannot prove unused. */
export const sink = { value: 0 };

/**
 * Runs `subject` and `reference` alternately (`runs` times each, after `warmup` rounds of both) so that both see
 * the same machine state, and returns every sample of each.
 */
export function interleaved(subject, reference, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) {
    sink.value ^= consume(subject());
    sink.value ^= consume(reference());
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    let t = now();
    sink.value ^= consume(subject());
    a.push(now() - t);
    t = now();
    sink.value ^= consume(reference());
    b.push(now() - t);
  }
  return { subject: a, reference: b };
}

function consume(result) {
  if (typeof result === 'number') return result | 0;
  return result ? 1 : 0;
}

/** Formats milliseconds with a precision that suits their size. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 0.1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(1)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

export function mb(bytes) {
  return `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 2 : 1)} MB`;
}

export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return 'n/a';
  const r = a / b;
  return `${r < 10 ? r.toFixed(2) : r.toFixed(0)}×`;
}
