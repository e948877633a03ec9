import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, guideHandlers, tabKey } from '../../../lib/guide/handlers';
import { parseTabState } from '../../../lib/guide/tab-state';

const state = { flowId: 'wse.vov.terugbetaling', chosenBy: 'user' as const, lastIndex: 2, updatedAt: 1 };
const get = guideHandlers['guide.getTabState'];
const set = guideHandlers['guide.setTabState'];

describe('per-tab guide state (background)', () => {
  it('keeps one state per tab in storage.session', async () => {
    if (!get || !set) throw new Error('handlers missing');
    await set({ type: 'guide.setTabState', state }, { tabId: 7 });
    expect(await get({ type: 'guide.getTabState' }, { tabId: 7 })).toEqual({ state });
    expect(await get({ type: 'guide.getTabState' }, { tabId: 8 })).toEqual({ state: null });
    expect((await fakeBrowser.storage.session.get(tabKey(7)))[tabKey(7)]).toEqual(state);
    await set({ type: 'guide.setTabState', state: null }, { tabId: 7 });
    expect(await get({ type: 'guide.getTabState' }, { tabId: 7 })).toEqual({ state: null });
  });

  it('refuses malformed state and messages from outside a tab', async () => {
    if (!get || !set) throw new Error('handlers missing');
    await expect(set({ type: 'guide.setTabState', state: { flowId: 3 } }, { tabId: 1 })).rejects.toThrow(/malformed/);
    await expect(get({ type: 'guide.getTabState' }, {})).rejects.toThrow(/tab/);
    expect(parseTabState({ ...state, rrn: '93051822361' })).toBeNull();
  });

  it('forgets a closed tab', async () => {
    if (!set) throw new Error('handlers missing');
    await set({ type: 'guide.setTabState', state }, { tabId: 3 });
    await forgetTab(3);
    expect(await fakeBrowser.storage.session.get(tabKey(3))).toEqual({});
  });
});
