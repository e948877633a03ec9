import { z } from 'zod';

/** A text in Dutch first, English second (DOMAIN.md §6). */
export const textSchema = /* @__PURE__ */ textShape();
export type Text = z.infer<typeof textSchema>;

// A function called once, marked pure: a module that imports `textSchema` without using it (a
// feature file on a portal page, lib/guide/features/) then keeps zod out of the bundle.
function textShape() {
  return z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
}
