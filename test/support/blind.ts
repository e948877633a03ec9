/**
 * Which replica variants were written blind AFTER their portal's detectors existed, and the answer
 * key some of them carry.
 *
 * - `sz vl`, `sz lit`, `wpd lit`, `wpd drift` (2026-12-01): written from the seeds and DOMAIN.md by
 *   authors who had not seen the detectors; some of their failures were fixed since (by mechanism).
 * - `other` on every portal (2026-12-02): written the same way, with an answer key: the element a
 *   user must act on carries `data-answer="<target key>"` (on the inner control of a component
 *   and on its host). The guide never reads that attribute; the tests compare its marks with it.
 * - `next` on every portal (2026-12-02, later that day): a second such round by other authors,
 *   harder on purpose (task words in help boxes and steppers, look-alike controls, dialogs).
 *
 * On these pages the guide may be unsure (it then names the likeliest screens and marks nothing)
 * and may miss a target (the card then says what to look for), but it must never be wrong.
 */
import type { Variant } from '../../lib/practice/catalog';

const BLIND_AFTER = new Set(['sz vl', 'sz lit', 'wpd lit', 'wpd drift']);

/** The variants written blind with an answer key. */
export const KEYED_VARIANTS: readonly Variant[] = ['other', 'next'];

export function isBlindAfter(pageId: string, variant: Variant | string): boolean {
  return (
    (KEYED_VARIANTS as readonly string[]).includes(variant) || BLIND_AFTER.has(`${pageId.split('.')[0]} ${variant}`)
  );
}

export const ANSWER = 'data-answer';

/** The elements a page's author marked for a target key, in the document and its open shadow roots. */
export function answers(doc: Document, key: string): Element[] {
  const out: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if ((el.getAttribute(ANSWER) ?? '').split(/\s+/).includes(key)) out.push(el);
    }
  }
  return out;
}

/** Every key the page's author marked. */
export function keysOf(doc: Document): string[] {
  const keys = new Set<string>();
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const k of (el.getAttribute(ANSWER) ?? '').split(/\s+/)) if (k) keys.add(k);
    }
  }
  return [...keys];
}

/** The element, its ancestors across shadow boundaries included. */
export function composedAncestors(el: Element): Element[] {
  const out: Element[] = [];
  let at: Node | null = el;
  while (at) {
    if (at.nodeType === 1) out.push(at as Element);
    const parent: Node | null = at.parentNode;
    at = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return out;
}

/**
 * Is `found` the control the author marked for `key`? It is when it is a marked element, or sits
 * inside one (a card that is one link, a component host whose inner button was found), or is the
 * only interactive wrapper of one (a label around the marked input).
 */
export function isAnswer(doc: Document, key: string, found: Element): boolean {
  const marked = answers(doc, key);
  if (marked.length === 0) return false;
  const up = composedAncestors(found);
  if (marked.some((m) => up.includes(m))) return true;
  return marked.some((m) => composedAncestors(m).includes(found) && found.tagName === 'LABEL');
}
