/**
 * Names of portals, flows and steps for the options page's sections on corrections, packs and
 * failures, in the page's language (components/ui/i18n.tsx): the registry's titles, with the id
 * when this build does not know it; dates as the language writes them.
 *
 * @example
 * const names = namesIn(useT());
 * names.where('gb.koppel-gebruiker', 'gebruiker') // → 'Koppel gebruiker aan organisatie, stap 1: De gebruiker openen'
 */
import { FLOWS } from '../../lib/flows/registry';
import { textIn } from '../../lib/guide/lang';
import { PORTALS, type PortalId } from '../../lib/portals';
import type { AppText } from '../ui/i18n';

export interface Names {
  portal(portal: string): string;
  flow(flowId: string): string;
  /** "Stap 2: De gebruiker openen". */
  step(flowId: string, stepId: string): string;
  /** "Koppel gebruiker aan organisatie, stap 2: De gebruiker openen". */
  where(flowId: string, stepId: string): string;
  /** A moment (ms since 1970), e.g. '1 dec 2026, 17:10'. */
  date(at: number): string;
}

function findStep(flowId: string, stepId: string) {
  const flow = FLOWS.find((f) => f.id === flowId);
  const index = flow?.steps.findIndex((s) => s.id === stepId) ?? -1;
  const step = index >= 0 ? flow?.steps[index] : undefined;
  return step ? { n: index + 1, title: step.title } : undefined;
}

export function namesIn({ t, lang, locale }: AppText): Names {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const flow = (flowId: string) => {
    const title = FLOWS.find((f) => f.id === flowId)?.title;
    return title ? textIn(title, lang) : flowId;
  };
  return {
    portal: (portal) => (PORTALS as Record<string, { name: string }>)[portal as PortalId]?.name ?? portal,
    flow,
    step(flowId, stepId) {
      const step = findStep(flowId, stepId);
      return step ? t('names.step', { n: step.n, title: textIn(step.title, lang) }) : stepId;
    },
    where(flowId, stepId) {
      const step = findStep(flowId, stepId);
      return step
        ? t('names.where', { task: flow(flowId), n: step.n, title: textIn(step.title, lang) })
        : `${flow(flowId)}, ${stepId}`;
    },
    date: (at) => dates.format(at),
  };
}
