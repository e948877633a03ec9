/**
 * The guide's public shapes: what the overlay draws (`GuideView`), what the runtime needs from its
 * context (`GuideDeps`) and what it offers (`Guide`). The runtime (lib/guide/runtime.ts) keeps them.
 */

import type { CorrectionTest } from '../corrections/apply';
import type { Correction } from '../corrections/model';
import type { PickerMove } from '../corrections/picker';
import type { FailureKind } from '../failures/model';
import type { ClientSummary } from '../messaging';
import type { PackStep } from '../packs/steps';
import type { PortalId } from '../portals';
import type { RenewalsSeen } from '../renewals/model';
import type { State } from '../state';
import type { GuideWarning } from './checks';
import type { PageView } from './dom';
import type { ExplainAdapter, ExplanationView, FactInfo } from './explain-types';
import type { FeatureOutput, FeatureSet, ServiceView } from './features';
import type { Lang } from './lang';
import type { Recognition } from './recognise';
import type { PageReport } from './report';
import type { Scheduler } from './schedule';
import type { Flow, PageState, Text } from './schema';
import type { TabState } from './tab-state';

export type { Scheduler } from './schedule';
export type { ServiceView };

export type UiMode = 'open' | 'collapsed' | 'dismissed';

export interface StepView {
  flowId: string;
  stepId: string;
  /** 1-based. */
  number: number;
  total: number;
  title: Text;
  instruction: Text;
  check?: Text;
  completes: Text;
  done: boolean;
  problem: boolean;
  /** The person moved here with "Vorige stap" / "Volgende stap" (`Guide.goToStep`). */
  chosen?: boolean;
  /** A chosen step that happens on another screen (its title): nothing is marked on this page. */
  elsewhere?: Text;
}

/** Everything the overlay draws. A new object whenever something visible changed. */
export interface GuideView {
  portal: PortalId;
  lang: Lang;
  ui: UiMode;
  flows: { id: string; title: Text }[];
  flowId?: string;
  /** The chosen flow's steps, for the step list (done, current, next). */
  steps?: { id: string; title: Text }[];
  step?: StepView;
  target: 'none' | 'searching' | 'found' | 'missing';
  lookFor?: Text;
  warnings: GuideWarning[];
  picker?: { query: string; clients: ClientSummary[]; active: ClientSummary | null; loading: boolean };
  services?: ServiceView[];
  explanations: ExplanationView[];
  facts?: { title: Text; items: FactInfo[] };
  /** The ticket number on the social security portal's confirmation, to note (lib/guide/features/ticket-number.ts). */
  ticket?: FeatureOutput['ticket'];
  /** Werkplek Duaal renewals read on this page, most urgent first (lib/guide/features/wpd-renewals.ts). */
  renewals?: FeatureOutput['renewals'];
  /**
   * The page looks like more than one screen (or like one, but not clearly enough): the likeliest
   * screens to pick from, and the flow's steps. Nothing is marked on the page meanwhile.
   */
  unsure?: { candidates: { id: string; title: Text }[]; steps: { index: number; page: string; title: Text }[] };
  /** The user said which screen this is (shown so it can be undone). */
  pinned?: boolean;
  /**
   * Nothing to guide on: the page is none of this portal's known screens (a news page, a help
   * page). The overlay shows only a small launcher then, no card.
   */
  quiet?: boolean;
  /** Text for the aria-live region: changes when the step changes. */
  announcement: string;
  /** Where the person keeps the card (settings): on the page, or in the browser's side panel. */
  cardPlace: 'page' | 'panel';
}

export interface Ring {
  /** Put the ring around this rectangle (viewport coordinates), or hide it with null. */
  show(rect: DOMRect | null): void;
}

/** A page as read and recognised once (without corrections: with them the guide recognises again). */
export interface FirstLook {
  view: PageView;
  recognition: Recognition;
}

