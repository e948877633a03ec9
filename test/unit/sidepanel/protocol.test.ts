/**
 * The side panel's messages (lib/sidepanel): the page's guard on the panel's actions refuses
 * anything malformed, the view model the page sends is data only and passes the panel's zod
 * check on real replica pages, the page's one-line hint, and the actions act on the page's guide
 * (a client only if the page's own picker lists it).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PORTAL_FEATURES } from '../../../lib/flows/features';
import { FLOWS, PAGES_BY_ID } from '../../../lib/flows/registry';
import { rulesAdapter } from '../../../lib/guide/explain';
import { type Guide, type GuideView, startGuide } from '../../../lib/guide/runtime';
import type { ClientSummary } from '../../../lib/messaging';
import type { PortalId } from '../../../lib/portals';
import {
  applyPanelAction,
  hintOf,
  type PanelAction,
  parsePanelAction,
  toPanelView,
} from '../../../lib/sidepanel/protocol';
import { checkPageMessage } from '../../../lib/sidepanel/schema';
import { DEFAULT_SETTINGS, type State } from '../../../lib/state';
import { loadReplica, type Replica } from '../../support/replica-dom';

const MEGA: ClientSummary = { kbo: '0417390703', name: 'Mega World NV', tags: [], school: false };
const PEETERS: ClientSummary = { kbo: '0566988259', name: 'Bouwbedrijf Peeters NV', tags: [], school: false };

let open: { replica: Replica; controller: AbortController } | undefined;
afterEach(() => {
  open?.controller.abort();
  open?.replica.close();
  open = undefined;
});

/** The guide on a replica page in happy-dom, settled (frames and answers flushed). */
async function guideOn(
  pageId: string,
  search = '',
): Promise<{ guide: Guide; replica: Replica; flush(): Promise<void> }> {
  const replica = loadReplica(pageId, 'plain', { search });
  const controller = new AbortController();
  const frames: (() => void)[] = [];
  const state: State = {
    activeClient: null,
    settings: { ...DEFAULT_SETTINGS, ownOrganisation: { name: 'SD WORX' } },
    clientsRevision: 1,
  };
  let tab: Parameters<Parameters<typeof startGuide>[0]['saveTabState']>[0] = null;
  const guide = startGuide({
    doc: replica.doc,
    portal: pageId.split('.')[0] as PortalId,
    flows: FLOWS,
    pages: PAGES_BY_ID,
    features: PORTAL_FEATURES[pageId.split('.')[0] as PortalId],
    signal: controller.signal,
    scheduler: { requestAnimationFrame: (cb) => frames.push(cb), setTimeout: () => 0 },
    readState: async () => state,
    watchState: () => undefined,
    loadTabState: async () => tab,
    saveTabState: async (next) => {
      tab = next;
    },
    searchClients: async (query) => [MEGA, PEETERS].filter((c) => c.name.toLowerCase().includes(query.toLowerCase())),
    getClient: async () => null,
    setActiveClient: async () => undefined,
    loadUi: async () => 'open',
    saveUi: async () => undefined,
    explain: rulesAdapter,
  });
  open = { replica, controller };
  await guide.ready;
  const flush = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      for (const cb of frames.splice(0)) cb();
    }
  };
  await flush();
  return { guide, replica, flush };
}

