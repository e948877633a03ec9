/**
 * Where the floating card goes so that it never covers what the person must click: the current
 * target first, then any control of the portal (links, buttons, fields).
 *
 * Design note (2026-12, issue "a guide that never hides what the user must click"): the card tries
 * the four corners, full size; then each corner with the card only as tall as the free space
 * there (it scrolls inside, at least `MIN_HEIGHT`); if no corner has that much room, it shrinks to
 * a one-line pill ("Stap 3 van 9") and tries the corners again; if even the pill covers a control
 * everywhere, it takes the corner that covers fewest and never the target. A person who opens the
 * pill gets the full card where it covers least, until the step changes.
 */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  corner: Corner;
  compact: boolean;
  /** The card's height limit (it scrolls inside), when the corner has less room than it needs. */
  maxHeight?: number;
  /** Portal controls the card still covers (0 unless nothing better exists). */
  covers: number;
}

export const MARGIN = 16;
/** A card shorter than this is no use: the pill then. */
export const MIN_HEIGHT = 160;
/** The pill's size (overlay.css `.lg-card--pill`). */
export const PILL = { width: 240, height: 40 };

export function cornerBox(corner: Corner, size: { width: number; height: number }, viewport: Box): Box {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - size.width;
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - size.height;
  return { left, top, width: size.width, height: size.height };
}

export function intersects(a: Box, b: Box, gap = 0): boolean {
  return (
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap
  );
}

/**
 * The best place for a card of `full` size, given the viewport, the target (if any) and the
 * portal's visible controls.
 */
export function choosePlacement(options: {
  full: { width: number; height: number };
  viewport: Box;
  target?: Box;
  controls: readonly Box[];
  /** The person opened the card: full size wherever it covers least. */
  forceFull?: boolean;
}): Placement {
  const { full, viewport, target, controls } = options;
  const rate = (size: { width: number; height: number }, compact: boolean) =>
    CORNERS.map((corner) => {
      const box = cornerBox(corner, size, viewport);
      return {
        corner,
        compact,
        coversTarget: target ? intersects(box, target, 4) : false,
        covers: controls.filter((control) => intersects(box, control)).length,
      };
    });
  const fullRated = rate(full, false);
  const freeFull = fullRated.find((p) => !p.coversTarget && p.covers === 0);
  if (freeFull) return { corner: freeFull.corner, compact: false, covers: 0 };
  const obstacles = target
    ? [
        ...controls,
        { ...target, left: target.left - 4, top: target.top - 4, width: target.width + 8, height: target.height + 8 },
      ]
    : controls;
  const shorter = CORNERS.map((corner) => ({ corner, room: roomAt(corner, full.width, viewport, obstacles) }))
    .filter((c) => c.room >= MIN_HEIGHT)
    .sort((a, b) => b.room - a.room)[0];
  if (shorter) return { corner: shorter.corner, compact: false, covers: 0, maxHeight: Math.floor(shorter.room) };
  if (options.forceFull) return least(fullRated);
  const pillRated = rate(PILL, true);
  const freePill = pillRated.find((p) => !p.coversTarget && p.covers === 0);
  if (freePill) return { corner: freePill.corner, compact: true, covers: 0 };
  return least(pillRated);
}

/**
 * How tall a card of `width` may be in `corner` without meeting any obstacle: the free run from
 * the corner's edge to the nearest obstacle in its column.
 */
export function roomAt(corner: Corner, width: number, viewport: Box, obstacles: readonly Box[]): number {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - width;
  const column = obstacles.filter((o) => o.left < left + width && left < o.left + o.width);
  const limit = viewport.height - 2 * MARGIN;
  if (corner.startsWith('bottom')) {
    const bottom = viewport.height - MARGIN;
    const above = column.filter((o) => o.top < bottom).map((o) => o.top + o.height);
    return Math.min(limit, bottom - Math.max(MARGIN, ...above));
  }
  const below = column.filter((o) => o.top + o.height > MARGIN).map((o) => o.top);
  return Math.min(limit, Math.min(viewport.height - MARGIN, ...below) - MARGIN);
}

function least(rated: { corner: Corner; compact: boolean; coversTarget: boolean; covers: number }[]): Placement {
  const ok = rated.filter((p) => !p.coversTarget);
  const pool = ok.length > 0 ? ok : rated;
  const best = pool.reduce((a, b) => (b.covers < a.covers ? b : a));
  return { corner: best.corner, compact: best.compact, covers: best.covers };
}

const CONTROLS =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [tabindex]:not([tabindex="-1"])';

/**
 * The portal's controls on screen now (document and open shadow roots), as boxes. Our own
 * overlay host is skipped by `isOwn`.
 */
