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
import { findGuideFlow } from '../flows/registry';
import type { Handlers, Sender } from '../messaging';
import { PORTALS } from '../portals';
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

/** The popup's requests (open a tab, read another tab's state) never come from a portal page's content script. */
function fromExtensionPage(sender: Sender): void {
  if (!sender.extensionPage) throw new Error('guide: only the popup may ask this');
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
  async 'guide.tabState'(request, sender) {
    fromExtensionPage(sender);
    const tabId = request.tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return { tabId: null, state: null };
    const key = tabKey(tabId);
    return { tabId, state: checkTabState((await browser.storage.session.get(key))[key]) };
  },
  async 'guide.startFlow'(request, sender) {
    fromExtensionPage(sender);
    const flow = findGuideFlow(request.flowId);
    if (!flow) return { ok: false, tabId: null };
    // The portal's own address (its pages' paths are the portal's to choose): the guide takes it from there.
    const tab = await browser.tabs.create({ url: `https://${PORTALS[flow.portal].hosts[0]}/` });
    if (tab.id === undefined) return { ok: false, tabId: null };
    const state = checkTabState({ flowId: flow.id, chosenBy: 'user', updatedAt: Date.now() });
    await browser.storage.session.set({ [tabKey(tab.id)]: state });
    return { ok: true, tabId: tab.id };
  },
  async 'guide.show'(request, sender) {
    fromExtensionPage(sender);
    const tabId = request.tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return { ok: false };
    const answered = await browser.tabs.sendMessage(tabId, { type: 'guide.show' }).then(
      () => true,
      () => false,
    );
    return { ok: answered };
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
