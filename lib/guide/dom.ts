/**
 * Reading a portal page the way a person sees it: its visible text and elements, including the
 * content of open shadow roots (web components, single-page apps), never our own overlay.
 *
 * Design note: everything the guide decides comes from one `PageView`, made once per animation
 * frame after the page changed. It walks the DOM once for the text and the shadow roots; element
 * texts and queries are computed on demand and cached for the life of the view, so detecting a step
 * and finding its target on the same frame costs one walk (see test/bench/guide.bench.ts).
 */
import { normaliseText } from './text';

/**
 * The elements that host our overlay (lib/overlay/start.tsx): never read, never a target. Known
 * by identity, not by a tag name a page could copy or pre-empt.
 */
const ownHosts = new WeakSet<Element>();
export function markOwnHost(host: Element): void {
  ownHosts.add(host);
}
export function isOwnHost(node: Node): boolean {
  return ownHosts.has(node as Element);
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'LINK', 'META']);
// Elements that do not break a word: no separator is added around them.
// Elements that do not break a word: no separator is added around them. Kept small on purpose:
// portals style <span>, <strong> and <small> as blocks in tiles ("Els Janssens" + "In eigen naam").
const INLINE = new Set(['ABBR', 'BDI', 'BDO', 'CODE', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SUB', 'SUP', 'U']);
const VALUE_AS_TEXT = new Set(['submit', 'button', 'reset']);
/**
 * Attributes whose text a component shows on screen by copying it into its shadow root with
 * script (DOMAIN.md §8: the functional header's `data-vl-title`, a radio's `data-vl-label`). Read
 * from the attribute too, so the text counts before the component renders, and in a closed root.
 */
const SHOWN_ATTRIBUTES = ['data-vl-title', 'data-vl-sub-title', 'data-vl-subtitle', 'data-vl-label', 'data-vl-text'];
const SHOWN_SELECTOR = SHOWN_ATTRIBUTES.map((name) => `[${name}]`).join(', ');

// The elements of a tree that carry such attributes, found by one query per tree and read (so
// the walk does not ask every element for five attributes); renewed for every `readPage`.
let generation = 0;
const shownSets = new WeakMap<Node, { generation: number; set: Set<Element> }>();
function shownIn(root: Node): Set<Element> {
  const known = shownSets.get(root);
  if (known && known.generation === generation) return known.set;
  const set = new Set<Element>('querySelectorAll' in root ? (root as ParentNode).querySelectorAll(SHOWN_SELECTOR) : []);
  shownSets.set(root, { generation, set });
  return set;
}

function pushShownAttributes(element: Element, out: string[]): void {
  for (const name of SHOWN_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) out.push(' ', value, ' ');
  }
}

export type Root = Document | ShadowRoot;

/** A snapshot of the page for one round of detection. */
export interface PageView {
  readonly doc: Document;
  readonly url: URL;
  /** The document and every open shadow root in it (not the overlay's), in document order. */
  readonly roots: readonly Root[];
  /** Normalised visible text of the whole page (see `normaliseText`). */
  readonly text: string;
  /** Every element matching `selector` in the document and in open shadow roots. */
  queryAll(selector: string): Element[];
  /** Normalised visible text of one element, its open shadow root included. */
  textOf(element: Element): string;
}

/** Whether an element is hidden in a way markup alone tells (the `hidden` attribute, inline `display: none`). */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return true;
  return false;
}

function collect(
  node: Node,
  out: string[],
  roots: Root[] | undefined,
  shown: Set<Element>,
  leave?: (element: Element) => boolean,
): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) collectElement(child as Element, out, roots, shown, leave);
  }
}

