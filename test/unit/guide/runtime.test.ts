/**
 * The guide runtime against replica pages in happy-dom: step derivation, the target mark and its
 * cleanup when the page replaces its DOM, the "what to look for" fallback after ~3 s, live field
 * checks, the client pick (fill as a person + active client) and never filling on load.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PORTAL_FEATURES } from '../../../lib/flows/features';
import { FLOWS, PAGES, PAGES_BY_ID } from '../../../lib/flows/registry';
import { readPage } from '../../../lib/guide/dom';
import { rulesAdapter } from '../../../lib/guide/explain';
import { recognise, withPages } from '../../../lib/guide/recognise';
import {
  type Guide,
  type GuideDeps,
  startGuide,
  TARGET_ATTRIBUTE,
  TARGET_TIMEOUT_MS,
} from '../../../lib/guide/runtime';
import type { TabState } from '../../../lib/guide/tab-state';
import type { ClientSummary } from '../../../lib/messaging';
import type { PortalId } from '../../../lib/portals';
import { DEFAULT_SETTINGS, type Settings, type State } from '../../../lib/state';
import { loadReplica, type Replica, renderSpa } from '../../support/replica-dom';

const MEGA: ClientSummary = { kbo: '0417390703', name: 'Mega World NV', tags: [], school: false };
const SCHOOL: ClientSummary = { kbo: '0428759497', name: 'Sint-Jozefschool', tags: [], school: true };
const PEETERS: ClientSummary = { kbo: '0566988259', name: 'Bouwbedrijf Peeters NV', tags: [], school: false };
const CLIENTS = [MEGA, PEETERS, SCHOOL];

interface Harness {
  guide: Guide;
  replica: Replica;
  flush(): Promise<void>;
  advance(ms: number): Promise<void>;
  tab: { value: TabState | null };
  setActive: ReturnType<typeof vi.fn>;
  controller: AbortController;
}

let current: Harness | undefined;
afterEach(() => {
  current?.controller.abort();
  current?.replica.close();
  current = undefined;
});

async function start(
  pageId: string,
  options: {
    variant?: 'plain' | 'vl' | 'spa';
    portal?: PortalId;
    settings?: Partial<Settings>;
    active?: ClientSummary | null;
    tab?: TabState | null;
    search?: string;
    /** Extra or other dependencies (corrections, policy, failure counts). */
    deps?: Partial<GuideDeps>;
  } = {},
): Promise<Harness> {
  const replica = loadReplica(pageId, options.variant ?? 'plain', { search: options.search });
  const frames: (() => void)[] = [];
  let clock = 0;
  const timers: { at: number; cb: () => void }[] = [];
  const controller = new AbortController();
  const tab = { value: options.tab ?? null };
  const setActive = vi.fn(async () => undefined);
  const state: State = {
    activeClient: options.active ?? null,
    settings: { ...DEFAULT_SETTINGS, ownOrganisation: { name: 'SD WORX' }, ...options.settings },
    clientsRevision: 1,
  };
  const deps: GuideDeps = {
    doc: replica.doc,
    portal: options.portal ?? (pageId.split('.')[0] as PortalId),
    flows: FLOWS,
    pages: PAGES_BY_ID,
    features: PORTAL_FEATURES[options.portal ?? (pageId.split('.')[0] as PortalId)],
    signal: controller.signal,
    scheduler: {
      requestAnimationFrame: (cb) => frames.push(cb),
      setTimeout: (cb, ms) => timers.push({ at: clock + ms, cb }),
    },
    readState: async () => state,
    watchState: () => undefined,
    loadTabState: async () => tab.value,
    saveTabState: async (next) => {
      tab.value = next;
    },
    searchClients: async (query) => CLIENTS.filter((c) => c.name.toLowerCase().includes(query.toLowerCase())),
    getClient: async (kbo) => CLIENTS.find((c) => c.kbo === kbo) ?? null,
    setActiveClient: setActive,
    loadUi: async () => 'open',
    saveUi: async () => undefined,
    explain: rulesAdapter,
    now: () => clock,
    ...options.deps,
  };
  const guide = startGuide(deps);
  await guide.ready;
  const flush = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const queued = frames.splice(0);
      for (const cb of queued) cb();
    }
  };
  // Time passes in small steps, so timers set by timers (the coalesced re-detection) run too.
  const advance = async (ms: number) => {
    const end = clock + ms;
    while (clock < end) {
      clock = Math.min(end, clock + 20);
      for (const timer of timers.filter((t) => t.at <= clock)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.cb();
      }
      await flush();
    }
  };
  await flush();
  current = { guide, replica, flush, advance, tab, setActive, controller };
  return current;
}

