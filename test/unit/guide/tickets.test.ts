import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadTickets, saveTicket, TICKETS_KEY, TICKETS_MAX } from '../../../lib/guide/tickets';

describe('the noted ticket numbers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a ticket number, newest first, the same number once', async () => {
    await saveTicket('TA-2025-0412-77341', 1);
    await saveTicket(' 20260123456 ', 2);
    await saveTicket('TA-2025-0412-77341', 3);
    expect((await loadTickets()).map((t) => [t.ticket, t.savedAt])).toEqual([
      ['TA-2025-0412-77341', 3],
      ['20260123456', 2],
    ]);
  });

  it('keeps at most the last ones', async () => {
    for (let i = 0; i < TICKETS_MAX + 5; i++) await saveTicket(`T-${1000 + i}`, i);
    const kept = await loadTickets();
    expect(kept).toHaveLength(TICKETS_MAX);
    expect(kept[0]?.ticket).toBe(`T-${1000 + TICKETS_MAX + 4}`);
  });

  it('refuses what is no ticket number, and reads nothing malformed back', async () => {
    await expect(saveTicket('<script>')).rejects.toThrow();
    await expect(saveTicket('')).rejects.toThrow();
    await fakeBrowser.storage.local.set({
      [TICKETS_KEY]: [
        { ticket: 'OK-123', savedAt: 1 },
        { ticket: '<b>x</b>', savedAt: 2 },
        { ticket: 'X', savedAt: 'no' },
        'junk',
      ],
    });
    expect((await loadTickets()).map((t) => t.ticket)).toEqual(['OK-123']);
    await fakeBrowser.storage.local.set({ [TICKETS_KEY]: { not: 'a list' } });
    expect(await loadTickets()).toEqual([]);
  });
});
