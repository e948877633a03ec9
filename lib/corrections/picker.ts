/**
 * The picker mode of "Leer de gids dit scherm": like a browser's element inspector, the person
 * points at the portal's control that belongs to the step — an outline follows the pointer, a
 * click chooses, Escape stops — and with the keyboard Tab / Shift+Tab or the arrow keys walk the
 * page's controls and Enter chooses.
 *
 * Design note (2026-12, issue 10): the portal must not see any of it. Every pointer, mouse and
 * click event, and the keys the picker uses, are caught on the window in the capture phase —
 * before the portal's own listeners, wherever they are — and stopped there (`preventDefault` and
 * `stopImmediatePropagation`): a picked link is not followed, a picked button's handler does not
 * run. Events inside our own card pass, so its buttons stay usable. The controls are only
 * outlined, never focused: focus stays where it was.
 */
import { accessibleName } from '../guide/a11y';
import { isShown, parentAcross, readPage } from '../guide/dom';
import { CANDIDATES } from '../guide/target';
import type { Ring } from '../guide/view';

export interface PickerMove {
  element: Element;
  /** The control's accessible name (said to a screen reader user; never stored). */
  name: string;
  role: string;
  /** 1-based position among the page's controls, when walked with the keyboard. */
  index?: number;
  total?: number;
}

export interface PickerOptions {
  doc: Document;
  /** Our own overlay's host: events inside it pass. */
  isOwnNode(node: Node): boolean;
  outline: Ring;
  signal?: AbortSignal;
  /** The outlined control changed (for the card's live region). */
  onMove?(move: PickerMove): void;
  /** A click landed on no control (nothing chosen). */
  onMiss?(): void;
}

const POINTER_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchend',
] as const;
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
const PICKER_KEYS = new Set(['Tab', 'Enter', ' ', 'Escape', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']);

/**
 * Let the person choose a control on the page. Resolves with it, or undefined when they stop
 * (Escape, or `signal` aborts).
 *
 * @example
 * const element = await pickElement({ doc: document, isOwnNode, outline, onMove: (m) => say(m.name) });
 */
export function pickElement(options: PickerOptions): Promise<Element | undefined> {
  const { doc, isOwnNode, outline } = options;
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const stop = new AbortController();
    let current: Element | undefined;
    let walk: Element[] | undefined;
    let index = -1;

    const ownEvent = (event: Event) => event.composedPath().some((node) => isOwnNode(node as Node));
    const insideOwn = (element: Element) => {
      for (let node: Element | undefined = element; node; node = parentAcross(node)) if (isOwnNode(node)) return true;
      return false;
    };
    const controlFrom = (event: Event): Element | undefined => {
      for (const node of event.composedPath()) {
        if (!(node instanceof Element)) continue;
        if (node.matches(CANDIDATES) && isShown(node)) return node;
      }
      return undefined;
    };
    const show = (element: Element | undefined, byKeyboard: boolean) => {
      current = element;
      outline.show(element ? element.getBoundingClientRect() : null);
      if (!element) return;
      const view = readPage(doc);
      options.onMove?.({
        element,
        name: accessibleName(view, element),
        role: element.getAttribute('role') ?? element.localName,
        ...(byKeyboard && walk ? { index: index + 1, total: walk.length } : {}),
      });
    };
    const finish = (element: Element | undefined) => {
      stop.abort();
      outline.show(null);
      resolve(element);
    };
    const block = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };

    const onPointer = (event: Event) => {
      if (ownEvent(event)) return;
      block(event);
      if (event.type !== 'click') return;
      const element = controlFrom(event);
      if (element) finish(element);
      else options.onMiss?.();
    };
    const onHover = (event: Event) => {
      if (ownEvent(event)) return;
      const element = controlFrom(event);
      if (element !== current) show(element, false);
    };
    const onKey = (event: Event) => {
      const key = (event as KeyboardEvent).key;
      if (!PICKER_KEYS.has(key)) return;
      block(event);
      if (event.type !== 'keydown') return;
      if (key === 'Escape') return finish(undefined);
      if (key === 'Enter' || key === ' ') {
        if (current) finish(current);
        return;
      }
      walk ??= readPage(doc)
        .queryAll(CANDIDATES)
        .filter((element) => isShown(element) && !insideOwn(element));
      if (walk.length === 0) return;
      const back = key === 'ArrowUp' || key === 'ArrowLeft' || (key === 'Tab' && (event as KeyboardEvent).shiftKey);
      index = (index + (back ? -1 : 1) + walk.length) % walk.length;
      const element = walk[index];
      element?.scrollIntoView?.({ block: 'nearest' });
      show(element, true);
    };
    const onScroll = () => {
      if (current) outline.show(current.getBoundingClientRect());
    };

    const listen = (type: string, handler: (event: Event) => void) =>
      win.addEventListener(type, handler, { capture: true, passive: false, signal: stop.signal });
    for (const type of POINTER_EVENTS) listen(type, onPointer);
    for (const type of KEY_EVENTS) listen(type, onKey);
    listen('mouseover', onHover);
    listen('scroll', onScroll);
    options.signal?.addEventListener('abort', () => finish(undefined), { once: true, signal: stop.signal });
  });
}
