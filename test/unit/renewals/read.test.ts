/**
 * The renewal tasks read on the Werkplek Duaal dashboard by their visible text: both markups
 * (`plain`, `vl`), the seed's own wording, the markup redesigned (classes renamed or gone,
 * wrappers, capitals), fields in another order, and pages that only talk about renewals. Then
 * through the guide: the card lists them most urgent first with their deadline, and the list goes
 * to the background once per page view, with the top line's organisation and KBO number.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PORTAL_FEATURES } from '../../../lib/flows/features';
import { FLOWS, PAGES_BY_ID } from '../../../lib/flows/registry';
import { readPage } from '../../../lib/guide/dom';
import { rulesAdapter } from '../../../lib/guide/explain';
import { parseRenewalTasks, readRenewals } from '../../../lib/guide/features/wpd-renewals';
import { type GuideDeps, startGuide } from '../../../lib/guide/runtime';
import type { TabState } from '../../../lib/guide/tab-state';
import type { Variant } from '../../../lib/practice/catalog';
import type { RenewalsSeen } from '../../../lib/renewals/model';
import { DEFAULT_SETTINGS, type State } from '../../../lib/state';
import { MUTATIONS, type MutationId, random } from '../../support/mutate';
import { allReplicas, loadReplica, openReplica, type Replica } from '../../support/replica-dom';

const TODAY = '2026-12-01';
const VARIANTS: Variant[] = ['plain', 'vl'];

let open: Replica | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

/** The dashboard replica with the days left of its two tasks set (the second one more urgent). */
function dashboard(variant: Variant, days: [number, number] = [148, 148]): Replica {
  open = loadReplica('wpd.dashboard', variant);
  const texts = [...open.doc.querySelectorAll('p, span')].filter((el) =>
    /Dagen resterend:\s*\d+$/.test(el.textContent ?? ''),
  );
  expect(texts).toHaveLength(2);
  texts.forEach((el, i) => {
    el.innerHTML = el.innerHTML.replace(/\d+(?=(<\/span>)?$)/, String(days[i]));
  });
  return open;
}

