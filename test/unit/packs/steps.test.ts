/**
 * Pack steps (issue 10: "a pack's steps override or add to the built-in flows by id"): the parser
 * checks them against the flows registry and refuses code in their texts; applying them overrides
 * by id and adds after `after`, keeping a built-in step's features only on its own screen; the
 * preview says per flow and step what changes; the content scripts' guard agrees with the zod
 * schema; imported steps and the policy's reach the content scripts' mirror, imported first.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadExtras } from '../../../lib/corrections/extras';
import { deleteAllCorrections, deletePackStep, putPackSteps } from '../../../lib/corrections/repository';
import { LoketgidsDb } from '../../../lib/db';
import { FLOWS, PAGES_BY_ID } from '../../../lib/flows/registry';
import { applyPackSteps, PACK_STEP_COMPLETES } from '../../../lib/packs/apply';
import { readKeptSteps } from '../../../lib/packs/kept';
import { parsePack } from '../../../lib/packs/parse';
import { makePack, previewSteps } from '../../../lib/packs/preview';
import { packStepSchema } from '../../../lib/packs/schema';
import { type PackStep, toPackStep } from '../../../lib/packs/steps';

const FLOW = 'gb.koppel-gebruiker';
const override: PackStep = {
  flow: FLOW,
  step: {
    id: 'organisatie',
    page: 'gb.koppel-stap-1',
    target: 'organisatie-veld',
    title: { nl: 'Organisatie kiezen', en: 'Choose the organisation' },
    instruction: { nl: 'Typ het KBO-nummer van de klant.', en: "Type the client's KBO number." },
  },
};
const added: PackStep = {
  flow: FLOW,
  after: 'gebruiker',
  step: {
    id: 'aanmelden',
    page: 'gb.aanmelden',
    target: 'entiteit',
    title: { nl: 'Aanmelden als entiteit', en: 'Log in as an entity' },
    instruction: { nl: 'Meld u aan als entiteit.', en: 'Log in as an entity.' },
  },
};
const packText = (steps: unknown[]) =>
  JSON.stringify({ ...makePack([], { now: new Date('2026-12-01T10:00:00Z') }).pack, steps });
const ids = (flows: readonly { id: string; steps: { id: string }[] }[], id = FLOW) =>
  flows.find((f) => f.id === id)?.steps.map((s) => s.id);

describe('reading pack steps', () => {
  it('reads a pack with an overriding and an added step, and writes the same back', () => {
    const read = parsePack(packText([override, added]), FLOWS);
    expect(read.ok && read.pack.steps).toEqual([override, added]);
    const again = makePack([], { steps: [override, added] }).text;
    const back = parsePack(again, FLOWS);
    expect(back.ok && back.pack.steps).toEqual([override, added]);
    expect(again.split('\n').filter((line) => line.includes('"flow"'))).toHaveLength(2);
    // Without steps the file has no `steps` field (older builds read it unchanged).
    expect(makePack([]).text).not.toContain('steps');
  });

  it('accepts `after` naming a step added earlier in the same pack', () => {
    const next = { ...added, after: 'aanmelden', step: { ...added.step, id: 'nog-een' } };
    expect(parsePack(packText([added, next]), FLOWS).ok).toBe(true);
    expect(parsePack(packText([next, added]), FLOWS).ok).toBe(false);
  });

  const withStep = (patch: Partial<PackStep['step']>, rest: Partial<PackStep> = {}) =>
    packText([{ ...added, ...rest, step: { ...added.step, ...patch } }]);
  it.each([
    [
      'an unknown flow',
      withStep({}, { flow: 'gb.bestaat-niet' }),
      /taak die deze Loketgids niet kent \(gb\.bestaat-niet\)/,
    ],
    ['an unknown page state', withStep({ page: 'gb.bestaat-niet' }), /scherm dat deze Loketgids niet kent/],
    ["another portal's page state", withStep({ page: 'wse.kbo-prompt', target: undefined }), /scherm dat deze/],
    [
      'an unknown target',
      withStep({ target: 'bestaat-niet' }),
      /wijst naar iets dat het scherm .* niet heeft \(bestaat-niet\)/,
    ],
    [
      'an unknown after',
      withStep({}, { after: 'bestaat-niet' }),
      /komt na een stap die .* niet heeft \(bestaat-niet\)/,
    ],
    ['a bad id', withStep({ id: 'Stap 1!' }), /klopt niet: steps\.0\.step\.id/],
    ['a long id', withStep({ id: 'a'.repeat(61) }), /klopt niet/],
    ['features', packText([{ ...added, step: { ...added.step, features: [] } }]), /klopt niet/],
    [
      'a script in a text',
      withStep({ instruction: { nl: '<script>x()</script>', en: 'x' } }),
      /op programmacode lijkt/,
    ],
    [
      'a handler in a title',
      withStep({ title: { nl: 'a onclick=x()', en: 'x' } }),
      /steps\[0\]\.step\.title\.nl .*programmacode/,
    ],
    ['a javascript: URL', withStep({ title: { nl: 'javascript:alert(1)', en: 'x' } }), /op programmacode lijkt/],
    [
      '__proto__',
      packText([{ ...added }]).replace('"after":', '"__proto__":{},"after":'),
      /verboden sleutel "__proto__"/,
    ],
    ['an empty text', withStep({ title: { nl: '', en: 'x' } }), /klopt niet/],
    ['too many steps', packText(Array.from({ length: 201 }, () => added)), /klopt niet: steps/],
  ])('refuses a pack step with %s', (_what, text, message) => {
    const read = parsePack(text, FLOWS);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.nl).toMatch(message);
    expect(read.problem.nl).toMatch(/Er is niets ingelezen\.$/);
    expect(read.problem.en).toMatch(/Nothing was read\.$/);
  });
});

describe('applying pack steps', () => {
  const builtIn = FLOWS.find((f) => f.id === FLOW);
  it('overrides by id in place, adds after `after`, else at the end', () => {
    const atEnd = { ...added, after: undefined, step: { ...added.step, id: 'slot' } };
    const flows = applyPackSteps(FLOWS, [override, added, atEnd], PAGES_BY_ID);
    expect(ids(flows)).toEqual(['gebruiker', 'aanmelden', 'organisatie', 'werkrelatie', 'bevestig', 'klaar', 'slot']);
    const step = flows.find((f) => f.id === FLOW)?.steps[2];
    expect(step?.instruction.nl).toBe('Typ het KBO-nummer van de klant.');
    // The built-in flows themselves are not touched.
    expect(builtIn?.steps[1]?.instruction.nl).toMatch(/^Geef het KBO-nummer/);
    expect(ids(FLOWS)).toHaveLength(5);
  });

  it("keeps the built-in step's features, check and completion only on the same page state", () => {
    const same = applyPackSteps(FLOWS, [override], PAGES_BY_ID).find((f) => f.id === FLOW)?.steps[1];
    expect(same?.features).toEqual([{ kind: 'kbo-or-name-check', field: 'organisatie-veld' }]);
    expect(same?.completes).toEqual(builtIn?.steps[1]?.completes);
    const moved = { ...override, step: { ...override.step, page: 'gb.koppel-stap-2', target: 'telefoon' } };
    const elsewhere = applyPackSteps(FLOWS, [moved], PAGES_BY_ID).find((f) => f.id === FLOW)?.steps[1];
    expect(elsewhere?.page).toBe('gb.koppel-stap-2');
    expect(elsewhere?.features).toEqual([]);
    expect(elsewhere?.problems).toEqual([]);
    expect(elsewhere?.completes.text).toEqual(PACK_STEP_COMPLETES);
    const add = applyPackSteps(FLOWS, [added], PAGES_BY_ID).find((f) => f.id === FLOW)?.steps[1];
    expect(add?.features).toEqual([]);
  });

  it('lets a later step win, and does nothing for a flow not given (switched off) or a page it lacks', () => {
    const later = { ...override, step: { ...override.step, instruction: { nl: 'Later.', en: 'Later.' } } };
    const flows = applyPackSteps(FLOWS, [override, later], PAGES_BY_ID);
    expect(flows.find((f) => f.id === FLOW)?.steps[1]?.instruction.nl).toBe('Later.');
    const off = FLOWS.filter((f) => f.id !== FLOW);
    expect(applyPackSteps(off, [override, added], PAGES_BY_ID)).toBe(off);
    const lost = { ...added, step: { ...added.step, page: 'gb.weg' } };
    expect(applyPackSteps(FLOWS, [lost], PAGES_BY_ID)).toBe(FLOWS);
    const gone = { ...added, after: 'weg' };
    expect(ids(applyPackSteps(FLOWS, [gone], PAGES_BY_ID))?.at(-1)).toBe('aanmelden');
  });
});

describe('previewing pack steps', () => {
  it('says per flow and step what changes and what is added where', () => {
    const read = parsePack(packText([override, added]), FLOWS);
    if (!read.ok) throw new Error(read.problem.en);
    const changes = previewSteps(read.pack, FLOWS);
    expect(changes.map((c) => [c.kind, c.flowTitle?.nl, c.step.id, c.changes?.number, c.after?.title.nl])).toEqual([
      ['change', 'Koppel gebruiker aan organisatie', 'organisatie', 2, undefined],
      ['add', 'Koppel gebruiker aan organisatie', 'aanmelden', undefined, 'De gebruiker openen'],
    ]);
    // A step kept from an earlier pack is changed, not added again.
    const again = previewSteps(read.pack, FLOWS, [added]);
    expect(again[1]).toMatchObject({ kind: 'change', changes: { title: added.step.title } });
  });
});

describe('the content scripts side of pack steps', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a guard that agrees with the zod schema', () => {
    const cases: unknown[] = [
      override,
      added,
      { ...added, extra: 1 },
      { ...added, step: { ...added.step, id: 'A B' } },
      { ...added, step: { ...added.step, title: { nl: 'x' } } },
      { ...added, step: { ...added.step, title: { nl: 'x', en: 'y', it: 'z' } } },
      { ...added, step: { ...added.step, instruction: { nl: 'x'.repeat(1001), en: 'y' } } },
      { ...added, step: { ...added.step, features: [] } },
      { ...added, after: 5 },
      { flow: FLOW },
      null,
      'x',
    ];
    for (const value of cases) {
      const parsed = packStepSchema.safeParse(value);
      expect(toPackStep(value)).toEqual(parsed.success ? parsed.data : undefined);
    }
  });

  it('keeps imported steps, mirrors them with the policy’s (imported first), deletes one or all', async () => {
    const policyStep = { ...override, step: { ...override.step, instruction: { nl: 'Beleid.', en: 'Policy.' } } };
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      packs: [makePack([], { steps: [policyStep] }).pack],
    } as never);
    const database = new LoketgidsDb('loketgids-pack-steps');
    await putPackSteps([override, added], database);
    expect((await loadExtras('gb')).steps).toEqual([override, added, policyStep]);
    expect((await loadExtras('wse')).steps).toEqual([]);
    // Re-importing the same step replaces it in place.
    const changed = { ...added, step: { ...added.step, title: { nl: 'Nieuw', en: 'New' } } };
    await putPackSteps([changed], database);
    expect(await readKeptSteps()).toEqual([override, changed]);
    await expect(putPackSteps([{ ...added, step: { ...added.step, page: 'gb.weg' } }], database)).rejects.toThrow();
    await deletePackStep(`${FLOW}/organisatie`, database);
    expect((await loadExtras('gb')).steps).toEqual([changed, policyStep]);
    await deleteAllCorrections(database);
    expect(await readKeptSteps()).toEqual([]);
    expect((await loadExtras('gb')).steps).toEqual([policyStep]);
    database.close();
  });

  it('leaves out a kept step that no longer fits, and a malformed mirror counts as none', async () => {
    await fakeBrowser.storage.local.set({
      'loketgids:pack-steps-kept': [added, { ...added, step: { ...added.step, page: 'gb.weg' } }, 7],
    });
    expect(await readKeptSteps()).toEqual([added]);
    await fakeBrowser.storage.local.set({ 'loketgids:pack-steps': { gb: [added, { flow: 1 }, override] } });
    expect((await loadExtras('gb')).steps).toEqual([added, override]);
    await fakeBrowser.storage.local.set({ 'loketgids:pack-steps': 'x' });
    expect((await loadExtras('gb')).steps).toEqual([]);
  });
});
