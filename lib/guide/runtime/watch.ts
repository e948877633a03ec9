/**
 * What makes the guide detect again: mutations of the page (the document and every open shadow
 * root), in-page navigation (`wxt:locationchange`, `popstate`); and scrolling or resizing, which
 * only move the ring. Mutations and navigation only *schedule* a tick (lib/guide/schedule.ts);
 * nothing else happens per mutation, and a change that cannot matter (a counter ticking far from
 * anything the guide reads, lib/guide/runtime/changes.ts) not even that. Attributes are observed
 * only where the tick reads them. Everything stops when the guide's signal aborts.
 */
import type { Root } from '../dom';
import type { Ticker } from '../schedule';
import { createChangeFilter, PAGE_CHANGES } from './changes';
import type { Core } from './state';

export interface PageWatch {
  /** Watch one more root (a shadow root a tick found); each root is observed once. */
  observe(root: Root): void;
}

export function watchPage({ deps, state, portalPages }: Core, ticker: Ticker, reposition: () => void): PageWatch {
  const { doc, signal } = deps;
  const changes = createChangeFilter(portalPages);
  const { schedule, tickSoon, settle } = ticker;
  const observed = new WeakSet<Node>();

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (deps.isOwnNode?.(record.target) || !changes.mayMatter(record, state.target)) continue;
      settle.reset();
      schedule();
      return;
    }
  });
  signal.addEventListener('abort', () => observer.disconnect());

  const win = doc.defaultView;
  if (win) {
    const listen = (type: string, handler: () => void, capture = false) =>
      win.addEventListener(type, handler, { capture, passive: true, signal });
    const navigated = () => {
      settle.reset();
      tickSoon();
    };
    listen('wxt:locationchange', navigated);
    listen('popstate', navigated);
    listen('resize', reposition);
    listen('scroll', reposition, true);
  }

  const watch: PageWatch = {
    observe(root) {
      if (observed.has(root)) return;
      observed.add(root);
      observer.observe(root, PAGE_CHANGES);
    },
  };
  watch.observe(doc);
  return watch;
}
