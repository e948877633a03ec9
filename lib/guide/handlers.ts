/**
 * Background side of the per-tab guide state (`guide.getTabState` / `guide.setTabState`): one
 * `storage.session` entry per tab, keyed by the sender's tab id, validated on the way in and out.
 * `storage.session` lives in memory and is gone when the browser closes; the entry of a closed tab
 * is removed at once (listener registered when this module loads, i.e. at the worker's top level,
 * so Chrome wakes the worker for it).
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging';
import { parseTabState } from './tab-state';

const PREFIX = 'loketgids:guide:tab:';

/** The storage.session key of a tab's guide state. */
export function tabKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

function requireTab(tabId: number | undefined): number {
  if (tabId === undefined || tabId < 0) throw new Error('guide state: the message did not come from a tab');
  return tabId;
}

export const guideHandlers: Handlers = {
  async 'guide.getTabState'(_request, sender) {
    const key = tabKey(requireTab(sender.tabId));
    const stored = await browser.storage.session.get(key);
    return { state: parseTabState(stored[key]) };
  },
  async 'guide.setTabState'(request, sender) {
    const key = tabKey(requireTab(sender.tabId));
    if (request.state === null) {
      await browser.storage.session.remove(key);
      return { ok: true };
    }
    const state = parseTabState(request.state);
    if (!state) throw new Error('guide state: malformed state refused');
    await browser.storage.session.set({ [key]: state });
    return { ok: true };
  },
};

/** Remove a closed tab's guide state. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

// Registered at module load (the worker's top level). Guarded: unit tests and contexts without
// the tabs API import this module too.
try {
  browser.tabs?.onRemoved?.addListener((tabId: number) => {
    void forgetTab(tabId).catch(() => undefined);
  });
} catch {
  // no tabs API here
}
