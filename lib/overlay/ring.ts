/**
 * The highlight ring: an element in the overlay's shadow root, fixed over the target's rectangle,
 * `pointer-events: none` so the portal under it stays clickable. Positioned by the guide runtime on
 * every tick and on scroll/resize.
 */
import type { Ring } from '../guide/runtime';

const PAD = 4;

// Keep in step with .lg-card in overlay.css (right: 16px; width: min(360px, …)).
const CARD_WIDTH = 360;
const CARD_MARGIN = 16;

/**
 * Which side the card goes to so it never covers the target: it sits bottom-right unless the
 * target is under that spot, then bottom-left.
 */
export function cardSide(rect: DOMRect, viewportWidth: number): 'left' | 'right' {
  const cardLeft = viewportWidth - CARD_MARGIN - Math.min(CARD_WIDTH, viewportWidth - 2 * CARD_MARGIN);
  return rect.right > cardLeft - 8 && rect.left < viewportWidth - CARD_MARGIN ? 'left' : 'right';
}

/**
 * Create the ring inside `container` (the overlay's shadow root container). Also moves the card
 * (`data-side` on the container) out of the target's way.
 */
export function createRing(container: HTMLElement): Ring & { element: HTMLElement } {
  const element = container.ownerDocument.createElement('div');
  element.className = 'lg-ring';
  element.setAttribute('aria-hidden', 'true');
  element.hidden = true;
  container.append(element);
  let last = '';
  return {
    element,
    show(rect) {
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        element.hidden = true;
        last = '';
        return;
      }
      const key = `${rect.left},${rect.top},${rect.width},${rect.height}`;
      if (key === last && !element.hidden) return;
      last = key;
      element.hidden = false;
      const width = container.ownerDocument.defaultView?.innerWidth ?? 1280;
      const side = cardSide(rect, width);
      if (container.dataset.side !== side) container.dataset.side = side;
      element.style.transform = `translate(${Math.round(rect.left - PAD)}px, ${Math.round(rect.top - PAD)}px)`;
      element.style.width = `${Math.round(rect.width + 2 * PAD)}px`;
      element.style.height = `${Math.round(rect.height + 2 * PAD)}px`;
    },
  };
}
