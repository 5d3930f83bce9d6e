// V8 settings for checking many files, made in each thread before the analysis core is loaded. Profiling `aovpn check`
// (callgrind, all threads) showed V8's optimising compiler taking half the instructions of a run of 100 profiles and
// 40% of one of 2,000, again in every worker thread: it optimises the analysis code with deep inlining that so short
// a run never pays back. Allowing less inlining made 2,000 profiles take 14–15% fewer instructions, and as much less
// CPU time, in one thread or two, with the same output. One-file runs do not set it (loading node:v8 costs more than
// it saves there), nor does the language server.
import { setV8Flags } from '../node/compileCache';

// V8 prints an error for a flag it does not know: set only where this one is known to exist (V8 11 to 13, Node 20
// to 24).
const v8Major = Number(process.versions.v8.split('.')[0]);

let tuned = false;

export function tuneV8ForManyFiles(): void {
  if (tuned || v8Major < 11 || v8Major > 13) return;
  tuned = true;
  setV8Flags('--max-inlined-bytecode-size-cumulative=200');
}
