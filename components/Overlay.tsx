import { PORTALS, type PortalId } from '../lib/portals';

/** The overlay card shown on a recognised portal page. */
export function Overlay({ portal }: { portal: PortalId }) {
  return (
    <aside class="lg-card" aria-label="Loketgids" data-portal={portal}>
      <header class="lg-card__head">
        <strong class="lg-card__brand">Loketgids</strong>
        <span class="lg-card__portal">{PORTALS[portal].name}</span>
      </header>
    </aside>
  );
}
