/**
 * Whether the overlay is open, collapsed or dismissed, remembered per portal in storage.local
 * (a dismissed overlay stays dismissed on that portal until the user re-opens it).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { UiMode } from '../guide/runtime';
import type { PortalId } from '../portals';

export const UI_KEY = 'loketgids:overlay';
const uiSchema = z.record(z.string(), z.enum(['open', 'collapsed', 'dismissed']));

export async function loadUi(portal: PortalId): Promise<UiMode> {
  const stored = await browser.storage.local.get(UI_KEY);
  const parsed = uiSchema.safeParse(stored[UI_KEY] ?? {});
  return (parsed.success ? parsed.data[portal] : undefined) ?? 'open';
}

export async function saveUi(portal: PortalId, mode: UiMode): Promise<void> {
  const stored = await browser.storage.local.get(UI_KEY);
  const parsed = uiSchema.safeParse(stored[UI_KEY] ?? {});
  const all = parsed.success ? parsed.data : {};
  await browser.storage.local.set({ [UI_KEY]: { ...all, [portal]: mode } });
}
