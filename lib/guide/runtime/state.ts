/**
 * What the guide's parts share on one page (lib/guide/runtime.ts wires them): one mutable state
 * object, the dependencies, and the few calls every part makes (emit the view, detect again,
 * keep the tab state). Each part (lib/guide/runtime/*.ts) is a small factory taking this `Core`.
 */

import type { Fitting } from '../../corrections/apply';
import type { Correction } from '../../corrections/model';
import { resolveLang } from '../../i18n/lang';
import type { ClientSummary } from '../../messaging';
import { applyPackSteps } from '../../packs/apply';
import type { PackStep } from '../../packs/steps';
import type { Settings } from '../../state';
import type { GuideWarning } from '../checks';
import type { StepMatch } from '../detect';
import type { PageView } from '../dom';
import type { ExplanationView } from '../explain-types';
import type { ServiceView } from '../features/types';
import { cardLang, type Lang } from '../lang';
import type { Recognition } from '../recognise';
import type { Feature, Flow, PageState } from '../schema';
import type { TabState } from '../tab-state';
import { findTarget } from '../target';
import type { GuideDeps, GuideView, UiMode } from '../view';

export interface GuideState {
  settings: Settings | undefined;
  activeClient: ClientSummary | null;
  clientsRevision: number;
  tab: TabState | null;
  ui: UiMode;
  loaded: boolean;

  match: StepMatch | undefined;
  flow: Flow | undefined;
  /** `<flow>/<step>/<page>` of the step shown: a change starts the step over. */
  stepKey: string;
  stepShownAt: number;
  /** The element marked for the step shown, if any (lib/guide/runtime/marking.ts). */
  target: Element | undefined;
  targetMissing: boolean;
  fieldWarnings: GuideWarning[];
  topWarnings: GuideWarning[];
  services: ServiceView[] | undefined;
  explanations: ExplanationView[];
  facts: GuideView['facts'];
  renewals: GuideView['renewals'];
  ticket: GuideView['ticket'];
  picker: GuideView['picker'];
  announcement: string;
  /** The page as the last tick read it. */
  page: PageView | undefined;
  recognition: Recognition | undefined;
  unsure: GuideView['unsure'];
  pinnedNow: boolean;
  /** What people taught for this portal, and the flows switched off (settings and policy). */
  corrections: Correction[];
  policyDisabled: string[];
  /** Steps from flow packs (imported, and the policy's) that override or add to the flows by id. */
  packSteps: PackStep[];
  flowsCache: { off: readonly string[]; policy: string[]; steps: PackStep[]; flows: readonly Flow[] } | undefined;
  fitting: Fitting['fitting'];
  /**
   * A step the person moved to ("Volgende stap"), on this screen only (`where`: the path and the
   * page state recognised): the page decides again once it is another screen.
   */
  chosenStep: { index: number; flowId: string; where: string } | undefined;
  where: string;
  /** The chosen step happens on another screen: nothing is marked, no feature reads this page for it. */
  offPage: boolean;
  /** Aborted when the step changes (the features' listeners and timers hang on it). */
  stepController: AbortController | undefined;
}

export function createState(): GuideState {
  return {
    settings: undefined,
    activeClient: null,
    clientsRevision: -1,
    tab: null,
    ui: 'open',
    loaded: false,
    match: undefined,
    flow: undefined,
    stepKey: '',
    stepShownAt: 0,
    target: undefined,
    targetMissing: false,
    fieldWarnings: [],
    topWarnings: [],
    services: undefined,
    explanations: [],
    facts: undefined,
    renewals: undefined,
    ticket: undefined,
    picker: undefined,
    announcement: '',
    page: undefined,
    recognition: undefined,
    unsure: undefined,
    pinnedNow: false,
    corrections: [],
    policyDisabled: [],
    packSteps: [],
    flowsCache: undefined,
    fitting: [],
    chosenStep: undefined,
    where: '',
    offPage: false,
    stepController: undefined,
  };
}

export interface Core {
  deps: GuideDeps;
  state: GuideState;
  now: () => number;
  /** This portal's page states. */
  portalPages: PageState[];
  /** Hand the overlay a new view if anything visible changed. */
  emit(): void;
  /** Detect on the next frame. */
  tickSoon(): void;
  /** Detect now. */
  tick(): void;
}

/** Keep the tab state (the background holds it per tab). */
export function persist(core: Core, next: TabState): void {
  core.state.tab = next;
  void core.deps.saveTabState(next);
}

/**
 * The portal's flows that are not switched off (settings, or the administrator's policy), with
 * the packs' steps applied (lib/packs/apply.ts). Worked out again only when one of those changes.
 */
export function activeFlows({ deps, state }: Core): readonly Flow[] {
  const off = state.settings?.disabledFlows ?? [];
  const cached = state.flowsCache;
  if (cached && cached.off === off && cached.policy === state.policyDisabled && cached.steps === state.packSteps) {
    return cached.flows;
  }
  const on =
    off.length === 0 && state.policyDisabled.length === 0
      ? deps.flows
      : deps.flows.filter((f) => !off.includes(f.id) && !state.policyDisabled.includes(f.id));
  const flows = applyPackSteps(on, state.packSteps, deps.pages);
  state.flowsCache = { off, policy: state.policyDisabled, steps: state.packSteps, flows };
  return flows;
}

/** The card's language: the person's, where the step has it (lib/guide/lang.ts). */
export function lang(state: GuideState): Lang {
  const wanted = resolveLang(state.settings?.lang);
  const { match, flow } = state;
  const step = match?.step;
  if (!step) return cardLang(wanted, flow ? [flow.title] : []);
  const problem = match?.problem;
  return cardLang(
    wanted,
    problem ? [problem.title, problem.instruction] : [step.title, step.instruction, step.check, step.completes.text],
  );
}

/** The features of the step shown (none for a step read ahead on another screen). */
export function stepFeatures(state: GuideState): Feature[] {
  const { match } = state;
  if (!match || state.offPage) return [];
  return match.problem ? match.problem.features : match.step.features;
}

/** The words a target's fingerprint may name: the person's own organisation, the chosen service. */
export function vars(state: GuideState): Record<string, string | undefined> {
  return {
    ownOrganisation: state.settings?.ownOrganisation?.name,
    service: state.tab?.service ?? serviceOfFlow(state),
  };
}

function serviceOfFlow(state: GuideState): string | undefined {
  for (const step of state.flow?.steps ?? []) {
    for (const feature of step.features) if (feature.kind === 'services' && feature.service) return feature.service;
  }
  return undefined;
}

/** The element of one of the step page's targets (a field the step's features check). */
export function fieldElement(state: GuideState, view: PageView, key: string): Element | undefined {
  const spec = state.match?.page.targets[key];
  return spec ? findTarget(view, spec, vars(state))?.element : undefined;
}
