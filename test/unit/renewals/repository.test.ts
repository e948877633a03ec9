/**
 * The kept renewals: a look at an organisation's dashboard replaces that organisation's list
 * (a task gone from the dashboard is gone here), the others stay; every record is checked before
 * anything is written; the background's message handler keeps nothing without a valid KBO number
 * and refuses malformed messages before the handler runs.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, readRenewals } from '../../../lib/db';
import { listen } from '../../../lib/messaging/listen';
import { createRenewalHandlers } from '../../../lib/renewals/handlers';
import type { RenewalsSeen } from '../../../lib/renewals/model';
import { listRenewals, replaceRenewals } from '../../../lib/renewals/repository';
import { KNOWN_KBOS } from '../../support/builders';
import { resetDb } from '../clients/helpers';

beforeEach(resetDb);

const task = (erkenning: string, deadline: string, opleiding = 'Verkoper') => ({
  erkenning,
  vestiging: 'Mega World (Heist-op-den-Berg)',
  opleiding,
  deadline,
});

const ACM: RenewalsSeen = {
  kbo: KNOWN_KBOS.abInbev,
  organisation: 'ACM',
  seenOn: '2026-12-01',
  renewals: [task('E/20170620/011723', '2027-04-28'), task('E/20170620/011724', '2026-12-11', 'Winkelbediende')],
};
const PEETERS: RenewalsSeen = {
  kbo: KNOWN_KBOS.second,
  organisation: 'Bouwbedrijf Peeters NV',
  seenOn: '2026-12-02',
  renewals: [task('E/20180101/000001', '2026-12-20', 'Metselaar')],
};

const kept = async () => (await listRenewals()).renewals.map((r) => `${r.organisation} ${r.erkenning} ${r.deadline}`);

describe('replace per organisation', () => {
  it('keeps every organisation’s renewals, most urgent first across them', async () => {
    expect(await replaceRenewals(ACM)).toBe(2);
    expect(await replaceRenewals(PEETERS)).toBe(1);
    expect(await kept()).toEqual([
      'ACM E/20170620/011724 2026-12-11',
      'Bouwbedrijf Peeters NV E/20180101/000001 2026-12-20',
      'ACM E/20170620/011723 2027-04-28',
    ]);
    const [first] = (await listRenewals()).renewals;
    expect(first).toEqual({
      kbo: KNOWN_KBOS.abInbev,
      organisation: 'ACM',
      erkenning: 'E/20170620/011724',
      vestiging: 'Mega World (Heist-op-den-Berg)',
      opleiding: 'Winkelbediende',
      deadline: '2026-12-11',
      seenOn: '2026-12-01',
    });
  });

  it('seeing a dashboard again replaces that organisation’s list only: a task no longer shown is gone', async () => {
    await replaceRenewals(ACM);
    await replaceRenewals(PEETERS);
    await replaceRenewals({
      ...ACM,
      seenOn: '2026-12-05',
      renewals: [task('E/20170620/011723', '2027-04-28'), task('E/20990101/000009', '2027-06-01', 'Kok')],
    });
    expect(await kept()).toEqual([
      'Bouwbedrijf Peeters NV E/20180101/000001 2026-12-20',
      'ACM E/20170620/011723 2027-04-28',
      'ACM E/20990101/000009 2027-06-01',
    ]);
    expect((await listRenewals()).renewals.filter((r) => r.kbo === ACM.kbo).map((r) => r.seenOn)).toEqual([
      '2026-12-05',
      '2026-12-05',
    ]);
    // A dashboard without tasks: none left for that organisation.
    expect(await replaceRenewals({ ...PEETERS, renewals: [] })).toBe(0);
    expect(await kept()).toEqual(['ACM E/20170620/011723 2027-04-28', 'ACM E/20990101/000009 2027-06-01']);
  });

  it('a renewal shown twice is kept once', async () => {
    expect(
      await replaceRenewals({ ...ACM, renewals: [ACM.renewals[0], ACM.renewals[0]] as RenewalsSeen['renewals'] }),
    ).toBe(1);
    expect(await db.renewals.count()).toBe(1);
  });

  it('checks every record first: one bad one and nothing changes', async () => {
    await replaceRenewals(ACM);
    await expect(
      replaceRenewals({ ...ACM, renewals: [task('E/1', '2027-01-01'), task('E/2', '2027-02-30')] }),
    ).rejects.toThrow(/E\/2/);
    await expect(replaceRenewals({ ...ACM, kbo: '0417390704' })).rejects.toThrow();
    expect(await kept()).toEqual(['ACM E/20170620/011724 2026-12-11', 'ACM E/20170620/011723 2027-04-28']);
  });

  it('reports a stored row that is not a renewal, and still lists the others', async () => {
    await replaceRenewals(ACM);
    await db.renewals.put({ ...ACM.renewals[0], kbo: KNOWN_KBOS.third, erkenning: 'E/X', deadline: 'ooit' } as never);
    const { renewals, corrupt } = await readRenewals();
    expect(renewals).toHaveLength(2);
    expect(corrupt).toEqual([expect.objectContaining({ table: 'renewals', key: `["${KNOWN_KBOS.third}","E/X"]` })]);
  });
});

describe('the background handler (renewals.replace)', () => {
  const handlers = createRenewalHandlers(db);
  const replace = handlers['renewals.replace'] as NonNullable<(typeof handlers)['renewals.replace']>;

  it('keeps what the dashboard showed', async () => {
    expect(await replace({ type: 'renewals.replace', ...ACM }, { tabId: 3 })).toEqual({ ok: true });
    expect(await kept()).toHaveLength(2);
  });

  it('keeps nothing without a valid KBO number', async () => {
    expect(await replace({ type: 'renewals.replace', ...ACM, kbo: '0417390704' }, { tabId: 3 })).toEqual({ ok: false });
    expect(await db.renewals.count()).toBe(0);
  });

  it('is reached through the checked message listener; a malformed message never reaches it', async () => {
    let listener: ((message: unknown, sender: object) => unknown) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((callback) => {
      listener = callback as typeof listener;
    });
    const stop = listen(handlers);
    try {
      const send = (message: unknown) => listener?.(message, { tab: { id: 1 } });
      expect(await send({ type: 'renewals.replace', ...ACM })).toEqual({ ok: true });
      const bad = { type: 'renewals.replace', ...ACM, renewals: [{ ...task('E/9', '2027-01-01'), naam: 'Jan' }] };
      // Unknown keys are dropped by the schema: nothing but the task's own fields is kept.
      expect(await send(bad)).toEqual({ ok: true });
      expect(Object.keys((await listRenewals()).renewals[0] ?? {}).sort()).toEqual([
        'deadline',
        'erkenning',
        'kbo',
        'opleiding',
        'organisation',
        'seenOn',
        'vestiging',
      ]);
      expect(await send({ type: 'renewals.replace', ...ACM, seenOn: 'gisteren' })).toMatchObject({
        error: expect.stringContaining('Ongeldig bericht renewals.replace'),
      });
      expect(await kept()).toEqual(['ACM E/9 2027-01-01']);
    } finally {
      stop();
      vi.restoreAllMocks();
    }
  });
});