function marked(doc: Document): Element[] {
  const out = [...doc.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)];
  for (const host of doc.querySelectorAll('*')) {
    if (host.shadowRoot) out.push(...host.shadowRoot.querySelectorAll(`[${TARGET_ATTRIBUTE}]`));
  }
  return out;
}

describe('step derivation', () => {
  it('derives the step from the page and marks its target', async () => {
    const { guide, replica } = await start('wse.aanmelden');
    const view = guide.getView();
    expect(view.flowId).toBe('wse.ss.aanvraag-voor-klant');
    expect(view.step).toMatchObject({ stepId: 'aanmelden', number: 1, total: 9 });
    expect(view.announcement).toBe('Stap 1 van 9: Aanmelden als organisatie');
    expect(marked(replica.doc).map((el) => el.getAttribute(TARGET_ATTRIBUTE))).toEqual(['aanmelden']);
  });

  it("takes the content script's first look once, then reads the page itself", async () => {
    // A look at another screen stands for what the content script saw: the first round trusts it,
    // the round after the page changes reads the page.
    const other = loadReplica('wse.kbo-prompt', 'plain');
    const view = readPage(other.doc, other.url);
    const found = withPages(
      recognise(
        PAGES.filter((page) => page.id.startsWith('wse.')),
        view,
        { verdict: true },
      ),
      PAGES_BY_ID,
    );
    let taken = 0;
    const firstLook = () => (taken++ === 0 && found ? { view, recognition: found } : undefined);
    const { guide, replica, advance } = await start('wse.aanmelden', { deps: { firstLook } });
    expect(found?.kind).toBe('sure');
    expect(guide.getView().step?.stepId).not.toBe('aanmelden');
    replica.doc.body.append(replica.doc.createElement('p'));
    await advance(400);
    expect(guide.getView().step).toMatchObject({ stepId: 'aanmelden', number: 1 });
    expect(marked(replica.doc).map((el) => el.getAttribute(TARGET_ATTRIBUTE))).toEqual(['aanmelden']);
    other.close();
  });

  it('picks the flow by profile: werkgever → wse.vov.terugbetaling', async () => {
    const { guide } = await start('wse.home', { settings: { profile: 'werkgever' } });
    expect(guide.getView().flowId).toBe('wse.vov.terugbetaling');
    expect(guide.getView().step).toMatchObject({ stepId: 'home', number: 3, total: 8 });
  });

  it('uses progress to tell the second KBO prompt from the first', async () => {
    const tab: TabState = { flowId: 'wse.ss.aanvraag-voor-klant', chosenBy: 'default', lastIndex: 4, updatedAt: 0 };
    const { guide } = await start('wse.kbo-prompt-aanvraag', { tab });
    expect(guide.getView().step).toMatchObject({ stepId: 'klant-opnieuw', number: 6 });
  });

  it('resumes after a reload: progress is kept per tab', async () => {
    const first = await start('wse.home');
    expect(first.tab.value).toMatchObject({ flowId: 'wse.ss.aanvraag-voor-klant', lastStepId: 'home', lastIndex: 3 });
  });

  it('on gebruikersbeheer the page picks its flow', async () => {
    const { guide } = await start('gb.snel-recht-persoon', { settings: { profile: 'lokale-beheerder' } });
    expect(guide.getView().flowId).toBe('gb.snel-recht-toekennen');
    expect(guide.getView().step?.stepId).toBe('persoon');
  });

  it('shows the problem state and the rules-engine explanation when only a personal name shows', async () => {
    const { guide, replica } = await start('wse.enkel-persoon');
    const view = guide.getView();
    expect(view.step).toMatchObject({ stepId: 'organisatie', problem: true });
    expect(view.explanations[0]?.gaps.map((g) => g.id)).toContain('werkrelatie');
    expect(view.explanations[0]?.message?.nl).toMatch(/^Beste /);
    expect(marked(replica.doc)).toEqual([]);
  });
});

