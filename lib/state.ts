import { browser } from 'wxt/browser';
import { arrayOf, isNumber, isRecord, isString, pick } from './guard';
import { type ClientSummary, clientSummaryGuard } from './messaging';

/**
 * The small, hot state every context needs at once — the active client and the user's settings —
 * mirrored from IndexedDB into `storage.local` under one key. Content scripts cannot open the
 * extension's IndexedDB (it belongs to the portal's origin there), but they can read and watch
 * `storage.local`; so the repository in `lib/clients` writes this mirror after each change, and
 * the overlay, popup and options page all follow `storage.onChanged`.
 *
 * Read on portal pages too, so checked with a small guard (`toState`), not zod; the zod schemas
 * of the same shape are in lib/state-schema.ts, and test/unit/guards.test.ts holds one to the other.
 * (Not `storage.defineItem`: @wxt-dev/storage would add ~4 KiB gzip to every content script for
 * one key that is read and watched.)
 *
 * No rijksregisternummer ever goes in here.
 *
 * @example
 * const { activeClient } = await readState();
 * watchState((state) => render(state), ctx.signal);
 */

export const PROFILES = ['secretariaat', 'werkgever', 'lokale-beheerder', 'sectoraal-partnerschap', 'trainer'] as const;
export type Profile = (typeof PROFILES)[number];
/** The languages of the extension's own texts; fr and de for the federal portal's card. */
export const LANGS = ['nl', 'en', 'fr', 'de'] as const;
export type Lang = (typeof LANGS)[number];
/** The language setting: one of the languages, or 'auto' (the browser's, else Dutch; lib/i18n/lang.ts). */
export const LANG_SETTINGS = ['auto', ...LANGS] as const;
export type LangSetting = (typeof LANG_SETTINGS)[number];
/** Where the guide's card lives: floating on the portal page, or in the browser's side panel. */
export const CARD_PLACES = ['page', 'panel'] as const;
export type CardPlace = (typeof CARD_PLACES)[number];

export interface Settings {
  /** The user's own organisation: the secretariat's tile in the WSE-loket ("SD WORX"). */
  ownOrganisation: { name: string; kbo?: string } | null;
  profile: Profile;
  /** Stored as chosen; 'auto' is resolved where a text is shown (`resolveLang`). */
  lang: LangSetting;
  /** Fact ids (DOMAIN.md §4) the user says they have, for the Rechtencheck and the guide. */
  facts: string[];
  /** Flow ids the person switched off in the options page: never offered or started on a page. */
  disabledFlows: string[];
  /**
   * `panel`: the person keeps the card in the browser's side panel (entrypoints/sidepanel); the
   * portal page then shows only the ring and a one-line hint. `page`: the floating card.
   */
  cardPlace: CardPlace;
}

export interface State {
  activeClient: ClientSummary | null;
  settings: Settings;
  /** Bumped on every client-list change, so views that show search results search again. */
  clientsRevision: number;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  ownOrganisation: null,
  profile: 'secretariaat',
  lang: 'auto',
  facts: Object.freeze([]) as unknown as string[],
  disabledFlows: Object.freeze([]) as unknown as string[],
  cardPlace: 'page',
}) as Settings;

const DEFAULT_STATE: State = { activeClient: null, settings: DEFAULT_SETTINGS, clientsRevision: 0 };

const strings = (value: unknown) => arrayOf(value, (s) => (isString(s) ? s : undefined));

/** Settings in their checked shape, missing keys defaulted; undefined when one is malformed. */
export function toSettings(value: unknown): Settings | undefined {
  if (!isRecord(value)) return undefined;
  const {
    ownOrganisation = null,
    profile = 'secretariaat',
    lang = 'auto',
    facts = [],
    disabledFlows = [],
    cardPlace = 'page',
  } = value;
  let organisation: Settings['ownOrganisation'] = null;
  if (ownOrganisation !== null) {
    if (!isRecord(ownOrganisation) || !isString(ownOrganisation.name)) return undefined;
    if (ownOrganisation.kbo !== undefined && !isString(ownOrganisation.kbo)) return undefined;
    organisation = pick(ownOrganisation, ['name', 'kbo']);
  }
  if (!PROFILES.includes(profile as Profile) || !LANG_SETTINGS.includes(lang as LangSetting)) return undefined;
  if (!CARD_PLACES.includes(cardPlace as CardPlace)) return undefined;
  const factList = strings(facts);
  const offList = strings(disabledFlows);
  if (!factList || !offList) return undefined;
  return {
    ownOrganisation: organisation,
    profile: profile as Profile,
    lang: lang as Settings['lang'],
    facts: factList,
    disabledFlows: offList,
    cardPlace: cardPlace as CardPlace,
  };
}

/** The mirrored state in its checked shape, missing keys defaulted; undefined when malformed. */
export function checkState(value: unknown): State | undefined {
  if (!isRecord(value)) return undefined;
  const { activeClient = null, settings = DEFAULT_SETTINGS, clientsRevision = 0 } = value;
  const client = activeClient === null ? null : clientSummaryGuard(activeClient);
  const checkedSettings = toSettings(settings);
  if (client === undefined || !checkedSettings || !isNumber(clientsRevision)) return undefined;
  return { activeClient: client, settings: checkedSettings, clientsRevision };
}

/** The mirrored state from whatever storage holds; anything malformed gives the defaults. */
export function toState(value: unknown): State {
  return checkState(value) ?? { ...DEFAULT_STATE };
}

export const STATE_KEY = 'loketgids:state';

/** Read the mirrored state; anything malformed falls back to defaults rather than breaking a page. */
export async function readState(): Promise<State> {
  return stateFrom(await browser.storage.local.get(STATE_KEY));
}

/** The mirrored state in what storage.local holds (all of it, or the `STATE_KEY` entry read alone). */
export const stateFrom = (stored: Record<string, unknown>): State => toState(stored[STATE_KEY] ?? {});

/** Merge a change into the mirrored state (used by the repository after it wrote IndexedDB). */
export async function writeState(change: Partial<State>): Promise<State> {
  const next = checkState({ ...(await readState()), ...change });
  if (!next) throw new Error('Ongeldige toestand / Invalid state');
  await browser.storage.local.set({ [STATE_KEY]: next });
  return next;
}

/** Call `onChange` with the new state whenever it changes, until `signal` aborts. */
export function watchState(onChange: (state: State) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(STATE_KEY in changes)) return;
    const next = checkState(changes[STATE_KEY]?.newValue ?? {});
    if (next) onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
