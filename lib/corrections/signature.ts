/**
 * A page's evidence **signature**, and how alike two are.
 *
 * Design note (2026-12, issue 10): a correction must recognise *this* screen again — also when
 * its wording no longer matches our phrases — and never another one. The signature keeps what
 * the page shows of its structure, not its content: the URL path with digits masked, the page
 * language, which of *our own* known phrases, roles and patterns matched (every signal of every
 * page state of the portal: the set differs from screen to screen even when a few phrases
 * changed), the element ids (digits masked) and the headings as shapes (tag and word lengths).
 * No names, no numbers, no field values: the same rules as the "Klopt dit niet?" report
 * (lib/guide/report.ts), whose helpers it reuses.
 *
 * Two signatures match only on the same path; then by a weighted overlap of the rest. A
 * correction fires at `SIGNATURE_MATCH` or above.
 */
import type { PageView } from '../guide/dom';
import { signalValue } from '../guide/recognise';
import { headingShapes, maskPath } from '../guide/report';
import type { PageState, Signal } from '../guide/schema';
import { normaliseText } from '../guide/text';
import { weightedMean } from './fingerprint';
import { LIMITS, type PageSignature } from './model';

/** How alike a page must be to a correction's signature for the correction to count. */
export const SIGNATURE_MATCH = 0.8;

const cut = (text: string) => text.slice(0, LIMITS.token);

function signalKey(signal: Signal): string | undefined {
  switch (signal.kind) {
    case 'text':
      return `text:${normaliseText(signal.any[0] ?? '')}`;
    case 'role':
      return `role:${signal.roles.join('/')}${signal.names ? `:${normaliseText(signal.names[0] ?? '')}` : ''}`;
    case 'pattern':
      return `pattern:${signal.pattern}${signal.arg ?? ''}`;
    default:
      return undefined;
  }
}

/**
 * The signature of a page, against a portal's page states.
 *
 * @example
 * pageSignature(readPage(document), GB_GUIDE.pages)
 * // → { path: '/beheer', lang: 'nl', phrases: ['role:link/button:ken gebruikersrecht toe', …], ids: ['main'], headings: ['h1: 3 7'] }
 */
export function pageSignature(view: PageView, pages: readonly PageState[]): PageSignature {
  const phrases = new Set<string>();
  for (const page of pages) {
    for (const signal of page.recognise.signals) {
      const key = signalKey(signal);
      if (key === undefined || phrases.has(key)) continue;
      if (signalValue(view, signal) >= (signal.kind === 'pattern' ? 0.5 : 0.8)) phrases.add(cut(key));
    }
  }
  const ids = new Set<string>();
  for (const element of view.queryAll('[id]')) {
    const id = element.getAttribute('id') ?? '';
    if (id !== '' && id.length <= 60) ids.add(id.replace(/\d/g, '#'));
  }
  return {
    path: maskPath(view.url.pathname),
    lang: (view.doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().slice(0, 10),
    phrases: [...phrases].sort().slice(0, LIMITS.phrases),
    ids: [...ids].sort().slice(0, LIMITS.ids),
    headings: headingShapes(view).map(cut).slice(0, LIMITS.headings),
  };
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  // As multisets: two headings of the same shape count twice.
  const counts = new Map<string, number>();
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of b) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(item, left - 1);
    }
  }
  return shared / (a.length + b.length - shared);
}

/**
 * How alike two signatures are, 0..1: 0 on another path, else the weighted overlap of the known
 * phrases (3), the heading shapes (2), the ids (1.5) and the language (0.5).
 *
 * @example
 * signatureMatch(correction.signature, pageSignature(view, pages)) >= SIGNATURE_MATCH
 */
export function signatureMatch(taught: PageSignature, now: PageSignature): number {
  if (taught.path !== now.path) return 0;
  const parts: [number, number][] = [
    [overlap(taught.phrases, now.phrases), 3],
    [overlap(taught.headings, now.headings), 2],
    [overlap(taught.ids, now.ids), 1.5],
    [taught.lang === now.lang ? 1 : 0, 0.5],
  ];
  return weightedMean(parts);
}
