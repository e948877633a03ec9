/**
 * Structural patterns: what a page's *shape* says about its state, where words alone cannot tell
 * (the organisation choice with only the personal tile) or may drift (the services overview as
 * a table or as cards). Page states name them in `pattern` signals; each returns how well the page
 * fits, 0..1. Keep each small, cheap (one pass over a few elements of the cached view) and free of
 * any one portal's class names.
 *
 * Design note (2026-12): none of these may depend on a phrase of our own replicas. The personal
 * tile is told by a person-shaped name and the words the seeds use ("uw persoonlijke naam",
 * seed 001) or that portals commonly put on such a tile; organisation tiles by legal forms, a KBO
 * number, capitals or organisation words.
 */
import { accessibleName, byRole, elementsByRole, labelTextOf } from './a11y';
import { kboNumbersIn } from './checks';
import { displayText, inChrome, isShownIn, type PageView } from './dom';
import { readServices } from './services';
import { findPhrase, normaliseText } from './text';

export const PATTERN_IDS = [
  'services',
  'service-right-missing',
  'kbo-field',
  'rrn-field',
  'date-fields',
  'form-fields',
  'choice-personal-only',
  'choice-organisations',
  'wizard-step',
  'success-message',
  'kbo-in-top-line',
  'ticket-number',
  'current-page-elsewhere',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

// ------------------------------------------------------------------ fields

function fieldText(view: PageView, field: Element): string {
  const root = field.getRootNode();
  const host = root.nodeType === 11 ? (root as ShadowRoot).host : undefined;
  return normaliseText(
    [
      accessibleName(view, field),
      labelTextOf(view, field),
      field.getAttribute('name') ?? '',
      field.getAttribute('id') ?? '',
      field.getAttribute('placeholder') ?? '',
      host?.getAttribute('data-vl-label') ?? '',
      host ? accessibleName(view, host) : '',
    ].join(' '),
  );
}

/** Text fields whose name, label or placeholder says what they hold. */
export function fieldsLike(view: PageView, words: RegExp): Element[] {
  return elementsByRole(view, 'textbox').filter((field) => words.test(fieldText(view, field)));
}

const KBO_FIELD =
  /\b(kbo|ondernemingsnummer|ondernemings nummer|btw|enterprise|numero d entreprise|unternehmensnummer)\b/;
// 2026-12: "numéro de registre national" and "Nationalregisternummer" are the social security
// portal's French and German names of the field (socialsecurity.be).
const RRN_FIELD =
  /\b(rijksregisternummer|rijksregister|insz|nationaal nummer|rrn|bis nummer|numero national|numero de registre national|nationalregisternummer|niss)\b/;
const DATE_FIELD = /\b(begindatum|einddatum|startdatum|datum|van|tot)\b/;
/**
 * Words for other kinds of value than a number: a field that also takes a name or an e-mail
 * address ("Zoek op naam, e-mail of rijksregisternummer", a tile filter "Naam of
 * ondernemingsnummer") is a search box for anything, as on a list of users or above a choice of
 * tiles, not the field for that number (blind-written pages, 2026-12-02).
 */
const OTHER_KINDS = /\b(naam|voornaam|familienaam|e ?mail|mailadres)\b/;

/** Fields for one kind of number: they name it, and no other kind of value besides. */
function numberFields(view: PageView, words: RegExp): Element[] {
  return fieldsLike(view, words).filter((field) => !OTHER_KINDS.test(fieldText(view, field)));
}

// ------------------------------------------------------------------ choice tiles

const PERSONAL_WORDS = [
  'persoonlijke naam',
  'op persoonlijke titel',
  'eigen naam',
  'als burger',
  'burger',
  'particulier',
  'als persoon',
  'persoonlijk',
];
const ORGANISATION_WORDS =
  /\b(nv|bv|bvba|vzw|cvba|cv|commv|vof|sa|srl|sprl|asbl|sociaal secretariaat|secretariaat|bedrijf|gemeente|ocmw|stad|vereniging|school|agentschap|partnerschap)\b/;
const NOT_A_TILE =
  /\b(terug|afmelden|uitloggen|hulp|help|cookie|cookies|privacy|contact|toegankelijkheid|lees meer|meer info|vraag hier|toegang aan|handleiding|faq|veelgestelde|wissel|andere organisatie|kies een andere|hoofdinhoud)\b/;

const CLICKABLE = 'a[href], button, [role="button"], [role="link"], [role="radio"], input[type="radio"]';

/** The clickable choices in the page's content: not in header, footer or menus, not inline links. */
function choices(view: PageView): Element[] {
  return view.queryAll(CLICKABLE).filter((el) => {
    if (!isShownIn(view, el) || inChrome(el)) return false;
    // In-page anchors (skip links, tables of contents) and the link home are no choice.
    const href = el.getAttribute('href');
    if (href !== null && (href.startsWith('#') || href === '/')) return false;
    const text = view.textOf(el) || accessibleName(view, el);
    if (text.length < 3 || NOT_A_TILE.test(text)) return false;
    // A link inside running text ("… Vraag hier de gewenste toegang aan.") is no tile.
    const parent = el.parentElement;
    if (parent && parent.tagName === 'P' && view.textOf(parent).length > text.length + 20) return false;
    return true;
  });
}

type TileKind = 'personal' | 'organisation' | 'person-name' | 'other';

// Letter case told by the text's own case mapping, not by Unicode property classes: a `\p{Lu}`
// regular expression costs its page about a millisecond to compile (measured in Chromium), on
// every portal page the tiles are weighed on.
const isCapital = (letter: string) => letter !== letter.toLowerCase();
const isSmall = (letter: string) => letter !== letter.toUpperCase();
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ver', 'vande', 'vanden']);

/** "Janssens", "D'Hondt", "Van-Damme": a capital, then small letters, apostrophes and hyphens. */
function capitalised(word: string): boolean {
  const letters = [...word];
  return (
    letters.length >= 2 &&
    isCapital(letters[0] as string) &&
    letters.slice(1).every((c) => isSmall(c) || c === "'" || c === '-')
  );
}

/** "SD", "WORX": two to six capitals and nothing else. */
function inCapitals(word: string): boolean {
  const letters = [...word];
  return letters.length >= 2 && letters.length <= 6 && letters.every(isCapital);
}

/**
 * How organisations write their names, not people: one to three short words in capitals at the
 * start ("SD WORX", "ACM Economische Actor"), not a sentence in capitals (the next word does not
 * start with two capitals).
 *
 * @example
 * startsInCapitals('SD WORX Social Secretariat') // → true
 * startsInCapitals('LEES DIT EERST ALSTUBLIEFT') // → false
 */
export function startsInCapitals(text: string): boolean {
  const words = text.trim().split(/\s+/);
  let count = 0;
  while (count < words.length && count < 4 && inCapitals(words[count] as string)) count++;
  if (count === 0 || count > 3) return false;
  const next = [...(words[count] ?? '')];
  return !(next.length >= 2 && isCapital(next[0] as string) && isCapital(next[1] as string));
}

/**
 * A person's name as a tile shows it: two to four words, each capitalised or a particle after
 * the first ("Els Janssens", "Jan van der Berg").
 *
 * @example
 * personShapedName('Els Janssens') // → true
 * personShapedName('Een onderneming of organisatie') // → false
 */
export function personShapedName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return capitalised(words[0] as string) && words.slice(1).every((w) => NAME_PARTICLES.has(w) || capitalised(w));
}

