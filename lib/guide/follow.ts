/**
 * Keeping the highlight ring on its target when layout moves without any DOM mutation (a
 * stylesheet that loads late, fonts, a panel that opens above it): a ResizeObserver on the target
 * and on the page's body, plus the scroll and resize events the runtime passes to `reposition`.
 * No per-frame loop: an idle page costs nothing (issue "as light as a tour library").
 */
import type { Scheduler } from './schedule';

export function followLayout(options: {
  doc: Document;
  scheduler: Scheduler;
  signal: AbortSignal;
  onMove: () => void;
}) {
  const { doc, scheduler, signal, onMove } = options;
  let watched: Element | undefined;
  let frame = 0;
  const reposition = () => {
    if (frame || signal.aborted) return;
    frame = scheduler.requestAnimationFrame(() => {
      frame = 0;
      onMove();
    });
  };
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(reposition) : undefined;
  signal.addEventListener('abort', () => resizes?.disconnect());
  return {
    reposition,
    /** Follow this element (or stop following, with undefined). */
    watch(element: Element | undefined): void {
      if (element === watched || !resizes) return;
      resizes.disconnect();
      watched = element;
      if (!element) return;
      resizes.observe(element);
      if (doc.body) resizes.observe(doc.body);
    },
  };
}
