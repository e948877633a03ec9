/**
 * The **fingerprint** of the element a person chose while teaching the guide, and finding it
 * again.
 *
 * Design note (2026-12, issue 10): like the flows' targets (lib/guide/target.ts) the element is
 * described by several properties — tag, role, accessible name, id, attribute tokens (classes,
 * the link's path with digits masked, `type`, `data-*`), its own text — and every control on the
 * page is scored against all of them, so one renamed class or reworded label does not lose it.
 * Nothing personal goes in: a name or text is kept only when it is a short label without digits,
 * attribute values only as short word tokens. A wrong target is worse than none: the best control
 * must score `FINGERPRINT_ACCEPT` and lead the next other control by `LEAD`; two alike mean none.
 */
import { accessibleName, roleOf } from '../guide/a11y';
import { containsAcross, isDisabled, isShown, type PageView } from '../guide/dom';
import { maskPath } from '../guide/report';
import { CANDIDATES, LEAD } from '../guide/target';
import { nameSimilarity, normaliseText } from '../guide/text';
import { type ElementFingerprint, LIMITS } from './model';

/** Minimum score of a control found by fingerprint. */
export const FINGERPRINT_ACCEPT = 0.75;

/** A text kept only when it is a short label: no digits, no e-mail, a few words. */
export function labelOnly(text: string): string | undefined {
  const t = normaliseText(text);
  if (t === '' || t.length > LIMITS.label || /\d|@/.test(t) || t.split(' ').length > 8) return undefined;
  return t;
}

const WORD = /^[a-z][a-z_-]{0,39}$/i;

function attributeTokens(view: PageView, element: Element): string[] {
  const out = new Set<string>();
  for (const name of (element.getAttribute('class') ?? '').split(/\s+/)) {
    if (WORD.test(name) && out.size < 12) out.add(`class:${name.toLowerCase()}`);
  }
  for (const attribute of element.getAttributeNames()) {
    const value = element.getAttribute(attribute) ?? '';
    if (attribute === 'href') {
      try {
        const url = new URL(value, view.url);
        out.add(`href:${url.host === view.url.host ? '' : url.host.replace(/\d/g, '#')}${maskPath(url.pathname)}`);
      } catch {
        // not a URL: nothing kept
      }
    } else if (attribute === 'type' || attribute === 'is' || attribute === 'name' || attribute.startsWith('data-')) {
      if (attribute.startsWith('data-loketgids')) continue;
      out.add(`${attribute}:${WORD.test(value) ? value.toLowerCase() : ''}`);
    }
  }
  return [...out].map((token) => token.slice(0, LIMITS.token)).slice(0, LIMITS.attrs);
}

/**
 * Describe an element without its personal content.
 *
 * @example
 * fingerprintOf(view, link) // → { tag: 'a', role: 'link', name: 'gebruiker verbinden', attrs: ['class:button', 'href:/koppel/stap-#'] }
 */
export function fingerprintOf(view: PageView, element: Element): ElementFingerprint {
  const id = element.getAttribute('id') ?? '';
  const fingerprint: ElementFingerprint = {
    tag: element.localName.slice(0, 40),
    attrs: attributeTokens(view, element),
  };
  const role = roleOf(element);
  if (role) fingerprint.role = role;
  const name = labelOnly(accessibleName(view, element));
  if (name) fingerprint.name = name;
  if (id !== '' && !/\d/.test(id) && id.length <= LIMITS.token) fingerprint.id = id;
  const text = labelOnly(view.textOf(element));
  if (text) fingerprint.text = text;
  return fingerprint;
}

function share(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  const shared = b.filter((item) => set.has(item)).length;
  return shared / (a.length + b.length - shared);
}

/**
 * How well an element fits a fingerprint, 0..1. Some name, id or attribute must agree: a tag
 * and a role alone never make a match.
 */
export function fingerprintScore(view: PageView, fingerprint: ElementFingerprint, element: Element): number {
  const now = fingerprintOf(view, element);
  const parts: [number, number][] = [
    [now.tag === fingerprint.tag ? 1 : 0, 1],
    [now.role === fingerprint.role ? 1 : 0, 1],
  ];
  const identity: number[] = [];
  if (fingerprint.name !== undefined) {
    const value = now.name === undefined ? 0 : nameSimilarity(now.name, fingerprint.name);
    parts.push([value, 3]);
    identity.push(value);
  }
  if (fingerprint.id !== undefined) {
    const value = now.id === fingerprint.id ? 1 : 0;
    parts.push([value, 2]);
    identity.push(value);
  }
  if (fingerprint.attrs.length > 0) {
    const value = share(fingerprint.attrs, now.attrs);
    parts.push([value, 2]);
    identity.push(value);
  }
  if (fingerprint.text !== undefined) {
    parts.push([now.text === undefined ? 0 : nameSimilarity(now.text, fingerprint.text), 1]);
  }
  if (Math.max(0, ...identity) < 0.5) return 0;
  return weightedMean(parts);
}

/** The mean of [value, weight] pairs, by weight (0 for none). */
export function weightedMean(parts: readonly (readonly [number, number])[]): number {
  let total = 0;
  let got = 0;
  for (const [value, weight] of parts) {
    total += weight;
    got += value * weight;
  }
  return total === 0 ? 0 : got / total;
}

export type FingerprintResult =
  | { kind: 'found'; element: Element; score: number }
  | { kind: 'ambiguous'; score: number }
  | { kind: 'none' };

/**
 * The one control on the page that fits a fingerprint, or `ambiguous` (two fit alike: mark
 * nothing), or `none`.
 *
 * @example
 * const found = findByFingerprint(view, correction.element);
 * if (found.kind === 'found') mark(found.element);
 */
export function findByFingerprint(view: PageView, fingerprint: ElementFingerprint): FingerprintResult {
  const scored: { element: Element; score: number }[] = [];
  for (const element of view.queryAll(CANDIDATES)) {
    if (!isShown(element) || isDisabled(element)) continue;
    const score = fingerprintScore(view, fingerprint, element);
    if (score > 0) scored.push({ element, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < FINGERPRINT_ACCEPT) return { kind: 'none' };
  const other = scored.find(
    (c) => !containsAcross(c.element, best.element) && !containsAcross(best.element, c.element),
  );
  if (other && best.score - other.score < LEAD) return { kind: 'ambiguous', score: best.score };
  return { kind: 'found', element: best.element, score: best.score };
}