function tileKind(view: PageView, tile: Element): TileKind {
  const text = view.textOf(tile) || accessibleName(view, tile);
  if (PERSONAL_WORDS.some((w) => findPhrase(text, w) === 'exact')) return 'personal';
  if (kboNumbersIn(text).length > 0 || ORGANISATION_WORDS.test(text)) return 'organisation';
  const shown = displayText(tile);
  if (startsInCapitals(shown)) return 'organisation';
  if (personShapedName(shown)) return 'person-name';
  return 'other';
}

/** The kinds of the page's choice tiles, once per view (two patterns ask). */
const kindsOf = new WeakMap<PageView, TileKind[]>();
function tileKinds(view: PageView): TileKind[] {
  let kinds = kindsOf.get(view);
  if (!kinds) {
    kinds = choices(view).map((tile) => tileKind(view, tile));
    kindsOf.set(view, kinds);
  }
  return kinds;
}

// ------------------------------------------------------------------ wizard step

const STEP_LIST = 'ol, [role="list"], [class*="step" i], [class*="stap" i], [class*="wizard" i], [class*="progress" i]';
const STEP_TEXT = /\bstap (\d{1,2}) (?:van |uit |op |of )?(\d{1,2})\b/;

/** The current step of a wizard ("Stap 2 van 3", an `aria-current="step"` item), or undefined. */
export function wizardStep(view: PageView): number | undefined {
  // Said in words first ("Stap 2 van 3" in a heading), then shown by a step list's current item.
  for (const heading of byRole(view, 'heading')) {
    const found = view.textOf(heading).match(STEP_TEXT);
    if (found) return Number(found[1]);
  }
  for (const current of view.queryAll('[aria-current="step"], [aria-current="true"]')) {
    if (!isShownIn(view, current) || inChrome(current)) continue;
    // `aria-current="true"` marks any current item (the language "NL" in a switch): a step only in a step list.
    if (current.getAttribute('aria-current') === 'true' && !current.closest(STEP_LIST)) continue;
    const own = view.textOf(current).match(/\b(\d{1,2})\b/);
    if (own) return Number(own[1]);
    const item = current.closest('li') ?? current;
    const list = item.parentElement;
    if (list) return [...list.children].indexOf(item) + 1;
  }
  // In running text, one step only: a page naming several ("In Stap 1 van 3 … stap 2 van 3") describes
  // the wizard, it is not on it (a help page written blind, 2026-12-03).
  const steps = new Set([...view.text.matchAll(new RegExp(STEP_TEXT, 'g'))].map((m) => Number(m[1])));
  return steps.size === 1 ? [...steps][0] : undefined;
}

