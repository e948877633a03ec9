import { useEffect, useMemo, useState } from 'preact/hooks';
import { PORTAL_FEATURES } from '../../lib/flows/features';
import type { Lang } from '../../lib/guide/lang';
import { t } from '../../lib/i18n/card';
import { PORTALS, type PortalId } from '../../lib/portals';
import type { PanelConnection, PanelState } from '../../lib/sidepanel/connect';
import type { PanelView } from '../../lib/sidepanel/protocol';
import { type CardActions, CardBody } from '../guide/CardBody';

function usePanelState(connection: PanelConnection): PanelState {
  const [state, setState] = useState(() => connection.state());
  useEffect(() => {
    setState(connection.state());
    return connection.subscribe(setState);
  }, [connection]);
  return state;
}

/**
 * The guide in the browser's side panel, beside the portal: the same card as on the page
 * (components/guide/CardBody.tsx), drawn from the view model the page's guide sends
 * (lib/sidepanel/connect.ts); every button acts on the page. A landmark with a heading; step
 * changes are announced politely; an update never moves the focus.
 */
export function SidePanel({
  connection,
  lang: settingsLang,
  onCardToPage,
}: {
  connection: PanelConnection;
  /** The person's language (settings), for what the panel says without a guide. */
  lang: Lang;
  /** "Op de pagina tonen": the card goes back to the page, the panel closes. */
  onCardToPage(): void;
}) {
  const state = usePanelState(connection);
  const view = state.kind === 'view' ? state.view : undefined;
  const lang = view?.lang ?? settingsLang;
  // What the person types in the client search stays as typed while the page answers.
  const [typed, setTyped] = useState<string | undefined>();
  const stepKey = `${state.kind === 'view' ? state.tabId : ''}/${view?.step?.stepId ?? ''}`;
  useEffect(() => setTyped(undefined), [stepKey]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const actions = useMemo<CardActions>(
    () => ({
      chooseFlow: (flowId) => connection.send({ type: 'flow', flowId }),
      chooseService: (title) => connection.send({ type: 'service', title }),
      choosePage: (pageId) => connection.send({ type: 'page', pageId }),
      goToStep: (index) => connection.send({ type: 'step', index }),
      searchClients: (query) => {
        setTyped(query);
        connection.send({ type: 'search', query });
      },
      pickClient: (client) => connection.send({ type: 'client', kbo: client.kbo }),
      report: () => connection.report(),
    }),
    [connection],
  );
  const shown: PanelView | undefined =
    view?.picker && typed !== undefined ? { ...view, picker: { ...view.picker, query: typed } } : view;
  const none = t(lang, 'panel.noGuideOnThis');

  return (
    <main class="lg-panel" aria-labelledby="lg-panel-title">
      <header class="lg-card__head lg-panel__head">
        <h1 id="lg-panel-title" class="lg-panel__title">
          Loketgids
        </h1>
        {view && <span class="lg-card__portal">{PORTALS[view.portal].name}</span>}
      </header>
      <p class="lg-sr" role="status" aria-live="polite">
        {view ? view.announcement : state.kind === 'none' ? none : ''}
      </p>
      {shown ? (
        <div class="lg-card lg-card--panel" lang={lang} data-portal={shown.portal} data-panel-tab={state.tabId}>
          {shown.quiet && (
            <p class="lg-step__instruction" data-quiet="">
              {t(lang, 'panel.noStepOnThis')}
            </p>
          )}
          <CardBody view={{ ...shown, ui: 'open' }} actions={actions} panel cards={cardsOf(shown.portal)} />
          <p class="lg-panel__place">
            <button type="button" class="lg-button" data-card-to-page="" onClick={onCardToPage}>
              {t(lang, 'panel.showOnThePage')}
            </button>
          </p>
        </div>
      ) : state.kind === 'none' ? (
        <section class="lg-panel__empty" aria-labelledby="lg-panel-none" data-empty="">
          <h2 id="lg-panel-none">{none}</h2>
          <p>{t(lang, 'panel.loketgidsWorksOnThe', { v1: portalNames() })}</p>
        </section>
      ) : (
        <p class="lg-panel__wait" data-connecting="">
          {t(lang, 'panel.loadingTheGuideOf')}
        </p>
      )}
    </main>
  );
}

function portalNames(): string {
  return Object.values(PORTALS)
    .map((portal) => portal.name)
    .join(', ');
}

/** The card parts of a portal's step features (the ticket note, the renewals), as on the page. */
function cardsOf(portal: PortalId) {
  return Object.values(PORTAL_FEATURES[portal]).flatMap((kind) => (kind?.Card ? [kind.Card] : []));
}