describe('targets', () => {
  it('says in words what to look for when the target is not found within ~3 s', async () => {
    const { guide, advance } = await start('wse.organisatie-kiezen', {
      settings: { ownOrganisation: { name: 'Acerta' } },
    });
    expect(guide.getView().target).toBe('searching');
    expect(guide.getView().lookFor).toBeUndefined();
    await advance(TARGET_TIMEOUT_MS + 100);
    expect(guide.getView().target).toBe('missing');
    expect(guide.getView().lookFor?.nl).toContain('niet op uw eigen naam');
  });

  it('leaves no stale mark when the page replaces its DOM', async () => {
    const { guide, replica, flush } = await start('wse.kbo-prompt', { variant: 'spa' });
    const [field] = marked(replica.doc);
    expect(field?.getAttribute(TARGET_ATTRIBUTE)).toBe('klant');
    // The app navigates: its shadow root is re-rendered from another template.
    replica.window.history.pushState({}, '', '/aanmelden/organisatie');
    renderSpa(replica.doc, '/aanmelden/organisatie');
    guide.tick();
    await flush();
    expect(field?.isConnected).toBe(false);
    expect(field?.hasAttribute(TARGET_ATTRIBUTE)).toBe(false);
    expect(marked(replica.doc).map((el) => el.getAttribute(TARGET_ATTRIBUTE))).toEqual(['organisatie']);
    expect(guide.getView().step?.stepId).toBe('organisatie');
  });

  it('removes the mark when the overlay is dismissed and on abort', async () => {
    const h = await start('wse.home');
    expect(marked(h.replica.doc)).toHaveLength(1);
    h.guide.setUi('dismissed');
    expect(marked(h.replica.doc)).toHaveLength(0);
    h.guide.setUi('open');
    expect(marked(h.replica.doc)).toHaveLength(1);
    h.controller.abort();
    expect(marked(h.replica.doc)).toHaveLength(0);
  });
});

describe('the KBO prompt', () => {
  it('offers the client list and never fills the field on load', async () => {
    const { guide, replica, flush } = await start('wse.kbo-prompt', { active: MEGA });
    await flush();
    expect(guide.getView().picker?.clients.map((c) => c.name)).toEqual(CLIENTS.map((c) => c.name));
    expect((replica.doc.getElementById('kbo-nummer') as HTMLInputElement).value).toBe('');
  });

  it('fills the field as a person would on a pick and makes the client active', async () => {
    const { guide, replica, setActive } = await start('wse.kbo-prompt');
    const field = replica.doc.getElementById('kbo-nummer') as HTMLInputElement;
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change']) field.addEventListener(type, () => events.push(type));
    await guide.pickClient(MEGA);
    expect(field.value).toBe('0417390703');
    expect(events).toEqual(['focus', 'input', 'change']);
    expect(replica.doc.activeElement).toBe(field);
    expect(setActive).toHaveBeenCalledWith('0417390703');
    expect(guide.getView().picker?.active?.kbo).toBe('0417390703');
  });

  it("never fills a school's KBO number: the seed's warning instead", async () => {
    const { guide, replica, setActive } = await start('wse.kbo-prompt');
    await guide.pickClient(SCHOOL);
    expect((replica.doc.getElementById('kbo-nummer') as HTMLInputElement).value).toBe('');
    expect(setActive).not.toHaveBeenCalled();
    expect(guide.getView().warnings[0]).toMatchObject({ id: 'kbo-school', level: 'error' });
    expect(guide.getView().warnings[0]?.text.nl).toContain('geen KBO-nummer van een school');
  });

  it.each([
    ['0417.390.704', 'kbo-ongeldig', /ongeldig.*verwacht 03/i],
    ['2147.812.701', 'kbo-ongeldig', /ongeldig.*vestigingseenheidsnummer/i],
    ['0428 759 497', 'kbo-school', /school/],
    ['BE0417390703', 'kbo-klant', /Mega World NV/],
  ])('checks a number typed by hand live: %s → %s', async (typed, id, text) => {
    const { guide, replica, flush } = await start('wse.kbo-prompt');
    const field = replica.doc.getElementById('kbo-nummer') as HTMLInputElement;
    field.value = typed;
    field.dispatchEvent(new replica.window.Event('input', { bubbles: true }) as unknown as Event);
    await flush();
    const warning = guide.getView().warnings.find((w) => w.id === id);
    expect(warning?.text.nl).toMatch(text);
  });

  it('waits for more digits before calling a short number invalid, until typing stops', async () => {
    const { guide, replica, advance, flush } = await start('wse.kbo-prompt');
    const field = replica.doc.getElementById('kbo-nummer') as HTMLInputElement;
    field.value = '0417';
    field.dispatchEvent(new replica.window.Event('input', { bubbles: true }) as unknown as Event);
    await flush();
    expect(guide.getView().warnings).toEqual([]);
    await advance(800);
    expect(guide.getView().warnings[0]?.id).toBe('kbo-ongeldig');
  });
});