// ------------------------------------------------------------------ the patterns

const SUCCESS_CLASS = '[class*="success"], [class*="succes"], [class*="--ok"], [data-vl-success]';
const MESSAGE = '[role="status"], [role="alert"], [class*="alert"], [class*="notice"], [class*="message"]';
// Words of a success message (replica wording: no seed quotes one; they only add weight).
const SUCCESS_WORDS =
  /\b(gelukt|succesvol|werd (toegekend|gekoppeld|verstuurd|verzonden|ontvangen|aangemaakt|opgeslagen)|is (toegekend|gekoppeld|verstuurd|verzonden|ontvangen|aangemaakt|opgeslagen)|aangemaakt|bevestigd|verstuurd|verzonden)\b/;

function kboInTopLine(view: PageView): number {
  const checked: Element[] = [];
  for (const el of view.queryAll('header, [role="banner"], [class*="header"], [class*="top"], [class*="context"]')) {
    // A container without a number has none in its parts either.
    if (checked.some((c) => c.contains(el)) || !isShownIn(view, el)) continue;
    if (kboNumbersIn(view.textOf(el)).length > 0) return 1;
    checked.push(el);
  }
  // The line at the top may also be the first lines of the content (seed 000: "in de lijn bovenaan").
  const head = view.text.slice(0, Math.min(view.text.length, 600));
  return kboNumbersIn(head).length > 0 ? 0.7 : 0;
}

// "Ticketnummer: TA-2025-0412-77341", "ticketnummer van uw aanvraag: 2026-TA-000481-3" (seed 002
// "U ontvangt een ticketnummer van uw aanvraag"), "numéro de ticket : …".
const TICKET_NUMBER =
  /\b(?:ticketnummer|ticket ?nummer|ticket number|num[eé]ro de ticket|ticket)(?:\s+van\s+uw\s+aanvraag)?(?:\s+is)?\s*[:：-]?\s*([A-Z0-9](?:[A-Z0-9/-]*[0-9])?)/gi;

/**
 * The ticket number a page shows (a code with at least four digits right after the word), as
 * written, or undefined.
 *
 * @example
 * readTicketNumber(readPage(document)) // → 'TA-2025-0412-77341'
 */
export function readTicketNumber(view: PageView): string | undefined {
  const main = view.queryAll('main, [role="main"]')[0] ?? view.doc.body;
  if (!main) return undefined;
  for (const match of displayText(main).matchAll(TICKET_NUMBER)) {
    const value = match[1] ?? '';
    if ((value.match(/\d/g)?.length ?? 0) >= 4) return value;
  }
  return undefined;
}

