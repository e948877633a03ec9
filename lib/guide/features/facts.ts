/**
 * `facts`: what each of these facts allows (the werkplekduaal roles), from the knowledge base
 * (asked once).
 */
import { z } from 'zod';
import { textSchema } from '../text-schema';
import type { FeatureKind } from './types';

export const schema = () =>
  z.object({ kind: z.literal('facts'), facts: z.array(z.string().min(1)).min(1), title: textSchema }).strict();

export const factsFeature: FeatureKind = {
  onStep(feature, ctx) {
    const { facts, title } = feature as z.infer<ReturnType<typeof schema>>;
    const items = ctx.ask(`facts|${facts.join(',')}`, () => ctx.explain.facts(facts));
    return items ? { facts: { title, items } } : {};
  },
};
