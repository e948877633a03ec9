/**
 * When the guide detects again — and when it does not.
 *
 * Design note (2026-12, issue "as light as a tour library"): mutations come in bursts (a
 * single-page app re-rendering, a ticker updating). They are coalesced: detection runs once the
 * page has been quiet for `QUIET_MS`, or at the latest `MAX_WAIT_MS` after the first change, so a
 * page mutating 100 times a second costs a few detections a second, not one per frame. Navigation,
 * timers and a person's choice detect on the next frame (`tickSoon`). Late rendering: an app
 * shell or a component may attach and fill a shadow root a second after load, which no observer
 * of the document sees; while the page is unsure, a target is missing or custom elements are not
 * defined yet, `settle` looks again after 0.2, 0.4, 0.8, 1.6, 3.2 and 6.4 s and then stops, so an
 * idle page costs nothing. Any mutation that may matter (lib/guide/runtime/changes.ts: not a
 * number ticking far from what the guide reads) or navigation starts that series again.
 *
 * A budget on top (measured: a 5,000-node page changing 100×/s cost 20 % more main-thread time
 * with four full detections a second): detections that mutations or the settle series ask for
 * take at most `MUTATION_SHARE` of the main thread — after a detection that took `c` ms, the next
 * such one waits `c × (1 / share − 1)` ms. A light portal page (a detection of ~2 ms) is hardly
 * slowed; a heavy, busy one is followed less often. Navigation and a person's own actions
 * (`tickSoon`) are never held back.
 */

/** Detect after this long without a change… */
export const QUIET_MS = 60;
/** …or at the latest this long after the first change of a burst. */
export const MAX_WAIT_MS = 250;
const SETTLE_DELAYS = [200, 400, 800, 1600, 3200, 6400];
/** The most of the main thread that detections caused by mutations may take. */
export const MUTATION_SHARE = 0.02;

export interface Scheduler {
  requestAnimationFrame(cb: () => void): number;
  setTimeout(cb: () => void, ms: number): number;
}

export interface Ticker {
  /** Detect once a burst of mutations is over. */
  schedule(): void;
  /** Detect on the next frame. */
  tickSoon(): void;
  settle: { reset(): void; maybe(needed: boolean): void };
}

export function createTicker(options: {
  scheduler: Scheduler;
  signal: AbortSignal;
  now: () => number;
  tick: () => void;
}): Ticker {
  const { scheduler, signal, now, tick } = options;
  let pending = false;
  let firstChange = 0;
  let lastChange = 0;
  /** The one timer of a burst (0: none armed). */
  let burstTimer = 0;
  let soon = 0;
  let settleIndex = 0;
  let settling = false;
  /** When the last detection ended and what it cost: the budget's measure. */
  let lastEnd = Number.NEGATIVE_INFINITY;
  let lastCost = 0;

  function run(): void {
    const started = now();
    tick();
    lastEnd = now();
    lastCost = lastEnd - started;
  }

  /** How long a mutation-driven detection must still wait to keep within the budget. */
  function budgetWait(at: number): number {
    return Math.max(0, lastEnd + lastCost * (1 / MUTATION_SHARE - 1) - at);
  }

  function tickSoon(): void {
    if (signal.aborted || soon) return;
    soon = scheduler.requestAnimationFrame(() => {
      soon = 0;
      run();
    });
  }

  /** How long the burst's detection must still wait: quiet, or the burst's deadline, and the budget. */
  function burstWait(at: number): number {
    return Math.max(budgetWait(at), Math.min(lastChange + QUIET_MS, firstChange + MAX_WAIT_MS) - at);
  }

  // One timer per burst, looked at again when it fires (not one per mutation: a page changing
  // 100 times a second would set and clear 100 timers, and WXT's ctx.setTimeout keeps an abort
  // listener for each of them).
  function arm(wait: number): void {
    burstTimer = scheduler.setTimeout(() => {
      const more = burstWait(now());
      if (more > 0) {
        arm(more);
        return;
      }
      // Changes until the frame are read by this detection: no timer for them.
      scheduler.requestAnimationFrame(() => {
        burstTimer = 0;
        pending = false;
        run();
      });
    }, wait);
  }

  function schedule(): void {
    if (signal.aborted) return;
    const at = now();
    if (!pending) firstChange = at;
    pending = true;
    lastChange = at;
    if (!burstTimer) arm(burstWait(at));
  }

  return {
    schedule,
    tickSoon,
    settle: {
      reset() {
        settleIndex = 0;
      },
      maybe(needed) {
        if (!needed || settling || settleIndex >= SETTLE_DELAYS.length || signal.aborted) return;
        settling = true;
        const delay = SETTLE_DELAYS[settleIndex] ?? 0;
        scheduler.setTimeout(
          () => {
            settling = false;
            settleIndex++;
            tickSoon();
          },
          Math.max(delay, budgetWait(now())),
        );
      },
    },
  };
}
