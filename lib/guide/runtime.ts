/**
 * The guide at run time, on one portal page: it watches the page, derives the flow and step,
 * finds and marks the target, runs the step's live checks and keeps a `GuideView` that the
 * overlay draws.
 *
 * Design note:
 * - Everything hangs on one AbortSignal and a scheduler (the WXT `ctx` in the content script,
 *   plain timers in tests): the MutationObserver(s), listeners and timers stop when it aborts.
 * - Mutations (document and every open shadow root) and `wxt:locationchange` only *schedule* a
 *   tick; a tick runs at most once per animation frame and costs one walk of the page
 *   (`readPage`). Nothing else happens per mutation.
 * - The target element carries `data-loketgids-target="<step id>"` only while its step is shown;
 *   a tick removes it from any other element and from a target the page has replaced.
 * - Field checks listen for `input`/`change` on the document (capture, composed path), so a field
 *   inside a shadow root or re-rendered by a single-page app is still checked.
 */
import { type Fitting, fittingCorrections, makeCorrection, taughtTarget, testCorrection } from '../corrections/apply';
import type { Correction } from '../corrections/model';
import { pickElement } from '../corrections/picker';
import { resolveLang } from '../i18n/lang';
import { formatKbo, normaliseKboInput } from '../ids';
import type { ClientSummary } from '../messaging';
import { applyPackSteps } from '../packs/apply';
import type { PackStep } from '../packs/steps';
import type { Settings } from '../state';
import { checkKboField, type GuideWarning } from './checks';
import type { StepMatch } from './detect';
import { mayRenderUnseen, type PageView, readPage } from './dom';
import type { ExplanationView } from './explain-types';
import { type FeatureContext, fieldOf, type ServiceView } from './features/types';
import { fillAsPerson, isFillable } from './fill';
import { followLayout } from './follow';
import { cardLang, type Lang, stepCount, textIn } from './lang';
import { type Recognition, recognise } from './recognise';
import { buildReport } from './report';
import { createTicker } from './schedule';
import type { Feature, Flow } from './schema';
import { chooseFlow } from './select';
import type { TabState } from './tab-state';
import { findTarget, scoreCandidates } from './target';
import type { Guide, GuideDeps, GuideView, StepView, UiMode } from './view';

export const TARGET_ATTRIBUTE = 'data-loketgids-target';
/** After this long without finding the target, the card says in words what to look for. */
export const TARGET_TIMEOUT_MS = 3000;
/** A screen the person chose stands until recognition is this sure of another one. */
const PIN_OVERRIDE = 0.85;
const SETTLE_MS = 700;

export { MAX_WAIT_MS, QUIET_MS } from './schedule';

export type { Guide, GuideDeps, GuideView, Ring, Scheduler, ServiceView, StepView, UiMode } from './view';

/**
 * Start the guide on a page.
 *
 * @example
 * const guide = startGuide({ doc: document, portal: 'wse', flows: FLOWS, pages: PAGES, signal: ctx.signal, scheduler: ctx, … });
 * guide.subscribe((view) => render(<Overlay view={view} guide={guide} />, container));
 */
