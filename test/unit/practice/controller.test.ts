import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findGuideFlow } from '../../../lib/flows/registry';
import type { PracticeViewSummary } from '../../../lib/practice/bridge';
import {
  createPracticeController,
  type PracticeController,
  type PracticeControllerDeps,
  type PracticeState,
} from '../../../lib/practice/controller';
import { findScenario } from '../../../lib/practice/scenarios';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/state';

const VOV = 'wse.vov.terugbetaling';
const SS = 'wse.ss.aanvraag-voor-klant';
const WPD = 'wpd.ond.erkenning-hernieuwen';
const NOW = 1_760_000_000_000;

/** wse.vov.terugbetaling, step by step, as files (plain markup). */
const VOV_FILES = [
  '/practice/wse/aanmelden.plain.html',
  '/practice/wse/organisatie-kiezen.plain.html',
  '/practice/wse/home.plain.html',
  '/practice/wse/aanvragen.plain.html',
  '/practice/wse/kbo-prompt.plain.html',
  '/practice/wse/formulier.plain.html',
  '/practice/wse/bevestigen.plain.html',
  '/practice/wse/ontvangstbevestiging.plain.html',
];

interface Harness {
  controller: PracticeController;
  loads: string[];
  persisted: PracticeState[];
  last(): string | undefined;
}

function harness(extra: Partial<PracticeControllerDeps> = {}): Harness {
  const loads: string[] = [];
  const persisted: PracticeState[] = [];
  // Fake timers behind deps.setTimeout/clearTimeout, with our own numeric ids.
  const handles = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 1;
  const controller = createPracticeController({
    load: (url) => loads.push(url),
    persist: (state) => persisted.push(state),
    now: () => NOW,
    setTimeout: (cb, ms) => {
      const id = nextId++;
      handles.set(
        id,
        setTimeout(() => {
          handles.delete(id);
          cb();
        }, ms),
      );
      return id;
    },
    clearTimeout: (id) => {
      clearTimeout(handles.get(id));
      handles.delete(id);
    },
    ...extra,
  });
  return { controller, loads, persisted, last: () => loads.at(-1) };
}

const view = (flowId: string, number: number): PracticeViewSummary => ({
  flowId,
  stepId: findGuideFlow(flowId)?.steps[number - 1]?.id,
  number,
  target: 'found',
  unsure: false,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startFlow', () => {
  it('loads step 1’s file and sets the tab state', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    expect(loads).toEqual([VOV_FILES[0]]);
    expect(controller.getState().tab).toEqual({
      flowId: VOV,
      chosenBy: 'user',
      lastIndex: 0,
      lastStepId: 'aanmelden',
      updatedAt: NOW,
    });
    expect(controller.loadTabState()).toMatchObject({ flowId: VOV, chosenBy: 'user', lastIndex: 0 });
    expect(controller.stepIndex()).toBe(0);
    expect(controller.flow()?.id).toBe(VOV);
    expect(controller.getState().flowId).toBe(VOV);
  });

  it('an unknown flow changes nothing', () => {
    const { controller, loads } = harness();
    controller.startFlow('wse.bestaat-niet');
    expect(loads).toEqual([]);
    expect(controller.getState().flowId).toBeUndefined();
    expect(controller.stepIndex()).toBeUndefined();
  });

  it('leaves a scenario behind', () => {
    const { controller } = harness();
    controller.startScenario('werkgever-zonder-vov');
    controller.startFlow(SS);
    expect(controller.getState().scenarioId).toBeUndefined();
    expect(controller.scenario()).toBeUndefined();
    expect(controller.getState().tab?.flowId).toBe(SS);
  });

  it('tells subscribers, until they unsubscribe', () => {
    const { controller } = harness();
    const seen: (string | undefined)[] = [];
    const stop = controller.subscribe((state) => seen.push(state.flowId));
    controller.startFlow(VOV);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(VOV);
    stop();
    const count = seen.length;
    controller.next();
    expect(seen.length).toBe(count);
  });
});

