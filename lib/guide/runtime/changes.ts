/**
 * Which changes of the page can matter to the guide, so that a page that keeps changing (a
 * counter, a clock, a session countdown) does not make it detect again and again.
 *
 * Design note (2026-12, issue "as light as a tour library"; measured on a 5,000-node page whose
 * one cell's number changes 100×/s, test/bench/peers.bench.ts): even coalesced and held to their
 * budget (lib/guide/schedule.ts), detections set off by such a page cost the most of the guide's
 * main-thread time there — and each moved the card's placement too. A mutation record is let go
 * only when every one of these holds, each a cheap test on the record itself (never a walk of the
 * page; the ancestors only, as `closest` does):
 * - it changes text only: a text node's data, or text nodes added and removed (no element comes
 *   or goes, no attribute changes);
 * - the text before and after is a number (digits and punctuation, no letter): words count for
 *   recognition wherever they stand (phrases, typos, loose word windows), numbers do not;
 * - none of its numbers is one this portal's screens name (the "2" of "Stap 2 van 3", in
 *   signals and target texts), and it holds fewer than nine digits (not a KBO number, a
 *   rijksregisternummer or a ticket number, which the checks look for anywhere);
 * - it is not in or around the marked target, and not inside anything the guide reads by its
 *   place: a heading or title, a label, a control, a message, the current item of a step list,
 *   the page's header, navigation or footer, or a component (a custom element or a shadow host:
 *   its text may be shown elsewhere, through its slots).
 * A page state added later with a number in its wording is covered by the second rule, because
 * the numbers are read from the states given to the guide.
 */
import { isOwnHost } from '../dom';
import type { Recognisable } from '../recognise';
import type { PageState } from '../schema';

/** Where text is read by its place (lib/guide/recognise.ts headings, lib/guide/checks.ts topKbo, a11y roles). */
const READ_IN_PLACE = [
  'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title"], [data-vl-title], legend, caption, label',
  'a, button, summary, select, option, input, textarea, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"]',
  '[role="status"], [role="alert"], [aria-live], [class*="alert"], [class*="message"], [class*="notice"], [class*="success"]',
  '[aria-current], header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"], [class*="header"], [class*="top"], [class*="functional"]',
].join(', ');

/** Digits, and what writes numbers, times and dates — no letter. */
const NUMBER_ONLY = /^[\d\s.,:;/%+\-–()]*$/;

/** A screen as the filter reads it: its signals, and its targets where the script has them. */
export type ChangeScreen = Recognisable & Partial<Pick<PageState, 'targets'>>;

/** One of the extension's own hosts going into (or out of) the page: no change of the page's own. */
export function ownInsertion(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => isOwnHost(node));
}

/**
 * What the guide observes of a page (the runtime's watch and the content script's recogniser,
 * lib/overlay/boot.ts): structure and text, the text before a change (a number that stays a number
 * is let go, below), and only the attributes readPage, recognition and the targets read — hidden
 * and shown (`hidden`, inline `style`, a dialog's `open`), `class` (titles, headers, messages),
 * `disabled`, a button's `value`.
 */
export const PAGE_CHANGES: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: ['hidden', 'style', 'class', 'open', 'disabled', 'value'],
};

export interface ChangeFilter {
  /** Whether this record may change what the guide reads (false: it can be let go). */
  mayMatter(record: MutationRecord, target: Element | undefined): boolean;
}

/**
 * @example
 * const changes = createChangeFilter(portalPages);
 * new MutationObserver((records) => records.some((r) => changes.mayMatter(r, marked)) && schedule());
 */
export function createChangeFilter(pages: readonly ChangeScreen[]): ChangeFilter {
  // Read from the screens at the first number that changes, not on every page load.
  let named: Set<string> | undefined;

  /** A number nobody looks for: no letter, no number the screens name, not a long identifier. */
  function plainNumber(text: string): boolean {
    if (!NUMBER_ONLY.test(text)) return false;
    named ??= namedNumbers(pages);
    let digits = 0;
    for (const run of text.match(/\d+/g) ?? []) {
      if (named.has(run.replace(/^0+(?=\d)/, ''))) return false;
      digits += run.length;
    }
    return digits < 9;
  }

  function textOnly(record: MutationRecord): boolean {
    if (record.type === 'characterData') {
      return plainNumber(record.oldValue ?? '') && plainNumber((record.target as CharacterData).data);
    }
    if (record.type !== 'childList') return false;
    for (const list of [record.addedNodes, record.removedNodes]) {
      for (const node of list) {
        if (node.nodeType === 8) continue;
        if (node.nodeType !== 3 || !plainNumber((node as Text).data)) return false;
      }
    }
    return true;
  }

  /** In or around the target, or inside something read in place, or inside a component. */
  function readInPlace(element: Element, target: Element | undefined): boolean {
    if (target && (target.contains(element) || element.contains(target))) return true;
    if (element.closest(READ_IN_PLACE)) return true;
    for (let up: Element | null = element; up; up = up.parentElement) {
      if (up.shadowRoot || up.localName.includes('-')) return true;
    }
    // Inside a shadow root: its host is a component.
    return element.getRootNode().nodeType === 11;
  }

  return {
    mayMatter(record, target) {
      if (ownInsertion(record)) return false;
      if (!textOnly(record)) return true;
      const node = record.target;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return element === null || readInPlace(element, target);
    },
  };
}

/** The numbers this portal's screens name in their signals and target texts, without leading zeros. */
function namedNumbers(pages: readonly ChangeScreen[]): Set<string> {
  const texts: string[] = [];
  for (const page of pages) {
    for (const signal of page.recognise.signals) {
      if (signal.kind === 'text') texts.push(...signal.any);
      else if (signal.kind === 'role') texts.push(...(signal.names ?? []));
      else if (signal.kind === 'pattern' && signal.arg !== undefined) texts.push(String(signal.arg));
    }
    for (const target of Object.values(page.targets ?? {})) {
      const near = target.near === undefined ? [] : Array.isArray(target.near) ? target.near : [target.near];
      texts.push(
        ...(target.names ?? []),
        ...(target.labels ?? []),
        target.text ?? '',
        ...near,
        ...(target.context ?? []),
      );
    }
  }
  const out = new Set<string>();
  for (const text of texts) for (const run of text.match(/\d+/g) ?? []) out.add(run.replace(/^0+(?=\d)/, ''));
  return out;
}