export interface GuideDeps {
  doc: Document;
  /**
   * The page's address as the portal would have it. Default `doc.location.href`; the Oefenmodus
   * runs replicas from the extension's own files and passes the portal URL the replica stands for.
   */
  url?: () => string;
  /**
   * The content script's look at the page (lib/overlay/boot.ts), while nothing changed since:
   * the first round uses it instead of reading and recognising the page again. Taken once.
   */
  firstLook?: () => FirstLook | undefined;
  portal: PortalId;
  flows: readonly Flow[];
  pages: ReadonlyMap<string, PageState>;
  /** The feature kinds this portal's flows use (lib/flows/<portal>/features.ts). */
  features: FeatureSet;
  signal: AbortSignal;
  scheduler: Scheduler;
  ring?: Ring;
  /** The overlay's host element (never observed, never read). */
  isOwnNode?: (node: Node) => boolean;
  /** The extension's version, for the redacted report. */
  version?: string;
  readState(): Promise<State>;
  watchState(cb: (state: State) => void, signal: AbortSignal): void;
  loadTabState(): Promise<TabState | null>;
  saveTabState(state: TabState | null): Promise<void>;
  searchClients(query: string): Promise<ClientSummary[]>;
  getClient(kbo: string): Promise<ClientSummary | null>;
  setActiveClient(kbo: string | null): Promise<void>;
  loadUi(): Promise<UiMode>;
  saveUi(mode: UiMode): Promise<void>;
  explain: ExplainAdapter;
  /** Remember an observation that proves a right missing, for the popup's Rechtencheck. */
  recordObservation?(entry: { observation: string; page: string; goal?: string }): void;
  /** Keep an organisation's renewals as its dashboard shows them (the background's `renewals.replace`). */
  saveRenewals?(seen: RenewalsSeen): void;
  /** What was taught or set for this portal (lib/corrections, lib/policy), and its changes. */
  loadExtras?(): Promise<GuideExtras>;
  watchExtras?(cb: (extras: GuideExtras) => void, signal: AbortSignal): void;
  /** Keep a correction the person taught (the background's `corrections.add`). */
  saveCorrection?(correction: Correction): Promise<void>;
  /** The picker's outline around the control under the pointer (lib/corrections/picker.ts). */
  pickOutline?: Ring;
  /** Count a step shown without its target, or a task left on an unclear screen (lib/failures). */
  countFailure?(entry: { flow: string; step: string; kind: FailureKind }): void;
  now?: () => number;
  /** Called after each tick (tests, bench). */
  onTick?: () => void;
}

/**
 * What the guide gets besides its built-in flows: corrections, flows the administrator switched
 * off, and steps of flow packs that override or add to the flows by id (lib/packs/apply.ts).
 */
export interface GuideExtras {
  corrections: Correction[];
  disabledFlows: string[];
  steps: PackStep[];
}

/** A step of the current flow, to say which one this screen is ("Leer de gids dit scherm"). */
export interface TeachStep {
  id: string;
  number: number;
  title: Text;
  /** The step points at a control: the person then chooses it on the page. */
  hasTarget: boolean;
}

export interface Guide {
  getView(): GuideView;
  subscribe(listener: (view: GuideView) => void): () => void;
  /** Run detection now (tests); the runtime otherwise ticks on its own. */
  tick(): void;
  /** Detect again on the next animation frame (after an in-page navigation, `wxt:locationchange`). */
  schedule(): void;
  ready: Promise<void>;
  chooseFlow(flowId: string): void;
  chooseService(title: string): void;
  /**
   * "Vorige stap" / "Volgende stap": show step `index` of the flow (0-based) until the page is
   * another screen; null goes back to the step the page shows.
   */
  goToStep(index: number | null): void;
  /** The user says which screen this is (from the unsure card): a page-state id, or null to undo. */
  choosePage(pageId: string | null): void;
  /** The last recognition (tests, the bench, the report). */
  getRecognition(): Recognition | undefined;
  /** "Klopt dit niet?": the redacted description of this page for the helpdesk (lib/guide/report.ts). */
  report(): PageReport | undefined;
  /** Whether what is taught here can be kept (not in the Oefenmodus). */
  readonly canTeach: boolean;
  /** "Leer de gids dit scherm": the steps of the flow under way. */
  teachSteps(): TeachStep[];
  /** Picker mode: the person chooses a control on the portal page (undefined: stopped). */
  pick(handlers?: {
    onMove?(move: PickerMove): void;
    onMiss?(): void;
    signal?: AbortSignal;
  }): Promise<Element | undefined>;
  /** Keep what the person taught: this page is `stepId`, and `element` its target. False when nothing was kept. */
  teach(stepId: string, element?: Element): Promise<boolean>;
  /** Whether a correction fits this page now, and finds its element (the options page's test). */
  testCorrection(correction: Correction): CorrectionTest;
  searchClients(query: string): void;
  /** Fill the portal's KBO field with a client's number (only ever from a click in the card). */
  pickClient(client: ClientSummary): Promise<void>;
  setUi(mode: UiMode): void;
}
