import { browser } from 'wxt/browser';
import { arrayOf, type Guard, isNumber, isRecord, isString, pick } from './guard';

/**
 * What the guide saw on portal pages that proves a right missing (a blue "Gebruikersrecht
 * aanvragen" button, a login with only a personal name), kept in `storage.local` so the popup's
 * Rechtencheck starts from it. Observation kinds and page ids only: no names, numbers or text
 * typed by the user. Recent entries only (a right may have been granted since).
 *
 * @example
 * await recordObservation({ observation: 'wse.gebruikersrecht-aanvragen-knop', page: 'wse.aanvragen-zonder-recht', goal: 'wse.vov.terugbetaling' });
 * const { observed, goal } = await readObservations();
 */
export const OBSERVED_KEY = 'loketgids:observed';
const MAX_ENTRIES = 10;
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface ObservedEntry {
  observation: string;
  page: string;
  goal?: string;
  at: number;
}

export const observedEntryGuard: Guard<ObservedEntry> = (value) => {
  if (!isRecord(value)) return undefined;
  const { observation, page, goal, at } = value;
  if (!isString(observation, 100) || !isString(page, 100) || !isNumber(at)) return undefined;
  if (goal !== undefined && !isString(goal, 100)) return undefined;
  return pick<ObservedEntry>(value, ['observation', 'page', 'goal', 'at']);
};

async function readEntries(now: number): Promise<ObservedEntry[]> {
  const stored = await browser.storage.local.get(OBSERVED_KEY);
  const entries = arrayOf(stored[OBSERVED_KEY] ?? [], observedEntryGuard);
  return (entries ?? []).filter((entry) => now - entry.at < MAX_AGE_MS);
}

/** Remember an observation (newest first, one entry per observation + page). */
export async function recordObservation(entry: Omit<ObservedEntry, 'at'>, now = Date.now()): Promise<void> {
  const rest = (await readEntries(now)).filter((e) => e.observation !== entry.observation || e.page !== entry.page);
  await browser.storage.local.set({ [OBSERVED_KEY]: [{ ...entry, at: now }, ...rest].slice(0, MAX_ENTRIES) });
}

/** Recent observations, and the goal of the newest one (the task the user was busy with). */
export async function readObservations(now = Date.now()): Promise<{ observed: ObservedEntry[]; goal?: string }> {
  const observed = await readEntries(now);
  return { observed, goal: observed.find((entry) => entry.goal)?.goal };
}

/** Forget every observation (the user says the right was granted). */
export async function clearObservations(): Promise<void> {
  await browser.storage.local.remove(OBSERVED_KEY);
}
