import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import { PORTALS } from '../../lib/portals';
import type { PanelConnection, PanelState } from '../../lib/sidepanel/connect';
import type { PanelView } from '../../lib/sidepanel/protocol';
import { type CardActions, CardBody } from '../guide/CardBody';
import { ui } from '../guide/text';

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
  const none = ui(
    lang,
    'Geen gids op dit tabblad',
    'No guide on this tab',
    'Pas de guide dans cet onglet',
    'Kein Leitfaden in diesem Tab',
  );

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
              {ui(
                lang,
                'Geen stap op deze pagina: Loketgids herkent dit scherm niet als een stap van een taak.',
                'No step on this page: Loketgids does not know this screen as a step of a task.',
                'Aucune étape sur cette page : Loketgids ne reconnaît pas cet écran comme une étape d’une tâche.',
                'Kein Schritt auf dieser Seite: Loketgids erkennt diesen Bildschirm nicht als Schritt einer Aufgabe.',
              )}
            </p>
          )}
          <CardBody view={{ ...shown, ui: 'open' }} actions={actions} panel />
          <p class="lg-panel__place">
            <button type="button" class="lg-button" data-card-to-page="" onClick={onCardToPage}>
              {ui(lang, 'Op de pagina tonen', 'Show on the page', 'Afficher sur la page', 'Auf der Seite anzeigen')}
            </button>
          </p>
        </div>
      ) : state.kind === 'none' ? (
        <section class="lg-panel__empty" aria-labelledby="lg-panel-none" data-empty="">
          <h2 id="lg-panel-none">{none}</h2>
          <p>
            {ui(
              lang,
              `Loketgids werkt op de pagina’s van de portalen: ${portalNames()}. Open een van die portalen in dit tabblad; de gids verschijnt dan hier.`,
              `Loketgids works on the pages of the portals: ${portalNames()}. Open one of them in this tab; the guide then shows here.`,
              `Loketgids fonctionne sur les pages des portails : ${portalNames()}. Ouvrez l’un d’eux dans cet onglet ; le guide s’affiche alors ici.`,
              `Loketgids funktioniert auf den Seiten der Portale: ${portalNames()}. Öffnen Sie eines davon in diesem Tab; der Leitfaden erscheint dann hier.`,
            )}
          </p>
        </section>
      ) : (
        <p class="lg-panel__wait" data-connecting="">
          {ui(
            lang,
            'De gids van dit tabblad wordt geladen…',
            'Loading the guide of this tab…',
            'Chargement du guide de cet onglet…',
            'Der Leitfaden dieses Tabs wird geladen…',
          )}
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
