/**
 * Background side of the guide: the rules engine's explanations for the card (`explain.get`,
 * `explain.facts`: the knowledge base stays out of portal pages), and the per-tab guide state
 * (`guide.getTabState` / `guide.setTabState`): one
 * `storage.session` entry per tab, keyed by the sender's tab id, validated on the way in and out.
 * `storage.session` lives in memory and is gone when the browser closes; the entry of a closed tab
 * is removed at once (listener registered when this module loads, i.e. at the worker's top level,
 * so Chrome wakes the worker for it).
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging';
import type { Settings } from '../state';
import { rulesAdapter } from './explain';
import { checkTabState } from './tab-state-schema';

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
    return { state: checkTabState(stored[key]) };
  },
  async 'guide.setTabState'(request, sender) {
    const key = tabKey(requireTab(sender.tabId));
    if (request.state === null) {
      await browser.storage.session.remove(key);
      return { ok: true };
    }
    const state = checkTabState(request.state);
    if (!state) throw new Error('guide state: malformed state refused');
    await browser.storage.session.set({ [key]: state });
    return { ok: true };
  },
  async 'explain.get'(request) {
    // Only what the explanation depends on: the facts the person says they have, the organisation.
    const settings = {
      facts: request.facts,
      ...(request.organisation ? { ownOrganisation: { name: request.organisation } } : {}),
    } as unknown as Settings;
    const explanation =
      request.about === 'service'
        ? rulesAdapter.forService({ goal: request.goal, service: request.subject, settings })
        : rulesAdapter.forObservation({ goal: request.goal, observation: request.subject, settings });
    return { explanation: explanation ?? null };
  },
  async 'explain.facts'(request) {
    return { facts: rulesAdapter.facts(request.ids) };
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

/** The manifest command that moves focus into the guide on the active tab, and back. */
export const FOCUS_COMMAND = 'focus-guide';

/**
 * Pass the keyboard shortcut on to the content script of the tab it was pressed in (a tab
 * without Loketgids simply does not answer).
 */
export function listenForCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== FOCUS_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await browser.tabs.sendMessage(tabId, { type: 'guide.focus' }).catch(() => undefined);
  });
}
