import { browser } from 'wxt/browser';
import { z } from 'zod';
import { clientSummarySchema } from './messaging';

/**
 * The small, hot state every context needs at once — the active client and the user's settings —
 * mirrored from IndexedDB into `storage.local` under one key. Content scripts cannot open the
 * extension's IndexedDB (it belongs to the portal's origin there), but they can read and watch
 * `storage.local`; so the repository in `lib/clients` writes this mirror after each change, and
 * the overlay, popup and options page all follow `storage.onChanged`.
 *
 * No rijksregisternummer ever goes in here.
 *
 * @example
 * const { activeClient } = await readState();
 * watchState((state) => render(state), ctx.signal);
 */

export const PROFILES = ['secretariaat', 'werkgever', 'lokale-beheerder', 'sectoraal-partnerschap', 'trainer'] as const;
export type Profile = (typeof PROFILES)[number];

export const settingsSchema = z.object({
  /** The user's own organisation: the secretariat's tile in the WSE-loket ("SD WORX"). */
  ownOrganisation: z.object({ name: z.string(), kbo: z.string().optional() }).nullable().default(null),
  profile: z.enum(PROFILES).default('secretariaat'),
  lang: z.enum(['nl', 'en']).default('nl'),
  /** Fact ids (DOMAIN.md §4) the user says they have, for the Rechtencheck and the guide. */
  facts: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const stateSchema = z.object({
  activeClient: clientSummarySchema.nullable().default(null),
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  /** Bumped on every client-list change, so views that show search results search again. */
  clientsRevision: z.number().default(0),
});
export type State = z.infer<typeof stateSchema>;

export const STATE_KEY = 'loketgids:state';

/** Read the mirrored state; anything malformed falls back to defaults rather than breaking a page. */
export async function readState(): Promise<State> {
  const stored = await browser.storage.local.get(STATE_KEY);
  const parsed = stateSchema.safeParse(stored[STATE_KEY] ?? {});
  return parsed.success ? parsed.data : stateSchema.parse({});
}

/** Merge a change into the mirrored state (used by the repository after it wrote IndexedDB). */
export async function writeState(change: Partial<State>): Promise<State> {
  const next = stateSchema.parse({ ...(await readState()), ...change });
  await browser.storage.local.set({ [STATE_KEY]: next });
  return next;
}

/** Call `onChange` with the new state whenever it changes, until `signal` aborts. */
export function watchState(onChange: (state: State) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(STATE_KEY in changes)) return;
    const parsed = stateSchema.safeParse(changes[STATE_KEY]?.newValue ?? {});
    if (parsed.success) onChange(parsed.data);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
