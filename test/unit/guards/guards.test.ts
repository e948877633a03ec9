/**
 * The page-side guards (no zod on portal pages) hold exactly what the zod schemas of the same
 * values hold: on valid values, on values with one field broken or missing, with extra keys, and
 * on random input, a guard accepts what the schema accepts and gives the same value back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTabState } from '../../../lib/guide/tab-state';
import { checkTabState } from '../../../lib/guide/tab-state-schema';
import { clientSummaryGuard, RESPONSE_GUARDS, type RequestType } from '../../../lib/messaging';
import { clientSummarySchema, requestSchemas } from '../../../lib/messaging/schemas';
import { observedEntryGuard } from '../../../lib/observed';
import { checkUi } from '../../../lib/overlay/ui-state';
import { checkState } from '../../../lib/state';
import { stateSchema } from '../../../lib/state-schema';

type Fields = Record<string, fc.Arbitrary<unknown>>;

/** Objects whose every field is valid, missing, `undefined` or anything at all, sometimes with an extra key. */
function shapes(fields: Fields): fc.Arbitrary<unknown> {
  const entries = Object.entries(fields).map(
    ([key, valid]) =>
      [
        key,
        fc.oneof(
          { weight: 6, arbitrary: valid },
          fc.constant(undefined),
          fc.anything(),
          fc.constant(Symbol.for('omit')),
        ),
      ] as const,
  );
  return fc
    .tuple(fc.record(Object.fromEntries(entries)), fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.anything())))
    .map(([record, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record)) if (value !== Symbol.for('omit')) out[key] = value;
      if (extra && !(extra[0] in fields)) out[extra[0]] = extra[1];
      return out;
    });
}

const kbo = fc.oneof(fc.stringMatching(/^[01]\d{9}$/), fc.constant('041739070'), fc.constant('2147812701'));
const clientFields: Fields = {
  kbo,
  name: fc.string(),
  tags: fc.array(fc.string(), { maxLength: 3 }),
  school: fc.boolean(),
  lastUsedAt: fc.oneof(fc.integer(), fc.double()),
};
const client = shapes(clientFields);
const settings = shapes({
  ownOrganisation: fc.oneof(fc.constant(null), shapes({ name: fc.string(), kbo: fc.string() })),
  profile: fc.constantFrom('secretariaat', 'werkgever', 'lokale-beheerder', 'sectoraal-partnerschap', 'trainer', 'x'),
  lang: fc.constantFrom('nl', 'en', 'fr'),
  facts: fc.array(fc.string(), { maxLength: 3 }),
  disabledFlows: fc.array(fc.string(), { maxLength: 3 }),
  cardPlace: fc.constantFrom('page', 'panel', 'side'),
});

/** Guard and schema agree on `input`: both refuse it, or both accept it with the same value. */
function agree(guard: (v: unknown) => unknown, schema: z.ZodType, input: unknown): void {
  const parsed = schema.safeParse(input);
  const guarded = guard(input);
  expect(guarded === undefined || guarded === null ? 'refused' : 'accepted', JSON.stringify(input)).toBe(
    parsed.success ? 'accepted' : 'refused',
  );
  if (parsed.success) expect(guarded).toEqual(parsed.data);
}

const RUNS = { numRuns: 400 };

