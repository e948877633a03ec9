/**
 * Finding the element a step points at by fingerprint.
 *
 * Design note (2026-12; after Similo and VON Similo, Nass et al.): a target is described by
 * several properties (roles, accessible names, label, visible text, the text of the container it
 * must be in, words of its section, dated CSS selectors), and every candidate element on the page
 * is scored by weighted similarity on all of them, so no single property has to survive a redesign.
 * The best candidate is accepted only above `ACCEPT` and with a lead of `LEAD` over the runner-up
 * that is not the same control (a custom element and the button inside its shadow root are one
 * control). A wrong target is worse than none: when two controls look alike, nothing is marked
 * and the card says what to look for. A CSS selector alone never makes a target, and neither does
 * a role alone: some name, label or text has to match.
 */
import { accessibleName, labelTextOf, type Role, roleOf } from './a11y';
import { containsAcross, inChrome, isDisabled, isShownIn, type PageView, parentAcross } from './dom';

export { containsAcross, parentAcross } from './dom';

import type { Target } from './schema';
import { fillPlaceholders, findPhrase, nameEvidence, nameSimilarity, normaliseText } from './text';

export type TargetVars = Readonly<Record<string, string | undefined>>;

/** What finding a target reads of it: not the card's words (`lookFor`), nor the selectors' notes. */
export type Fingerprint = Omit<Target, 'lookFor' | 'selectors'> & { selectors: readonly { css: string }[] };

export interface Candidate {
  element: Element;
  score: number;
  /** Per property, how well it matched (0..1), for tests and the redacted report. */
  parts: Record<string, number>;
}

export interface FoundTarget {
  element: Element;
  score: number;
  /** The best other control, if any (for the margin and for tests). */
  runnerUp?: Candidate;
}

/** The attribute the target carries while its step is shown: `data-loketgids-target="<step id>"`. */
export const TARGET_ATTRIBUTE = 'data-loketgids-target';

/** Minimum score of an accepted target. */
export const ACCEPT = 0.6;
/** Minimum lead over the runner-up. */
export const LEAD = 0.12;

const WEIGHTS = { role: 1.5, name: 3, label: 3, text: 2, context: 1, selector: 1 } as const;

export const CANDIDATES =
  'a[href], button, input:not([type="hidden"]), select, option, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="option"], [role="radio"], [role="checkbox"], [role="textbox"], [role="combobox"], [tabindex]:not([tabindex="-1"])';

/** Roles that stand in for one another on the portals (a link styled as a button). */
function roleFit(wanted: readonly Role[], role: Role | undefined): number {
  if (!role) return 0;
  if (role === wanted[0]) return 1;
  if (wanted.includes(role)) return 0.85;
  const clickable = (r: Role) => r === 'button' || r === 'link' || r === 'tab' || r === 'option';
  if (clickable(role) && wanted.some(clickable)) return 0.6;
  const choice = (r: Role) => r === 'radio' || r === 'checkbox' || r === 'option';
  if (choice(role) && wanted.some(choice)) return 0.6;
  return 0;
}

/** The element's role, or that of the custom element hosting it, for a control inside a shadow root. */
function roleAround(element: Element): Role | undefined {
  return roleOf(element) ?? (element.hasAttribute('tabindex') ? 'button' : undefined);
}

const isField = (element: Element) => /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName) || element.hasAttribute('role');

/** Label-like texts of a field: its labels, aria-label, placeholder, and its host's `data-vl-label`. */
function labelOf(view: PageView, element: Element): string {
  const root = element.getRootNode();
  const host = root.nodeType === 11 ? (root as ShadowRoot).host : undefined;
  const hostLabel = host ? normaliseText(host.getAttribute('data-vl-label') ?? host.getAttribute('label') ?? '') : '';
  const hostLabels = host ? labelTextOf(view, host) : '';
  return [
    labelTextOf(view, element),
    accessibleName(view, element),
    normaliseText(element.getAttribute('aria-label') ?? ''),
    normaliseText(element.getAttribute('placeholder') ?? ''),
    hostLabel,
    hostLabels,
  ]
    .filter(Boolean)
    .join(' | ');
}

/** The nearest container (up to six levels) that holds a heading or a legend. */
function contextContainer(element: Element): Element | undefined {
  let node = parentAcross(element);
  for (let hops = 0; node && hops < 6; node = parentAcross(node), hops++) {
    if (node.querySelector('h1, h2, h3, h4, h5, h6, legend, [role="heading"], [class*="title"]')) return node;
  }
  return undefined;
}

