/**
 * The target shown before the guide module is there. On a screen the content script is sure of,
 * where every flow's step marks the same target (lib/flows/define.ts `recognitionScreens`), the
 * content script marks it and draws the ring around it at once, with the guide's own fingerprint
 * search (lib/guide/target.ts: nothing is marked when two controls look alike) and the guide's own
 * ring (./ring.ts). The guide module takes the mark over on its first round — it marks the same
 * element, or takes the mark off when it decides otherwise — and this ring goes once the guide's
 * is there.
 *
 * @example
 * const shown = showEarlyMark(view, screen.mark, ctx.signal);
 * // … the guide module has drawn its own ring:
 * shown?.drop({ keepMark: true });
 */
import type { PageView } from '../guide/dom';
import { markOwnHost } from '../guide/dom';
import type { Screen } from '../guide/recognise';
import { findTarget, TARGET_ATTRIBUTE } from '../guide/target';
import launcherCss from './launcher.css?inline';
import { createRing } from './ring';

export interface EarlyMark {
  /** The ring's host in the page (the guide module counts it as its own, not the page's). */
  host: HTMLElement;
  /** Take the ring away, and the mark too unless the guide has taken it over. */
  drop(options?: { keepMark?: boolean }): void;
}

/**
 * Mark the screen's target and ring it; undefined when there is no such target, or not one
 * clearly enough (the guide then looks for it itself).
 */
export function showEarlyMark(
  view: PageView,
  mark: NonNullable<Screen['mark']>,
  signal: AbortSignal,
): EarlyMark | undefined {
  const element = findTarget(view, mark.target)?.element;
  if (!element || !document.body || signal.aborted) return undefined;
  element.setAttribute(TARGET_ATTRIBUTE, mark.step);
  const host = document.createElement('div');
  host.setAttribute('data-loketgids-ring', '');
  const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial}${launcherCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  const ring = createRing(container);
  markOwnHost(host);
  document.body.append(host);
  const place = () => ring.show(element.isConnected ? element.getBoundingClientRect() : null);
  const moved = new AbortController();
  let queued = 0;
  const soon = () => {
    if (queued) return;
    queued = requestAnimationFrame(() => {
      queued = 0;
      place();
    });
  };
  // Placed in the next frame, not here: reading the target's box now would force the page's first
  // layout inside DOMContentLoaded (7–8 ms on the bench's login page), holding up the portal's own
  // handlers; in the frame's callback that layout is the one the frame needs anyway, and the ring
  // is painted in the same frame as it would have been.
  soon();
  addEventListener('scroll', soon, { capture: true, passive: true, signal: moved.signal });
  addEventListener('resize', soon, { passive: true, signal: moved.signal });
  const drop: EarlyMark['drop'] = ({ keepMark = false } = {}) => {
    if (moved.signal.aborted) return;
    moved.abort();
    cancelAnimationFrame(queued);
    host.remove();
    if (!keepMark && element.getAttribute(TARGET_ATTRIBUTE) === mark.step) element.removeAttribute(TARGET_ATTRIBUTE);
  };
  signal.addEventListener('abort', () => drop(), { once: true });
  return { host, drop };
}
