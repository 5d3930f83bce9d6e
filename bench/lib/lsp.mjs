// The language server over stdio, driven by the LSP client of the tests (test/lsp/harness.ts, compiled to out/).
import { requireOut } from './paths.mjs';

export function startServer(settings = {}) {
  const { LspTestClient } = requireOut('./test/lsp/harness.js');
  return LspTestClient.start({ settings: { validationDelay: 0, ...settings } });
}

/** Line/character positions of UTF-16 offsets in `text`. */
export class Lines {
  constructor(text) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }
}

/** Round trip of a request the server does not know: the cost of the transport and the JSON-RPC layers alone. */
export async function unknownRequestRoundTrip(client) {
  const started = performance.now();
  try {
    await client.request('aovpn/benchmarkNoSuchMethod', {});
  } catch {
    // MethodNotFound is the expected answer.
  }
  return performance.now() - started;
}
