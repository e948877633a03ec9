/**
 * The content script's failure counter: counts are gathered for a few seconds and sent in one
 * `failures.add` message (a page that keeps failing does not send a message per detection), or
 * at once when the person leaves the page (`flush`, on `pagehide`: lib/overlay/start.tsx).
 *
 * @example
 * const count = createFailureCounter('gb', (entries) => request({ type: 'failures.add', portal: 'gb', entries }), ctx);
 * count({ flow: 'gb.koppel-gebruiker', step: 'gebruiker', kind: 'no-target' });
 */
import type { FailureEntry, FailureKind } from './model';

export const FAILURE_FLUSH_MS = 2000;

export function createFailureCounter(
  send: (entries: Omit<FailureEntry, 'portal'>[]) => Promise<unknown>,
  scheduler: { setTimeout(cb: () => void, ms: number): number } = {
    setTimeout: (cb, ms) => Number(setTimeout(cb, ms)),
  },
): FailureCounter {
  const pending = new Map<string, Omit<FailureEntry, 'portal'>>();
  let timer = 0;
  const flush = () => {
    timer = 0;
    const entries = [...pending.values()];
    pending.clear();
    if (entries.length) void send(entries).catch(() => undefined);
  };
  const count = (entry: { flow: string; step: string; kind: FailureKind }) => {
    const key = `${entry.flow}\u0000${entry.step}\u0000${entry.kind}`;
    const old = pending.get(key);
    pending.set(key, { ...entry, count: Math.min(1000, (old?.count ?? 0) + 1) });
    if (!timer) timer = scheduler.setTimeout(flush, FAILURE_FLUSH_MS);
  };
  return Object.assign(count, {
    flush() {
      if (timer) clearTimeout(timer);
      flush();
    },
  });
}

/** Count one failure; `flush` sends what is gathered at once (the person leaves the page). */
export type FailureCounter = ((entry: { flow: string; step: string; kind: FailureKind }) => void) & {
  flush(): void;
};
