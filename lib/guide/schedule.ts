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
 * idle page costs nothing. Any mutation or navigation starts that series again.
 */

/** Detect after this long without a change… */
export const QUIET_MS = 60;
/** …or at the latest this long after the first change of a burst. */
export const MAX_WAIT_MS = 250;
const SETTLE_DELAYS = [200, 400, 800, 1600, 3200, 6400];

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
  let quietTimer = 0;
  let soon = 0;
  let settleIndex = 0;
  let settling = false;

  function tickSoon(): void {
    if (signal.aborted || soon) return;
    soon = scheduler.requestAnimationFrame(() => {
      soon = 0;
      tick();
    });
  }

  function schedule(): void {
    if (signal.aborted) return;
    const at = now();
    if (!pending) firstChange = at;
    pending = true;
    if (quietTimer) clearTimeout(quietTimer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstChange + MAX_WAIT_MS - at));
    quietTimer = scheduler.setTimeout(() => {
      quietTimer = 0;
      scheduler.requestAnimationFrame(() => {
        pending = false;
        tick();
      });
    }, wait);
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
        scheduler.setTimeout(() => {
          settling = false;
          settleIndex++;
          tickSoon();
        }, SETTLE_DELAYS[settleIndex] ?? 0);
      },
    },
  };
}