describe('next and previous', () => {
  it('move one step and load its file', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    expect(controller.next()).toBe(true);
    expect(controller.next()).toBe(true);
    expect(controller.stepIndex()).toBe(2);
    expect(controller.getState().tab).toMatchObject({ lastIndex: 2, lastStepId: 'home' });
    expect(controller.previous()).toBe(true);
    expect(controller.stepIndex()).toBe(1);
    expect(loads).toEqual([VOV_FILES[0], VOV_FILES[1], VOV_FILES[2], VOV_FILES[1]]);
  });

  it('do not move past the ends', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    expect(controller.previous()).toBe(false);
    expect(controller.stepIndex()).toBe(0);
    expect(loads).toEqual([VOV_FILES[0]]);

    controller.goToStep(VOV_FILES.length - 1);
    expect(controller.next()).toBe(false);
    expect(controller.stepIndex()).toBe(VOV_FILES.length - 1);
    expect(loads).toEqual([VOV_FILES[0], VOV_FILES.at(-1)]);
  });

  it('return false before any flow', () => {
    const { controller, loads } = harness();
    expect(controller.next()).toBe(false);
    expect(controller.previous()).toBe(false);
    expect(loads).toEqual([]);
  });

  it('goToStep clamps to the flow', () => {
    const { controller } = harness();
    controller.startFlow(VOV);
    controller.goToStep(99);
    expect(controller.stepIndex()).toBe(VOV_FILES.length - 1);
    controller.goToStep(-5);
    expect(controller.stepIndex()).toBe(0);
  });
});

describe('presenter keys', () => {
  it('are ignored outside presenter mode', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', 'PageUp', 'Home', 'End']) {
      expect(controller.key(key)).toBe(false);
    }
    expect(controller.stepIndex()).toBe(0);
    expect(loads).toEqual([VOV_FILES[0]]);
  });

  it('are ignored in presenter mode before a flow is chosen', () => {
    const { controller, loads } = harness();
    controller.setPresenter(true);
    expect(controller.key('PageDown')).toBe(false);
    expect(loads).toEqual([]);
  });

  it.each(['PageDown', 'ArrowRight', 'ArrowDown'])('%s goes to the next step', (key) => {
    const { controller, last } = harness();
    controller.startFlow(VOV);
    controller.setPresenter(true);
    expect(controller.key(key)).toBe(true);
    expect(controller.stepIndex()).toBe(1);
    expect(last()).toBe(VOV_FILES[1]);
  });

  it.each(['PageUp', 'ArrowLeft', 'ArrowUp'])('%s goes to the previous step', (key) => {
    const { controller, last } = harness();
    controller.startFlow(VOV);
    controller.setPresenter(true);
    controller.goToStep(3);
    expect(controller.key(key)).toBe(true);
    expect(controller.stepIndex()).toBe(2);
    expect(last()).toBe(VOV_FILES[2]);
  });

  it('Home and End go to the first and last step; other keys are not used', () => {
    const { controller, last } = harness();
    controller.startFlow(VOV);
    controller.setPresenter(true);
    expect(controller.key('End')).toBe(true);
    expect(controller.stepIndex()).toBe(VOV_FILES.length - 1);
    expect(last()).toBe(VOV_FILES.at(-1));
    expect(controller.key('Home')).toBe(true);
    expect(controller.stepIndex()).toBe(0);
    expect(last()).toBe(VOV_FILES[0]);
    expect(controller.key('a')).toBe(false);
    expect(controller.key('Enter')).toBe(false);
    expect(controller.stepIndex()).toBe(0);
  });

  it('setPresenter shows the same step again (the card takes presenter mode on load)', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    controller.next();
    controller.setPresenter(true);
    expect(controller.getState().presenter).toBe(true);
    expect(loads).toEqual([VOV_FILES[0], VOV_FILES[1], VOV_FILES[1]]);
  });
});

