/**
 * Which screen of a portal the page shows, by weighing evidence.
 *
 * Design note (2026-12): a page state is a list of weighted signals (lib/guide/schema.ts): key
 * phrases with their variants, roles with accessible names, structural patterns, URL hints, the
 * page language. A state's score is the weight of what matched over all its positive weight,
 * minus the weight of matched evidence against it; a missing *required* signal rules it out. The
 * page gets the best state only when it passes that state's threshold **and** leads the runner-up
 * by a clear margin; otherwise the guide says it is unsure and names the likeliest screens, and
 * points at nothing. Our replicas are guesses, so only wording the seeds or DOMAIN.md quote may be
 * required; everything else only adds weight.
 */
import { accessibleName, byRole, elementsByRole, nameTexts } from './a11y';
import { type PageView, parentAcross, proseText } from './dom';
import { PATTERNS } from './patterns';
import type { PageState, Signal } from './schema';
import type { Fingerprint } from './target';
import { findPhrase, mayOccurIn, nameEvidence, normaliseText, phrase } from './text';

/** How far the best state must lead the runner-up. */
export const MARGIN = 0.15;
/** Below this fraction of its threshold a state is not even named as a candidate. */
const CANDIDATE_SHARE = 0.6;

/**
 * A signal as the recogniser reads it: the schema's, less what only people read (`source`), and
 * `required` only where it is true — the content script's screens ship so (lib/flows/define.ts).
 */
export type LeanSignal = Signal extends infer S
  ? S extends Signal
    ? Omit<S, 'source' | 'required'> & { required?: boolean }
    : never
  : never;

export interface SignalResult<S extends LeanSignal = Signal> {
  signal: S;
  /** 0..1: how well it matched (a phrase with typos counts 0.8, a role's name by similarity). */
  value: number;
}

/** What recognition reads of a screen: its id and its signals (the content script ships only these). */
export interface Recognisable {
  id: string;
  recognise: { signals: readonly LeanSignal[]; threshold: number; generic?: boolean };
}
/**
 * A screen as the content script carries it (lib/flows/define.ts `recognitionScreens`): what
 * recognition reads, and the step and target to mark at once where every flow agrees on them.
 */
export interface Screen extends Recognisable {
  mark?: { step: string; target: Fingerprint };
}
type SignalOf<P extends Recognisable> = P['recognise']['signals'][number];

export interface StateScore<P extends Recognisable = PageState> {
  page: P;
  score: number;
  /** A required signal did not match: the state is out. */
  ruledOut: boolean;
  results: SignalResult<SignalOf<P>>[];
  /**
   * Not weighed to the end (`verdict`): it could no longer reach a candidate's share of its
   * threshold. `score` is then the most it could still have scored, not its score.
   */
  partial?: true;
}

export type Recognition<P extends Recognisable = PageState> =
  | { kind: 'sure'; page: P; scores: StateScore<P>[] }
  | { kind: 'unsure'; candidates: P[]; scores: StateScore<P>[] }
  | { kind: 'none'; scores: StateScore<P>[] };

const headingTexts = new WeakMap<PageView, string[]>();
const headingEntries = new WeakMap<PageView, { element: Element; text: string }[]>();
const navigationHeadings = new WeakMap<PageView, Set<string>>();

function headings(view: PageView): string[] {
  let found = headingTexts.get(view);
  if (!found) {
    const entries: { element: Element; text: string }[] = [];
    for (const h of byRole(view, 'heading')) entries.push({ element: h, text: view.textOf(h) });
    for (const el of view.queryAll(
      '[class*="title"], [data-vl-title], legend, caption, [role="status"], [role="alert"]',
    ))
      entries.push({
        element: el,
        text:
          view.textOf(el) ||
          normaliseText(`${el.getAttribute('data-vl-title') ?? ''} ${el.getAttribute('data-vl-sub-title') ?? ''}`),
      });
    found = entries.map((e) => e.text);
    found.push(normaliseText(view.doc.title ?? ''));
    found = found.filter((t) => t !== '');
    headingTexts.set(view, found);
    headingEntries.set(view, entries);
  }
  return found;
}