describe('after login', () => {
  it('warns when the top-line KBO differs from the active client, both numbers formatted', async () => {
    const { guide } = await start('wse.home', { active: PEETERS });
    const warning = guide.getView().warnings.find((w) => w.id === 'kbo-mismatch');
    expect(warning?.text.nl).toContain('0417.390.703');
    expect(warning?.text.nl).toContain('0566.988.259');
  });

  it('confirms a matching client', async () => {
    const { guide } = await start('wse.formulier', { active: MEGA, tab: null });
    expect(guide.getView().warnings.map((w) => w.id)).toEqual(['kbo-juist']);
  });

  it('annotates the services and points at the VOV button in the werkgever flow', async () => {
    const { guide, replica } = await start('wse.aanvragen-zonder-recht', { settings: { profile: 'werkgever' } });
    const services = guide.getView().services ?? [];
    expect(services.map((s) => [s.title, s.status])).toEqual([
      ['Doelgroepvermindering oudere werknemers', 'available'],
      ['Aanvraag Vlaamse ondersteuningspremie', 'right-missing'],
      ['Arbeidskaart', 'available'],
      ['Terugbetalingsaanvraag Vlaams opleidingsverlof', 'right-missing'],
      ['Erkenning als dienstenchequebedrijf', 'available'],
    ]);
    const vov = services.find((s) => s.title.startsWith('Terugbetalingsaanvraag'));
    expect(vov?.chosen).toBe(true);
    expect(vov?.explanation?.gaps.map((g) => g.id)).toEqual([
      'recht:dwse-organisatieverantwoordelijke#opleidingsverlof',
    ]);
    expect(vov?.explanation?.message?.nl).toContain('opleidingsverlof');
    const [target] = marked(replica.doc);
    expect(target?.getAttribute('href')).toContain('vlaams-opleidingsverlof');
    expect(target?.textContent).toBe('Gebruikersrecht aanvragen');
  });

  it('lets the secretariat choose a service, which becomes the target', async () => {
    const { guide, replica, tab } = await start('wse.aanvragen');
    expect(marked(replica.doc)).toEqual([]);
    guide.chooseService('Arbeidskaart');
    expect(tab.value?.service).toBe('Arbeidskaart');
    expect(marked(replica.doc)[0]?.getAttribute('href')).toContain('dienst=arbeidskaart');
  });
});

describe('gebruikersbeheer', () => {
  it('checks a rijksregisternummer live and keeps it out of the tab state', async () => {
    const { guide, replica, flush, tab } = await start('gb.snel-recht-persoon');
    const field = replica.doc.getElementById('rrn') as HTMLInputElement;
    field.value = '93051822362';
    field.dispatchEvent(new replica.window.Event('input', { bubbles: true }) as unknown as Event);
    await flush();
    const warning = guide.getView().warnings[0];
    expect(warning?.id).toBe('rrn-ongeldig');
    expect(warning?.text.nl).toMatch(/ongeldig/i);
    expect(JSON.stringify(guide.getView())).not.toContain('93051822362');
    expect(JSON.stringify(tab.value)).not.toContain('930518');
  });

  it('explains the werkplekduaal roles', async () => {
    const { guide } = await start('gb.snel-recht-recht', { variant: 'vl' });
    expect(guide.getView().facts?.items.map((f) => f.id)).toEqual([
      'rol:beheerder',
      'rol:behandelaar',
      'rol:medewerker',
      'rol:stemgerechtigde',
    ]);
  });
});

