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

/** How much of a new measurement the smoothed cost takes in: one slow run (a GC pause) does not flip the mode. */
const SMOOTHING = 0.5;

/** The wait before analysing, from the smoothed cost of the document's analyses and the user's ceiling. */
export function adaptiveDelay(costMs: number | undefined, ceilingMs: number): number {
  if (!(ceilingMs > 0)) return 0;
  if (costMs === undefined || costMs <= CHEAP_ANALYSIS_MS) return 0;
  return Math.min(ceilingMs, Math.round(costMs * 2));
}

interface DocumentState {
  /** The newest version a change announced. */
  latestVersion: number;
  timer?: unknown;
  /** Smoothed analysis cost (ms); undefined until the first analysis. */
  costMs?: number;
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
    if (version > state.latestVersion) state.latestVersion = version;
    if (state.timer !== undefined) this.clock.clearTimeout(state.timer);
    const delay = immediate ? 0 : adaptiveDelay(state.costMs, ceilingMs);
    state.timer = this.clock.setTimeout(() => {
      state.timer = undefined;
      void this.validate(uri, state.latestVersion);
    }, delay);
  }

  /** The wait a change of `uri` would get now (for tests and diagnostics of the scheduler itself). */
  delayFor(uri: string, ceilingMs: number): number {
    return adaptiveDelay(this.states.get(uri)?.costMs, ceilingMs);
  }

  /** Runs one analysis of `uri` and keeps what it cost for the next decision. */
  measure<T>(uri: string, analyse: () => T): T {
    const started = this.clock.now();
    try {
      return analyse();
    } finally {
      const cost = this.clock.now() - started;
      const state = this.states.get(uri);
      if (state) state.costMs = state.costMs === undefined ? cost : state.costMs + SMOOTHING * (cost - state.costMs);
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
      state = { latestVersion: -Infinity };
      this.states.set(uri, state);
    }
    return state;
  }
}