/**
 * The heading texts that are only ever a link's or a button's (a tile's title, a menu entry),
 * worked out only where a heading matched.
 */
function navigationHeadingsOf(view: PageView): Set<string> {
  let navigation = navigationHeadings.get(view);
  if (!navigation) {
    headings(view);
    const own = new Set<string>([normaliseText(view.doc.title ?? '')]);
    navigation = new Set();
    for (const { element, text } of headingEntries.get(view) ?? [])
      if (text !== '') (linkLike(view, element) ? navigation : own).add(text);
    // A text that is also a heading of the page's own counts as that.
    for (const text of own) navigation.delete(text);
    navigationHeadings.set(view, navigation);
  }
  return navigation;
}

const ownHeadingTexts = new WeakMap<PageView, string[]>();
/** The page's headings that are not inside a link, button or menu (a tile's title names another screen). */
function ownHeadings(view: PageView): string[] {
  let found = ownHeadingTexts.get(view);
  if (!found) {
    found = [
      ...byRole(view, 'heading')
        .filter((h) => !linkLike(view, h))
        .map((h) => view.textOf(h)),
      // A component's title attribute is its title; the component's whole text is not.
      ...view
        .queryAll('[data-vl-title]')
        .filter((el) => !linkLike(view, el))
        .map((el) => normaliseText(el.getAttribute('data-vl-title') ?? '')),
      ...view
        .queryAll('legend, caption, [role="status"], [role="alert"]')
        .filter((el) => !linkLike(view, el))
        .map((el) => view.textOf(el)),
      normaliseText(view.doc.title ?? ''),
    ].filter((t) => t !== '');
    ownHeadingTexts.set(view, found);
  }
  return found;
}

/**
 * The page's headings, titles, legends and messages as recognition reads them (normalised), or
 * with `own` only those not inside a link, button or menu; once per view.
 */
export function headingsOf(view: PageView, { own = false } = {}): string[] {
  return own ? ownHeadings(view) : headings(view);
}

const joinedTexts = new WeakMap<readonly string[], string>();
/** A view's list of texts as one, for `mayOccurIn` (the lists are kept per view, so is this). */
function joined(texts: readonly string[]): string {
  let text = joinedTexts.get(texts);
  if (text === undefined) {
    text = texts.join(' ');
    joinedTexts.set(texts, text);
  }
  return text;
}

const NAVIGATION_ROLES = new Set(['link', 'button', 'navigation', 'menu']);
const isNavigation = (node: Element) =>
  node.tagName === 'A' ||
  node.tagName === 'BUTTON' ||
  node.tagName === 'NAV' ||
  NAVIGATION_ROLES.has(node.getAttribute('role') ?? '');

function insideNavigation(element: Element): boolean {
  for (let node = parentAcross(element); node; node = parentAcross(node)) if (isNavigation(node)) return true;
  return false;
}

/**
 * A heading or title that names another screen rather than this one: it is a link or button, sits
 * inside one (or a menu), or holds nothing but one link (`<h2><a>…</a></h2>`, a tile's title).
 */
function linkLike(view: PageView, element: Element): boolean {
  let known = linkLikes.get(view);
  if (!known) {
    known = new WeakMap();
    linkLikes.set(view, known);
  }
  let answer = known.get(element);
  if (answer === undefined) {
    answer = isNavigation(element) || insideNavigation(element) || onlyALink(element);
    known.set(element, answer);
  }
  return answer;
}
const linkLikes = new WeakMap<PageView, WeakMap<Element, boolean>>();

function onlyALink(element: Element): boolean {
  const links = element.querySelectorAll('a[href], button, [role="link"], [role="button"]');
  return links.length === 1 && (links[0]?.textContent ?? '').trim() === (element.textContent ?? '').trim();
}

