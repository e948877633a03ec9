/**
 * The target's mark and the ring around it. The target element carries
 * `data-loketgids-target="<step id>"` only while its step is shown; marking removes it from any
 * other element and from a target the page has replaced. The ring follows its target when layout
 * moves without any DOM mutation (lib/guide/follow.ts).
 */
import type { PageView } from '../dom';
import { followLayout } from '../follow';
import { TARGET_ATTRIBUTE } from '../target';
import type { Core } from './state';

export { TARGET_ATTRIBUTE } from '../target';

export interface Marking {
  /** Take the mark off the target (it stays marked in the state no more). */
  clear(): void;
  /** Mark `element` for the step (or nothing, with undefined), and no other element. */
  mark(view: PageView, element: Element | undefined, stepId: string): void;
  /** Put the ring around the target, or hide it. */
  positionRing(): void;
  /** The page scrolled or resized: move the ring on the next frame. */
  reposition(): void;
}

export function createMarking({ deps, state }: Core): Marking {
  const { ring } = deps;

  function clear(): void {
    if (state.target) state.target.removeAttribute(TARGET_ATTRIBUTE);
    state.target = undefined;
  }

  const layout = followLayout({
    doc: deps.doc,
    scheduler: deps.scheduler,
    signal: deps.signal,
    onMove: () => {
      const { target } = state;
      if (target?.isConnected && state.ui !== 'dismissed' && ring) ring.show(target.getBoundingClientRect());
    },
  });

  deps.signal.addEventListener('abort', () => {
    clear();
    ring?.show(null);
  });

  return {
    clear,
    mark(view, element, stepId) {
      if (state.target && state.target !== element) clear();
      // No stale marks: a re-rendered page or an earlier step may have left one elsewhere.
      for (const marked of view.queryAll(`[${TARGET_ATTRIBUTE}]`)) {
        if (marked !== element) marked.removeAttribute(TARGET_ATTRIBUTE);
      }
      if (element) {
        if (element.getAttribute(TARGET_ATTRIBUTE) !== stepId) element.setAttribute(TARGET_ATTRIBUTE, stepId);
        state.target = element;
      }
    },
    positionRing() {
      if (!ring) return;
      const { target } = state;
      if (!target?.isConnected || state.ui === 'dismissed') {
        ring.show(null);
        layout.watch(undefined);
        return;
      }
      ring.show(target.getBoundingClientRect());
      layout.watch(target);
    },
    reposition: layout.reposition,
  };
}