describe('flows switched off, and failure counts (issue 10)', () => {
  it('never offers or starts a flow switched off in the settings or by policy', async () => {
    const { guide } = await start('gb.beheer', {
      settings: { profile: 'lokale-beheerder', disabledFlows: ['gb.koppel-gebruiker'] },
      deps: { loadExtras: async () => ({ corrections: [], disabledFlows: ['gb.snel-recht-toekennen'], steps: [] }) },
    });
    const view = guide.getView();
    expect(view.flows.map((f) => f.id)).toEqual(['gb.ken-recht-toe']);
    expect(view.flowId).toBe('gb.ken-recht-toe');
    guide.chooseFlow('gb.koppel-gebruiker');
    expect(guide.getView().flowId).toBe('gb.ken-recht-toe');
  });

  it('follows the policy when it changes while the page is open', async () => {
    let push: ((extras: { corrections: []; disabledFlows: string[]; steps: [] }) => void) | undefined;
    const { guide, flush } = await start('gb.beheer', {
      settings: { profile: 'lokale-beheerder' },
      deps: {
        loadExtras: async () => ({ corrections: [], disabledFlows: [], steps: [] }),
        watchExtras: (cb) => {
          push = cb;
        },
      },
    });
    expect(guide.getView().flowId).toBe('gb.koppel-gebruiker');
    push?.({ corrections: [], disabledFlows: ['gb.koppel-gebruiker'], steps: [] });
    await flush();
    expect(guide.getView().flows.map((f) => f.id)).not.toContain('gb.koppel-gebruiker');
    expect(guide.getView().flowId).not.toBe('gb.koppel-gebruiker');
  });

  it("uses a pack's steps: an overriding instruction, an added step in the count and the step list", async () => {
    const steps = [
      {
        flow: 'gb.koppel-gebruiker',
        step: {
          id: 'organisatie',
          page: 'gb.koppel-stap-1',
          target: 'organisatie-veld',
          title: { nl: 'Organisatie kiezen', en: 'Choose the organisation' },
          instruction: { nl: 'Typ het KBO-nummer van de klant.', en: "Type the client's KBO number." },
        },
      },
      {
        flow: 'gb.koppel-gebruiker',
        after: 'gebruiker',
        step: {
          id: 'aanmelden',
          page: 'gb.aanmelden',
          title: { nl: 'Aanmelden als entiteit', en: 'Log in as an entity' },
          instruction: { nl: 'Meld u aan.', en: 'Log in.' },
        },
      },
    ];
    const { guide } = await start('gb.koppel-stap-1', {
      settings: { profile: 'lokale-beheerder' },
      deps: { loadExtras: async () => ({ corrections: [], disabledFlows: [], steps }) },
    });
    const view = guide.getView();
    expect(view.step?.instruction.nl).toBe('Typ het KBO-nummer van de klant.');
    expect([view.step?.number, view.step?.total]).toEqual([3, 6]);
    expect(view.steps?.map((s) => s.id)).toEqual([
      'gebruiker',
      'aanmelden',
      'organisatie',
      'werkrelatie',
      'bevestig',
      'klaar',
    ]);
    expect(view.target).not.toBe('none');
  });

  it('counts a step shown without its target once, not on every detection', async () => {
    const counted: unknown[] = [];
    const { guide, advance, replica } = await start('gb.beheer', {
      settings: { profile: 'lokale-beheerder' },
      deps: { countFailure: (entry) => counted.push(entry) },
    });
    for (const link of replica.doc.querySelectorAll('a[href="/koppel/stap-1"]')) link.remove();
    guide.schedule();
    await advance(TARGET_TIMEOUT_MS + 200);
    guide.tick();
    guide.tick();
    expect(guide.getView().target).toBe('missing');
    expect(counted).toEqual([{ flow: 'gb.koppel-gebruiker', step: 'gebruiker', kind: 'no-target' }]);
  });
});

