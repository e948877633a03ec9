/**
 * The guide in the browser's side panel (issue 13): what travels over the port between a portal
 * tab's content script, which stays the owner of the guide, and the side panel page
 * (entrypoints/sidepanel), which draws the same card beside the page.
 *
 * Design note (2026-12):
 * - The panel opens the port: `browser.tabs.connect(tabId, { name: PANEL_PORT })` to the tab it
 *   follows (the active tab of its window, or `?tab=` for a test). A tab without a guide has no
 *   listener, so the port closes at once: the panel then says "Geen gids op dit tabblad".
 * - Page → panel: the card's view model (`toPanelView`: data only, the keys the card draws), and
 *   the answer to a report request. The panel checks them with zod (lib/sidepanel/schema.ts).
 * - Panel → page: the person's actions (`PanelAction`), checked here with the small guards of
 *   lib/guard.ts (no zod on portal pages). A client is named by its KBO number only: the page
 *   fills its field only with a client its own picker listed.
 * - While a panel is connected the page shows only the ring and a one-line hint
 *   (`hintOf`); when the port closes (panel closed, or it follows another tab) the card returns.
 *
 * @example
 * port.postMessage({ type: 'view', view: toPanelView(guide.getView()) } satisfies PageMessage);
 * const action = parsePanelAction(message); if (action) applyPanelAction(guide, action, view);
 */
import { isNumber, isRecord, isString } from '../guard';
import { textIn } from '../guide/lang';
import type { PageReport } from '../guide/report';
import type { Guide, GuideView } from '../guide/runtime';

export { PANEL_PORT } from './port';

/** The card's view as the panel gets it: the runtime's view, data only (what a port can carry). */
export type PanelView = Omit<GuideView, 'ui'>;

/** Page → panel. */
export type PageMessage = { type: 'view'; view: PanelView } | { type: 'report'; id: number; report: PageReport | null };

/** Panel → page: what the person did in the panel's card. */
export type PanelAction =
  | { type: 'step'; index: number | null }
  | { type: 'service'; title: string }
  | { type: 'client'; kbo: string }
  | { type: 'search'; query: string }
  | { type: 'page'; pageId: string | null }
  | { type: 'flow'; flowId: string }
  | { type: 'report'; id: number }
  /** "Op de pagina tonen": the panel goes, the card comes back on the page. */
  | { type: 'close' };

/**
 * The view model for the panel: the card's data without the page card's own open/collapsed
 * state, cloned through JSON, the way a port carries it (the panel's zod check drops what else
 * it does not know).
 *
 * @example
 * toPanelView(guide.getView()).step?.title.nl // → 'Kies de klant'
 */
export function toPanelView(view: GuideView): PanelView {
  const { ui: _ui, ...card } = view;
  return JSON.parse(JSON.stringify(card)) as PanelView;
}

/**
 * The one line the page keeps while the card is in the side panel: the step's title (or "Welk
 * scherm is dit?") and where the rest is. Undefined where the page shows no step at all.
 *
 * @example
 * hintOf(view) // → { title: 'Kies de klant', more: 'Meer in het zijpaneel' }
 */
export function hintOf(
  view: Pick<GuideView, 'lang' | 'step' | 'unsure' | 'quiet'>,
): { title: string; more: string } | undefined {
  if (view.quiet) return undefined;
  const lang = view.lang;
  const more = {
    nl: 'Meer in het zijpaneel',
    en: 'More in the side panel',
    fr: 'Plus dans le panneau latéral',
    de: 'Mehr in der Seitenleiste',
  }[lang];
  if (view.unsure) {
    const title = {
      nl: 'Welk scherm is dit?',
      en: 'Which screen is this?',
      fr: 'Quel écran est-ce ?',
      de: 'Welcher Bildschirm ist das?',
    }[lang];
    return { title, more };
  }
  if (!view.step) return undefined;
  return { title: textIn(view.step.title, lang), more };
}

const ID = (value: unknown) => isString(value, 100, 1);

/**
 * A panel action in its checked shape, or undefined (unknown type, wrong field, extra key).
 *
 * @example
 * parsePanelAction({ type: 'step', index: 2 }) // → { type: 'step', index: 2 }
 * parsePanelAction({ type: 'client', kbo: '<script>' }) // → undefined
 */
export function parsePanelAction(value: unknown): PanelAction | undefined {
  if (!isRecord(value) || !isString(value.type)) return undefined;
  const keys = Object.keys(value);
  const only = (...allowed: string[]) => keys.every((key) => key === 'type' || allowed.includes(key));
  switch (value.type) {
    case 'step':
      return only('index') && (value.index === null || isNumber(value.index, { int: true, min: 0 }))
        ? { type: 'step', index: value.index as number | null }
        : undefined;
    case 'service':
      return only('title') && isString(value.title, 200, 1) ? { type: 'service', title: value.title } : undefined;
    case 'client':
      return only('kbo') && isString(value.kbo) && /^[01]\d{9}$/.test(value.kbo)
        ? { type: 'client', kbo: value.kbo }
        : undefined;
    case 'search':
      return only('query') && isString(value.query, 200) ? { type: 'search', query: value.query } : undefined;
    case 'page':
      return only('pageId') && (value.pageId === null || isString(value.pageId, 80, 1))
        ? { type: 'page', pageId: value.pageId as string | null }
        : undefined;
    case 'flow':
      return only('flowId') && ID(value.flowId) ? { type: 'flow', flowId: value.flowId as string } : undefined;
    case 'report':
      return only('id') && isNumber(value.id, { int: true, min: 0 }) ? { type: 'report', id: value.id } : undefined;
    case 'close':
      return only() ? { type: 'close' } : undefined;
    default:
      return undefined;
  }
}

/**
 * Do what the panel asked, on the page's guide. Returns the answer to send back, if any (a
 * report). A client is looked up in the picker the page shows now; any other number is ignored.
 */
export function applyPanelAction(guide: Guide, action: PanelAction): PageMessage | undefined {
  switch (action.type) {
    case 'step':
      guide.goToStep(action.index);
      return undefined;
    case 'service':
      guide.chooseService(action.title);
      return undefined;
    case 'client': {
      const client = guide.getView().picker?.clients.find((c) => c.kbo === action.kbo);
      if (client) void guide.pickClient(client);
      return undefined;
    }
    case 'search':
      guide.searchClients(action.query);
      return undefined;
    case 'page':
      guide.choosePage(action.pageId);
      return undefined;
    case 'flow':
      guide.chooseFlow(action.flowId);
      return undefined;
    case 'report':
      return { type: 'report', id: action.id, report: guide.report() ?? null };
    case 'close':
      return undefined;
  }
}
