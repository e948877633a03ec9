import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExplanationView } from '../../../lib/guide/explain-remote';
import type { ExplanationView } from '../../../lib/guide/explain-types';
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

describe('the popup’s requests (background)', () => {
  const tabState = guideHandlers['guide.tabState'];
  const start = guideHandlers['guide.startFlow'];
  const show = guideHandlers['guide.show'];

  it('are refused from a portal page’s content script', async () => {
    if (!tabState || !start || !show) throw new Error('handlers missing');
    const portalPage = { tabId: 4, extensionPage: false };
    await expect(start({ type: 'guide.startFlow', flowId: 'wse.vov.terugbetaling' }, portalPage)).rejects.toThrow(
      /popup/,
    );
    await expect(tabState({ type: 'guide.tabState', tabId: 4 }, portalPage)).rejects.toThrow(/popup/);
    await expect(show({ type: 'guide.show', tabId: 4 }, portalPage)).rejects.toThrow(/popup/);
  });

  it('start a known flow only, in a new tab on its portal, with the task chosen there', async () => {
    if (!start || !tabState) throw new Error('handlers missing');
    const popup = { extensionPage: true };
    expect(await start({ type: 'guide.startFlow', flowId: 'wse.nope' }, popup)).toEqual({ ok: false, tabId: null });
    const started = await start({ type: 'guide.startFlow', flowId: 'sz.profiel-wijzigen' }, popup);
    expect(started.ok).toBe(true);
    const tabId = started.tabId ?? -1;
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe('https://www.socialezekerheid.be/');
    const answer = await tabState({ type: 'guide.tabState', tabId }, popup);
    expect(parseTabState(answer.state)).toMatchObject({ flowId: 'sz.profiel-wijzigen', chosenBy: 'user' });
  });
});

describe('explanations from the background (the knowledge base stays out of portal pages)', () => {
  const explainGet = guideHandlers['explain.get'];
  const explainFacts = guideHandlers['explain.facts'];

  it('explains a service whose right is missing, with the person’s organisation in the request message', async () => {
    if (!explainGet) throw new Error('handler missing');
    const { explanation } = await explainGet(
      {
        type: 'explain.get',
        about: 'service',
        subject: 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
        goal: 'wse.vov.terugbetaling',
        facts: [],
        organisation: 'Bouwbedrijf Peeters NV',
      },
      { tabId: 1 },
    );
    expect(isExplanationView(explanation)).toBe(true);
    const view = explanation as ExplanationView;
    expect(view.gaps.map((g) => g.id)).toContain('recht:dwse-organisatieverantwoordelijke#opleidingsverlof');
    expect(view.message?.nl).toContain('Bouwbedrijf Peeters NV');
  });

  it('explains an observation, and answers null for one it does not know', async () => {
    if (!explainGet) throw new Error('handler missing');
    const known = await explainGet(
      {
        type: 'explain.get',
        about: 'observation',
        subject: 'wse.enkel-persoonlijke-naam',
        goal: 'wse.vov.terugbetaling',
        facts: [],
      },
      {},
    );
    expect((known.explanation as ExplanationView).gaps.map((g) => g.id)).toContain('werkrelatie');
    const unknown = await explainGet(
      { type: 'explain.get', about: 'observation', subject: 'bestaat-niet', goal: 'wse.vov.terugbetaling', facts: [] },
      {},
    );
    expect(unknown.explanation).toBeNull();
  });

  it('names what facts allow', async () => {
    if (!explainFacts) throw new Error('handler missing');
    const { facts } = await explainFacts({ type: 'explain.facts', ids: ['rol:beheerder'] }, {});
    expect(facts).toHaveLength(1);
  });

  it('refuses an answer that is not an explanation', () => {
    expect(isExplanationView({ id: 'x', title: { nl: 'a', en: 'b' }, gaps: [{ id: 3 }] })).toBe(false);
    expect(isExplanationView('<img src=x onerror=alert(1)>')).toBe(false);
  });
});
