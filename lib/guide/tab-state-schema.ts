/**
 * The per-tab guide state (lib/guide/tab-state.ts) as a zod schema: the background checks every
 * state a tab sends or storage gives back with it (lib/guide/handlers.ts); the portal page's
 * guard `parseTabState` is held to it by test/unit/guards.test.ts.
 */
import { z } from 'zod';
import type { TabState } from './tab-state';

export const tabStateSchema = z
  .object({
    flowId: z.string().min(1),
    chosenBy: z.enum(['user', 'page', 'default']),
    lastStepId: z.string().optional(),
    lastIndex: z.number().int().min(0).optional(),
    service: z.string().max(200).optional(),
    done: z.boolean().optional(),
    pinned: z
      .object({ pageId: z.string().min(1).max(80), path: z.string().max(500) })
      .strict()
      .optional(),
    updatedAt: z.number(),
  })
  .strict();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The hand-written type of lib/guide/tab-state.ts is exactly this schema's (a type error otherwise). */
export const SAME_SHAPE: Same<z.infer<typeof tabStateSchema>, TabState> = true;

/** The state in its checked shape, or null. */
export function checkTabState(value: unknown): TabState | null {
  const parsed = tabStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
