import { describe, expect, it } from 'vitest';
import { clearObservations, readObservations, recordObservation } from '../../../lib/observed';

const VOV = {
  observation: 'wse.gebruikersrecht-aanvragen-knop',
  page: 'wse.aanvragen-zonder-recht',
  goal: 'wse.vov.terugbetaling',
};
const PERSON = { observation: 'wse.enkel-persoonlijke-naam', page: 'wse.enkel-persoon', goal: 'wse.vov.terugbetaling' };

describe('observations for the Rechtencheck', () => {
  it('keeps the newest first, one entry per observation and page, with the goal of the newest', async () => {
    await recordObservation(PERSON, 1_000);
    await recordObservation(VOV, 2_000);
    await recordObservation(PERSON, 3_000);
    const { observed, goal } = await readObservations(3_000);
    expect(observed.map((o) => o.observation)).toEqual([PERSON.observation, VOV.observation]);
    expect(goal).toBe('wse.vov.terugbetaling');
  });

  it('forgets observations older than a week (a right may have been granted since)', async () => {
    await recordObservation(VOV, 0);
    expect((await readObservations(8 * 24 * 60 * 60 * 1000)).observed).toEqual([]);
    expect((await readObservations(60_000)).observed).toHaveLength(1);
  });

  it('ignores malformed stored data and can be cleared', async () => {
    const { browser } = await import('wxt/browser');
    await browser.storage.local.set({ 'loketgids:observed': [{ nonsense: true }] });
    expect((await readObservations()).observed).toEqual([]);
    await recordObservation(VOV);
    await clearObservations();
    expect((await readObservations()).observed).toEqual([]);
  });
});