describe('onView: the step list follows the guide', () => {
  it('a step number from the frame moves stepIndex, and next goes on from there', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    controller.onView(view(VOV, 4));
    expect(controller.stepIndex()).toBe(3);
    expect(controller.getState().view?.number).toBe(4);
    // Following the guide loads nothing: the frame already shows that page.
    expect(loads).toEqual([VOV_FILES[0]]);
    expect(controller.next()).toBe(true);
    expect(controller.stepIndex()).toBe(4);
    expect(loads.at(-1)).toBe(VOV_FILES[4]);
  });

  it('a view without a step number keeps the tab state’s step', () => {
    const { controller } = harness();
    controller.startFlow(VOV);
    controller.goToStep(2);
    controller.onView({ flowId: VOV, target: 'none', unsure: true });
    expect(controller.stepIndex()).toBe(2);
  });

  it('follows a different flow the guide took', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    controller.onView(view(SS, 3));
    expect(controller.getState().flowId).toBe(SS);
    expect(controller.flow()?.id).toBe(SS);
    expect(controller.stepIndex()).toBe(2);
    expect(loads).toEqual([VOV_FILES[0]]);
    controller.next();
    expect(loads.at(-1)).toBe('/practice/wse/home.plain.html');
  });

  it('the same view twice is told once', () => {
    const { controller } = harness();
    controller.startFlow(VOV);
    const seen: PracticeState[] = [];
    controller.subscribe((state) => seen.push(state));
    controller.onView(view(VOV, 2));
    controller.onView(view(VOV, 2));
    expect(seen).toHaveLength(1);
  });
});