describe('the page refuses malformed panel actions', () => {
  it.each<[PanelAction]>([
    [{ type: 'step', index: 3 }],
    [{ type: 'step', index: null }],
    [{ type: 'service', title: 'Arbeidskaart' }],
    [{ type: 'client', kbo: '0417390703' }],
    [{ type: 'search', query: '' }],
    [{ type: 'page', pageId: 'wse.home' }],
    [{ type: 'page', pageId: null }],
    [{ type: 'flow', flowId: 'wse.vov.terugbetaling' }],
    [{ type: 'report', id: 1 }],
    [{ type: 'close' }],
  ])('accepts %j as it is', (action) => {
    expect(parsePanelAction(action)).toEqual(action);
  });

  it.each([
    [null],
    ['step'],
    [[{ type: 'close' }]],
    [{ type: 'click', selector: 'button' }],
    [{ type: '__proto__' }],
    [{ type: 'step', index: -1 }],
    [{ type: 'step', index: 1.5 }],
    [{ type: 'step', index: 2 ** 53 }],
    [{ type: 'step', index: '2' }],
    [{ type: 'step' }],
    [{ type: 'service', title: '' }],
    [{ type: 'service', title: 'x'.repeat(201) }],
    [{ type: 'client', kbo: '0417.390.703' }],
    [{ type: 'client', kbo: '2147812701' }],
    [{ type: 'client', kbo: MEGA }],
    [{ type: 'search', query: 'x'.repeat(201) }],
    [{ type: 'page', pageId: '' }],
    [{ type: 'flow', flowId: 42 }],
    [{ type: 'report', id: -3 }],
    [{ type: 'close', now: true }],
    [{ type: 'step', index: 1, selector: 'a' }],
  ])('refuses %j', (value) => {
    expect(parsePanelAction(value)).toBeUndefined();
  });

  it('never throws, and what it accepts it gives back the same', () => {
    const action = fc.record(
      {
        type: fc.constantFrom('step', 'service', 'client', 'search', 'page', 'flow', 'report', 'close', 'x'),
        index: fc.oneof(fc.integer(), fc.double(), fc.constant(null), fc.string()),
        title: fc.string({ maxLength: 210 }),
        kbo: fc.oneof(fc.stringMatching(/^[01]\d{9}$/), fc.string()),
        query: fc.string(),
        pageId: fc.oneof(fc.constant(null), fc.string({ maxLength: 90 })),
        flowId: fc.anything(),
        id: fc.oneof(fc.nat(), fc.integer(), fc.double()),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(action, fc.anything()), (input) => {
        const parsed = parsePanelAction(input);
        if (parsed) expect(parsePanelAction(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the view model the page sends', () => {
  it.each([
    ['wse.kbo-prompt', ''],
    ['wse.aanvragen-zonder-recht', '?kbo=0417390703'],
    ['wse.enkel-persoon', ''],
    ['wse.nieuws', ''],
    ['gb.recht-stap-1', ''],
    ['sz.welkom', ''],
  ])('%s: data only, without the page card’s own state, and it passes the panel’s check', async (pageId, search) => {
    const { guide } = await guideOn(pageId, search);
    const view = guide.getView();
    const panelView = toPanelView(view);
    expect('ui' in panelView).toBe(false);
    const { ui: _ui, ...rest } = view;
    expect(panelView).toEqual(JSON.parse(JSON.stringify(rest)));
    expect(checkPageMessage({ type: 'view', view: panelView })).toEqual({ type: 'view', view: panelView });
  });

  it('keeps the step list and the services the card draws', async () => {
    const { guide } = await guideOn('wse.aanvragen-zonder-recht', '?kbo=0417390703');
    const panelView = toPanelView(guide.getView());
    expect(panelView.step).toMatchObject({ stepId: 'dienst', number: 5, total: 9 });
    expect(panelView.steps).toHaveLength(9);
    expect(panelView.services?.map((s) => s.title)).toContain('Arbeidskaart');
    expect(panelView.services?.find((s) => s.status === 'right-missing')?.explanation?.title.nl).toBeTruthy();
    expect(panelView.picker).toBeUndefined();
  });

  it('the panel drops what does not fit: a forged view, an unknown message', () => {
    const good = {
      portal: 'wse',
      lang: 'nl',
      flows: [],
      target: 'none',
      warnings: [],
      explanations: [],
      announcement: '',
      cardPlace: 'page',
    };
    expect(checkPageMessage({ type: 'view', view: good })).toBeDefined();
    expect(checkPageMessage({ type: 'view', view: { ...good, portal: 'example' } })).toBeUndefined();
    expect(checkPageMessage({ type: 'view', view: { ...good, step: { stepId: 'x' } } })).toBeUndefined();
    expect(
      checkPageMessage({
        type: 'view',
        view: { ...good, picker: { query: '', clients: [{ kbo: 'x' }], active: null, loading: false } },
      }),
    ).toBeUndefined();
    expect(checkPageMessage({ type: 'script', code: 'alert(1)' })).toBeUndefined();
    expect(checkPageMessage({ type: 'report', id: 1, report: null })).toEqual({ type: 'report', id: 1, report: null });
    expect(checkPageMessage({ type: 'report', id: 1, report: { format: 'other' } })).toBeUndefined();
  });
});

describe("the page's one-line hint", () => {
  const base = { lang: 'nl' as const, quiet: undefined, unsure: undefined };
  const step = { title: { nl: 'KBO-nummer van de klant', en: "The client's KBO number" } } as GuideView['step'];
  it('names the step and where the rest is, in the card’s language', () => {
    expect(hintOf({ ...base, step })).toEqual({ title: 'KBO-nummer van de klant', more: 'Meer in het zijpaneel' });
    expect(hintOf({ ...base, lang: 'en', step })).toEqual({
      title: "The client's KBO number",
      more: 'More in the side panel',
    });
  });
  it('asks which screen this is when unsure; nothing on a page without a step', () => {
    expect(hintOf({ ...base, unsure: { candidates: [], steps: [] } })?.title).toBe('Welk scherm is dit?');
    expect(hintOf({ ...base, step, quiet: true })).toBeUndefined();
    expect(hintOf(base)).toBeUndefined();
  });
});

describe('the actions act on the page’s guide', () => {
  it('"Volgende stap", a search and a client the page lists; a client it does not list fills nothing', async () => {
    const { guide, replica, flush } = await guideOn('wse.kbo-prompt');
    const field = replica.doc.querySelector<HTMLInputElement>('input[name="kbo"], input#kbo, input[type="text"]');
    applyPanelAction(guide, { type: 'search', query: 'mega' });
    await flush();
    expect(guide.getView().picker?.clients.map((c) => c.kbo)).toEqual([MEGA.kbo]);
    const pick = vi.spyOn(guide, 'pickClient');
    applyPanelAction(guide, { type: 'client', kbo: PEETERS.kbo });
    expect(pick).not.toHaveBeenCalled();
    applyPanelAction(guide, { type: 'client', kbo: MEGA.kbo });
    expect(pick).toHaveBeenCalledWith(MEGA);
    await flush();
    expect(field?.value).toBe(MEGA.kbo);
    applyPanelAction(guide, { type: 'step', index: 3 });
    await flush();
    expect(guide.getView().step?.stepId).toBe('home');
    const answer = applyPanelAction(guide, { type: 'report', id: 7 });
    expect(answer).toMatchObject({ type: 'report', id: 7, report: { format: 'loketgids-report' } });
    expect(checkPageMessage(JSON.parse(JSON.stringify(answer)))).toBeDefined();
  });
});
