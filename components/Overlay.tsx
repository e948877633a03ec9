import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Guide, GuideView } from '../lib/guide/runtime';
import type { FocusKeeper } from '../lib/overlay/focus';
import type { PanelLink } from '../lib/overlay/panel-link';
import type { Placement, Placer } from '../lib/overlay/place';
import { PORTALS, type PortalId } from '../lib/portals';
import { hintOf } from '../lib/sidepanel/protocol';
import { CardBody } from './guide/CardBody';
import { PageHint } from './guide/PageHint';
import { pick, ui } from './guide/text';

function useGuideView(guide: Guide | undefined): GuideView | undefined {
  const [view, setView] = useState<GuideView | undefined>(() => guide?.getView());
  useEffect(() => {
    if (!guide) return undefined;
    setView(guide.getView());
    return guide.subscribe(setView);
  }, [guide]);
  return view;
}

function usePlacement(placer: Placer | undefined): Placement | undefined {
  const [placement, setPlacement] = useState(() => placer?.get());
  useEffect(() => {
    if (!placer) return undefined;
    const stop = placer.subscribe(setPlacement);
    // It may have moved between the first render and this subscription.
    setPlacement(placer.get());
    return stop;
  }, [placer]);
  return placement;
}

function usePanelLinked(panel: PanelLink | undefined): boolean {
  const [linked, setLinked] = useState(() => panel?.connected() ?? false);
  useEffect(() => {
    if (!panel) return undefined;
    setLinked(panel.connected());
    return panel.subscribe(setLinked);
  }, [panel]);
  return linked;
}

/**
 * The overlay on a portal page: a labelled complementary region with the step card. It never takes
 * focus from the portal; only the card itself is clickable (the highlight ring lets clicks through).
 * With the card in the browser's side panel (`panel` connected, or the `cardPlace` setting), only
 * the ring and a one-line hint stay on the page.
 */