const proseTexts = new WeakMap<PageView, string>();
function prose(view: PageView): string {
  let text = proseTexts.get(view);
  if (text === undefined) {
    text = proseText(view);
    proseTexts.set(view, text);
  }
  return text;
}

const hitValue = (hit: ReturnType<typeof findPhrase>) =>
  hit === 'exact' ? 1 : hit === 'fuzzy' ? 0.8 : hit === 'loose' ? 0.6 : 0;

const ROW_ACTIONS = 3;
const BREADCRUMB =
  '[aria-label*="kruimel" i], [aria-label*="breadcrumb" i], [aria-label*="ariane" i], [class*="breadcrumb" i], [class*="kruimel" i]';
function roleValue(view: PageView, signal: LeanSignal & { kind: 'role' }): number {
  if (signal.names) {
    // A name no text of the page holds is no element's name (lib/guide/a11y.ts nameTexts).
    const names = nameTexts(view);
    if (!signal.names.some((name) => mayOccurIn(names, phrase(name)))) return 0;
  }
  // A breadcrumb's links name the pages above this one ("Home › Aanvraag › …"), never its own action
  // (a page written blind, 2026-12-03, was taken for the start page by its crumb "Aanvraag").
  const elements = signal.roles.flatMap((role) => elementsByRole(view, role)).filter((el) => !el.closest(BREADCRUMB));
  if (!signal.names) return elements.length > 0 ? 1 : 0;
  const wanted = signal.names.map((name) => phrase(name).text).filter((w) => w !== '');
  const names = elements.map((element) => accessibleName(view, element)).filter((name) => name !== '');
  // The best evidence first, from the cheapest test (lib/guide/text.ts nameEvidence): a name that
  // is a wanted one (1), else one that holds it as whole words (0.85, and nothing but 1 beats
  // that); only then typos and loose words, name by name.
  if (names.some((name) => wanted.includes(name))) return 1;
  // Three or more controls that each add their own words to the same wanted name ("Ken
  // gebruikersrecht toe aan Tom Claes", "… aan An Peeters") are a list's row actions, not the screen's
  // own button (a user list written blind, 2026-12-03): they count less than half.
  const holding = wanted.map((w) => new Set(names.filter((name) => ` ${name} `.includes(` ${w} `))).size);
  if (holding.some((n) => n > 0 && n < ROW_ACTIONS)) return 0.85;
  if (holding.some((n) => n > 0)) return 0.4;
  let best = 0;
  for (const name of names) for (const w of wanted) best = Math.max(best, nameEvidence(name, w));
  return best;
}

/** What a signal asks of a page, without its weight: states that ask the same share the answer. */
function questionOf(signal: Asked): string {
  let key = questions.get(signal);
  if (key === undefined) {
    const { weight, source: _s, ...rest } = signal as LeanSignal & { source?: string };
    delete (rest as { required?: boolean }).required;
    // Text against a state is weighed differently from text for it (see `answer`).
    key = JSON.stringify(rest) + (signal.kind === 'text' && weight < 0 ? '|against' : '');
    questions.set(signal, key);
  }
  return key;
}
const questions = new WeakMap<LeanSignal, string>();
const answers = new WeakMap<PageView, Map<string, number>>();

/** How well one signal matches the page, 0..1 (answered once per page view and question). */
export function signalValue(view: PageView, signal: Asked): number {
  let known = answers.get(view);
  if (!known) {
    known = new Map();
    answers.set(view, known);
  }
  const key = questionOf(signal);
  let value = known.get(key);
  if (value === undefined) {
    value = answer(view, signal);
    known.set(key, value);
  }
  return value;
}

/**
 * A signal as asked of a page for one state: text against the state also carries the state's own
 * longer phrases that hold it (`within`), whose words do not count against it there.
 */
type Asked = LeanSignal & { within?: readonly string[] };
const askedBy = new WeakMap<readonly LeanSignal[], Map<LeanSignal, Asked>>();