// A start page's own names, as a menu or breadcrumb marks it current.
const HOME_WORDS = /\b(home|start|startpagina|beginpagina|welkom|onthaal|accueil|startseite)\b/;

/**
 * The page's menu or breadcrumb marks the current page (`aria-current="page"`, WAI-ARIA) with a
 * name that is no start page's: "Nieuws" on a news page that has the portal's whole header (the
 * top line with the client's KBO, the menu's "Aanvraag"), which the start page shares.
 */
function currentPageElsewhere(view: PageView): number {
  const marked = view.queryAll('[aria-current="page"]');
  if (marked.length === 0) return 0;
  return marked.some((el) => HOME_WORDS.test(normaliseText(accessibleName(view, el) || view.textOf(el)))) ? 0 : 1;
}

export const PATTERNS: Record<PatternId, (view: PageView, arg?: number) => number> = {
  /** WAI-ARIA `aria-current="page"` on a menu entry that is no start page (pages written blind, 2026-12-02). */
  'current-page-elsewhere': currentPageElsewhere,
  /** Seed 000 Stap 3.2: services, each with "Aanvragen / indienen" (or "Gebruikersrecht aanvragen"). */
  services: (view) => Math.min(1, readServices(view).length / 2),
  /** Seed 001 / DOMAIN.md §8: a service with the blue "Gebruikersrecht aanvragen", or greyed. */
  'service-right-missing': (view) => (readServices(view).some((s) => s.status === 'right-missing') ? 1 : 0),
  /** Seed 000 Stap 2.3: a field for the client's KBO number. */
  'kbo-field': (view) => (numberFields(view, KBO_FIELD).length > 0 ? 1 : 0),
  /** Seed 003: the rijksregisternummer of the person to add. */
  'rrn-field': (view) => (numberFields(view, RRN_FIELD).length > 0 ? 1 : 0),
  /** Seed 000 Stap 1.3 "Kijk datums na": begin and end date. */
  'date-fields': (view) => {
    const dates = elementsByRole(view, 'textbox').filter(
      (f) => f.getAttribute('type') === 'date' || DATE_FIELD.test(fieldText(view, f)),
    );
    return dates.length >= 2 ? 1 : dates.length === 1 ? 0.5 : 0;
  },
  /** Seed 000 Stap 3.4: "het eerste invulscherm": a form with several fields to fill. */
  'form-fields': (view) => {
    const fields = [...elementsByRole(view, 'textbox'), ...elementsByRole(view, 'combobox')].filter(
      (f) => !inChrome(f) && !/\b(zoek|zoeken|search)\b/.test(fieldText(view, f)),
    );
    return fields.length >= 3 ? 1 : fields.length === 2 ? 0.5 : 0;
  },
  /** Seed 001 step 2: "Ziet u enkel uw persoonlijke naam staan en geen organisatie?" */
  'choice-personal-only': (view) => {
    const kinds = tileKinds(view);
    if (kinds.includes('organisation')) return 0;
    if (kinds.includes('personal')) return 1;
    return kinds.filter((k) => k === 'person-name').length === 1 ? 0.8 : 0;
  },
  /** Seed 000 Stap 2.2: the secretariat's own tile (and other organisations). */
  'choice-organisations': (view) => (tileKinds(view).includes('organisation') ? 1 : 0),
  /** "Stap N van 3" (seed 000, gebruikersbeheer wizards), in any of its forms; no `arg`: any step. */
  'wizard-step': (view, arg) => {
    const current = wizardStep(view);
    return current !== undefined && (arg === undefined || current === arg) ? 1 : 0;
  },
  /** A status or success message is shown. */
  'success-message': (view) => {
    const shown = (el: Element) => isShownIn(view, el) && !inChrome(el) && view.textOf(el).length > 8;
    if (view.queryAll(SUCCESS_CLASS).some(shown)) return 1;
    return view.queryAll(MESSAGE).some((el) => shown(el) && SUCCESS_WORDS.test(view.textOf(el))) ? 1 : 0;
  },
  /** Seed 000 Stap 2.4: the chosen client's KBO number "in de lijn bovenaan". */
  'kbo-in-top-line': kboInTopLine,
  /** Seed 002: the ticket number the social security portal gives after "Registreren". */
  'ticket-number': (view) => (readTicketNumber(view) ? 1 : 0),
};
