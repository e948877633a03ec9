/**
 * Names of flows and steps for the options page's sections on corrections, packs and failures:
 * the registry's titles, Dutch first, with the id when this build does not know it.
 */
import { FLOWS } from '../../lib/flows/registry';
import { PORTALS, type PortalId } from '../../lib/portals';

export function flowName(flowId: string): string {
  return FLOWS.find((f) => f.id === flowId)?.title.nl ?? flowId;
}

export function stepName(flowId: string, stepId: string): string {
  const flow = FLOWS.find((f) => f.id === flowId);
  const index = flow?.steps.findIndex((s) => s.id === stepId) ?? -1;
  const step = index >= 0 ? flow?.steps[index] : undefined;
  return step ? `Stap ${index + 1}: ${step.title.nl}` : stepId;
}

export function portalName(portal: string): string {
  return (PORTALS as Record<string, { name: string }>)[portal as PortalId]?.name ?? portal;
}

export const dateOf = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short' });

/** Where a correction comes from, in words (Dutch, English). */
export const SOURCE_LABEL = {
  local: { nl: 'hier geleerd', en: 'taught here' },
  pack: { nl: 'uit een pakket', en: 'from a pack' },
  policy: { nl: 'door het beleid van uw beheerder', en: "by your administrator's policy" },
} as const;