describe('the renewal tasks on the dashboard', () => {
  it.each(VARIANTS)('%s: both tasks, with erkenning, vestiging, opleiding and days left', (variant) => {
    const replica = dashboard(variant);
    const items = readRenewals(readPage(replica.doc, replica.url), TODAY);
    expect(
      items.map(({ erkenning, opleiding, daysLeft, deadline }) => ({ erkenning, opleiding, daysLeft, deadline })),
    ).toEqual([
      { erkenning: 'E/20170620/011723', opleiding: 'Verkoper', daysLeft: 148, deadline: '2027-04-28' },
      { erkenning: 'E/20170620/011724', opleiding: 'Winkelbediende', daysLeft: 148, deadline: '2027-04-28' },
    ]);
    expect(items[0]?.vestiging).toBe(
      variant === 'plain' ? 'Mega World (Heist-op-den-Berg)' : 'Mega World (Heist-op-d…',
    );
  });

  it.each(VARIANTS)('%s: most urgent first, whatever the order on the page', (variant) => {
    const replica = dashboard(variant, [40, 10]);
    const items = readRenewals(readPage(replica.doc, replica.url), TODAY);
    expect(items.map((item) => [item.erkenning, item.daysLeft, item.deadline])).toEqual([
      ['E/20170620/011724', 10, '2026-12-11'],
      ['E/20170620/011723', 40, '2027-01-10'],
    ]);
  });

  const redesigns: MutationId[] = ['rename-classes', 'remove-classes', 'add-wrappers', 'change-case', 'global-header'];
  it.each(VARIANTS.flatMap((variant) => redesigns.map((mutation) => [variant, mutation] as const)))(
    '%s after a redesign (%s): the same tasks',
    (variant, mutation) => {
      const replica = dashboard(variant, [7, 300]);
      MUTATIONS[mutation](replica.doc, random(5));
      const items = readRenewals(readPage(replica.doc, replica.url), TODAY);
      expect(items.map((item) => [item.erkenning, item.daysLeft])).toEqual([
        ['E/20170620/011723', 7],
        ['E/20170620/011724', 300],
      ]);
      expect(items.map((item) => item.opleiding.toLowerCase())).toEqual(['verkoper', 'winkelbediende']);
    },
  );

  it('reads the seed’s own wording (seed 004 "TAKEN"), the second task without its button', () => {
    const seed =
      'TAKEN Beslissen hernieuwing erkenning Erkenning: E/20170620/011723 Vestiging: Mega World (Heist-op-den-B... Opleiding: Verkoper Dagen resterend: 148  Verdergaan Beslissen hernieuwing erkenning Erkenning: E/20170620/011724 Vestiging: Mega World (Heist-op-den-Ber... Opleiding: Winkelbediende Dagen resterend: 148';
    expect(parseRenewalTasks(seed)).toEqual([
      {
        erkenning: 'E/20170620/011723',
        vestiging: 'Mega World (Heist-op-den-B...',
        opleiding: 'Verkoper',
        daysLeft: 148,
      },
      {
        erkenning: 'E/20170620/011724',
        vestiging: 'Mega World (Heist-op-den-Ber...',
        opleiding: 'Winkelbediende',
        daysLeft: 148,
      },
    ]);
  });

  it('takes the fields in any order, in capitals, and leaves the rest of the page out', () => {
    const text =
      'BESLISSEN HERNIEUWING ERKENNING Dagen resterend 3 Opleiding: Kok Erkenning: e/2019/77 Vestiging: De Smaak, Gent VERDERGAAN Onze dienstverlening Erkenningen Hier kunt u erkenningen aanvragen';
    expect(parseRenewalTasks(text)).toEqual([
      { erkenning: 'E/2019/77', vestiging: 'De Smaak, Gent', opleiding: 'Kok', daysLeft: 3 },
    ]);
  });

  it('leaves out what is not a whole task, a task shown twice, and bidi controls', () => {
    expect(parseRenewalTasks('Beslissen hernieuwing erkenning Erkenning: E/1 Opleiding: Kok')).toEqual([]);
    expect(parseRenewalTasks('Beslissen hernieuwing erkenning Dagen resterend: 4')).toEqual([]);
    const twice = 'Beslissen hernieuwing erkenning Erkenning: E/1 Dagen resterend: 4 Verdergaan';
    expect(parseRenewalTasks(`${twice} ${twice}`)).toHaveLength(1);
    const [task] = parseRenewalTasks(
      'Beslissen hernieuwing erkenning Erkenning: E/1 Vestiging: Mega\u202e World Opleiding: x Dagen resterend: 0',
    );
    expect(task).toEqual({ erkenning: 'E/1', vestiging: 'Mega World', opleiding: 'x', daysLeft: 0 });
    const [overdue] = parseRenewalTasks('Beslissen hernieuwing erkenning Erkenning: E/2 Dagen resterend: -3');
    expect(overdue?.daysLeft).toBe(-3);
  });

  it('caps what a task may hold', () => {
    const long = 'x'.repeat(400);
    const [task] = parseRenewalTasks(
      `Beslissen hernieuwing erkenning Erkenning: E/1 Vestiging: ${long} Opleiding: y Dagen resterend: 5`,
    );
    // A task is at most 600 characters: what is past that is the rest of the page.
    expect(task?.vestiging.length).toBeLessThanOrEqual(200);
    const many = Array.from(
      { length: 120 },
      (_, i) => `Beslissen hernieuwing erkenning Erkenning: E/${i} Dagen resterend: ${i} Verdergaan`,
    ).join(' ');
    expect(parseRenewalTasks(many)).toHaveLength(100);
  });

  it.each(allReplicas('wpd').filter(([id]) => id !== 'wpd.dashboard'))(
    '%s (%s): no renewal task to read',
    async (id, variant) => {
      open = await openReplica(id, variant);
      expect(readRenewals(readPage(open.doc, open.url), TODAY)).toEqual([]);
    },
  );

  // Written blind (lit: web components rendering late; drift: a redesign with the tasks as table
  // rows): the reader was not written for them.
  it.each(['lit', 'drift'] as const)(
    'wpd.dashboard (%s, written blind): the two renewal tasks, nothing else',
    async (variant) => {
      open = await openReplica('wpd.dashboard', variant);
      const read = readRenewals(readPage(open.doc, open.url), TODAY);
      expect(read.map((r) => r.erkenning).sort()).toEqual(['E/20170620/011723', 'E/20170620/011724']);
      for (const r of read) expect(r.deadline).toBe('2027-04-28');
    },
  );
});

// ---------------------------------------------------------------- through the guide

