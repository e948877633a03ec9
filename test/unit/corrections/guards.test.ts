/**
 * The page-side guard of a correction (lib/corrections/model.ts `toCorrection`, no zod on portal
 * pages) accepts exactly what the zod schema (lib/corrections/schema.ts) accepts, and gives the
 * same value back: on valid corrections, on ones with a field broken, missing or extra, and on
 * random input. The content script's mirror reader keeps only its portal's valid corrections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadExtras } from '../../../lib/corrections/extras';
import { CORRECTIONS_KEY, toCorrection } from '../../../lib/corrections/model';
import { addCorrection, deleteAllCorrections, readCorrections } from '../../../lib/corrections/repository';
import { correctionSchema } from '../../../lib/corrections/schema';
import { LoketgidsDb } from '../../../lib/db';

const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: valid }, fc.constant(undefined), fc.anything(), fc.constant(Symbol.for('omit')));

function shapes(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, maybe(v)]))),
      fc.option(fc.tuple(fc.string({ maxLength: 6 }), fc.anything())),
    )
    .map(([record, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record)) if (value !== Symbol.for('omit')) out[key] = value;
      if (extra && !(extra[0] in fields)) out[extra[0]] = extra[1];
      return out;
    });
}

const tokens = (max: number) => fc.array(fc.string({ maxLength: 130 }), { maxLength: max });
const signature = shapes({
  path: fc.string({ maxLength: 210 }),
  lang: fc.constantFrom('nl', 'fr', ''),
  phrases: tokens(4),
  ids: tokens(3),
  headings: tokens(3),
});
const element = shapes({
  tag: fc.constantFrom('a', 'button', ''),
  role: fc.constantFrom('link', 'button'),
  name: fc.string({ maxLength: 70 }),
  id: fc.string({ maxLength: 10 }),
  attrs: tokens(3),
  text: fc.string({ maxLength: 70 }),
});
const correction = shapes({
  id: fc.string({ maxLength: 70 }),
  portal: fc.constantFrom('gb', 'wse', 'xx'),
  flow: fc.string({ maxLength: 20 }),
  step: fc.string({ maxLength: 20 }),
  page: fc.string({ maxLength: 20 }),
  target: fc.string({ maxLength: 10 }),
  signature,
  element,
  createdAt: fc.oneof(fc.integer(), fc.double()),
  source: fc.constantFrom('local', 'pack', 'policy', 'other'),
});

const valid = {
  id: 'c-1',
  portal: 'gb',
  flow: 'gb.koppel-gebruiker',
  step: 'gebruiker',
  page: 'gb.beheer',
  target: 'koppel',
  signature: { path: '/beheer', lang: 'nl', phrases: ['text:begindatum'], ids: ['main'], headings: ['h1: 3 7'] },
  element: { tag: 'a', role: 'link', name: 'medewerker verbinden', attrs: ['class:button'] },
  createdAt: 1_764_000_000_000,
  source: 'local',
} as const;

describe('the correction guard agrees with its zod schema', () => {
  it('on random and broken corrections', () => {
    fc.assert(
      fc.property(correction, (input) => {
        const parsed = correctionSchema.safeParse(input);
        const guarded = toCorrection(input);
        expect(guarded === undefined ? 'refused' : 'accepted', JSON.stringify(input)).toBe(
          parsed.success ? 'accepted' : 'refused',
        );
        if (parsed.success) expect(guarded).toEqual(parsed.data);
      }),
      { numRuns: 600 },
    );
    expect(toCorrection(valid)).toEqual(correctionSchema.parse(valid));
  });

  it('mirrors the stored corrections per portal for the content scripts', async () => {
    fakeBrowser.reset();
    const database = new LoketgidsDb('loketgids-corrections-mirror');
    await addCorrection(valid, database);
    // The same screen taught again replaces the first.
    await addCorrection({ ...valid, id: 'c-2', element: { ...valid.element, name: 'verbinden' } }, database);
    expect((await readCorrections(database)).corrections.map((c) => c.id)).toEqual(['c-2']);
    expect((await loadExtras('gb')).corrections.map((c) => c.id)).toEqual(['c-2']);
    expect((await loadExtras('wse')).corrections).toEqual([]);
    // A malformed mirror counts as none, never breaks the page.
    await fakeBrowser.storage.local.set({ [CORRECTIONS_KEY]: { gb: [{ ...valid, portal: 'gb', createdAt: 'x' }, 5] } });
    expect((await loadExtras('gb')).corrections).toEqual([]);
    await deleteAllCorrections(database);
    expect((await loadExtras('gb')).corrections).toEqual([]);
    await expect(
      addCorrection({ ...valid, signature: { ...valid.signature, phrases: 'x' } }, database),
    ).rejects.toThrow();
    database.close();
  });
});
