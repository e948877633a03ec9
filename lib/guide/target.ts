/**
 * Finding the element a step points at, with fallbacks (STYLE.md "site knowledge as small data"):
 * role + accessible name → label text → visible text → dated CSS selectors. The first strategy
 * that finds something wins, so a portal that renames a CSS class still gets a ring around the
 * right button, and one that rewords a button still has a selector to fall back on.
 */
import { byRole, labelTextOf } from './a11y';
import { isShown, type PageView } from './dom';
import type { Target } from './schema';
import { fillPlaceholders, normaliseText } from './text';

export type TargetVars = Readonly<Record<string, string | undefined>>;

export interface FoundTarget {
  element: Element;
  /** Which fallback found it, for tests and for the dated-selector bookkeeping. */
  via: 'role' | 'label' | 'text' | 'selector';
}

const FIELDS =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea, [role="textbox"], [role="combobox"]';

const CLICKABLE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="tab"], [role="option"], [role="radio"], [role="checkbox"], [tabindex]';

function childrenOf(element: Element | Document | ShadowRoot): Element[] {
  const own = Array.from(element.children);
  const shadow = 'shadowRoot' in element && element.shadowRoot ? Array.from(element.shadowRoot.children) : [];
  return [...shadow, ...own];
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

/**
 * The deepest shown elements whose visible text contains `text`, in document order.
 *
 * @example
 * elementsWithText(view, 'Een onderneming of organisatie')[0]
 */
export function elementsWithText(view: PageView, text: string): Element[] {
  const needle = normaliseText(text);
  if (!needle || !view.text.includes(needle)) return [];
  const found: Element[] = [];
  const visit = (element: Element) => {
    const inside = childrenOf(element).filter((child) => isShown(child) && view.textOf(child).includes(needle));
    if (inside.length === 0) found.push(element);
    else for (const child of inside) visit(child);
  };
  const body = view.doc.body ?? view.doc.documentElement;
  if (body && view.textOf(body).includes(needle)) visit(body);
  return found;
}

function clickableAround(element: Element): Element {
  for (let node: Element | undefined = element, hops = 0; node && hops < 6; node = parentAcross(node), hops++) {
    if (node.matches(CLICKABLE)) return node;
    if (node.tagName === 'BODY') break;
  }
  return element;
}

function byLabel(view: PageView, label: string): Element[] {
  const wanted = normaliseText(label);
  return view
    .queryAll(FIELDS)
    .filter(isShown)
    .filter((field) => {
      const text = labelTextOf(view, field) || normaliseText(field.getAttribute('aria-label') ?? '');
      return text === wanted || text.includes(wanted);
    });
}

function bySelectors(view: PageView, target: Target): Element[] {
  for (const { css } of target.selectors) {
    const found = view.queryAll(css).filter(isShown);
    if (found.length > 0) return found;
  }
  return [];
}

/** Of the candidates, the one that shares the smallest container with an element showing `near`. */
function nearest(view: PageView, candidates: Element[], near: string): Element | undefined {
  const anchors = elementsWithText(view, near);
  let best: { element: Element; depth: number } | undefined;
  for (const anchor of anchors) {
    let depth = 0;
    for (let container: Element | undefined = anchor; container; container = parentAcross(container), depth++) {
      const hit = candidates.find((c) => containsAcross(container as Element, c));
      if (hit) {
        if (!best || depth < best.depth) best = { element: hit, depth };
        break;
      }
    }
  }
  return best?.element;
}

/**
 * The target element on the page, or undefined. Texts may hold `{placeholders}` from `vars`; a
 * strategy whose text has an unknown placeholder is skipped.
 *
 * @example
 * findTarget(view, page.targets['organisatie-tegel'], { ownOrganisation: 'SD WORX' })?.element
 */
export function findTarget(view: PageView, target: Target, vars: TargetVars = {}): FoundTarget | undefined {
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillPlaceholders(text, vars));
  const near = target.near === undefined ? undefined : fill(target.near);
  if (target.near !== undefined && near === undefined) return undefined;
  const pick = (found: Element[]): Element | undefined => {
    if (found.length === 0) return undefined;
    return near === undefined ? found[0] : nearest(view, found, near);
  };
  const name = fill(target.name);
  if (target.role && (target.name === undefined || name !== undefined)) {
    const element = pick(byRole(view, target.role, name));
    if (element) return { element, via: 'role' };
  }
  const label = fill(target.label);
  if (label !== undefined) {
    const element = pick(byLabel(view, label));
    if (element) return { element, via: 'label' };
  }
  const text = fill(target.text);
  if (text !== undefined) {
    const element = pick(elementsWithText(view, text).map(clickableAround));
    if (element) return { element, via: 'text' };
  }
  const element = pick(bySelectors(view, target));
  if (element) return { element, via: 'selector' };
  return undefined;
}
