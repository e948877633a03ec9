import { describe, expect, it } from 'vitest';
import { createFailureCounter, FAILURE_FLUSH_MS } from '../../../lib/failures/counter';

function fakeTimers() {
  const due: { at: number; cb: () => void }[] = [];
  let now = 0;
  return {
    setTimeout: (cb: () => void, ms: number) => due.push({ at: now + ms, cb }),
    advance(ms: number) {
      now += ms;
      for (const timer of due.splice(0).filter((t) => t.at <= now)) timer.cb();
    },
  };
}

describe('the failure counter', () => {
  it('gathers counts for a while and sends them in one message', async () => {
    const sent: unknown[][] = [];
    const timers = fakeTimers();
    const count = createFailureCounter(async (entries) => sent.push(entries), timers);
    count({ flow: 'gb.koppel-gebruiker', step: 'gebruiker', kind: 'no-target' });
    count({ flow: 'gb.koppel-gebruiker', step: 'gebruiker', kind: 'no-target' });
    count({ flow: 'gb.koppel-gebruiker', step: 'organisatie', kind: 'unsure' });
    expect(sent).toEqual([]);
    timers.advance(FAILURE_FLUSH_MS);
    expect(sent).toEqual([
      [
        { flow: 'gb.koppel-gebruiker', step: 'gebruiker', kind: 'no-target', count: 2 },
        { flow: 'gb.koppel-gebruiker', step: 'organisatie', kind: 'unsure', count: 1 },
      ],
    ]);
  });

  it('sends what it has at once when the person leaves the page, and nothing twice', () => {
    const sent: unknown[][] = [];
    const timers = fakeTimers();
    const count = createFailureCounter(async (entries) => sent.push(entries), timers);
    count.flush();
    expect(sent).toEqual([]);
    count({ flow: 'wse.ss.aanvraag-voor-klant', step: 'kbo', kind: 'no-target' });
    count.flush();
    expect(sent).toHaveLength(1);
    timers.advance(FAILURE_FLUSH_MS);
    expect(sent).toHaveLength(1);
  });
});
