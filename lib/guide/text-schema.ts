import { z } from 'zod';

/** A text in Dutch first, English second (DOMAIN.md §6). */
export const textSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof textSchema>;
