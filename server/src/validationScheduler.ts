// When to analyse a document after a change. A fixed debounce makes every keystroke wait for it, even when the
// analysis takes a few milliseconds; so the wait adapts to what the document's last analyses cost. Cheap documents
// are analysed at once (on the next turn of the event loop, so that changes already received are taken together);
// expensive ones wait a little (twice their cost), so that a typist does not queue analyses that the next keystroke
// makes useless; the user's `aovpn.validationDelay` is the longest wait, and 0 means never wait.
// A result is published only for the version that was analysed, and only while no newer change has arrived.

/** The timers the scheduler uses; tests pass a fake clock. */
export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * An analysis at most this long is "cheap": analysing on every keystroke keeps the server idle most of the time
 * between the keys of a fast typist (about 100 ms apart), so hover and completion do not queue behind it.
 */
export const CHEAP_ANALYSIS_MS = 25;

/**
 * The cost of a document is the median of its last few analyses: one or two slow runs (a GC pause, another
 * process on the core) do not make a cheap document wait, and one that became expensive waits from its second or
 * third slow analysis on.
 */
const COST_SAMPLES = 5;

/** The wait before analysing, from the cost of the document's recent analyses and the user's ceiling. */
export function adaptiveDelay(costMs: number | undefined, ceilingMs: number): number {
  if (!(ceilingMs > 0)) return 0;
  if (costMs === undefined || costMs <= CHEAP_ANALYSIS_MS) return 0;
  return Math.min(ceilingMs, Math.round(costMs * 2));
}

interface DocumentState {
  /** The newest version a change announced. */
  latestVersion: number;
  timer?: unknown;
  /** What the last analyses cost (ms), newest last; at most COST_SAMPLES. */
  readonly costs: number[];
}

export class ValidationScheduler {
  private readonly states = new Map<string, DocumentState>();

  /** `validate(uri, version)` analyses and publishes; it calls `measure` and `isCurrent` (below). */
  constructor(
    private readonly validate: (uri: string, version: number) => void | Promise<void>,
    private readonly clock: SchedulerClock = systemClock,
  ) {}

  /**
   * Version `version` of `uri` changed (or opened). `ceilingMs` is the user's `validationDelay`; `immediate`
   * skips the adaptive wait (settings or workspace changed: nothing is being typed).
   */
  changed(uri: string, version: number, ceilingMs: number, immediate = false): void {
    const state = this.stateOf(uri);
    // The newest change is the current one, whatever its number (a client may reopen a document at a lower version).
    state.latestVersion = version;
    if (state.timer !== undefined) this.clock.clearTimeout(state.timer);
    const delay = immediate ? 0 : adaptiveDelay(costOf(state), ceilingMs);
    state.timer = this.clock.setTimeout(() => {
      state.timer = undefined;
      void this.validate(uri, state.latestVersion);
    }, delay);
  }

  /** The wait a change of `uri` would get now (for tests and diagnostics of the scheduler itself). */
  delayFor(uri: string, ceilingMs: number): number {
    const state = this.states.get(uri);
    return adaptiveDelay(state && costOf(state), ceilingMs);
  }

  /** Runs one analysis of `uri` and keeps what it cost for the next decision. */
  measure<T>(uri: string, analyse: () => T): T {
    const started = this.clock.now();
    try {
      return analyse();
    } finally {
      const state = this.states.get(uri);
      if (state) {
        state.costs.push(this.clock.now() - started);
        if (state.costs.length > COST_SAMPLES) state.costs.shift();
      }
    }
  }

  /** Whether a result for `version` may still be published: no newer change arrived and the document is open. */
  isCurrent(uri: string, version: number): boolean {
    const state = this.states.get(uri);
    return state !== undefined && state.latestVersion === version;
  }

  /** The document was closed: no analysis runs or publishes for it any more. */
  forget(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer !== undefined) this.clock.clearTimeout(state.timer);
    this.states.delete(uri);
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { latestVersion: -Infinity, costs: [] };
      this.states.set(uri, state);
    }
    return state;
  }
}

/** The median of the document's recent analysis costs; undefined before its first analysis. */
function costOf(state: DocumentState): number | undefined {
  const { costs } = state;
  if (costs.length === 0) return undefined;
  const sorted = [...costs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