/** The header cells of a table cell a control sits in: its column's and its row's (normalised). */
function tableHeaders(view: PageView, element: Element): string {
  const cell = element.closest('td, th') ?? parentAcross(element)?.closest('td, th');
  const row = cell?.parentElement;
  const table = cell?.closest('table');
  if (!cell || !row || !table) return '';
  const cellsOf = (tr: Element) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  const column = head && head !== row ? cellsOf(head)[cellsOf(row).indexOf(cell)] : undefined;
  const rowHead = cellsOf(row).find((c) => c.tagName === 'TH');
  return [column, rowHead !== cell ? rowHead : undefined]
    .filter((c): c is Element => c?.tagName === 'TH')
    .map((c) => view.textOf(c))
    .join(' | ');
}

/**
 * How well a candidate sits in its `context` ("de verantwoordelijke", "lokale beheerder"): 1 where
 * its own label, name or table header cells say so; else 1 where the nearest container with a
 * heading says so and holds no rival candidate; else 0. A container that holds both fields of a
 * two-column table ("Lokale beheerder" | "Verantwoordelijke") says nothing about either (a page
 * written blind, 2026-12-03).
 */
function contextValue(
  view: PageView,
  element: Element,
  context: readonly string[],
  rivals: readonly Element[],
): number {
  const own = `${labelOf(view, element)} | ${tableHeaders(view, element)}`;
  if (context.some((c) => findPhrase(own, c))) return 1;
  const container = contextContainer(element);
  if (!container || rivals.some((r) => r !== element && !sameControl(r, element) && containsAcross(container, r)))
    return 0;
  const around = view.textOf(container);
  return context.some((c) => findPhrase(around, c)) ? 1 : 0;
}

function bestSimilarity(value: string, wanted: readonly string[]): number {
  let best = 0;
  for (const w of wanted) best = Math.max(best, nameSimilarity(value, w));
  return best;
}

/** For a label text holding several labels ("a | b"), the best similarity of any of them. */
function labelSimilarity(value: string, wanted: readonly string[]): number {
  let best = 0;
  for (const part of value.split(' | ')) best = Math.max(best, bestSimilarity(part, wanted));
  return best;
}

/**
 * Whether a candidate sits with the `near` text in a container of its own: climbing from the
 * candidate, the first ancestor whose text holds `near` (exactly, with typos or loosely: a table
 * may put "Vlaams opleidingsverlof" in a group row above "Terugbetalingsaanvraag") must not also
 * hold another candidate of the same kind — else the text belongs to a larger whole (the page,
 * the table) and says nothing about this one.
 */
function nearBy(view: PageView, element: Element, near: readonly string[], rivals: readonly Element[]): boolean {
  let node = parentAcross(element);
  for (let hops = 0; node && hops < 8; node = parentAcross(node), hops++) {
    if (tooBig(view, node) && node.matches('body, main, [role="main"]')) return false;
    const container = node;
    const others = rivals.some((r) => r !== element && !sameControl(r, element) && containsAcross(container, r));
    const text = view.textOf(container);
    if (near.some((phrase) => findPhrase(text, phrase))) return !others;
    if (others) return false;
  }
  return false;
}

/** The control a person clicks for a candidate: the element itself, or the one control inside a component's shadow root. */
function control(element: Element): Element {
  // An option is picked in its list: the list is what a person uses.
  if (element.tagName === 'OPTION') return element.closest('select') ?? element;
  const inner = element.shadowRoot?.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea');
  if (inner && inner.length === 1 && inner[0]) return inner[0];
  return element;
}

/**
 * Whether two candidates are the same control: one inside the other (a host and its inner
 * button), or two links to the same place with the same name (a menu item and a button).
 */
function sameControl(a: Element, b: Element, view?: PageView): boolean {
  if (containsAcross(a, b) || containsAcross(b, a)) return true;
  const href = a.getAttribute('href');
  return (
    view !== undefined &&
    href !== null &&
    href !== '' &&
    !href.startsWith('#') &&
    href === b.getAttribute('href') &&
    accessibleName(view, a) === accessibleName(view, b)
  );
}

/**
 * Whether the browser renders the element at all (a stylesheet may hide what no attribute does:
 * a closed menu, a template kept in the page). Where the DOM cannot tell (tests), it counts.
 */
function rendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(element, { visibilityProperty: true });
}

/** Of two equal candidates, the one in the page's content before one in its header or menus. */
function contentFirst(a: Element, b: Element): number {
  return Number(inChrome(a)) - Number(inChrome(b));
}

function tooBig(view: PageView, element: Element): boolean {
  if (element === view.doc.body || element === view.doc.documentElement) return true;
  if (element.matches('main, header, footer, nav, form, section, article, [role="main"]')) return true;
  // A control holding many others is a wrapper, not what a person clicks.
  return view.textOf(element).length > 300;
}

/**
 * Every candidate scored against a target's fingerprint, best first.
 *
 * @example
 * scoreCandidates(view, page.targets.doorgaan)[0].element // → the "Doorgaan" button
 */
