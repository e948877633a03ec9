/**
 * `services`: every service on the WSE aanvraag overview annotated — available, or which right is
 * missing (the blue "Gebruikersrecht aanvragen", or a greyed tile), explained by the rules engine
 * once per service (asked of the background, lib/guide/explain-remote.ts); a service the knowledge base knows (the VOV) is remembered as an observation
 * for the popup's Rechtencheck.
 */
import { z } from 'zod';
import type { ExplanationView } from '../explain-types';
import { SERVICE_OBSERVATIONS } from '../explain-types';
import { readServices, sameService } from '../services';
import type { FeatureKind, ServiceView } from './types';

export const schema = () =>
  z
    .object({
      kind: z.literal('services'),
      /** The service this flow is for (its title on the overview), if fixed; else the user picks. */
      service: z.string().min(1).optional(),
    })
    .strict();

export const services: FeatureKind = {
  onStep(feature, ctx) {
    const { service } = feature as z.infer<ReturnType<typeof schema>>;
    const chosenTitle = service ?? ctx.tab?.service;
    const goal = ctx.flow?.goal;
    const list: ServiceView[] = readServices(ctx.view).map((found) => {
      let explanation: ExplanationView | undefined;
      if (found.status === 'right-missing') {
        const key = `service|${ctx.flow?.id}|${found.title}|${(ctx.settings?.facts ?? []).join(',')}|${ctx.lang}`;
        explanation = ctx.ask(key, () => {
          const known = SERVICE_OBSERVATIONS.find((s) => sameService(found.title, s.service));
          if (known) {
            ctx.recordObservation?.({
              observation: known.observation,
              page: ctx.match?.page.id ?? known.page,
              goal: known.goal,
            });
          }
          return ctx.explain.forService({ goal, service: found.title, settings: ctx.settings });
        });
      }
      return {
        title: found.title,
        status: found.status,
        greyed: found.greyed,
        chosen: chosenTitle !== undefined && sameService(found.title, chosenTitle),
        explanation,
      };
    });
    return { services: list };
  },
};