export function Overlay({
  portal,
  guide,
  focus,
  placer,
  panel,
}: {
  portal: PortalId;
  guide?: Guide;
  focus?: FocusKeeper;
  placer?: Placer;
  /** The side panel's link (absent in the Oefenmodus, whose frame has no panel). */
  panel?: PanelLink;
}) {
  const view = useGuideView(guide);
  const lang = view?.lang ?? 'nl';
  const mode = view?.ui ?? 'open';
  // On a page that is none of the portal's known screens, a small launcher instead of the card.
  const [peek, setPeek] = useState(false);
  const placement = usePlacement(placer);
  const linked = usePanelLinked(panel);
  /** Why the side panel did not open (said on the card, which then stays on the page). */
  const [panelStatus, setPanelStatus] = useState('');
  const openPanel = async () => {
    if (!panel) return;
    setPanelStatus('');
    if (await panel.open()) return;
    setPanelStatus(
      ui(
        lang,
        'Het zijpaneel ging niet open. De kaart blijft op de pagina.',
        'The side panel did not open. The card stays on the page.',
        'Le panneau latéral ne s’est pas ouvert. La carte reste sur la page.',
        'Die Seitenleiste wurde nicht geöffnet. Die Karte bleibt auf der Seite.',
      ),
    );
    void panel.place('page');
  };
  const stepId = view?.step?.stepId;
  // A card opened from its pill stays open until the person is on another page of the portal
  // (not when a detection on the same page names another step, or only now names the step).
  const shownAt = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (stepId === undefined) return;
    const where = location.pathname;
    if (shownAt.current !== undefined && shownAt.current !== where) placer?.openFully(false);
    shownAt.current = where;
  }, [placer, stepId]);
  /** Escape: the card folds up and focus goes back to where the person was on the portal. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (mode === 'open' && !view?.quiet) guide?.setUi('collapsed');
    if (peek) setPeek(false);
    focus?.leave();
  };

  const step = view?.step;
  const one = (kind: 'dismissed' | 'launcher' | 'pill', onClick: () => void, label: ComponentChildren) => (
    <aside
      class={`lg-card lg-card--${kind}`}
      aria-label="Loketgids"
      lang={lang}
      data-portal={portal}
      data-pill=""
      data-quiet={kind === 'launcher' ? '' : undefined}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class={kind === 'dismissed' ? 'lg-reopen' : kind === 'launcher' ? 'lg-launcher' : 'lg-pill'}
        data-step={kind === 'pill' ? step?.stepId : undefined}
        data-focus-first=""
        aria-expanded={kind === 'dismissed' ? undefined : 'false'}
        title={kind === 'dismissed' ? PORTALS[portal].name : undefined}
        onClick={onClick}
      >
        {label}
      </button>
    </aside>
  );

  // The card as one button: dismissed, on a screen the guide does not know, or with no room for it.
  if (mode === 'dismissed') {
    return one(
      'dismissed',
      () => guide?.setUi('open'),
      ui(lang, 'Loketgids tonen', 'Show Loketgids', 'Afficher Loketgids', 'Loketgids anzeigen'),
    );
  }
  const hint = panel && view && (linked || view.cardPlace === 'panel') ? hintOf(view) : undefined;
  if (hint && panel && view) {
    return (
      <PageHint
        lang={lang}
        portal={portal}
        title={hint.title}
        more={hint.more}
        linked={linked}
        announcement={view.announcement}
        status={panelStatus}
        onOpen={() => void openPanel()}
        onCardHere={() => void panel.place('page')}
        // Escape only gives the focus back (the card itself, in the panel, stays as it is).
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          focus?.leave();
        }}
      />
    );
  }
  if (view?.quiet && !peek && mode === 'open') {
    const open = () => {
      setPeek(true);
      placer?.openFully(true);
    };
    return one(
      'launcher',
      open,
      <>
        <strong>Loketgids</strong> {!view.unsure && <span class="lg-card__portal">{PORTALS[portal].name}</span>}
        {view.unsure ? (
          <span class="lg-launcher__question">
            {ui(
              lang,
              'Welk scherm is dit?',
              'Which screen is this?',
              'Quel écran est-ce ?',
              'Welcher Bildschirm ist das?',
            )}
          </span>
        ) : (
          <span class="lg-sr">
            {ui(
              lang,
              ': geen stap op deze pagina. Tonen.',
              ': no step on this page. Show.',
              ' : aucune étape sur cette page. Afficher.',
              ': kein Schritt auf dieser Seite. Anzeigen.',
            )}
          </span>
        )}
      </>,
    );
  }
  if (placement?.compact && mode === 'open' && view) {
    return one(
      'pill',
      () => placer?.openFully(true),
      <>
        {view.warnings.length > 0 && (
          <span class="lg-pill__warn" aria-hidden="true">
            !
          </span>
        )}
        <strong>Loketgids</strong>
        {step
          ? ` · ${ui(lang, `Stap ${step.number} van ${step.total}`, `Step ${step.number} of ${step.total}`, `Étape ${step.number} sur ${step.total}`, `Schritt ${step.number} von ${step.total}`)}: ${pick(step.title, lang)}`
          : ` · ${PORTALS[portal].name}`}
        <span class="lg-sr">
          {` (${PORTALS[portal].name}; `}
          {view.warnings.length > 0
            ? ui(
                lang,
                'er is een waarschuwing; ',
                'there is a warning; ',
                'il y a un avertissement ; ',
                'es gibt eine Warnung; ',
              )
            : ''}
          {ui(
            lang,
            'ingeklapt: er is geen vrije plek voor de kaart). Openen.',
            'folded: no free place for the card). Open.',
            'réduit : pas de place libre pour la carte). Ouvrir.',
            'eingeklappt: kein freier Platz für die Karte). Öffnen.',
          )}
        </span>
      </>,
    );
  }

  return (
    <aside
      class={`lg-card${mode === 'collapsed' ? ' lg-card--collapsed' : ''}`}
      aria-label="Loketgids"
      lang={lang}
      data-portal={portal}
      tabIndex={-1}
      data-focus-first=""
      onKeyDown={onKeyDown}
    >
      <header class="lg-card__head">
        <strong class="lg-card__brand">Loketgids</strong>
        <span class="lg-card__portal">{PORTALS[portal].name}</span>
        <span class="lg-card__tools">
          <button
            type="button"
            class="lg-icon"
            aria-expanded={mode !== 'collapsed'}
            onClick={() => guide?.setUi(mode === 'collapsed' ? 'open' : 'collapsed')}
          >
            {mode === 'collapsed'
              ? ui(lang, 'Uitklappen', 'Expand', 'Déplier', 'Aufklappen')
              : ui(lang, 'Inklappen', 'Collapse', 'Réduire', 'Einklappen')}
          </button>
          <button type="button" class="lg-icon" onClick={() => guide?.setUi('dismissed')}>
            {ui(lang, 'Sluiten', 'Close', 'Fermer', 'Schließen')}
          </button>
        </span>
      </header>
      <p class="lg-sr" role="status" aria-live="polite">
        {view?.announcement ?? ''}
      </p>
      {mode === 'collapsed' && step && (
        <p class="lg-card__summary">
          {ui(
            lang,
            `Stap ${step.number} van ${step.total}`,
            `Step ${step.number} of ${step.total}`,
            `Étape ${step.number} sur ${step.total}`,
            `Schritt ${step.number} von ${step.total}`,
          )}
        </p>
      )}
      {mode === 'open' && view && <CardBody view={view} actions={guide} />}
      {mode === 'open' && panel && (
        <p class="lg-card__place">
          <button type="button" class="lg-button lg-button--small" data-open-panel="" onClick={() => void openPanel()}>
            {ui(
              lang,
              'Naast de pagina tonen',
              'Show beside the page',
              'Afficher à côté de la page',
              'Neben der Seite anzeigen',
            )}
          </button>
          <span role="status">{panelStatus}</span>
        </p>
      )}
    </aside>
  );
}
