/**
 * The ticker (lib/guide/schedule.ts) on a page that changes every 10 ms: one detection per burst
 * at the latest MAX_WAIT_MS after its first change, held to the budget, and one timer per burst
 * rather than one per change.
 */
import { describe, expect, it } from 'vitest';
import { createTicker, MAX_WAIT_MS, QUIET_MS } from '../../../lib/guide/schedule';

function harness(cost = 0) {
  let clock = 0;
  const timers: { at: number; cb: () => void }[] = [];
  const frames: (() => void)[] = [];
  const ticks: number[] = [];
  let timersSet = 0;
  const ticker = createTicker({
    scheduler: {
      requestAnimationFrame: (cb) => frames.push(cb),
      setTimeout: (cb, ms) => {
        timersSet++;
        return timers.push({ at: clock + ms, cb });
      },
    },
    signal: new AbortController().signal,
    now: () => clock,
    tick: () => {
      ticks.push(clock);
      clock += cost;
    },
  });
  /** Let `ms` pass in 10 ms steps, calling `each` at every step. */
  const pass = (ms: number, each?: () => void) => {
    const end = clock + ms;
    while (clock < end) {
      clock += 10;
      each?.();
      for (const timer of timers.filter((t) => t.at <= clock)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.cb();
      }
      for (const frame of frames.splice(0)) frame();
    }
  };
  return { ticker, pass, ticks, timersSet: () => timersSet };
}

describe('createTicker', () => {
  it('detects once a burst is quiet', () => {
    const { ticker, pass, ticks } = harness();
    pass(30, () => ticker.schedule());
    expect(ticks).toEqual([]);
    pass(QUIET_MS + 20);
    expect(ticks).toHaveLength(1);
  });

  it('detects at the latest MAX_WAIT_MS into a burst that does not stop, with a few timers, not one per change', () => {
    const { ticker, pass, ticks, timersSet } = harness();
    pass(MAX_WAIT_MS + 20, () => ticker.schedule());
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toBeLessThanOrEqual(MAX_WAIT_MS + 20);
    expect(timersSet()).toBeLessThan(10);
  });

  it('holds detections that changes ask for to the budget (2 % of the main thread)', () => {
    const { ticker, pass, ticks } = harness(20);
    pass(5000, () => ticker.schedule());
    // 20 ms each, then 980 ms of rest: about one a second.
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(6);
  });

  it('never holds back a detection asked for on the next frame', () => {
    const { ticker, pass, ticks } = harness(20);
    ticker.tickSoon();
    pass(10);
    ticker.tickSoon();
    pass(10);
    expect(ticks).toHaveLength(2);
  });
});
