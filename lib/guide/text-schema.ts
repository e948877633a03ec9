import { z } from 'zod';

/**
 * A text in Dutch first, English second (DOMAIN.md §6); French and German where a portal has
 * them (the social security portal's flows): the card shows those only when all of its step's
 * texts have them, else Dutch (components/guide/text.ts `pick`, lib/guide/lang.ts).
 */
export const textSchema = /* @__PURE__ */ textShape();
export type Text = z.infer<typeof textSchema>;

// A function called once, marked pure: a module that imports `textSchema` without using it (a
// feature file on a portal page, lib/guide/features/) then keeps zod out of the bundle.
function textShape() {
  return z
    .object({
      nl: z.string().min(1),
      en: z.string().min(1),
      fr: z.string().min(1).optional(),
      de: z.string().min(1).optional(),
    })
    .strict();
}