describe('the guide on the dashboard', () => {
  async function start(replica: Replica, options: { save?: boolean; clock?: { now: number } } = {}) {
    const frames: (() => void)[] = [];
    const controller = new AbortController();
    const saved: RenewalsSeen[] = [];
    const state: State = {
      activeClient: null,
      settings: { ...DEFAULT_SETTINGS, profile: 'werkgever' },
      clientsRevision: 1,
    };
    let tab: TabState | null = null;
    const deps: GuideDeps = {
      doc: replica.doc,
      portal: 'wpd',
      flows: FLOWS,
      pages: PAGES_BY_ID,
      features: PORTAL_FEATURES.wpd,
      signal: controller.signal,
      scheduler: { requestAnimationFrame: (cb) => frames.push(cb), setTimeout: () => 0 },
      readState: async () => state,
      watchState: () => undefined,
      loadTabState: async () => tab,
      saveTabState: async (next) => {
        tab = next;
      },
      searchClients: async () => [],
      getClient: async () => null,
      setActiveClient: async () => undefined,
      loadUi: async () => 'open',
      saveUi: async () => undefined,
      explain: rulesAdapter,
      ...(options.save === false ? {} : { saveRenewals: (seen: RenewalsSeen) => void saved.push(seen) }),
      // 1 December 2026, mid-morning local time.
      now: () => options.clock?.now ?? new Date(2026, 11, 1, 10, 30).getTime(),
    };
    const guide = startGuide(deps);
    await guide.ready;
    const flush = async () => {
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 0));
        for (const cb of frames.splice(0)) cb();
      }
    };
    await flush();
    return { guide, saved, flush, controller };
  }

  it.each(VARIANTS)('%s: the card lists them most urgent first; the background gets them once', async (variant) => {
    const replica = dashboard(variant, [40, 10]);
    const { guide, saved, flush, controller } = await start(replica);
    const view = guide.getView();
    expect(view.step?.stepId).toBe('dashboard');
    expect(view.renewals?.organisation).toBe('ACM');
    expect(view.renewals?.items.map((item) => [item.erkenning, item.deadline])).toEqual([
      ['E/20170620/011724', '2026-12-11'],
      ['E/20170620/011723', '2027-01-10'],
    ]);
    // More rounds of detection (the page changes elsewhere) send nothing new.
    replica.doc.body.append(replica.doc.createElement('div'));
    guide.tick();
    await flush();
    expect(saved).toEqual([
      {
        kbo: '0417390703',
        organisation: 'ACM',
        seenOn: TODAY,
        renewals: [
          {
            erkenning: 'E/20170620/011724',
            vestiging: variant === 'plain' ? 'Mega World (Heist-op-den-Berg)' : 'Mega World (Heist-op-d…',
            opleiding: 'Winkelbediende',
            deadline: '2026-12-11',
          },
          {
            erkenning: 'E/20170620/011723',
            vestiging: variant === 'plain' ? 'Mega World (Heist-op-den-Berg)' : 'Mega World (Heist-op-d…',
            opleiding: 'Verkoper',
            deadline: '2027-01-10',
          },
        ],
      },
    ]);
    // A task decided and gone from the dashboard: the new list is sent, without it.
    const tasks = [...replica.doc.querySelectorAll('a')].filter((a) => a.textContent === 'Verdergaan');
    tasks[1]?.parentElement?.remove();
    guide.tick();
    await flush();
    expect(saved.at(-1)?.renewals.map((r) => r.erkenning)).toEqual(['E/20170620/011723']);
    expect(guide.getView().renewals?.items).toHaveLength(1);
    controller.abort();
  });

  it('keeps nothing, and sends nothing, of the page but the tasks and the top line', async () => {
    const replica = dashboard('plain', [12, 30]);
    const { saved, controller } = await start(replica);
    const sent = JSON.stringify(saved);
    for (const other of ['Onze dienstverlening', 'Beheerscherm', 'cookies', 'Beheerder', '1700']) {
      expect(sent).not.toContain(other);
    }
    expect(Object.keys(saved[0] ?? {}).sort()).toEqual(['kbo', 'organisation', 'renewals', 'seenOn']);
    controller.abort();
  });

  it('a dashboard left open overnight keeps its deadlines; the card counts the days from today', async () => {
    const replica = dashboard('vl', [40, 10]);
    const clock = { now: new Date(2026, 11, 1, 23, 50).getTime() };
    const { guide, saved, flush, controller } = await start(replica, { clock });
    clock.now = new Date(2026, 11, 2, 8, 0).getTime();
    replica.doc.body.append(replica.doc.createElement('div'));
    guide.tick();
    await flush();
    expect(guide.getView().renewals?.items.map((item) => [item.deadline, item.daysLeft])).toEqual([
      ['2026-12-11', 9],
      ['2027-01-10', 39],
    ]);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.seenOn).toBe('2026-12-01');
    controller.abort();
  });

  it('without the top line (no organisation, no KBO): shows the tasks, keeps nothing', async () => {
    const replica = dashboard('plain', [12, 30]);
    replica.doc.querySelector('[aria-label="Aangemeld voor"]')?.remove();
    const { guide, saved, controller } = await start(replica);
    expect(guide.getView().renewals?.items).toHaveLength(2);
    expect(guide.getView().renewals?.organisation).toBeUndefined();
    expect(saved).toEqual([]);
    controller.abort();
  });
});
