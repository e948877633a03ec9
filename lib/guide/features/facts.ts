/**
 * `facts`: what each of these facts allows (the werkplekduaal roles), from the knowledge base,
 * once per step.
 */
import { z } from 'zod';
import { textSchema } from '../text-schema';
import type { FeatureKind } from './types';

export const schema = z
  .object({ kind: z.literal('facts'), facts: z.array(z.string().min(1)).min(1), title: textSchema })
  .strict();

export const factsFeature: FeatureKind = {
  onStep(feature, ctx) {
    if (!ctx.stepChanged) return {};
    const { facts, title } = feature as z.infer<typeof schema>;
    return { facts: { title, items: ctx.explain.facts(facts) } };
  },
};
