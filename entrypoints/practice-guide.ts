/**
 * The guide inside the Oefenmodus's frame: the Oefenmodus page (entrypoints/oefenmodus) loads a
 * replica file into a frame and adds this script to it. It starts the very overlay the content
 * scripts start on the real portals (lib/overlay/start.tsx), on the replica's document, with what
 * differs here: the portal URL the replica stands for, the practice profile's clients
 * (lib/practice/profile.ts, never the user's list), the Oefenmodus's settings and tab state, and
 * links and forms that move between replica files instead of leaving the extension.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PORTAL_FEATURES } from '../lib/flows/features';
import { GB_GUIDE } from '../lib/flows/gb';
import { SZ_GUIDE } from '../lib/flows/sz';
import { WPD_GUIDE } from '../lib/flows/wpd';
import { WSE_GUIDE } from '../lib/flows/wse';
import { rulesAdapter } from '../lib/guide/explain';
import type { TabState } from '../lib/guide/tab-state';
import { addCardLanguages } from '../lib/i18n/card';
import { CARD_FR_DE } from '../lib/i18n/card-fr-de';
import overlayCss from '../lib/overlay/overlay.css?inline';
import { startOverlay } from '../lib/overlay/start';
import type { PortalId } from '../lib/portals';
import { findPracticeHost, type PracticeFrameSession } from '../lib/practice/bridge';
import { isTyping } from '../lib/practice/keys';
import { createPracticeClients } from '../lib/practice/profile';
import type { State } from '../lib/state';

// The card here may be the federal portal's, in French or German.
addCardLanguages(CARD_FR_DE);

const GUIDES = { wse: WSE_GUIDE, gb: GB_GUIDE, sz: SZ_GUIDE, wpd: WPD_GUIDE } as const satisfies Record<
  PortalId,
  unknown
>;

export default defineUnlistedScript(() => {
  const session = findPracticeHost(window)?.session(window);
  if (session) void run(session);
});

async function run(session: PracticeFrameSession): Promise<void> {
  const ctx = new ContentScriptContext('practice-guide', { noScriptStartedPostMessage: true });
  followLinks(ctx, session);
  forwardKeys(ctx, session);
  const clients = createPracticeClients();
  const watchers = new Set<(state: State) => void>();
  let revision = 1;
  const readState = async (): Promise<State> => ({
    activeClient: await clients.active(),
    settings: structuredClone(session.settings()),
    clientsRevision: revision,
  });
  const overlay = await startOverlay(ctx, session.portal, GUIDES[session.portal], PORTAL_FEATURES[session.portal], {
    css: overlayCss,
    presenter: session.presenter,
    sidePanel: false,
    deps: {
      url: () => session.url(),
      readState,
      watchState: (cb, signal) => {
        watchers.add(cb);
        signal.addEventListener('abort', () => watchers.delete(cb));
      },
      loadTabState: async () => structuredClone(session.loadTabState()) as TabState | null,
      saveTabState: async (state) => session.saveTabState(state ? structuredClone(state) : null),
      searchClients: (query) => clients.search(query),
      getClient: (kbo) => clients.get(kbo),
      setActiveClient: async (kbo) => {
        await clients.setActive(kbo);
        revision++;
        const state = await readState();
        for (const watcher of watchers) watcher(state);
      },
      // The card's open/collapsed state lasts for this page only: a trainer starts each demo open.
      loadUi: async () => (session.still ? 'collapsed' : 'open'),
      saveUi: async () => undefined,
      // The rules engine runs right here (an extension page), not in the background.
      explain: rulesAdapter,
      // Practice must not fill the user's Rechtencheck with what the demo showed, nor their
      // renewals with the demo dashboard's (the card still shows them).
      recordObservation: () => undefined,
      saveRenewals: () => undefined,
      // Nothing taught on a replica is kept, and its failures are not the portal's.
      saveCorrection: undefined,
      countFailure: () => undefined,
    },
  });
  const guide = overlay?.guide;
  if (!guide) return;
  const report = () => {
    const view = guide.getView();
    session.onView({
      flowId: view.flowId,
      stepId: view.step?.stepId,
      number: view.step?.number,
      target: view.target,
      unsure: view.unsure !== undefined,
    });
  };
  guide.subscribe(report);
  report();
}

/** Links and GET forms of the replica lead to other replica files, through the Oefenmodus. */
function followLinks(ctx: ContentScriptContext, session: PracticeFrameSession): void {
  ctx.addEventListener(window, 'click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const href = anchor?.getAttribute('href');
    if (!anchor || href === null || href === undefined || href.startsWith('#')) return;
    event.preventDefault();
    session.navigate(new URL(href, session.url()).href);
  });
  ctx.addEventListener(window, 'submit', (event) => {
    if (event.defaultPrevented || !(event.target instanceof HTMLFormElement)) return;
    const form = event.target;
    const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
    const action = submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
    const url = new URL(action || session.url(), session.url());
    const data = new FormData(form, submitter);
    const query = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string') query.append(name, value);
    url.search = query.toString();
    event.preventDefault();
    session.navigate(url.href);
  });
}

/** Presenter keys (arrows, PageUp/PageDown from a clicker) go to the Oefenmodus, outside fields. */
function forwardKeys(ctx: ContentScriptContext, session: PracticeFrameSession): void {
  ctx.addEventListener(window, 'keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTyping(event.composedPath()[0])) return;
    if (session.key(event.key)) event.preventDefault();
  });
}