describe('autoplay', () => {
  it('advances after delayMs and switches itself off at the last step', () => {
    const { controller, loads } = harness();
    controller.startFlow(WPD);
    controller.setAutoplay({ on: true, delayMs: 3000 });
    expect(controller.getState().autoplay).toEqual({ on: true, delayMs: 3000 });

    vi.advanceTimersByTime(2999);
    expect(controller.stepIndex()).toBe(0);
    expect(loads).toEqual(['/practice/wpd/dashboard.plain.html']);

    vi.advanceTimersByTime(1);
    expect(controller.stepIndex()).toBe(1);
    expect(loads).toEqual(['/practice/wpd/dashboard.plain.html', '/practice/wpd/hernieuwing.plain.html']);
    expect(controller.getState().autoplay.on).toBe(true);

    vi.advanceTimersByTime(3000);
    expect(controller.getState().autoplay).toEqual({ on: false, delayMs: 3000 });
    expect(loads).toHaveLength(2);
    vi.advanceTimersByTime(60_000);
    expect(loads).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('walks a whole flow at the chosen pace', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    controller.setAutoplay({ on: true, delayMs: 5000 });
    vi.advanceTimersByTime(5000 * (VOV_FILES.length - 1));
    expect(loads).toEqual(VOV_FILES);
    expect(controller.getState().autoplay.on).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(controller.getState().autoplay.on).toBe(false);
  });

  it('does nothing without a flow, and stops when switched off', () => {
    const { controller, loads } = harness();
    controller.setAutoplay({ on: true });
    vi.advanceTimersByTime(60_000);
    expect(loads).toEqual([]);

    controller.startFlow(VOV);
    vi.advanceTimersByTime(5000);
    expect(controller.stepIndex()).toBe(1);
    controller.setAutoplay({ on: false });
    vi.advanceTimersByTime(60_000);
    expect(controller.stepIndex()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('dispose cancels the timer', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    controller.setAutoplay({ on: true, delayMs: 3000 });
    controller.dispose();
    vi.advanceTimersByTime(60_000);
    expect(loads).toEqual([VOV_FILES[0]]);
  });
});

describe('settings: what the frame’s guide runs with', () => {
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    lang: 'en',
    profile: 'trainer',
    ownOrganisation: { name: 'Echte Organisatie', kbo: '0417390703' },
    facts: ['recht:dimona-mandaatuitvoerder'],
  };

  it('a scenario gives its profile and facts, the own organisation by profile, the user’s language', () => {
    const { controller } = harness();
    controller.startScenario('werkgever-zonder-vov');
    expect(controller.settings(base)).toEqual({
      ...base,
      lang: 'en',
      profile: 'werkgever',
      ownOrganisation: { name: 'Bouwbedrijf Peeters NV', kbo: '0566988259' },
      facts: ['werkrelatie'],
    });

    controller.startScenario('ss-zonder-dimona');
    const ss = controller.settings(base);
    expect(ss.profile).toBe('secretariaat');
    expect(ss.ownOrganisation).toEqual({ name: 'SD WORX' });
    expect(ss.facts).toEqual(['org-type:dimona-mandaatnemer', 'werkrelatie']);
    expect(ss.lang).toBe('en');
  });

  it('hands out a copy of the scenario’s facts', () => {
    const { controller } = harness();
    controller.startScenario('stts2-annuleren');
    const settings = controller.settings(base);
    settings.facts.push('profiel:stts3');
    expect(findScenario('stts2-annuleren')?.facts).toEqual(['gebruiker-sz', 'profiel:stts2']);
  });

  it('a flow without a scenario: the flow’s first profile, no facts (never the user’s)', () => {
    const { controller } = harness();
    controller.startFlow('gb.koppel-gebruiker');
    expect(controller.settings(base)).toMatchObject({
      profile: 'lokale-beheerder',
      ownOrganisation: { name: 'SD WORX' },
      facts: [],
      lang: 'en',
    });
    controller.startFlow(VOV);
    expect(controller.settings(base)).toMatchObject({
      profile: 'werkgever',
      ownOrganisation: { name: 'Bouwbedrijf Peeters NV', kbo: '0566988259' },
    });
  });

  it('before any flow, and for a flow without profiles: the user’s profile', () => {
    const { controller } = harness();
    expect(controller.settings({ ...base, profile: 'werkgever' })).toMatchObject({
      profile: 'werkgever',
      ownOrganisation: { name: 'Bouwbedrijf Peeters NV', kbo: '0566988259' },
      facts: [],
    });
    controller.startFlow('gb.ken-recht-toe');
    expect(controller.settings(base).profile).toBe('trainer');
  });
});

describe('startScenario', () => {
  it('loads the scenario’s page with its query and chooses its flow', () => {
    const { controller, loads } = harness();
    controller.startScenario('hernieuwing-10-dagen');
    expect(loads).toEqual(['/practice/wpd/dashboard.plain.html?dagen=10']);
    expect(controller.getState()).toMatchObject({ scenarioId: 'hernieuwing-10-dagen', flowId: WPD });
    expect(controller.getState().tab).toEqual({ flowId: WPD, chosenBy: 'user', updatedAt: NOW });
    expect(controller.scenario()?.id).toBe('hernieuwing-10-dagen');
  });

  it('starts on a page that is no step’s first replica', () => {
    const { controller, loads } = harness();
    controller.startScenario('werkgever-zonder-vov');
    expect(loads).toEqual(['/practice/wse/aanvragen-zonder-recht.plain.html']);
  });

  it('an unknown scenario changes nothing', () => {
    const { controller, loads } = harness();
    controller.startScenario('bestaat-niet');
    expect(loads).toEqual([]);
    expect(controller.getState().scenarioId).toBeUndefined();
  });
});

describe('navigate', () => {
  it('a replica page loads its file, query kept', () => {
    const { controller, loads } = harness();
    controller.navigate('https://wse-loket.vlaanderen.be/aanmelden/klant?kbo=0812345603');
    expect(loads).toEqual(['/practice/wse/kbo-prompt.plain.html?kbo=0812345603']);
    expect(controller.getState().notice).toBeUndefined();
  });

  it('an unknown portal path sets notice missing and loads nothing', () => {
    const { controller, loads } = harness();
    const url = 'https://wse-loket.vlaanderen.be/bestaat-niet';
    controller.navigate(url);
    expect(controller.getState().notice).toEqual({ kind: 'missing', url });
    expect(loads).toEqual([]);
  });

  it.each(['https://example.org/', 'http://wse-loket.vlaanderen.be/home'])(
    '%s sets notice outside and loads nothing',
    (url) => {
      const { controller, loads } = harness();
      controller.navigate(url);
      expect(controller.getState().notice).toEqual({ kind: 'outside', url });
      expect(loads).toEqual([]);
    },
  );

  it('a page after a notice clears it; dismissNotice clears it too', () => {
    const { controller, loads } = harness();
    controller.navigate('https://example.org/');
    controller.navigate('https://gebruikersbeheer.vlaanderen.be/beheer');
    expect(controller.getState().notice).toBeUndefined();
    expect(loads).toEqual(['/practice/gb/beheer.plain.html']);
    controller.navigate('https://gebruikersbeheer.vlaanderen.be/nergens');
    expect(controller.getState().notice?.kind).toBe('missing');
    controller.dismissNotice();
    expect(controller.getState().notice).toBeUndefined();
  });

  it('uses the look: vl markup, and fr on socialsecurity.be', () => {
    const { controller, loads } = harness();
    controller.setLook({ markup: 'vl', portalLang: 'de' });
    controller.navigate('https://wse-loket.vlaanderen.be/home');
    controller.navigate('https://www.socialsecurity.be/welkom');
    expect(loads).toEqual(['/practice/wse/home.vl.html', '/practice/sz/welkom.de.html']);
  });
});

describe('setLook', () => {
  it('reloads the current step in the new markup', () => {
    const { controller, loads } = harness();
    controller.startFlow(VOV);
    controller.next();
    controller.setLook({ markup: 'vl' });
    expect(controller.getState().look).toEqual({ markup: 'vl', portalLang: 'nl' });
    expect(controller.stepIndex()).toBe(1);
    expect(loads.at(-1)).toBe('/practice/wse/organisatie-kiezen.vl.html');
    controller.next();
    expect(loads.at(-1)).toBe('/practice/wse/home.vl.html');
  });

  it('takes the markup where the page has it, and the portal language where it has one', () => {
    const { controller, loads } = harness();
    controller.startFlow('sz.lokale-beheerder-aanduiden');
    controller.setLook({ markup: 'vl' });
    expect(loads.at(-1)).toBe('/practice/sz/home.vl.html');
    controller.setLook({ portalLang: 'fr' });
    expect(controller.getState().look).toEqual({ markup: 'vl', portalLang: 'fr' });
    expect(loads.at(-1)).toBe('/practice/sz/home.fr.html');
    controller.next();
    expect(loads.at(-1)).toBe('/practice/sz/werkgevers.fr.html');
  });

  it('before a flow: only the look changes', () => {
    const { controller, loads } = harness();
    controller.setLook({ markup: 'vl' });
    expect(loads).toEqual([]);
    expect(controller.getState().look.markup).toBe('vl');
  });
});

describe('persist and restore', () => {
  it('a reload (sessionStorage as JSON) comes back at the same flow, step and look', () => {
    const first = harness();
    first.controller.setLook({ markup: 'vl' });
    first.controller.startFlow(VOV);
    first.controller.next();
    first.controller.next();
    first.controller.setPresenter(true);
    const saved = first.persisted.at(-1);
    expect(saved?.tab).toMatchObject({ flowId: VOV, lastIndex: 2 });
    // As components/practice/Oefenmodus.tsx stores it: JSON, without the frame's view.
    const stored = JSON.parse(JSON.stringify({ ...saved, view: undefined })) as Partial<PracticeState>;

    const second = harness({ restore: () => stored });
    expect(second.controller.getState()).toMatchObject({
      look: { markup: 'vl', portalLang: 'nl' },
      presenter: true,
      flowId: VOV,
      tab: { flowId: VOV, chosenBy: 'user', lastIndex: 2, lastStepId: 'home', updatedAt: NOW },
    });
    expect(second.controller.stepIndex()).toBe(2);
    expect(second.loads).toEqual([]);
    second.controller.goToStep(second.controller.stepIndex() ?? -1);
    expect(second.last()).toBe(first.last());
    expect(second.last()).toBe('/practice/wse/home.vl.html');
    expect(second.controller.key('PageDown')).toBe(true);
    expect(second.controller.stepIndex()).toBe(3);
  });

  it('a scenario is restored with its settings', () => {
    const first = harness();
    first.controller.startScenario('behandelaar-stemmen');
    const stored = JSON.parse(JSON.stringify(first.persisted.at(-1))) as Partial<PracticeState>;
    const second = harness({ restore: () => stored });
    expect(second.controller.scenario()?.id).toBe('behandelaar-stemmen');
    expect(second.controller.settings(DEFAULT_SETTINGS)).toMatchObject({
      profile: 'sectoraal-partnerschap',
      facts: ['rol:behandelaar'],
    });
  });

  it('nothing to restore gives the defaults', () => {
    const { controller } = harness({ restore: () => undefined });
    expect(controller.getState()).toEqual({
      look: { markup: 'plain', portalLang: 'nl' },
      presenter: false,
      tab: null,
      autoplay: { on: false, delayMs: 5000 },
    });
  });

  it('saveTabState keeps what the frame’s guide saved, and persists it', () => {
    const { controller, persisted } = harness();
    controller.startFlow(VOV);
    const tab = { flowId: VOV, chosenBy: 'page' as const, lastIndex: 5, lastStepId: 'formulier', updatedAt: 1 };
    controller.saveTabState(tab);
    expect(controller.loadTabState()).toEqual(tab);
    expect(persisted.at(-1)?.tab).toEqual(tab);
    expect(controller.stepIndex()).toBe(5);
  });
});