export function startGuide(deps: GuideDeps): Guide {
  const { doc, portal, signal, scheduler } = deps;
  const now = deps.now ?? (() => Date.now());
  const listeners = new Set<(view: GuideView) => void>();

  let settings: Settings | undefined;
  let activeClient: ClientSummary | null = null;
  let clientsRevision = -1;
  let tab: TabState | null = null;
  let ui: UiMode = 'open';
  let loaded = false;

  let match: StepMatch | undefined;
  let flow: Flow | undefined;
  let stepKey = '';
  let stepShownAt = 0;
  let target: Element | undefined;
  let targetMissing = false;
  let fieldWarnings: GuideWarning[] = [];
  let topWarnings: GuideWarning[] = [];
  let services: ServiceView[] | undefined;
  /** Answers that lived as long as the guide (explanations), see `FeatureContext.ask`. */
  const memo = new Map<string, unknown>();
  function ask<T>(key: string, load: () => T | Promise<T>): T | undefined {
    if (memo.has(key)) return memo.get(key) as T | undefined;
    let value: T | Promise<T>;
    try {
      value = load();
    } catch {
      memo.set(key, undefined);
      return undefined;
    }
    if (value instanceof Promise) {
      memo.set(key, undefined);
      value.then(
        (answer) => {
          memo.set(key, answer);
          tickSoon();
        },
        () => undefined,
      );
      return undefined;
    }
    memo.set(key, value);
    return value;
  }
  let explanations: ExplanationView[] = [];
  let facts: GuideView['facts'];
  let renewals: GuideView['renewals'];
  let ticket: GuideView['ticket'];
  let picker: GuideView['picker'];
  let announcement = '';
  let lastView: GuideView | undefined;
  let lastSignature = '';
  let settleTimer = 0;
  let settleValue = '';
  let searchSeq = 0;
  let stepController: AbortController | undefined;
  let lastView_: PageView | undefined;
  let recognition: Recognition | undefined;
  let unsure: GuideView['unsure'];
  let pinnedNow = false;
  /** What people taught for this portal, and the flows switched off (settings and policy). */
  let corrections: Correction[] = [];
  let policyDisabled: string[] = [];
  /** Steps from flow packs (imported, and the policy's) that override or add to the flows by id. */
  let packSteps: PackStep[] = [];
  let flowsCache: { off: readonly string[]; policy: string[]; steps: PackStep[]; flows: readonly Flow[] } | undefined;
  let fitting: Fitting['fitting'] = [];
  /** The failure last counted for this step shown (each is counted once per step shown). */
  let counted = '';
  /**
   * A step the person moved to ("Volgende stap"), on this screen only (`where`: the path and the
   * page state recognised): the page decides again once it is another screen.
   */
  let chosenStep: { index: number; flowId: string; where: string } | undefined;
  let where = '';
  /** The chosen step happens on another screen: nothing is marked, no feature reads this page for it. */
  let offPage = false;
  const portalPages = [...deps.pages.values()].filter((page) => page.id.startsWith(`${portal}.`));
  const observed = new WeakSet<Node>();

  /** The card's language: the person's, where the step has it (lib/guide/lang.ts). */
  const lang = (): Lang => {
    const wanted = resolveLang(settings?.lang);
    const step = match?.step;
    if (!step) return cardLang(wanted, flow ? [flow.title] : []);
    const problem = match?.problem;
    return cardLang(
      wanted,
      problem ? [problem.title, problem.instruction] : [step.title, step.instruction, step.check, step.completes.text],
    );
  };

  /**
   * The portal's flows that are not switched off (settings, or the administrator's policy), with
   * the packs' steps applied (lib/packs/apply.ts). Worked out again only when one of those changes.
   */
  function activeFlows(): readonly Flow[] {
    const off = settings?.disabledFlows ?? [];
    const cached = flowsCache;
    if (cached && cached.off === off && cached.policy === policyDisabled && cached.steps === packSteps) {
      return cached.flows;
    }
    const on =
      off.length === 0 && policyDisabled.length === 0
        ? deps.flows
        : deps.flows.filter((f) => !off.includes(f.id) && !policyDisabled.includes(f.id));
    const flows = applyPackSteps(on, packSteps, deps.pages);
    flowsCache = { off, policy: policyDisabled, steps: packSteps, flows };
    return flows;
  }

  // ---------------------------------------------------------------- view

  function buildView(): GuideView {
    const step = match?.step;
    const flows = activeFlows()
      .filter((f) => f.portal === portal)
      .map((f) => ({ id: f.id, title: f.title }));
    let stepView: StepView | undefined;
    if (match && step && flow) {
      const problem = match.problem;
      stepView = {
        flowId: flow.id,
        stepId: step.id,
        number: match.index + 1,
        total: flow.steps.length,
        title: problem?.title ?? step.title,
        instruction: problem?.instruction ?? step.instruction,
        check: problem ? undefined : step.check,
        completes: step.completes.text,
        done: step.completes.by === 'end' && !offPage,
        problem: problem !== undefined,
        chosen: chosenStep ? true : undefined,
        elsewhere: offPage ? match.page.title : undefined,
      };
    }
    const targetSpec = step?.target && !match?.problem && !offPage ? match?.page.targets[step.target] : undefined;
    const targetState: GuideView['target'] = !targetSpec
      ? 'none'
      : target
        ? 'found'
        : targetMissing
          ? 'missing'
          : 'searching';
    return {
      portal,
      lang: lang(),
      ui,
      flows,
      flowId: flow?.id,
      steps: flow?.steps.map((s) => ({ id: s.id, title: s.title })),
      step: stepView,
      target: targetState,
      lookFor: targetState === 'missing' ? targetSpec?.lookFor : undefined,
      warnings: [...topWarnings, ...fieldWarnings],
      picker,
      services,
      explanations,
      facts,
      renewals,
      ticket,
      unsure,
      pinned: pinnedNow || undefined,
      quiet: isQuiet() || undefined,
      announcement,
      cardPlace: settings?.cardPlace ?? 'page',
    };
  }

  /**
   * Nothing to show but a launcher: no known screen, or no clear one while no task is under way in
   * this tab (a news or help page). Mid-task, an unclear screen gets the full "Welk scherm is dit?".
   */
  function isQuiet(): boolean {
    if (activeFlows().length === 0 || match || pinnedNow || !recognition) return false;
    const inTask = tab?.lastStepId !== undefined && !tab.done;
    return recognition.kind === 'none' || (recognition.kind === 'unsure' && !inTask);
  }

  function emit(): void {
    const view = buildView();
    const signature = JSON.stringify(view, (key, value) => (key === 'button' ? undefined : value));
    if (signature === lastSignature && lastView) return;
    lastSignature = signature;
    lastView = view;
    for (const listener of listeners) listener(view);
  }

  // ---------------------------------------------------------------- scheduling

  const { schedule, tickSoon, settle } = createTicker({ scheduler, signal, now, tick: () => tick() });

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (deps.isOwnNode?.(record.target)) continue;
      settle.reset();
      schedule();
      return;
    }
  });

  const observeOptions: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'open', 'disabled', 'value', 'aria-hidden', 'aria-expanded'],
  };
  function observe(root: Node): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, observeOptions);
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTarget();
    deps.ring?.show(null);
  });

  // ---------------------------------------------------------------- target marking

  function clearTarget(): void {
    if (target) target.removeAttribute(TARGET_ATTRIBUTE);
    target = undefined;
  }

  function markTarget(view: PageView, element: Element | undefined, stepId: string): void {
    if (target && target !== element) clearTarget();
    // No stale marks: a re-rendered page or an earlier step may have left one elsewhere.
    for (const marked of view.queryAll(`[${TARGET_ATTRIBUTE}]`)) {
      if (marked !== element) marked.removeAttribute(TARGET_ATTRIBUTE);
    }
    if (element) {
      if (element.getAttribute(TARGET_ATTRIBUTE) !== stepId) element.setAttribute(TARGET_ATTRIBUTE, stepId);
      target = element;
    }
  }

  function positionRing(): void {
    if (!deps.ring) return;
    if (!target?.isConnected || ui === 'dismissed') {
      deps.ring.show(null);
      watchLayout(undefined);
      return;
    }
    deps.ring.show(target.getBoundingClientRect());
    watchLayout(target);
  }

  // The ring follows its target when layout moves without any DOM mutation (lib/guide/follow.ts).
  const layout = followLayout({
    doc,
    scheduler,
    signal,
    onMove: () => {
      if (target?.isConnected && ui !== 'dismissed' && deps.ring) deps.ring.show(target.getBoundingClientRect());
    },
  });
  const watchLayout = layout.watch;
  const reposition = layout.reposition;

  // ---------------------------------------------------------------- features

  function vars(): Record<string, string | undefined> {
    return { ownOrganisation: settings?.ownOrganisation?.name, service: tab?.service ?? serviceOfFlow() };
  }

  function serviceOfFlow(): string | undefined {
    for (const step of flow?.steps ?? []) {
      for (const feature of step.features) if (feature.kind === 'services' && feature.service) return feature.service;
    }
    return undefined;
  }

  function features(): Feature[] {
    if (!match || offPage) return [];
    return match.problem ? match.problem.features : match.step.features;
  }

  function fieldElement(view: PageView, key: string): Element | undefined {
    const spec = match?.page.targets[key];
    return spec ? findTarget(view, spec, vars())?.element : undefined;
  }

  /** Run the step's features (lib/guide/features/, one file each) and gather what they add. */
  function runFeatures(view: PageView, stepChanged: boolean): void {
    const context: FeatureContext = {
      view,
      stepChanged,
      signal: stepController?.signal ?? signal,
      flow,
      match,
      settings,
      activeClient,
      tab,
      lang: lang(),
      explain: deps.explain,
      recordObservation: deps.recordObservation,
      saveRenewals: deps.saveRenewals,
      now,
      ask,
    };
    const outputs = features().map((feature) => deps.features[feature.kind]?.onStep?.(feature, context) ?? {});
    topWarnings = outputs.flatMap((out) => out.warnings ?? []);
    services = outputs.find((out) => out.services)?.services;
    explanations = outputs.flatMap((out) => out.explanations ?? []);
    facts = outputs.find((out) => out.facts)?.facts;
    renewals = outputs.find((out) => out.renewals)?.renewals;
    ticket = outputs.find((out) => out.ticket)?.ticket;
    const hasPicker = outputs.some((out) => out.picker);
    if (hasPicker && !picker) {
      picker = { query: '', clients: [], active: activeClient, loading: true };
      doSearch('');
    } else if (!hasPicker) {
      picker = undefined;
    } else if (picker) {
      picker = { ...picker, active: activeClient };
    }
  }

  function checkField(kind: Feature['kind'], value: string, settled: boolean): Promise<GuideWarning[]> {
    const check = deps.features[kind]?.checkField;
    return check ? check({ value, settled, getClient: deps.getClient }) : Promise.resolve([]);
  }

  /** The field features of the step whose field is `element`. */
  function fieldFeatureFor(element: Element): Feature | undefined {
    const view = lastView_;
    if (!view) return undefined;
    for (const feature of features()) {
      const key = fieldOf(feature);
      if (key && fieldElement(view, key) === element) return feature;
    }
    return undefined;
  }

  async function onFieldValue(element: Element, settled: boolean): Promise<void> {
    const feature = fieldFeatureFor(element);
    if (!feature || !isFillable(element)) return;
    const value = element.value;
    const key = stepKey;
    const warnings = await checkField(feature.kind, value, settled);
    if (key !== stepKey || signal.aborted) return;
    // Only the latest value counts (typing goes on while a client look-up is under way).
    if (element.value !== value) return;
    fieldWarnings = warnings;
    emit();
  }

  function onInput(event: Event): void {
    const element = event.composedPath()[0];
    if (!(element instanceof Element) || !isFillable(element)) return;
    if (!fieldFeatureFor(element)) return;
    void onFieldValue(element, event.type === 'change');
    settleValue = element.value;
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = scheduler.setTimeout(() => {
      settleTimer = 0;
      // The person stopped typing: now a short number is called what it is.
      if (element.value === settleValue) void onFieldValue(element, true);
    }, SETTLE_MS);
  }

  // ---------------------------------------------------------------- tick

  function persist(next: TabState): void {
    tab = next;
    void deps.saveTabState(next);
  }

  /**
   * The page state to guide on: what recognition is sure of; else the screen the user picked
   * for this URL path (until the page is clearly another screen).
   */
  function recognisedPage(view: PageView, found: Recognition): string | undefined {
    const pin = tab?.pinned;
    const pinHere = pin !== undefined && pin.path === view.url.pathname ? pin : undefined;
    pinnedNow = false;
    if (found.kind === 'sure') {
      // A choice made on another page is over once the guide is sure again.
      if (pin && !pinHere) persist({ ...(tab as TabState), pinned: undefined, updatedAt: now() });
      // The person's choice for this page stands unless the page now clearly is another screen.
      const clearlyOther = (found.scores[0]?.score ?? 0) >= PIN_OVERRIDE;
      if (!pinHere || pinHere.pageId === found.page.id || clearlyOther) return found.page.id;
    }
    if (pinHere) {
      pinnedNow = true;
      return pinHere.pageId;
    }
    return undefined;
  }

  function tick(): void {
    if (signal.aborted || !loaded || !settings) return;
    if (ui === 'dismissed') {
      clearTarget();
      positionRing();
      emit();
      deps.onTick?.();
      return;
    }
    const view = readPage(doc, deps.url?.());
    lastView_ = view;
    for (const root of view.roots) observe(root);

    const fits = fittingCorrections(view, portalPages, corrections);
    fitting = fits.fitting;
    recognition = recognise(portalPages, view, { taught: fits.taught });
    const pageId = recognisedPage(view, recognition);
    const choice = chooseFlow({
      flows: activeFlows(),
      pages: deps.pages,
      portal,
      pageId,
      tab,
      profile: settings.profile,
    });
    unsure =
      recognition.kind === 'unsure' && pageId === undefined
        ? {
            candidates: recognition.candidates.map((page) => ({ id: page.id, title: page.title })),
            steps: (choice?.flow.steps ?? []).map((step, index) => ({ index, page: step.page, title: step.title })),
          }
        : undefined;
    const previousKey = stepKey;
    flow = choice?.flow;
    match = choice?.match;
    where = `${view.url.pathname}|${pageId ?? ''}`;
    if (chosenStep && (chosenStep.where !== where || chosenStep.flowId !== flow?.id)) chosenStep = undefined;
    const chosen = chosenStep && flow ? flow.steps[chosenStep.index] : undefined;
    const chosenPage = chosen ? deps.pages.get(chosen.page) : undefined;
    offPage = false;
    if (flow && chosen && chosenPage && chosenStep) {
      const here = match?.index === chosenStep.index ? match : undefined;
      match = here ?? { flow, step: chosen, index: chosenStep.index, page: chosenPage };
      offPage = chosen.page !== pageId && here === undefined;
    }
    stepKey = match ? `${match.flow.id}/${match.step.id}/${match.page.id}` : flow ? `${flow.id}/-` : '-';
    const stepChanged = stepKey !== previousKey;

    if (stepChanged) {
      stepController?.abort();
      stepController = new AbortController();
      stepShownAt = now();
      targetMissing = false;
      fieldWarnings = [];
      clearTarget();
      if (match) {
        const number = match.index + 1;
        const title = textIn(match.problem?.title ?? match.step.title, lang());
        announcement = `${stepCount(lang(), number, match.flow.steps.length)}: ${title}`;
        scheduler.setTimeout(tickSoon, TARGET_TIMEOUT_MS + 50);
      } else {
        announcement = '';
      }
      // A step read ahead on another screen is not progress: the tab state stays as the page says.
      if (flow && choice && !offPage) {
        const next: TabState = {
          flowId: flow.id,
          chosenBy: choice.chosenBy,
          lastStepId: match?.step.id ?? tab?.lastStepId,
          lastIndex: match?.index ?? tab?.lastIndex,
          service: tab?.service,
          done: match ? match.step.completes.by === 'end' : tab?.done,
          updatedAt: now(),
        };
        if (tab?.flowId !== flow.id) {
          next.service = undefined;
          if (!match) {
            next.lastIndex = undefined;
            next.lastStepId = undefined;
          }
        }
        persist(next);
      }
    }

    // Target: the element a correction for it names, else the flow's own fingerprint (but not
    // when the correction's element is there twice: then nothing is marked). None for a step the
    // person moved to that happens on another screen.
    const key = match && !match.problem && !offPage ? match.step.target : undefined;
    const spec = match && key ? match.page.targets[key] : undefined;
    const taught = match && key && spec ? taughtTarget(view, fitting, match.page.id, key) : { kind: 'none' as const };
    const found =
      taught.kind === 'found'
        ? { element: taught.element }
        : spec && taught.kind === 'none'
          ? findTarget(view, spec, vars())
          : undefined;
    if (target && !target.isConnected) clearTarget();
    markTarget(view, found?.element, match?.step.id ?? '');
    if (!found) target = undefined;
    targetMissing = spec !== undefined && !found && now() - stepShownAt >= TARGET_TIMEOUT_MS;
    countFailures();

    runFeatures(view, stepChanged);
    // A field already holding a value when its step appears (reload, browser autofill) is checked too.
    if (stepChanged) {
      for (const feature of features()) {
        const key = fieldOf(feature);
        const element = key ? fieldElement(view, key) : undefined;
        if (isFillable(element) && element.value.trim() !== '') void onFieldValue(element, true);
      }
    }
    positionRing();
    emit();
    // Look again later only for what no observer would report: a target not yet shown (styles
    // may still load), or, on an unclear page, components that may still render unseen. A plain,
    // unknown page (news, help) is then left alone: its mutations are observed.
    settle.maybe((spec !== undefined && !found) || mayRenderUnseen(view, (node) => deps.isOwnNode?.(node) ?? false));
    deps.onTick?.();
  }

  /** Each step shown counts once without its target; a task under way once per unclear screen. */
  function countFailures(): void {
    if (!deps.countFailure || !flow) return;
    let kind: 'no-target' | 'unsure' | undefined;
    let stepId: string | undefined;
    if (match && targetMissing) {
      kind = 'no-target';
      stepId = match.step.id;
    } else if (!match && recognition?.kind === 'unsure' && tab?.lastStepId && !tab.done && tab.flowId === flow.id) {
      kind = 'unsure';
      stepId = tab.lastStepId;
    }
    if (!kind || !stepId) return;
    const key = `${stepKey}|${lastView_?.url.pathname ?? ''}|${kind}`;
    if (key === counted) return;
    counted = key;
    deps.countFailure({ flow: flow.id, step: stepId, kind });
  }

  // ---------------------------------------------------------------- client list

  function doSearch(query: string): void {
    const seq = ++searchSeq;
    deps
      .searchClients(query)
      .then((clients) => {
        if (seq !== searchSeq || !picker) return;
        picker = { ...picker, query, clients, loading: false };
        emit();
      })
      .catch(() => {
        if (seq !== searchSeq || !picker) return;
        picker = { ...picker, query, clients: [], loading: false };
        emit();
      });
  }

  // ---------------------------------------------------------------- start

  const win = doc.defaultView;
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture = false) =>
    target.addEventListener(type, handler, { capture, passive: true, signal });
  listen(doc, 'input', onInput, true);
  listen(doc, 'change', onInput, true);
  if (win) {
    const navigated = () => {
      settle.reset();
      tickSoon();
    };
    listen(win, 'wxt:locationchange', navigated);
    listen(win, 'popstate', navigated);
    listen(win, 'resize', reposition);
    listen(win, 'scroll', reposition, true);
  }
  observe(doc);

  const ready = (async () => {
    const [state, loadedTab, loadedUi, extras] = await Promise.all([
      deps.readState(),
      deps.loadTabState(),
      deps.loadUi().catch((): UiMode => 'open'),
      deps.loadExtras?.().catch(() => undefined),
    ]);
    corrections = extras?.corrections ?? [];
    policyDisabled = extras?.disabledFlows ?? [];
    packSteps = extras?.steps ?? [];
    deps.watchExtras?.((next) => {
      corrections = next.corrections;
      policyDisabled = next.disabledFlows;
      packSteps = next.steps;
      stepKey = '';
      settle.reset();
      tickSoon();
    }, signal);
    settings = state.settings;
    activeClient = state.activeClient;
    clientsRevision = state.clientsRevision;
    tab = loadedTab;
    ui = loadedUi;
    loaded = true;
    deps.watchState((next) => {
      const revised = next.clientsRevision !== clientsRevision;
      settings = next.settings;
      activeClient = next.activeClient;
      clientsRevision = next.clientsRevision;
      memo.clear();
      if (revised && picker) doSearch(picker.query);
      schedule();
      emit();
    }, signal);
    tick();
  })();

  return {
    ready,
    getView() {
      return lastView ?? buildView();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tick,
    schedule: () => {
      settle.reset();
      tickSoon();
    },
    chooseFlow(flowId) {
      const chosen = activeFlows().find((f) => f.id === flowId);
      if (!chosen) return;
      persist({ flowId, chosenBy: 'user', updatedAt: now() });
      stepKey = '';
      tick();
    },
    chooseService(title) {
      if (!flow) return;
      persist({ ...(tab ?? { flowId: flow.id, chosenBy: 'default' }), service: title, updatedAt: now() });
      memo.clear();
      tick();
    },
    goToStep(index) {
      if (!flow || (index !== null && (!Number.isSafeInteger(index) || index < 0 || index >= flow.steps.length)))
        return;
      chosenStep = index === null ? undefined : { index, flowId: flow.id, where };
      tick();
    },
    choosePage(pageId) {
      const view = lastView_ ?? readPage(doc, deps.url?.());
      const base: TabState = tab ?? {
        flowId: flow?.id ?? deps.flows[0]?.id ?? '',
        chosenBy: 'default',
        updatedAt: now(),
      };
      persist({
        ...base,
        pinned: pageId === null ? undefined : { pageId, path: view.url.pathname },
        updatedAt: now(),
      });
      stepKey = '';
      tick();
    },
    getRecognition() {
      return recognition;
    },
    report() {
      if (!settings) return undefined;
      const view = readPage(doc, deps.url?.());
      const key = match && !match.problem ? match.step.target : undefined;
      const spec = key ? match?.page.targets[key] : undefined;
      return buildReport({
        view,
        recognition: recognise(portalPages, view, {
          full: true,
          taught: fittingCorrections(view, portalPages, corrections).taught,
        }),
        portal,
        extension: deps.version ?? '',
        flow: flow && { id: flow.id, step: match?.step.id },
        pinned: pinnedNow,
        target: key && spec ? { key, spec, candidates: scoreCandidates(view, spec, vars()) } : undefined,
      });
    },
    canTeach: deps.saveCorrection !== undefined,
    teachSteps() {
      return (flow?.steps ?? []).map((step, index) => ({
        id: step.id,
        number: index + 1,
        title: step.title,
        hasTarget: step.target !== undefined,
      }));
    },
    pick(handlers = {}) {
      const outline = deps.pickOutline ?? { show: () => undefined };
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      handlers.signal?.addEventListener('abort', () => stop.abort(), { once: true });
      return pickElement({
        doc,
        isOwnNode: (node) => deps.isOwnNode?.(node) ?? false,
        outline,
        signal: stop.signal,
        onMove: handlers.onMove,
        onMiss: handlers.onMiss,
      });
    },
    async teach(stepId, element) {
      if (!flow || !deps.saveCorrection) return false;
      const view = readPage(doc, deps.url?.());
      const correction = makeCorrection({ view, pages: portalPages, portal, flow, stepId, element, now: now() });
      if (!correction) return false;
      await deps.saveCorrection(correction);
      // At once, before the stored list comes back through storage: one per screen and step.
      corrections = [
        ...corrections.filter(
          (c) =>
            !(c.page === correction.page && c.signature.path === correction.signature.path && c.source === 'local'),
        ),
        correction,
      ];
      // The person said which screen this is: a pin for this page would only stand in the way.
      if (tab?.pinned) persist({ ...tab, pinned: undefined, updatedAt: now() });
      stepKey = '';
      tick();
      return true;
    },
    testCorrection(correction) {
      return testCorrection(readPage(doc, deps.url?.()), portalPages, correction);
    },
    searchClients(query) {
      if (!picker) return;
      picker = { ...picker, query, loading: true };
      emit();
      doSearch(query);
    },
    async pickClient(client) {
      const view = readPage(doc, deps.url?.());
      lastView_ = view;
      const feature = features().find((f) => f.kind === 'client-picker');
      const key = feature ? fieldOf(feature) : undefined;
      const field = key ? fieldElement(view, key) : undefined;
      if (client.school) {
        fieldWarnings = checkKboField(client.kbo, client);
        emit();
        return;
      }
      if (!isFillable(field)) {
        fieldWarnings = [
          {
            id: 'kbo-veld-niet-gevonden',
            level: 'warning',
            text: {
              nl: `Het veld KBO-nummer is niet gevonden. Typ ${formatKbo(client.kbo)} zelf in.`,
              en: `The KBO number field was not found. Type ${formatKbo(client.kbo)} yourself.`,
            },
          },
        ];
        emit();
        return;
      }
      fillAsPerson(field, normaliseKboInput(client.kbo));
      fieldWarnings = checkKboField(client.kbo, client);
      await deps.setActiveClient(client.kbo).catch(() => undefined);
      activeClient = client;
      if (picker) picker = { ...picker, active: client };
      emit();
    },
    setUi(mode) {
      ui = mode;
      void deps.saveUi(mode);
      if (mode === 'dismissed') {
        clearTarget();
        positionRing();
      }
      tick();
      emit();
    },
  };
}
