/**
 * The administrator's policy (lib/policy/managed.ts), with fakeBrowser: Chromium reads real
 * policies only from /etc/chromium/policies/managed/, which the e2e tests may not write, so the
 * reader is tested here. Missing or failing managed storage means no policy; unknown flows and bad
 * packs are left out and named; the policy's packs and flows reach the content scripts' mirror.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadExtras } from '../../../lib/corrections/extras';
import type { Correction } from '../../../lib/corrections/model';
import { syncCorrections } from '../../../lib/corrections/repository';
import { LoketgidsDb } from '../../../lib/db';
import { makePack } from '../../../lib/packs/preview';
import { applyPolicy, NO_POLICY, readPolicy } from '../../../lib/policy/managed';

const correction: Correction = {
  id: 'c-1',
  portal: 'gb',
  flow: 'gb.koppel-gebruiker',
  step: 'gebruiker',
  page: 'gb.beheer',
  target: 'koppel',
  signature: { path: '/beheer', lang: 'nl', phrases: [], ids: ['main'], headings: ['h1: 3 7'] },
  element: { tag: 'a', role: 'link', name: 'medewerker verbinden', attrs: ['class:button'] },
  createdAt: 1_764_000_000_000,
  source: 'local',
};
const pack = makePack([correction], { name: 'Helpdesk december' }).pack;

/** `storage.managed.get`, answered by the test (its typings say it answers nothing). */
const managedGet = () =>
  vi.spyOn(fakeBrowser.storage.managed, 'get') as unknown as {
    mockResolvedValue(value: unknown): void;
    mockRejectedValue(error: unknown): void;
  };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('managed policy', () => {
  it('is no policy when managed storage is absent, fails or is empty', async () => {
    managedGet().mockRejectedValue(new Error('managed storage not available'));
    expect(await readPolicy()).toEqual(NO_POLICY);
    managedGet().mockResolvedValue({});
    expect(await readPolicy()).toEqual(NO_POLICY);
  });

  it('applies packs (as objects or JSON text) and switches flows off; names what it left out', () => {
    const policy = applyPolicy({
      disabledFlows: ['wse.vov.terugbetaling', 'bestaat.niet'],
      packs: [pack, JSON.stringify(pack), { ...pack, version: 9 }, '<script>'],
    });
    expect(policy.present).toBe(true);
    expect(policy.disabledFlows).toEqual(['wse.vov.terugbetaling']);
    expect(policy.packs).toEqual([
      { name: 'Helpdesk december', corrections: 1, steps: 0 },
      { name: 'Helpdesk december', corrections: 1, steps: 0 },
    ]);
    expect(policy.corrections.map((c) => [c.id, c.source])).toEqual([
      ['policy-0-c-1', 'policy'],
      ['policy-1-c-1', 'policy'],
    ]);
    expect(policy.problems.map((p) => p.nl)).toEqual([
      'Het beleid zet een taak uit die Loketgids niet kent: bestaat.niet.',
      expect.stringMatching(/^Pakket 3 van het beleid is niet toegepast\. .*versie 9/),
      expect.stringMatching(/^Pakket 4 van het beleid is niet toegepast\. .*geen geldig JSON/),
    ]);
  });

  it('reaches the content scripts: the policy packs with the stored corrections, and its flows off', async () => {
    managedGet().mockResolvedValue({
      packs: [pack],
      disabledFlows: ['gb.snel-recht-toekennen'],
    });
    const database = new LoketgidsDb('loketgids-policy-mirror');
    await syncCorrections(database);
    const extras = await loadExtras('gb');
    expect(extras.disabledFlows).toEqual(['gb.snel-recht-toekennen']);
    expect(extras.corrections.map((c) => c.source)).toEqual(['policy']);
    expect((await loadExtras('wse')).corrections).toEqual([]);
    database.close();
  });
});