describe('"Vorige stap" / "Volgende stap" (goToStep)', () => {
  it('shows the next step, marks nothing when it happens on another screen, and goes back', async () => {
    const { guide, replica, flush, tab } = await start('wse.kbo-prompt');
    expect(guide.getView().step).toMatchObject({ stepId: 'klant', number: 3 });
    expect(guide.getView().steps?.map((s) => s.id)).toEqual([
      'aanmelden',
      'organisatie',
      'klant',
      'home',
      'dienst',
      'klant-opnieuw',
      'formulier',
      'bevestigen',
      'ontvangstbevestiging',
    ]);
    const saved = tab.value;
    guide.goToStep(3);
    await flush();
    const view = guide.getView();
    expect(view.step).toMatchObject({ stepId: 'home', number: 4, chosen: true, done: false });
    expect(view.step?.elsewhere?.nl).toBeTruthy();
    expect(view.target).toBe('none');
    expect(view.picker).toBeUndefined();
    expect(view.announcement).toBe("Stap 4 van 9: Naar 'Aanvraag'");
    expect(marked(replica.doc)).toEqual([]);
    // Reading ahead is no progress: the tab still says step 3.
    expect(tab.value?.lastIndex).toBe(saved?.lastIndex);
    guide.goToStep(null);
    await flush();
    expect(guide.getView().step).toMatchObject({ stepId: 'klant', number: 3 });
    expect(guide.getView().step?.chosen).toBeUndefined();
    expect(marked(replica.doc).map((el) => el.getAttribute(TARGET_ATTRIBUTE))).toEqual(['klant']);
  });

  it('a chosen step on this same screen (the KBO prompt twice) is marked and remembered', async () => {
    const { guide, replica, flush, tab } = await start('wse.kbo-prompt');
    guide.goToStep(5);
    await flush();
    expect(guide.getView().step).toMatchObject({ stepId: 'klant-opnieuw', number: 6, chosen: true });
    expect(guide.getView().step?.elsewhere).toBeUndefined();
    expect(guide.getView().picker).toBeDefined();
    expect(marked(replica.doc).map((el) => el.getAttribute(TARGET_ATTRIBUTE))).toEqual(['klant-opnieuw']);
    expect(tab.value).toMatchObject({ lastStepId: 'klant-opnieuw', lastIndex: 5 });
  });

  it('ends when the page is another screen, and ignores steps that do not exist', async () => {
    const { guide, replica, flush } = await start('wse.kbo-prompt', { variant: 'spa' });
    guide.goToStep(99);
    guide.goToStep(-1);
    guide.goToStep(1.5);
    await flush();
    expect(guide.getView().step).toMatchObject({ stepId: 'klant' });
    guide.goToStep(4);
    await flush();
    expect(guide.getView().step?.stepId).toBe('dienst');
    // The app moves on to the organisation screen: the page decides again.
    replica.window.history.pushState({}, '', '/aanmelden/organisatie');
    renderSpa(replica.doc, '/aanmelden/organisatie');
    guide.tick();
    await flush();
    expect(guide.getView().step).toMatchObject({ stepId: 'organisatie', number: 2 });
    expect(guide.getView().step?.chosen).toBeUndefined();
  });
});

describe('a page that keeps changing', () => {
  it('does not detect again for a counter far from what it reads, and does for a new heading', async () => {
    let ticks = 0;
    const { guide, replica, advance } = await start('wse.home', { deps: { onTick: () => ticks++ } });
    const doc = replica.doc;
    const counter = doc.createElement('span');
    counter.textContent = '100';
    const row = doc.createElement('div');
    row.append(counter);
    doc.querySelector('main')?.append(row);
    await advance(TARGET_TIMEOUT_MS + 500);
    // The row itself came (an element added): one detection; the target was found, no more.
    expect(guide.getView().target).toBe('found');
    ticks = 0;
    for (let n = 101; n < 200; n++) {
      counter.textContent = String(n);
      await advance(10);
    }
    await advance(1000);
    expect(ticks).toBe(0);
    const heading = doc.querySelector('h1') as HTMLElement;
    heading.textContent = 'Welkom in het WSE Loket 2';
    await advance(1000);
    expect(ticks).toBeGreaterThan(0);
  });
});
