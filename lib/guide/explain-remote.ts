/**
 * Explanations for the card on a portal page, asked of the background (lib/guide/handlers.ts),
 * where the knowledge base and rules engine live: they never load into a portal page. The
 * answers are checked with small guards before the card shows them.
 */
import { request } from '../messaging';
import type { ExplainAdapter, ExplanationView, FactInfo } from './explain-types';

const isText = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { nl?: unknown }).nl === 'string' &&
  typeof (value as { en?: unknown }).en === 'string';

/** Whether an answer has the shape of an explanation (id, title, gaps). */
export function isExplanationView(value: unknown): value is ExplanationView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ExplanationView>;
  return (
    typeof v.id === 'string' &&
    isText(v.title) &&
    Array.isArray(v.gaps) &&
    v.gaps.every((g) => typeof g?.id === 'string' && isText(g.label) && isText(g.grantedBy))
  );
}

function isFactInfo(value: unknown): value is FactInfo {
  const v = value as Partial<FactInfo> | null;
  return typeof v?.id === 'string' && isText(v.label) && isText(v.meaning);
}

async function ask(
  about: 'observation' | 'service',
  subject: string,
  goal: string | undefined,
  settings: Parameters<ExplainAdapter['forService']>[0]['settings'],
) {
  const { explanation } = await request<'explain.get'>({
    type: 'explain.get',
    about,
    subject,
    goal,
    facts: [...(settings?.facts ?? [])],
    organisation: settings?.ownOrganisation?.name,
  });
  return isExplanationView(explanation) ? explanation : undefined;
}

export const remoteExplain: ExplainAdapter = {
  forObservation: ({ goal, observation, settings }) => ask('observation', observation, goal, settings),
  forService: ({ goal, service, settings }) => ask('service', service, goal, settings),
  async facts(ids) {
    const { facts } = await request<'explain.facts'>({ type: 'explain.facts', ids: [...ids] });
    return facts.filter(isFactInfo);
  },
};