/**
 * Evidence against a state does not count where it only stands inside the state's own evidence:
 * "Hernieuwing erkenning" names the renewal screen, but on the dashboard it is part of the
 * dashboard's own task "Beslissen hernieuwing erkenning".
 */
function asked(signals: readonly LeanSignal[], signal: LeanSignal): Asked {
  let map = askedBy.get(signals);
  if (!map) {
    map = new Map();
    const own = signals.flatMap((s) => (s.kind === 'text' && s.weight > 0 ? s.any.map((v) => phrase(v)) : []));
    for (const s of signals) {
      if (s.kind !== 'text' || s.weight >= 0) continue;
      const within = own
        .filter((o) => s.any.some((v) => o.text !== phrase(v).text && o.padded.includes(phrase(v).padded)))
        .map((o) => o.text);
      if (within.length > 0) map.set(s, { ...s, within: [...new Set(within)] });
    }
    askedBy.set(signals, map);
  }
  return map.get(signal) ?? signal;
}

/** `text` with every whole-word occurrence of the `within` phrases cut out. */
function without(text: string, within: readonly string[] | undefined): string {
  if (!within) return text;
  let out = ` ${text} `;
  for (const w of within) {
    const padded = ` ${w} `;
    while (out.includes(padded)) out = out.split(padded).join(' ~ ');
  }
  return out.trim();
}

