/**
 * Corrections (lib/corrections/model.ts) as zod schemas: the background checks a taught
 * correction with them before it is stored, the database every record read back, and a pack
 * every correction it carries. Never imported by a portal page's script; the page-side guard
 * `toCorrection` is held to these by test/unit/corrections/guards.test.ts.
 */
import { z } from 'zod';
import { PORTAL_TUPLE } from '../portals';
import { type Correction, type ElementFingerprint, LIMITS, type PageSignature } from './model';

const token = z.string().max(LIMITS.token);

export const signatureSchema = z
  .object({
    path: z.string().max(LIMITS.path),
    lang: z.string().max(20),
    phrases: z.array(token).max(LIMITS.phrases),
    ids: z.array(token).max(LIMITS.ids),
    headings: z.array(token).max(LIMITS.headings),
  })
  .strict();

export const fingerprintSchema = z
  .object({
    tag: z.string().min(1).max(40),
    role: z.string().max(40).optional(),
    name: z.string().max(LIMITS.label).optional(),
    id: z.string().max(LIMITS.token).optional(),
    attrs: z.array(token).max(LIMITS.attrs),
    text: z.string().max(LIMITS.label).optional(),
  })
  .strict();

export const correctionSchema = z
  .object({
    id: z.string().min(1).max(LIMITS.id),
    portal: z.enum(PORTAL_TUPLE),
    flow: z.string().min(1).max(LIMITS.ref),
    step: z.string().min(1).max(LIMITS.ref),
    page: z.string().min(1).max(LIMITS.ref),
    target: z.string().min(1).max(LIMITS.ref).optional(),
    signature: signatureSchema,
    element: fingerprintSchema.optional(),
    createdAt: z.number().finite(),
    source: z.enum(['local', 'pack', 'policy']),
  })
  .strict();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The hand-written types of lib/corrections/model.ts are exactly these schemas' (a type error otherwise). */
export const SAME_SHAPE: [
  Same<z.infer<typeof signatureSchema>, PageSignature>,
  Same<z.infer<typeof fingerprintSchema>, ElementFingerprint>,
  Same<z.infer<typeof correctionSchema>, Correction>,
] = [true, true, true];