function collectElement(
  element: Element,
  out: string[],
  roots: Root[] | undefined,
  shown: Set<Element>,
  leave?: (element: Element) => boolean,
): void {
  if (SKIP.has(element.tagName) || ownHosts.has(element) || isHidden(element)) return;
  if (leave?.(element)) return;
  const inline = INLINE.has(element.tagName);
  if (!inline) out.push(' ');
  if (shown.has(element)) pushShownAttributes(element, out);
  if (element.tagName === 'INPUT') {
    const input = element as HTMLInputElement;
    if (VALUE_AS_TEXT.has(input.type)) out.push(' ', input.value, ' ');
  }
  const assigned =
    element.tagName === 'SLOT' ? ((element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
  const shadow = element.shadowRoot;
  if (assigned.length > 0) {
    // A slot shows the host's children assigned to it (a component's label), else its own.
    for (const node of assigned) {
      if (node.nodeType === 3) out.push((node as Text).data);
      else if (node.nodeType === 1) collectElement(node as Element, out, roots, shownIn(node.getRootNode()), leave);
    }
  } else if (shadow) {
    roots?.push(shadow);
    collect(shadow, out, roots, shownIn(shadow), leave);
    // With a shadow root, the host's own children are shown only through its slots (read
    // above), unless this DOM cannot tell what is slotted.
    if (!slotsResolvable(shadow)) collect(element, out, roots, shown, leave);
  } else {
    collect(element, out, roots, shown, leave);
  }
  if (!inline) out.push(' ');
}

function slotsResolvable(shadow: ShadowRoot): boolean {
  const slot = shadow.querySelector('slot');
  return !slot || typeof (slot as HTMLSlotElement).assignedNodes === 'function';
}

/**
 * Visible text of a node as shown (case kept, whitespace collapsed), open shadow roots included:
 * for the card, where a portal's own words are quoted.
 *
 * @example
 * displayText(serviceTitle) // → 'Terugbetalingsaanvraag Vlaams opleidingsverlof'
 */
export function displayText(node: Node): string {
  const out: string[] = [];
  const shown = shownIn(node.getRootNode());
  // A component's own shadow root is what it shows (its children only through its slots).
  if (node.nodeType === 1 && (node as Element).shadowRoot) collectElement(node as Element, out, undefined, shown);
  else collect(node, out, undefined, shown);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Normalised visible text of a node and everything under it, open shadow roots included.
 *
 * @example
 * visibleText(document.body) // → 'wse loket: aanmelden een onderneming of organisatie …'
 */
export function visibleText(node: Node): string {
  const out: string[] = [];
  if (node.nodeType === 1 && shownIn(node.getRootNode()).has(node as Element))
    pushShownAttributes(node as Element, out);
  collect(node, out, undefined, shownIn(node.getRootNode()));
  return normaliseText(out.join(''));
}

const NAVIGATION_TAGS = new Set(['A', 'BUTTON', 'NAV', 'FOOTER', 'SELECT', 'OPTION', 'MENU']);
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar', 'menuitem', 'link', 'button', 'tab', 'tablist']);

/** A link, button, menu, tab bar, breadcrumb or footer: where a page names *other* screens. */
function isNavigation(element: Element): boolean {
  if (NAVIGATION_TAGS.has(element.tagName)) return true;
  const role = element.getAttribute('role');
  if (role && NAVIGATION_ROLES.has(role)) return true;
  return /kruimel|breadcrumb/i.test(element.getAttribute('aria-label') ?? '');
}

/**
 * Normalised text of the page without its links, buttons, menus, tabs, breadcrumbs and footer:
 * what the page says about itself, not the names of the screens it links to.
 *
 * @example
 * proseText(readPage(document)) // the home page's text without its "Werkgevers RSZ" menu link
 */
export function proseText(view: PageView): string {
  const out: string[] = [];
  if (view.doc.documentElement) collect(view.doc.documentElement, out, undefined, shownIn(view.doc), isNavigation);
  return normaliseText(out.join(''));
}

/**
 * Make the view of a page for one round of detection.
 *
 * @example
 * const view = readPage(document);
 * view.text.includes('wse loket: aanmelden');
 */
export function readPage(doc: Document, url: string | URL = doc.location?.href ?? 'about:blank'): PageView {
  generation++;
  const roots: Root[] = [doc];
  const out: string[] = [];
  if (doc.documentElement) collect(doc.documentElement, out, roots, shownIn(doc));
  const text = normaliseText(out.join(''));
  const texts = new WeakMap<Element, string>();
  const queries = new Map<string, Element[]>();
  return {
    doc,
    url: typeof url === 'string' ? new URL(url) : url,
    roots,
    text,
    queryAll(selector) {
      let found = queries.get(selector);
      if (!found) {
        found = [];
        for (const root of roots) {
          for (const element of root.querySelectorAll(selector)) {
            if (!ownHosts.has(element)) found.push(element);
          }
        }
        queries.set(selector, found);
      }
      return found;
    },
    textOf(element) {
      let value = texts.get(element);
      if (value === undefined) {
        value = visibleText(element);
        texts.set(element, value);
      }
      return value;
    },
  };
}

/** Whether the element, or one of its ancestors (across shadow boundaries), is hidden. */
export function isShown(element: Element): boolean {
  for (let node: Element | undefined = element; node; node = shownParent(node)) if (isHidden(node)) return false;
  return true;
}

const shownMemos = new WeakMap<PageView, WeakMap<Element, boolean>>();

/**
 * `isShown`, for the life of one view: each element's answer is kept, so the elements of a page
 * share their ancestors' (the recogniser asks it of every link and button).
 */
export function isShownIn(view: PageView, element: Element): boolean {
  let memo = shownMemos.get(view);
  if (!memo) {
    memo = new WeakMap();
    shownMemos.set(view, memo);
  }
  const known = memo.get(element);
  if (known !== undefined) return known;
  let value = !isHidden(element);
  if (value) {
    const up = shownParent(element);
    value = up === undefined || isShownIn(view, up);
  }
  memo.set(element, value);
  return value;
}

/** The element `isShown` looks at next: the parent element, or a shadow root's host. */
function shownParent(element: Element): Element | undefined {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if (node.nodeType === 1) return node as Element;
    if (node.nodeType === 11) return (node as ShadowRoot).host ?? undefined;
  }
  return undefined;
}

/**
 * The first element matching `selector` in a root or page view, or `undefined` when absence is
 * expected (select-dom's `$optional`).
 *
 * @example
 * $optional(view, 'input[name="kbo"]')
 */
export function $optional<E extends Element = Element>(where: Root | PageView, selector: string): E | undefined {
  if ('queryAll' in where) return where.queryAll(selector)[0] as E | undefined;
  return (where.querySelector(selector) as E | null) ?? undefined;
}

/**
 * The first element matching `selector`; throws "Expected element not found" when it is not there
 * (for elements the caller knows must exist, e.g. our own overlay's parts).
 *
 * @example
 * const ring = $(shadowRoot, '.lg-ring');
 */
export function $<E extends Element = Element>(where: Root | PageView, selector: string): E {
  const found = $optional<E>(where, selector);
  if (!found) throw new Error(`Expected element not found: ${selector}`);
  return found;
}

/** Parent across shadow boundaries. */
export function parentAcross(element: Element): Element | undefined {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : undefined;
}

/** Whether `ancestor` contains `element`, across shadow boundaries. */
export function containsAcross(ancestor: Element, element: Element): boolean {
  for (let node: Element | undefined = element; node; node = parentAcross(node)) if (node === ancestor) return true;
  return false;
}

const OUTSIDE_CONTENT =
  'header, footer, nav, aside, [role="banner"], [role="contentinfo"], [role="navigation"], [class*="functional-header"], [class*="global-header"], [class*="site-header"], [class*="page-header"], [class*="breadcrumb"], [class*="skip"]';

/** Whether an element sits in the page's header, footer or navigation (across shadow roots). */
export function inChrome(element: Element): boolean {
  const known = chromeMemo.get(element);
  if (known && known.generation === generation) return known.value;
  const parent = parentAcross(element);
  const value = element.matches(OUTSIDE_CONTENT) || (parent !== undefined && inChrome(parent));
  chromeMemo.set(element, { generation, value });
  return value;
}

const chromeMemo = new WeakMap<Element, { generation: number; value: boolean }>();

/** Whether a control cannot be used: disabled, `aria-disabled`, or inside a disabled component host. */
export function isDisabled(element: Element): boolean {
  for (let node: Element | undefined = element, hops = 0; node && hops < 4; node = parentAcross(node), hops++) {
    if (node.hasAttribute('disabled') || node.getAttribute('aria-disabled') === 'true') return true;
  }
  return false;
}

/** Whether custom elements on the page are not defined yet (their content will render later). */
export function componentsPending(view: PageView, isOwn: (node: Node) => boolean = () => false): boolean {
  try {
    return view.roots.some((root) => [...root.querySelectorAll(':not(:defined)')].some((element) => !isOwn(element)));
  } catch {
    return false;
  }
}

/**
 * Whether the page may still render something no mutation observer reports: a custom element
 * not defined yet, or one without an open shadow root (it may attach one later, or holds a
 * closed one). A page of plain elements reports every change to the guide's observers.
 */
export function mayRenderUnseen(view: PageView, isOwn: (node: Node) => boolean = () => false): boolean {
  if (componentsPending(view, isOwn)) return true;
  for (const root of view.roots) {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.includes('-') && element.shadowRoot === null && !isOwn(element)) return true;
    }
  }
  return false;
}
