/**
 * The highlight ring: an element in the overlay's shadow root, fixed over the target's rectangle,
 * `pointer-events: none` so the portal under it stays clickable. Positioned by the guide runtime on
 * every tick and on scroll/resize.
 */
import type { Ring } from '../guide/runtime';
import type { Placer } from './place';

const PAD = 4;
/** The page's one-line hint while the card is in the side panel (components/guide/PageHint.tsx). */
const HINT = { width: 320, height: 40, gap: 10, margin: 16 };

/**
 * Where the hint goes: just below the target, else just above it, inside the viewport; the
 * overlay's CSS reads it (`[data-anchor]`, `--lg-anchor-left`, `--lg-anchor-top`).
 */
export function hintAnchor(
  rect: { left: number; top: number; width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; side: 'below' | 'above' } {
  const bottom = rect.top + rect.height + PAD + HINT.gap;
  const below = bottom + HINT.height <= viewport.height - HINT.margin;
  const top = below ? bottom : Math.max(HINT.margin, rect.top - PAD - HINT.gap - HINT.height);
  const width = Math.min(HINT.width, viewport.width - 2 * HINT.margin);
  const left = Math.max(HINT.margin, Math.min(rect.left - PAD, viewport.width - HINT.margin - width));
  return { left: Math.round(left), top: Math.round(top), side: below ? 'below' : 'above' };
}

/**
 * Create the ring inside `container` (the overlay's shadow root container). Every move is passed
 * to the placer (lib/overlay/place.ts), which keeps the card off the target and the portal's controls.
 */
export function createRing(container: HTMLElement, placer?: Placer): Ring & { element: HTMLElement } {
  const element = container.ownerDocument.createElement('div');
  element.className = 'lg-ring';
  element.setAttribute('aria-hidden', 'true');
  element.hidden = true;
  container.append(element);
  let last = '';
  const anchor = (rect: DOMRect | null) => {
    if (!rect) {
      delete container.dataset.anchor;
      return;
    }
    const view = container.ownerDocument.defaultView;
    const at = hintAnchor(rect, { width: view?.innerWidth ?? 1280, height: view?.innerHeight ?? 800 });
    container.dataset.anchor = at.side;
    container.style.setProperty('--lg-anchor-left', `${at.left}px`);
    container.style.setProperty('--lg-anchor-top', `${at.top}px`);
  };
  return {
    element,
    show(rect) {
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        element.hidden = true;
        anchor(null);
        // Also after each detection without a target: the page's controls may have moved.
        placer?.update(null);
        last = 'none';
        return;
      }
      const key = `${rect.left},${rect.top},${rect.width},${rect.height}`;
      if (key === last && !element.hidden) {
        placer?.update({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
        return;
      }
      last = key;
      element.hidden = false;
      anchor(rect);
      placer?.update({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
      element.style.transform = `translate(${Math.round(rect.left - PAD)}px, ${Math.round(rect.top - PAD)}px)`;
      element.style.width = `${Math.round(rect.width + 2 * PAD)}px`;
      element.style.height = `${Math.round(rect.height + 2 * PAD)}px`;
    },
  };
}