describe('guards agree with the zod schemas', () => {
  it('client summary', () => {
    fc.assert(
      fc.property(client, (input) => agree(clientSummaryGuard, clientSummarySchema, input)),
      RUNS,
    );
  });

  it('mirrored state (settings, active client, revision)', () => {
    const state = shapes({
      activeClient: fc.oneof(fc.constant(null), client),
      settings,
      clientsRevision: fc.oneof(fc.integer(), fc.double()),
    });
    fc.assert(
      fc.property(state, (input) => agree(checkState, stateSchema, input)),
      RUNS,
    );
    agree(checkState, stateSchema, {});
  });

  it('per-tab guide state, as the background checks it', () => {
    const tab = shapes({
      flowId: fc.string({ maxLength: 30 }),
      chosenBy: fc.constantFrom('user', 'page', 'default', 'other'),
      lastStepId: fc.string(),
      lastIndex: fc.oneof(fc.nat(), fc.integer(), fc.double()),
      service: fc.string({ maxLength: 220 }),
      done: fc.boolean(),
      pinned: shapes({ pageId: fc.string({ maxLength: 90 }), path: fc.string({ maxLength: 20 }) }),
      updatedAt: fc.oneof(fc.integer(), fc.double()),
    });
    const schema = { safeParse: (v: unknown) => ({ success: checkTabState(v) !== null, data: checkTabState(v) }) };
    fc.assert(
      fc.property(tab, (input) => agree(parseTabState, schema as unknown as z.ZodType, input)),
      RUNS,
    );
  });

  it.each(Object.keys(requestSchemas) as RequestType[])('the answer to %s', (type) => {
    const answers: Record<RequestType, fc.Arbitrary<unknown>> = {
      'clients.search': shapes({ clients: fc.array(client, { maxLength: 3 }) }),
      'clients.get': shapes({ client: fc.oneof(fc.constant(null), client) }),
      'clients.setActive': shapes({ ok: fc.boolean() }),
      'guide.getTabState': shapes({ state: fc.anything() }),
      'guide.setTabState': shapes({ ok: fc.boolean() }),
      'guide.tabState': shapes({ tabId: fc.oneof(fc.constant(null), fc.integer()), state: fc.anything() }),
      'guide.startFlow': shapes({ ok: fc.boolean(), tabId: fc.oneof(fc.constant(null), fc.integer()) }),
      'guide.show': shapes({ ok: fc.boolean() }),
      'guide.openPanel': shapes({ ok: fc.boolean() }),
      'guide.placeCard': shapes({ ok: fc.boolean() }),
      'explain.get': shapes({ explanation: fc.anything() }),
      'explain.facts': shapes({ facts: fc.array(fc.anything(), { maxLength: 3 }) }),
      'renewals.replace': shapes({ ok: fc.boolean() }),
      'corrections.add': shapes({ ok: fc.boolean() }),
      'corrections.test': shapes({
        results: fc.array(
          shapes({
            path: fc.string({ maxLength: 10 }),
            match: fc.oneof(fc.double(), fc.integer()),
            fits: fc.boolean(),
            target: fc.constantFrom('found', 'ambiguous', 'not-found', 'no-target', 'x'),
          }),
          { maxLength: 3 },
        ),
      }),
      'failures.add': shapes({ ok: fc.boolean() }),
    };
    const guard = RESPONSE_GUARDS[type] as (v: Record<string, unknown>) => unknown;
    const schema = requestSchemas[type].response as z.ZodType;
    fc.assert(
      fc.property(answers[type], (input) => agree((v) => guard(v as Record<string, unknown>), schema, input)),
      RUNS,
    );
  });

  it('observations the guide records', () => {
    const entrySchema = z.object({
      observation: z.string().max(100),
      page: z.string().max(100),
      goal: z.string().max(100).optional(),
      at: z.number(),
    });
    const entry = shapes({
      observation: fc.string({ maxLength: 110 }),
      page: fc.string({ maxLength: 110 }),
      goal: fc.string({ maxLength: 110 }),
      at: fc.oneof(fc.integer(), fc.double()),
    });
    fc.assert(
      fc.property(entry, (input) => agree(observedEntryGuard, entrySchema, input)),
      RUNS,
    );
  });

  it('overlay modes per portal', () => {
    const schema = z.record(z.string(), z.enum(['open', 'collapsed', 'dismissed']));
    const modes = fc.dictionary(
      fc.string({ maxLength: 4 }),
      fc.oneof(fc.constantFrom('open', 'collapsed', 'dismissed'), fc.anything()),
    );
    fc.assert(
      fc.property(modes, (input) => agree(checkUi, schema, input)),
      RUNS,
    );
  });
});
