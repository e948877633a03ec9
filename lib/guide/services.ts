/**
 * The services on the WSE-loket aanvraag overview (seed 000 Stap 3.2, seed 001 step 4): every
 * service has a button "Aanvragen / indienen" (or "Aanvragen"); where the user lacks the right, a
 * blue "Gebruikersrecht aanvragen" instead. Read by button, then the service's title is the last
 * heading in the smallest container around that button.
 */
import { accessibleName, byRole } from './a11y';
import { displayText, inChrome, isDisabled, type PageView, parentAcross } from './dom';
import { normaliseText } from './text';

export interface ServiceOnPage {
  title: string;
  /** `available`: the "Aanvragen" button; `right-missing`: "Gebruikersrecht aanvragen". */
  status: 'available' | 'right-missing';
  /** The tile is greyed and cannot be clicked (DOMAIN.md §8: "lichter van kleur en kan niet aangeklikt worden"). */
  greyed?: boolean;
  button: Element;
}

// The button's whole name (folded, lib/guide/text.ts), optionally naming the service after it
// ("Aanvragen voor …" as an aria-label): a link whose text only *mentions* the button ("Ik zie
// 'Gebruikersrecht aanvragen'", a news title) is no service.
const APPLY = /^(?:aanvragen indienen|aanvragen|indienen)(?: (.{3,120}))?$/;
const REQUEST_RIGHT = /^gebruikersrecht aanvragen(?: (.{3,120}))?$/;
const FOR_SERVICE = /^(?:voor|bij|van) /;

/**
 * The button's status, if its name is the button's words, alone or followed by the service it is
 * for: "… voor <dienst>", or the title of its own tile ("Aanvragen: Terugbetalingsaanvraag Vlaams
 * opleidingsverlof" as an aria-label, a page written blind, 2026-12-02).
 */
function statusOf(name: string, title: () => string | undefined): ServiceOnPage['status'] | undefined {
  for (const [words, status] of [
    [REQUEST_RIGHT, 'right-missing'],
    [APPLY, 'available'],
  ] as const) {
    const match = words.exec(name);
    if (!match) continue;
    const rest = match[1];
    if (rest === undefined || FOR_SERVICE.test(rest)) return status;
    const own = normaliseText(title() ?? '');
    return own !== '' && (own === rest || own.endsWith(rest) || rest.endsWith(own)) ? status : undefined;
  }
  return undefined;
}

const GREYED = '[aria-disabled="true"], [class*="disabled"], [class*="inactive"], [class*="greyed"]';

const TITLE_SELECTORS = [
  'h1, h2, h3, h4, h5, h6, [role="heading"]',
  // 2026-11: replica markup (vl-tile__title, vl-title); real markup unknown.
  '[class*="title"], th, dt, strong',
];

const ALL_TITLES = TITLE_SELECTORS.join(', ');

function titleFor(view: PageView, button: Element): string | undefined {
  for (
    let container = parentAcross(button), hops = 0;
    container && hops < 6;
    container = parentAcross(container), hops++
  ) {
    // Real headings win over look-alikes: a tile's subtitle (`vl-tile__subtitle`) also has
    // "title" in its class and comes after the title, so it must never be taken for it.
    const found = [...container.querySelectorAll(ALL_TITLES)].filter(
      (h) => h !== button && !h.contains(button) && !/subtitle/i.test(h.className) && view.textOf(h) !== '',
    );
    for (const selector of TITLE_SELECTORS) {
      const headings = found.filter((h) => h.matches(selector));
      const last = headings[headings.length - 1];
      if (last) return displayText(last);
    }
  }
  return undefined;
}

/**
 * Every service on the page with its status, in page order.
 *
 * @example
 * readServices(view).find((s) => s.title.includes('vlaams opleidingsverlof'))?.status // → 'right-missing'
 */
export function readServices(view: PageView): ServiceOnPage[] {
  const out: ServiceOnPage[] = [];
  const buttons = [...byRole(view, 'button'), ...byRole(view, 'link')];
  const seen = new Set<Element>();
  for (const button of buttons) {
    if (seen.has(button)) continue;
    seen.add(button);
    const name = accessibleName(view, button);
    let title: string | undefined | null = null;
    const titleOnce = () => {
      if (title === null) title = titleFor(view, button);
      return title;
    };
    const status = statusOf(name, titleOnce);
    if (!status) continue;
    title = titleOnce();
    if (!title) continue;
    // A disabled apply button is the greyed service of DOMAIN.md §8.
    if (status === 'available' && isDisabled(button))
      out.push({ title, status: 'right-missing', greyed: true, button });
    else out.push({ title, status, button });
  }
  // DOMAIN.md §8: without the right, a service tile "is dan lichter van kleur en kan niet
  // aangeklikt worden": a disabled tile with a title of its own.
  for (const tile of view.queryAll(GREYED)) {
    if (inChrome(tile) || out.some((s) => tile.contains(s.button) || s.button.contains(tile))) continue;
    if (view.textOf(tile).length > 400) continue;
    const heading = [...tile.querySelectorAll(TITLE_SELECTORS.join(', '))].find(
      (h) => !/subtitle/i.test(h.className) && view.textOf(h) !== '',
    );
    if (!heading) continue;
    out.push({ title: displayText(heading), status: 'right-missing', greyed: true, button: tile });
  }
  // Page order: buttons and links were collected by role; sort by position in the document.
  return out.sort((a, b) => (a.button.compareDocumentPosition(b.button) & 4 ? -1 : 1));
}

/** Whether a service title on the page is the one named (case/whitespace-insensitive, either contains the other). */
export function sameService(title: string, wanted: string): boolean {
  const a = normaliseText(title);
  const b = normaliseText(wanted);
  return a === b || a.endsWith(b) || b.endsWith(a);
}
