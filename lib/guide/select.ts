/**
 * Which task (flow) the guide follows on a page: the one chosen in the card for this tab, else the
 * default for the portal and the user's profile (secretariaat → `wse.ss.aanvraag-voor-klant`,
 * werkgever → `wse.vov.terugbetaling`); and when that flow has no step for the page but another
 * flow of the portal does (gebruikersbeheer: the "Koppel gebruiker", "Ken gebruikersrecht toe" and
 * "Snel recht toekennen" screens), the page picks that flow.
 */
import type { PortalId } from '../portals';
import { deriveStep, type StepMatch } from './detect';
import type { Flow, PageState } from './schema';
import type { TabState } from './tab-state';

/** The default flow of a portal for a profile: the first flow listing the profile, else the portal's first flow. */
export function defaultFlow(flows: readonly Flow[], portal: PortalId, profile: string): Flow | undefined {
  const own = flows.filter((flow) => flow.portal === portal);
  return own.find((flow) => flow.profiles.includes(profile)) ?? own[0];
}

export interface FlowChoice {
  flow: Flow;
  chosenBy: TabState['chosenBy'];
  match?: StepMatch;
}

/**
 * Choose the flow and derive the step for a page.
 *
 * @example
 * chooseFlow({ flows: FLOWS, pages: PAGES, portal: 'wse', pageId: 'wse.home', tab: null, profile: 'werkgever' })?.flow.id
 * // → 'wse.vov.terugbetaling'
 */
export function chooseFlow(input: {
  flows: readonly Flow[];
  pages: ReadonlyMap<string, PageState>;
  portal: PortalId;
  /** The page state the page was recognised as (lib/guide/recognise.ts), if sure. */
  pageId: string | undefined;
  tab: TabState | null;
  profile: string;
}): FlowChoice | undefined {
  const { flows, pages, portal, pageId, tab, profile } = input;
  const own = flows.filter((flow) => flow.portal === portal);
  const remembered = tab ? own.find((flow) => flow.id === tab.flowId) : undefined;
  const current = remembered ?? defaultFlow(flows, portal, profile);
  if (!current) return undefined;
  const chosenBy = remembered && tab ? tab.chosenBy : 'default';
  const match = deriveStep(current, pageId, pages, remembered ? tab?.lastIndex : undefined);
  if (match) return { flow: current, chosenBy, match };
  for (const other of own) {
    if (other === current) continue;
    const otherMatch = deriveStep(other, pageId, pages);
    if (otherMatch) return { flow: other, chosenBy: 'page', match: otherMatch };
  }
  return { flow: current, chosenBy };
}
