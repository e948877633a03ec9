/**
 * The highlight ring: an element in the overlay's shadow root, fixed over the target's rectangle,
 * `pointer-events: none` so the portal under it stays clickable. Positioned by the guide runtime on
 * every tick and on scroll/resize.
 */
import type { Ring } from '../guide/runtime';
import type { Placer } from './place';

const PAD = 4;

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
  return {
    element,
    show(rect) {
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        element.hidden = true;
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
      placer?.update({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
      element.style.transform = `translate(${Math.round(rect.left - PAD)}px, ${Math.round(rect.top - PAD)}px)`;
      element.style.width = `${Math.round(rect.width + 2 * PAD)}px`;
      element.style.height = `${Math.round(rect.height + 2 * PAD)}px`;
    },
  };
}