export function visibleControls(doc: Document, isOwn: (node: Element) => boolean): Box[] {
  const width = doc.defaultView?.innerWidth ?? 0;
  const height = doc.defaultView?.innerHeight ?? 0;
  const boxes: Box[] = [];
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length && i < 200; i++) {
    const root = roots[i] as Document | ShadowRoot;
    // The browser matches the controls (measured: `matches` on every element was most of the
    // launcher's placing on a portal page); the walk only looks for open shadow roots, not in
    // our own hosts (their controls are in their shadow roots; they have no children).
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot !== null && !isOwn(element)) roots.push(element.shadowRoot);
    }
    for (const element of root.querySelectorAll(CONTROLS)) {
      if (isOwn(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= height || rect.left >= width) continue;
      boxes.push({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
    }
  }
  return boxes;
}

export interface Placer {
  /** The target moved (or there is none): place the card again, on the next frame. */
  update(target: Box | null): void;
  get(): Placement;
  subscribe(listener: (placement: Placement) => void): () => void;
  /** The person opened the pill: the full card, where it covers least, until `reset`. */
  openFully(open: boolean): void;
}

/**
 * Places the card in `container` (the overlay's shadow-root container; `data-corner` tells the
 * CSS which corner) and tells the card when to be a pill; until `signal` aborts.
 */
export function createPlacer(container: HTMLElement, isOwn: (node: Element) => boolean, signal?: AbortSignal): Placer {
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  let placement: Placement = { corner: 'bottom-right', compact: false, covers: 0 };
  let full = { width: 360, height: 320 };
  let target: Box | null = null;
  let forceFull = false;
  let frame = 0;
  const listeners = new Set<(placement: Placement) => void>();

  let observed: Element | null = null;
  /** The card's border box as last measured: a resize that reports the same (the observer's first) is no news. */
  let measured = '';
  const resizes =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const box = entries[0]?.borderBoxSize?.[0];
          if (box && `${box.inlineSize}x${box.blockSize}` === measured) return;
          soon();
        })
      : undefined;
  const measure = () => {
    const card = container.querySelector('.lg-card:not(.lg-card--pill)');
    // The card's own size changes with its content (a step with the client list is taller), and
    // Preact replaces the element when it turns into the launcher: follow whichever is there.
    if (card !== observed) {
      if (observed) resizes?.unobserve(observed);
      if (card) resizes?.observe(card);
      observed = card;
    }
    if (!card) return;
    const rect = card.getBoundingClientRect();
    measured = `${rect.width}x${rect.height}`;
    // Its natural height, also while a height limit makes it scroll.
    const height = Math.max(rect.height, card.scrollHeight + (rect.height - card.clientHeight));
    const cap = Math.min(0.7 * (view?.innerHeight ?? 800), (view?.innerHeight ?? 800) - 2 * MARGIN);
    if (rect.width > 0 && rect.height > 0) full = { width: rect.width, height: Math.min(height, cap) };
  };
  const place = () => {
    frame = 0;
    measure();
    const next = choosePlacement({
      full,
      viewport: { left: 0, top: 0, width: view?.innerWidth ?? 1280, height: view?.innerHeight ?? 800 },
      target: target ?? undefined,
      controls: visibleControls(doc, isOwn),
      forceFull,
    });
    if (container.dataset.corner !== next.corner) container.dataset.corner = next.corner;
    container.dataset.placed = `${next.compact ? 'pill' : 'card'} ${next.covers}${forceFull ? ' opened' : ''}`;
    const limit = next.maxHeight === undefined ? '' : `${next.maxHeight}px`;
    if (container.style.getPropertyValue('--lg-max-h') !== limit) {
      if (limit) container.style.setProperty('--lg-max-h', limit);
      else container.style.removeProperty('--lg-max-h');
    }
    if (next.corner === placement.corner && next.compact === placement.compact) return;
    placement = next;
    for (const listener of listeners) listener(placement);
  };
  let lastPlaced = 0;
  let timer = 0;
  // Every frame at most, and while the page scrolls every 120 ms at most (it reads the controls' boxes).
  const soon = () => {
    if (frame || timer) return;
    const wait = lastPlaced + 120 - performance.now();
    const run = () => {
      timer = 0;
      frame = requestAnimationFrame(() => {
        lastPlaced = performance.now();
        place();
      });
    };
    if (wait > 0) timer = window.setTimeout(run, wait);
    else run();
  };
  // A new card element (launcher, pill, full card) after a render: measure and place again.
  const renders = new MutationObserver(() => soon());
  renders.observe(container, { childList: true, subtree: true });
  view?.addEventListener('resize', soon, { passive: true, signal });
  view?.addEventListener('scroll', soon, { passive: true, capture: true, signal });
  signal?.addEventListener('abort', () => {
    renders.disconnect();
    resizes?.disconnect();
  });
  container.dataset.corner = placement.corner;
  return {
    update(next) {
      target = next;
      soon();
    },
    get: () => placement,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openFully(open) {
      if (forceFull === open) return;
      forceFull = open;
      soon();
    },
  };
}
