/**
 * `checklist`: what to have ready before a procedure starts (seed 002, "Hoe duidt u een lokale
 * beheerder aan?": the company's number, both people's details, the signer's capacity), shown in
 * the card as a titled list. The items are the flow's own data: nothing is asked of the engine.
 */
import { z } from 'zod';
import { textSchema } from '../text-schema';
import type { FeatureKind } from './types';

export const schema = () =>
  z
    .object({
      kind: z.literal('checklist'),
      title: textSchema,
      items: z
        .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: textSchema, detail: textSchema }).strict())
        .min(1),
    })
    .strict();

export const checklist: FeatureKind = {
  onStep(feature) {
    const { title, items } = feature as z.infer<ReturnType<typeof schema>>;
    return { facts: { title, items: items.map((item) => ({ id: item.id, label: item.label, meaning: item.detail })) } };
  },
};