function answer(view: PageView, signal: Asked): number {
  switch (signal.kind) {
    case 'text': {
      let best = 0;
      const cut = (text: string) => without(text, signal.within);
      // Evidence *against* a state from anywhere on the page: pages name other screens in their
      // menus, links, tabs and breadcrumbs, so a phrase found only there does not count.
      const against = signal.weight < 0 && signal.in === 'page';
      // A heading that *is* the phrase counts fully; one that only mentions it (a news title) half.
      // Against a state, the heading must also be the page's own, not a tile's title inside a link.
      const inHeadings = (p: ReturnType<typeof phrase>) => {
        const list = headingsOf(view, { own: signal.weight < 0 });
        // A phrase none of them holds (asked of them all at once, lib/guide/text.ts mayOccurIn) is in none.
        if (!mayOccurIn(joined(list), p)) return 0;
        // For a state, a heading that is only ever a link's (a tile naming another screen) counts half.
        let best = 0;
        for (const h of list) {
          const hit = hitValue(findPhrase(cut(h), p));
          if (hit === 0) continue;
          const elsewhere = signal.weight > 0 && navigationHeadingsOf(view).has(h);
          best = Math.max(best, hit * (h.length <= p.text.length + 20 ? 1 : 0.5) * (elsewhere ? 0.5 : 1));
        }
        return best;
      };
      for (const variant of signal.any) {
        const p = phrase(variant);
        const value =
          signal.in === 'heading'
            ? inHeadings(p)
            : against
              ? findPhrase(cut(view.text), p) === undefined
                ? 0
                : Math.max(inHeadings(p), hitValue(findPhrase(cut(prose(view)), p)))
              : hitValue(findPhrase(cut(view.text), p));
        best = Math.max(best, value);
        if (best === 1) break;
      }
      return best;
    }
    case 'role':
      return roleValue(view, signal);
    case 'pattern':
      return PATTERNS[signal.pattern](view, signal.arg);
    case 'path':
      return new RegExp(signal.path, 'i').test(view.url.pathname) ? 1 : 0;
    case 'lang': {
      const lang = (view.doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
      return lang.startsWith(signal.lang) ? 1 : 0;
    }
    default:
      return 0;
  }
}

/**
 * Score one page state on a page.
 *
 * @example
 * scoreState(PAGES_BY_ID.get('wse.kbo-prompt'), readPage(document)).score // → 0.92
 */
export function scoreState<P extends Recognisable>(page: P, view: PageView, options: ScoreOptions = {}): StateScore<P> {
  let got = 0;
  const results: SignalResult<SignalOf<P>>[] = [];
  const signals: readonly SignalOf<P>[] = page.recognise.signals;
  const taught = taughtWeight(page.id, options.taught);
  // The most this state could still score, while its signals are weighed: below `floor` it can
  // be no candidate, and the rest need not be asked of the page (a verdict only; not with a
  // person's corrections, which weigh states against each other).
  const floor =
    options.verdict && !options.full && taught.for === 0 && taught.against === 0
      ? page.recognise.threshold * CANDIDATE_SHARE
      : undefined;
  let total = 0;
  for (const signal of signals) if (signal.weight > 0) total += signal.weight;
  // Required evidence first: without it the state is out, and (unless a full report is asked
  // for) the rest need not be weighed — on any page most states fall here, cheaply. A person's
  // correction for this screen stands in for it: the wording it requires may be what changed.
  for (const signal of signals) {
    if (!signal.required) continue;
    const value = signalValue(view, asked(signals, signal));
    results.push({ signal, value });
    if (value === 0 && !options.full && taught.for === 0) return { page, score: 0, ruledOut: true, results };
  }
  let ruledOut = results.some((r) => r.value === 0);
  // Evidence against a state must be clear: a phrase found only with typos or loosely, or a
  // name that merely contains the wanted one, counts half.
  const weighs = (signal: LeanSignal, value: number) =>
    signal.weight * (signal.weight < 0 && value < 1 ? value / 2 : value);
  if (floor !== undefined && total > 0) {
    // Cheapest questions first, while the state can still reach `floor`; the score itself is
    // summed below in the signals' own order, to the last bit as without a verdict.
    let most = total;
    for (const signal of byCost(signals)) {
      if (most / total < floor - 1e-9)
        return { page, score: Math.max(0, most / total), ruledOut, results, partial: true };
      most += weighs(signal, signalValue(view, asked(signals, signal))) - Math.max(0, signal.weight);
    }
  }
  for (const signal of signals) {
    const required = signal.required === true;
    const value = required
      ? (results.find((r) => r.signal === signal)?.value ?? 0)
      : signalValue(view, asked(signals, signal));
    if (!required) results.push({ signal, value });
    if (required && value === 0) ruledOut = true;
    got += weighs(signal, value);
  }
  if (taught.for > 0) ruledOut = false;
  // A correction is strong evidence: three times the state's own weight for it, and as much as
  // the state's own weight against every other state of the page.
  const score =
    ruledOut || total === 0
      ? 0
      : Math.max(
          0,
          (got + TAUGHT_WEIGHT * total * taught.for - total * taught.against) /
            (total * (1 + TAUGHT_WEIGHT * taught.for)),
        );
  return { page, score, ruledOut, results };
}

/** Cheap questions first (the URL, the language, phrases), the page's structure last. */
const COST: Record<LeanSignal['kind'], number> = { path: 0, lang: 0, text: 1, role: 2, pattern: 3 };
const costOrder = new WeakMap<readonly LeanSignal[], LeanSignal[]>();
function byCost<S extends LeanSignal>(signals: readonly S[]): S[] {
  let sorted = costOrder.get(signals);
  if (!sorted) {
    sorted = [...signals].sort((a, b) => (COST[a.kind] ?? 3) - (COST[b.kind] ?? 3));
    costOrder.set(signals, sorted);
  }
  return sorted as S[];
}

/** How much a matching correction weighs, as a multiple of the state's own positive weight. */
const TAUGHT_WEIGHT = 3;

export interface ScoreOptions {
  /** Every signal weighed (the report), not only until a required one is missing. */
  full?: boolean;
  /**
   * Only the verdict (sure, unsure, none) and its states' scores: a state that can no longer
   * reach a candidate's share of its threshold is not weighed to the end (`partial`). The
   * verdict and the candidates are the same as without it, and where it is sure the two best
   * scores too; where it is not, the best may be a state's bound (`partial`), not its score.
   */
  verdict?: boolean;
  /**
   * Corrections a person taught that match this page (lib/corrections): page-state id → how
   * well the page fits the correction's signature, 0..1.
   */
  taught?: ReadonlyMap<string, number>;
}

function taughtWeight(
  pageId: string,
  taught: ReadonlyMap<string, number> | undefined,
): { for: number; against: number } {
  if (!taught || taught.size === 0) return { for: 0, against: 0 };
  let against = 0;
  for (const [id, value] of taught) if (id !== pageId) against = Math.max(against, value);
  return { for: taught.get(pageId) ?? 0, against };
}

/**
 * A recognition made on the screens' signals alone (the content script's) in terms of the full
 * page states; undefined if one of its screens is not among them.
 */
export function withPages<P extends Recognisable>(
  found: Recognition<Recognisable>,
  pages: ReadonlyMap<string, P>,
): Recognition<P> | undefined {
  const scores: StateScore<P>[] = [];
  for (const score of found.scores) {
    const page = pages.get(score.page.id);
    if (!page) return undefined;
    // The screen's signals are the page state's, in the same order, less their sources.
    const signals = score.page.recognise.signals;
    const results = score.results.map(({ signal, value }) => ({
      signal: page.recognise.signals[signals.indexOf(signal)] as SignalOf<P>,
      value,
    }));
    if (results.some((r) => r.signal === undefined)) return undefined;
    scores.push({ ...score, page, results });
  }
  const page = (screen: Recognisable) => pages.get(screen.id) as P;
  if (found.kind === 'sure') return { kind: 'sure', page: page(found.page), scores };
  if (found.kind === 'unsure') return { kind: 'unsure', candidates: found.candidates.map(page), scores };
  return { kind: 'none', scores };
}

/**
 * Recognise the page among a portal's page states: `sure` (one state above its threshold with a
 * clear margin), `unsure` (the two likeliest, for the user to pick), or `none`.
 *
 * @example
 * const r = recognise(WSE_PAGES, readPage(document));
 * if (r.kind === 'sure') r.page.id // → 'wse.home'
 */
export function recognise<P extends Recognisable>(
  pages: readonly P[],
  view: PageView,
  options: ScoreOptions = {},
): Recognition<P> {
  const scores = pages.map((page) => scoreState(page, view, options)).sort((a, b) => b.score - a.score);
  const passes = (s: StateScore<P>) => !s.partial && s.score >= s.page.recognise.threshold;
  // A generic screen yields to a specific one that passes; it never blocks one either.
  const specific = scores.some((s) => passes(s) && !s.page.recognise.generic);
  const ranked = specific ? scores.filter((s) => !s.page.recognise.generic) : scores;
  // The two best decide: a state among them not weighed to the end is weighed now (its answers
  // are cached), until the two best of both lists are whole scores — where the page can still be
  // called sure. A state not weighed to the end can be no candidate and never pass; so where no
  // state weighed to the end passes (a page of none of the screens, an unclear one), the verdict
  // is told by the whole scores alone, and the rest is not weighed (issue "as light as a tour
  // library": on a portal's news page that was most of the recogniser's time).
  for (;;) {
    if (options.verdict && !options.full && !scores.some((s) => passes(s))) break;
    const open = [scores[0], scores[1], ranked[0], ranked[1]].find((s) => s?.partial);
    if (!open) break;
    const whole = scoreState(open.page, view, { ...options, verdict: false });
    for (const list of [scores, ranked]) {
      const at = list.indexOf(open);
      if (at !== -1) list[at] = whole;
      list.sort((a, b) => b.score - a.score);
    }
  }
  const [best, second] = ranked;
  if (!best || best.score === 0) return { kind: 'none', scores };
  const lead = best.score - (second?.score ?? 0);
  if (passes(best) && lead >= MARGIN) return { kind: 'sure', page: best.page, scores };
  const candidates = scores
    .filter((s) => s.score > 0 && s.score >= s.page.recognise.threshold * CANDIDATE_SHARE)
    .slice(0, 2)
    .map((s) => s.page);
  if (candidates.length === 0) return { kind: 'none', scores };
  return { kind: 'unsure', candidates, scores };
}
