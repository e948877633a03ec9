import type { Lang } from '../../lib/guide/lang';
import { t } from '../../lib/i18n/card';

/**
 * What the portal page keeps while the card is in the side panel: one line near the target (the
 * ring's neighbour, lib/overlay/ring.ts sets where), the step's title and where the rest is.
 * With the panel closed (the person keeps the card there), "Meer in het zijpaneel" opens it and
 * "Kaart hier tonen" brings the card back to the page.
 */
export function PageHint(props: {
  lang: Lang;
  portal: string;
  title: string;
  more: string;
  /** A side panel shows this tab's guide now. */
  linked: boolean;
  announcement: string;
  status: string;
  onOpen(): void;
  onCardHere(): void;
  onKeyDown(event: KeyboardEvent): void;
}) {
  const { lang, linked } = props;
  return (
    <aside
      class="lg-card lg-card--hint"
      aria-label="Loketgids"
      lang={lang}
      data-portal={props.portal}
      data-hint={linked ? 'linked' : 'closed'}
      tabIndex={-1}
      data-focus-first={linked ? '' : undefined}
      onKeyDown={props.onKeyDown}
    >
      <strong class="lg-hint__title">{props.title}</strong>
      {linked ? (
        <span class="lg-hint__more">· {props.more}</span>
      ) : (
        <>
          {/* The panel shows the step changes; with it closed, this line says them. */}
          <span class="lg-sr" role="status" aria-live="polite">
            {props.announcement}
          </span>
          <button type="button" class="lg-button lg-button--small" data-focus-first="" onClick={props.onOpen}>
            {props.more}
          </button>
          <button type="button" class="lg-button lg-button--small" onClick={props.onCardHere}>
            {t(lang, 'hint.showTheCardHere')}
          </button>
        </>
      )}
      {props.status && (
        <span class="lg-sr" role="status">
          {props.status}
        </span>
      )}
    </aside>
  );
}
