import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeatureKind } from '../lib/guide/features';
import type { Guide, GuideView } from '../lib/guide/runtime';
import { t } from '../lib/i18n/card';
import type { FocusKeeper } from '../lib/overlay/focus';
import type { PanelLink } from '../lib/overlay/panel-link';
import type { Placement, Placer } from '../lib/overlay/place';
import { PORTALS, type PortalId } from '../lib/portals';
import { hintOf } from '../lib/sidepanel/protocol';
import { CardBody } from './guide/CardBody';
import { PageHint } from './guide/PageHint';
import { pick } from './guide/text';

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
  cards = [],
  panel,
  peek: peekFirst = false,
}: {
  portal: PortalId;
  guide?: Guide;
  focus?: FocusKeeper;
  placer?: Placer;
  /** The card parts of this portal's step features (the ticket note, the renewals). */
  cards?: readonly NonNullable<FeatureKind['Card']>[];
  /** The side panel's link (absent in the Oefenmodus, whose frame has no panel). */
  panel?: PanelLink;
  /** Open the whole card at once, also on such a page (the content script's launcher was used). */
  peek?: boolean;
}) {
  const view = useGuideView(guide);
  const lang = view?.lang ?? 'nl';
  const mode = view?.ui ?? 'open';
  // On a page that is none of the portal's known screens, a small launcher instead of the card.
  const [peek, setPeek] = useState(peekFirst);
  const placement = usePlacement(placer);
  const linked = usePanelLinked(panel);
  /** Why the side panel did not open (said on the card, which then stays on the page). */
  const [panelStatus, setPanelStatus] = useState('');
  const openPanel = async () => {
    if (!panel) return;
    setPanelStatus('');
    if (await panel.open()) return;
    setPanelStatus(t(lang, 'panel.theSidePanelDid'));
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
      aria-label={t(lang, 'card.label')}
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
    return one('dismissed', () => guide?.setUi('open'), t(lang, 'card.show'));
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
          <span class="lg-launcher__question">{t(lang, 'launcher.question')}</span>
        ) : (
          <span class="lg-sr">{t(lang, 'launcher.noStep')}</span>
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
          ? ` · ${t(lang, 'pill.step', { n: step.number, total: step.total, title: pick(step.title, lang) })}`
          : ` · ${PORTALS[portal].name}`}
        <span class="lg-sr">
          {t(lang, 'pill.where', { portal: PORTALS[portal].name })}
          {view.warnings.length > 0 ? t(lang, 'pill.warning') : ''}
          {t(lang, 'pill.folded')}
        </span>
      </>,
    );
  }

  return (
    <aside
      class={`lg-card${mode === 'collapsed' ? ' lg-card--collapsed' : ''}`}
      aria-label={t(lang, 'card.label')}
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
            {mode === 'collapsed' ? t(lang, 'card.expand') : t(lang, 'card.collapse')}
          </button>
          <button
            type="button"
            class="lg-icon"
            onClick={() => {
              guide?.setUi('dismissed');
              // Back to where the person was on the portal, or to "Loketgids tonen".
              if (focus?.inside()) focus.leave();
            }}
          >
            {t(lang, 'card.close')}
          </button>
        </span>
      </header>
      <p class="lg-sr" role="status" aria-live="polite">
        {view?.announcement ?? ''}
      </p>
      {mode === 'collapsed' && step && (
        <p class="lg-card__summary">{t(lang, 'step.count', { n: step.number, total: step.total })}</p>
      )}
      {mode === 'open' && view && (
        <CardBody view={view} actions={guide} cards={cards} teach={guide?.canTeach ? guide : undefined} />
      )}
      {mode === 'open' && panel && (
        <p class="lg-card__place">
          <button type="button" class="lg-button lg-button--small" data-open-panel="" onClick={() => void openPanel()}>
            {t(lang, 'panel.showBeside')}
          </button>
          <span role="status">{panelStatus}</span>
        </p>
      )}
    </aside>
  );
}
