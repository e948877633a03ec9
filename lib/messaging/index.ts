/**
 * Messages between the contexts of the extension: `request` sends one to the background and
 * checks the answer; the background checks every request with zod (lib/messaging/listen.ts).
 *
 * Why a background round-trip at all: a content script's IndexedDB belongs to the *portal's*
 * origin, not to the extension, so the overlay cannot open the client database itself. It asks
 * the service worker, which shares the extension origin (and the Dexie database) with the popup
 * and options page. Small, hot state (the active client, settings) is also mirrored into
 * `storage.local` (see `lib/state.ts`) so overlays update at once through `storage.onChanged`.
 *
 * This module runs in portal pages, so it holds no zod: the answers are checked with the small
 * guards below, which test/unit/guards.test.ts holds to the schemas of lib/messaging/schemas.ts.
 *
 * @example
 * const { clients } = await request({ type: 'clients.search', query: '0417', limit: 8 });
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { arrayOf, type Guard, isNumber, isRecord, isString, pick } from '../guard';
import type { ClientSummary, RequestSchemas } from './schemas';

export type { ClientSummary } from './schemas';

export type RequestType = keyof RequestSchemas;
export type RequestOf<T extends RequestType> = z.infer<RequestSchemas[T]['request']>;
export type ResponseOf<T extends RequestType> = z.infer<RequestSchemas[T]['response']>;

/** Context the background knows about the sender (the tab a content script runs in). */
export interface Sender {
  tabId?: number;
  /** The sender is one of this extension's own pages (popup, options, Oefenmodus), not a content script. */
  extensionPage?: boolean;
}

export type Handlers = { [T in RequestType]?: (request: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> };

const CLIENT_KEYS = ['kbo', 'name', 'tags', 'school', 'lastUsedAt'] as const;

export const clientSummaryGuard: Guard<ClientSummary> = (value) => {
  if (!isRecord(value)) return undefined;
  const { kbo, name, tags, school, lastUsedAt } = value;
  if (!isString(kbo) || !/^[01]\d{9}$/.test(kbo) || !isString(name) || typeof school !== 'boolean') return undefined;
  if (!arrayOf(tags, (t) => (isString(t) ? t : undefined))) return undefined;
  if (lastUsedAt !== undefined && !isNumber(lastUsedAt)) return undefined;
  return pick<ClientSummary>(value, CLIENT_KEYS);
};

const TARGET_STATES = ['found', 'ambiguous', 'not-found', 'no-target'] as const;
type TestResult = ResponseOf<'corrections.test'>['results'][number];
const testResultGuard: Guard<TestResult> = (value) => {
  if (!isRecord(value)) return undefined;
  const { path, match, fits, target } = value;
  if (!isString(path) || !isNumber(match) || typeof fits !== 'boolean') return undefined;
  if (!TARGET_STATES.includes(target as TestResult['target'])) return undefined;
  return pick<TestResult>(value, ['path', 'match', 'fits', 'target']);
};

const okGuard = (value: Record<string, unknown>) => (typeof value.ok === 'boolean' ? { ok: value.ok } : undefined);
/** An answer the caller checks itself (tab state, explanations): passed on as it is. */
export const passOn =
  <K extends string>(key: K) =>
  (value: Record<string, unknown>) =>
    key in value ? ({ [key]: value[key] } as { [k in K]: unknown }) : undefined;

/** The shape of each answer, checked before the page's code sees it. */
export const RESPONSE_GUARDS: { [T in RequestType]: (answer: Record<string, unknown>) => ResponseOf<T> | undefined } = {
  'clients.search': (value) => {
    const clients = arrayOf(value.clients, clientSummaryGuard);
    return clients && { clients };
  },
  'clients.get': (value) => {
    if (value.client === null) return { client: null };
    const client = clientSummaryGuard(value.client);
    return client && { client };
  },
  'clients.setActive': okGuard,
  'guide.getTabState': passOn('state') as (v: Record<string, unknown>) => { state: unknown },
  'guide.setTabState': okGuard,
  'guide.tabState': (value) =>
    (value.tabId === null || Number.isSafeInteger(value.tabId)) && 'state' in value
      ? { tabId: value.tabId as number | null, state: value.state }
      : undefined,
  'guide.startFlow': (value) =>
    typeof value.ok === 'boolean' && (value.tabId === null || Number.isSafeInteger(value.tabId))
      ? { ok: value.ok, tabId: value.tabId as number | null }
      : undefined,
  'guide.show': okGuard,
  'guide.openPanel': okGuard,
  'guide.placeCard': okGuard,
  'explain.get': passOn('explanation') as (v: Record<string, unknown>) => { explanation: unknown },
  'explain.facts': (value) => (Array.isArray(value.facts) ? { facts: value.facts } : undefined),
  'renewals.replace': okGuard,
  'corrections.add': okGuard,
  'corrections.test': (value) => {
    const results = arrayOf(value.results, testResultGuard);
    return results && { results };
  },
  'failures.add': okGuard,
};

/** Send a request to the background and check the answer. Throws on an error or malformed answer. */
export function request<T extends RequestType>(message: RequestOf<T> & { type: T }): Promise<ResponseOf<T>> {
  return send(message, RESPONSE_GUARDS[message.type] as (a: Record<string, unknown>) => ResponseOf<T> | undefined);
}

/**
 * `request` with the answer's guard given: a script that asks for one thing (the content script's
 * tab state) then carries that guard alone, not every answer's.
 *
 * @example
 * const { state } = await send({ type: 'guide.getTabState' }, passOn('state'));
 */
export async function send<T extends RequestType>(
  message: RequestOf<T> & { type: T },
  check: (answer: Record<string, unknown>) => ResponseOf<T> | undefined,
): Promise<ResponseOf<T>> {
  const answer = (await browser.runtime.sendMessage(message)) as unknown;
  if (!isRecord(answer)) throw new Error(`Geen antwoord op ${message.type}`);
  if (isString(answer.error)) throw new Error(answer.error);
  const checked = check(answer);
  if (checked === undefined) throw new Error(`Ongeldig antwoord op ${message.type}`);
  return checked;
}
