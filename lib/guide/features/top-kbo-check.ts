/**
 * `top-kbo-check`: the KBO number in the portal's top line (seed 000 Stap 2.4: "Je ziet dit ook
 * in de lijn bovenaan") against the active client — a warning when they differ.
 */
import { z } from 'zod';
import { compareTopKbo, topKbo } from '../checks';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('top-kbo-check') }).strict();

export const topKboCheck: FeatureKind = {
  onStep: (_feature, ctx) => ({ warnings: compareTopKbo(topKbo(ctx.view), ctx.activeClient) }),
};
