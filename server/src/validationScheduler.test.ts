import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adaptiveDelay, CHEAP_ANALYSIS_MS, ValidationScheduler, type SchedulerClock } from './validationScheduler';

/** A clock that only moves when the test says so; analyses "take" whatever time the test advances inside them. */
class FakeClock implements SchedulerClock {
  time = 0;
  private timers: { at: number; callback: () => void; handle: number }[] = [];
  private nextHandle = 1;
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.timers.push({ at: this.time + ms, callback, handle });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.handle !== handle);
  }
  get pending(): number[] {
    return this.timers.map((t) => t.at - this.time);
  }
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers.splice(this.timers.indexOf(due), 1);
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }
}

/** A scheduler whose analyses take `cost` ms of fake time and record what they published. */
function harness(cost: () => number) {
  const clock = new FakeClock();
  const published: { uri: string; version: number; at: number }[] = [];
  const scheduler: ValidationScheduler = new ValidationScheduler((uri, version) => {
    if (!scheduler.isCurrent(uri, version)) return;
    scheduler.measure(uri, () => clock.advance(cost()));
    published.push({ uri, version, at: clock.time });
  }, clock);
  return { clock, published, scheduler };
}

test('adaptiveDelay: cheap or unknown analyses run at once, expensive ones wait twice their cost up to the ceiling', () => {
  assert.equal(adaptiveDelay(undefined, 150), 0);
  assert.equal(adaptiveDelay(4, 150), 0);
  assert.equal(adaptiveDelay(CHEAP_ANALYSIS_MS, 150), 0);
  assert.equal(adaptiveDelay(40, 150), 80);
  assert.equal(adaptiveDelay(400, 150), 150, 'validationDelay is the ceiling');
  assert.equal(adaptiveDelay(400, 0), 0, 'validationDelay 0 never waits');
  assert.equal(adaptiveDelay(400, Number.NaN), 0);
});

test('a cheap document is analysed on the next turn after each keystroke, not after validationDelay', () => {
  const { clock, published, scheduler } = harness(() => 4);
  scheduler.changed('a', 1, 150);
  clock.advance(0);
  assert.deepEqual(published, [{ uri: 'a', version: 1, at: 4 }]);
  for (let version = 2; version <= 5; version++) {
    clock.advance(100);
    const typed = clock.time;
    scheduler.changed('a', version, 150);
    clock.advance(0);
    assert.equal(published.at(-1)?.version, version);
    assert.equal(published.at(-1)!.at - typed, 4, 'keystroke → publish is the analysis alone');
  }
});

test('an expensive document waits twice its cost, and keystrokes inside the wait restart it (one analysis per pause)', () => {
  const { clock, published, scheduler } = harness(() => 60);
  scheduler.changed('big', 1, 150);
  clock.advance(0);
  assert.equal(published.length, 1, 'the first analysis (open) does not wait: its cost is not known yet');
  scheduler.changed('big', 2, 150);
  assert.deepEqual(clock.pending, [120]);
  for (let version = 3; version <= 6; version++) {
    clock.advance(50);
    scheduler.changed('big', version, 150);
  }
  assert.equal(published.length, 1, 'nothing is analysed while the user types faster than the wait');
  clock.advance(200);
  assert.deepEqual(
    published.map((p) => p.version),
    [1, 6],
  );
});

test('validationDelay is the longest wait, whatever the cost', () => {
  const { clock, scheduler } = harness(() => 1000);
  scheduler.changed('huge', 1, 150);
  clock.advance(0);
  scheduler.changed('huge', 2, 150);
  assert.deepEqual(clock.pending, [150]);
  scheduler.changed('huge', 3, 0);
  assert.deepEqual(clock.pending, [0], 'validationDelay 0: analyse at once');
  assert.equal(scheduler.delayFor('huge', 300), 300);
});

test('the cost is the median of recent analyses: one or two slow runs do not make a cheap document wait', () => {
  const costs = [4, 4, 4, 90, 95, 4, 4];
  const { clock, scheduler } = harness(() => costs.shift() ?? 4);
  const delays: number[] = [];
  for (let version = 1; version <= 7; version++) {
    scheduler.changed('a', version, 150);
    clock.advance(150);
    delays.push(scheduler.delayFor('a', 150));
  }
  assert.deepEqual(delays, [0, 0, 0, 0, 0, 0, 0]);
  // A document that becomes expensive for good waits once slow runs are half of its recent analyses.
  const slow = [4, 4, 80, 80, 80, 80];
  const growing = harness(() => slow.shift() ?? 80);
  const waits: number[] = [];
  for (let version = 1; version <= 6; version++) {
    growing.scheduler.changed('b', version, 150);
    growing.clock.advance(200);
    waits.push(growing.scheduler.delayFor('b', 150));
  }
  assert.deepEqual(waits, [0, 0, 0, 84, 150, 150]);
});

test('changes that arrive together are analysed once, for the newest version', () => {
  const { clock, published, scheduler } = harness(() => 4);
  scheduler.changed('a', 1, 150);
  scheduler.changed('a', 2, 150);
  scheduler.changed('a', 3, 150);
  clock.advance(10);
  assert.deepEqual(
    published.map((p) => p.version),
    [3],
  );
});

test('a result for version N is dropped when N+1 arrived during its analysis', async () => {
  const clock = new FakeClock();
  const published: number[] = [];
  let release: () => void = () => {};
  const settingsArrive = new Promise<void>((resolve) => (release = resolve));
  const scheduler: ValidationScheduler = new ValidationScheduler(async (uri, version) => {
    await settingsArrive; // e.g. workspace/configuration still on its way
    if (!scheduler.isCurrent(uri, version)) return;
    published.push(version);
  }, clock);
  scheduler.changed('a', 1, 150);
  clock.advance(0);
  scheduler.changed('a', 2, 150);
  release();
  await settingsArrive;
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(published, [], 'version 1 is stale');
  clock.advance(0);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(published, [2]);
});

test('documents are scheduled independently; a closed document is never analysed or published', () => {
  const { clock, published, scheduler } = harness(() => 4);
  scheduler.changed('a', 1, 150);
  scheduler.changed('b', 7, 150);
  scheduler.forget('a');
  clock.advance(10);
  assert.deepEqual(
    published.map((p) => `${p.uri}@${p.version}`),
    ['b@7'],
  );
  assert.equal(scheduler.isCurrent('a', 1), false);
  scheduler.changed('a', 1, 150);
  clock.advance(0);
  assert.equal(published.at(-1)?.uri, 'a', 'reopened: analysed again');
});

test('immediate (settings or workspace changed) skips the wait of an expensive document', () => {
  const { clock, published, scheduler } = harness(() => 500);
  scheduler.changed('big', 1, 150);
  clock.advance(0);
  scheduler.changed('big', 1, 150, true);
  assert.deepEqual(clock.pending, [0]);
  clock.advance(0);
  assert.equal(published.length, 2);
});
