/**
 * Whether the overlay is open, collapsed or dismissed, remembered per portal in storage.local
 * (a dismissed overlay stays dismissed on that portal until the user re-opens it).
 */
import { browser } from 'wxt/browser';
import { isRecord } from '../guard';
import type { UiMode } from '../guide/runtime';
import type { PortalId } from '../portals';

export const UI_KEY = 'loketgids:overlay';
const MODES: readonly UiMode[] = ['open', 'collapsed', 'dismissed'];

/** The stored modes per portal; a malformed value counts as none (all open). */
export function checkUi(value: unknown): Record<string, UiMode> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.values(value).every((mode) => MODES.includes(mode as UiMode))
    ? (value as Record<string, UiMode>)
    : undefined;
}

/** The portal's mode in what storage.local holds (all of it, or the `UI_KEY` entry read alone). */
export const uiFrom = (stored: Record<string, unknown>, portal: PortalId): UiMode =>
  checkUi(stored[UI_KEY] ?? {})?.[portal] ?? 'open';

export async function loadUi(portal: PortalId): Promise<UiMode> {
  return uiFrom(await browser.storage.local.get(UI_KEY), portal);
}

export async function saveUi(portal: PortalId, mode: UiMode): Promise<void> {
  const stored = await browser.storage.local.get(UI_KEY);
  const all = checkUi(stored[UI_KEY] ?? {}) ?? {};
  await browser.storage.local.set({ [UI_KEY]: { ...all, [portal]: mode } });
}
