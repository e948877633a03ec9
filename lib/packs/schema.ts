/**
 * A **flow pack**: corrections people taught the guide, passed on as a file — from a colleague, a
 * helpdesk, or an administrator's policy (issue 10). JSON data only, never code: every string is
 * data, shown as text, never run or rendered as HTML (lib/packs/parse.ts refuses a pack whose
 * strings look like code all the same).
 *
 * The JSON Schema of this format is committed at `public/schemas/pack-v1.schema.json`, made from
 * the zod schema below by `npx tsx scripts/pack-schema.ts` (a unit test fails when it is out of
 * date).
 *
 * @example
 * { "format": "loketgids-pack", "version": 1, "createdAt": "2026-12-01T10:00:00.000Z", "corrections": [ … ] }
 */
import { z } from 'zod';
import { correctionSchema } from '../corrections/schema';

export const PACK_FORMAT = 'loketgids-pack';
export const PACK_VERSION = 1;
/** A pack file larger than this is refused unread. */
export const PACK_MAX_BYTES = 1024 * 1024;
/** At most this many corrections in one pack. */
export const PACK_MAX_CORRECTIONS = 500;

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
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
