/**
 * A **flow pack**: corrections people taught the guide, and steps that override or add to the
 * built-in flows by id (`steps`, optional: still version 1), passed on as a file — from a colleague, a
 * helpdesk, or an administrator's policy (issue 10). JSON data only, never code: every string is
 * data, shown as text, never run or rendered as HTML (lib/packs/parse.ts refuses a pack whose
 * strings look like code all the same).
 *
 * The JSON Schema of this format is committed at `public/schemas/pack-v1.schema.json`, made from
 * the zod schema below by `npx tsx test/support/pack-schema.ts` (a unit test fails when it is out of
 * date).
 *
 * @example
 * { "format": "loketgids-pack", "version": 1, "createdAt": "2026-12-01T10:00:00.000Z", "corrections": [ … ] }
 */
import { z } from 'zod';
import { correctionSchema } from '../corrections/schema';
import { PACK_ID, PACK_REF, PACK_TEXT_MAX } from './steps';

export const PACK_FORMAT = 'loketgids-pack';
export const PACK_VERSION = 1;
/** A pack file larger than this is refused unread. */
export const PACK_MAX_BYTES = 1024 * 1024;
/** At most this many corrections in one pack. */
export const PACK_MAX_CORRECTIONS = 500;

/** At most this many steps in one pack. */
export const PACK_MAX_STEPS = 200;

const packText = (max: number) =>
  z
    .object({
      nl: z.string().min(1).max(max),
      en: z.string().min(1).max(max),
      fr: z.string().min(1).max(max).optional(),
      de: z.string().min(1).max(max).optional(),
    })
    .strict();

const packId = z
  .string()
  .regex(
    PACK_ID,
    'een id is 1 tot 60 kleine letters, cijfers of streepjes / an id is 1 to 60 lower-case letters, digits or hyphens',
  );

/**
 * A step that overrides a built-in step with the same id, or is added after `after` (else at the
 * end). Only ids, a page state, a target key and texts: no features or problems. An overriding
 * step keeps the built-in step's features, problems, check and completion only when its page is
 * the same page state (lib/packs/apply.ts).
 */
export const packStepSchema = z
  .object({
    /** The built-in flow (a flow id of lib/flows/registry.ts). */
    flow: z.string().regex(PACK_REF),
    step: z
      .object({
        id: packId,
        /** A page state of the flow's portal. */
        page: z.string().regex(PACK_REF),
        /** A target key of that page state; without it the step points at nothing. */
        target: packId.optional(),
        title: packText(PACK_TEXT_MAX.title),
        instruction: packText(PACK_TEXT_MAX.instruction),
      })
      .strict(),
    /** A step of that flow (built in, or added earlier in this pack) the new step goes after. */
    after: packId.optional(),
  })
  .strict();

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    /** What the pack is for, as its maker named it (shown as text). */
    name: z.string().max(100).optional(),
    createdAt: z.string().max(40),
    /** The extension version that wrote it. */
    extension: z.string().max(40).optional(),
    corrections: z.array(correctionSchema).max(PACK_MAX_CORRECTIONS),
    /** Steps that override or add to the built-in flows, by id (lib/packs/steps.ts). */
    steps: z.array(packStepSchema).max(PACK_MAX_STEPS).optional(),
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
export type PackStepInput = z.infer<typeof packStepSchema>;
