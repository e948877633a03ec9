/**
 * `explain`: the rules engine's explanation of a fact that this page proves missing (an
 * observation of lib/knowledge, e.g. "only a personal name, no organisation" → no werkrelatie),
 * asked once, remembered for the popup's Rechtencheck.
 */
import { z } from 'zod';
import type { FeatureKind } from './types';

export const schema = () =>
  z
    .object({
      kind: z.literal('explain'),
      /** Observation id (lib/knowledge OBSERVATIONS) that this page shows. */
      observation: z.string().min(1),
    })
    .strict();

export const explainFeature: FeatureKind = {
  onStep(feature, ctx) {
    const { observation } = feature as z.infer<ReturnType<typeof schema>>;
    const goal = ctx.flow?.goal;
    const key = `observation|${goal}|${observation}|${(ctx.settings?.facts ?? []).join(',')}|${ctx.lang}`;
    const found = ctx.ask(key, () => {
      ctx.recordObservation?.({ observation, page: ctx.match?.page.id ?? 'onbekend', goal });
      return ctx.explain.forObservation({ goal, observation, settings: ctx.settings });
    });
    return found ? { explanations: [found] } : {};
  },
};