export function scoreCandidates(view: PageView, target: Fingerprint, vars: TargetVars = {}): Candidate[] {
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillPlaceholders(text, vars));
  const names = target.names
    ?.map(fill)
    .filter((n): n is string => n !== undefined)
    .map(normaliseText);
  const labels = target.labels
    ?.map(fill)
    .filter((n): n is string => n !== undefined)
    .map(normaliseText);
  const text = fill(target.text);
  const nearAll =
    target.near === undefined ? undefined : (Array.isArray(target.near) ? target.near : [target.near]).map(fill);
  const near = nearAll?.filter((n): n is string => n !== undefined);
  // A placeholder without a value (no service chosen, no own organisation set): nothing to find.
  if (near !== undefined && near.length === 0) return [];
  if (target.text !== undefined && text === undefined && !names?.length && !labels?.length) return [];
  const textNorm = text === undefined ? undefined : normaliseText(text);
  const context = target.context?.map(normaliseText);
  const nearText = near?.map(normaliseText);
  const selected = new Set<Element>();
  for (const { css } of target.selectors) for (const el of view.queryAll(css)) selected.add(el);

  // Every control of the page (links, buttons, fields, anything focusable): tiles are links or
  // buttons too, so a tile's text is scored on the control itself.
  const pool = view.queryAll(CANDIDATES);
  const seen = new Set<Element>();
  const out: Candidate[] = [];
  for (const raw of pool) {
    // Score what carries the words (an option, a host's inner button); mark what a person uses.
    const element = raw.tagName === 'OPTION' ? raw : control(raw);
    if (seen.has(element)) continue;
    seen.add(element);
    const parts: Record<string, number> = {};
    // Identity first (cheap, and most candidates fail it): some name, label or text must match;
    // role and selector alone never make a target.
    const name = accessibleName(view, element);
    if (names?.length) parts.name = bestSimilarity(name, names);
    if (labels?.length && isField(element)) {
      const label = labelOf(view, element);
      // A field's label often says more than the words we know ("KBO-nummer of naam van de organisatie").
      const holds = Math.max(
        0,
        ...label.split(' | ').flatMap((part) => labels.map((l) => 0.9 * nameEvidence(part, l))),
      );
      parts.label = Math.max(labelSimilarity(label, labels), holds, 0.8 * bestSimilarity(name, labels));
    } else if (labels?.length) {
      parts.label = 0.8 * bestSimilarity(name, labels);
    }
    if (textNorm !== undefined) {
      const own = view.textOf(element);
      parts.text =
        own === textNorm
          ? 1
          : findPhrase(own, textNorm, { loose: false })
            ? 0.5 + 0.4 * (textNorm.length / Math.max(own.length, 1))
            : 0;
    }
    if (Math.max(parts.name ?? 0, parts.label ?? 0, parts.text ?? 0) < 0.5) continue;
    if (!isShownIn(view, element) || !rendered(control(element)) || isDisabled(element) || tooBig(view, element))
      continue;
    if (target.roles) {
      parts.role = roleFit(target.roles, roleAround(element));
      if (parts.role === 0) continue;
    }
    if (selected.size > 0) parts.selector = selected.has(element) || selected.has(raw) ? 1 : 0;
    out.push({ element, score: 0, parts });
  }
  // Context is weighed once every candidate is known: a container it shares with a rival says nothing.
  if (context?.length) {
    const rivals = out.map((c) => c.element);
    for (const c of out) c.parts.context = contextValue(view, c.element, context, rivals);
  }
  for (const c of out) {
    let total = 0;
    let got = 0;
    for (const [key, value] of Object.entries(c.parts)) {
      const w = WEIGHTS[key as keyof typeof WEIGHTS];
      total += w;
      got += w * value;
    }
    c.score = total === 0 ? 0 : got / total;
  }
  // `near`: only candidates that share a container of their own with the text.
  const kept =
    nearText === undefined
      ? out
      : out.filter((c) =>
          nearBy(
            view,
            c.element,
            nearText,
            out.map((o) => o.element),
          ),
        );
  return kept
    .map((c) => ({ ...c, element: control(c.element) }))
    .sort((a, b) => b.score - a.score || contentFirst(a.element, b.element));
}

/**
 * The target element on the page, or undefined when no candidate is good enough or two controls
 * are too alike to tell (a wrong target is worse than none).
 *
 * @example
 * findTarget(view, page.targets['organisatie-tegel'], { ownOrganisation: 'SD WORX' })?.element
 */
export function findTarget(view: PageView, target: Fingerprint, vars: TargetVars = {}): FoundTarget | undefined {
  const candidates = scoreCandidates(view, target, vars);
  const best = candidates[0];
  if (!best || best.score < ACCEPT) return undefined;
  const runnerUp = candidates.find((c) => !sameControl(c.element, best.element, view));
  if (runnerUp && best.score - runnerUp.score < LEAD) return undefined;
  return { element: best.element, score: best.score, runnerUp };
}
