/**
 * The contract of a step feature (one file each in this folder): its zod schema (the data a step
 * gives it), `onStep` — what it adds to the card on the step's page, run on every detection round
 * with the step's AbortSignal — and, for features that watch a portal field, `checkField`.
 */

import type { FunctionComponent } from 'preact';
import type { ClientSummary } from '../../messaging';
import type { RenewalItem, RenewalsSeen } from '../../renewals/model';
import type { Settings } from '../../state';
import type { GuideWarning } from '../checks';
import type { StepMatch } from '../detect';
import type { PageView } from '../dom';
import type { ExplainAdapter, ExplanationView, FactInfo } from '../explain-types';
import type { Lang } from '../lang';
import type { Flow, Text } from '../schema';
import type { TabState } from '../tab-state';
import type { GuideView } from '../view';
import type { Feature } from './schema';

export interface ServiceView {
  title: string;
  status: 'available' | 'right-missing';
  /** The tile is greyed and cannot be clicked (DOMAIN.md §8). */
  greyed?: boolean;
  chosen: boolean;
  explanation?: ExplanationView;
}

/** What a feature knows on a step: the page, the step, the person's settings and the engines. */
export interface FeatureContext {
  view: PageView;
  /** First round on this step (explanations are fetched once per step). */
  stepChanged: boolean;
  /** Aborted when the step changes: hang listeners and timers on it. */
  signal: AbortSignal;
  flow?: Flow;
  match?: StepMatch;
  settings?: Settings;
  activeClient: ClientSummary | null;
  tab: TabState | null;
  lang: Lang;
  explain: ExplainAdapter;
  recordObservation?(entry: { observation: string; page: string; goal?: string }): void;
  /** Keep what an organisation's dashboard shows of its renewals (absent where nothing may be kept: the Oefenmodus). */
  saveRenewals?(seen: RenewalsSeen): void;
  /** The clock (epoch ms): the day a page is seen on. */
  now(): number;
  /**
   * An answer that may take a while (the rules engine lives in the background): the cached value
   * for `key`, or undefined while `load` runs — the guide detects again once it arrives. `load`
   * runs once per key for the life of the guide.
   */
  ask<T>(key: string, load: () => T | Promise<T>): T | undefined;
}

/** What a feature adds to the card; each part replaces the same part of the previous round. */
export interface FeatureOutput {
  warnings?: GuideWarning[];
  services?: ServiceView[];
  explanations?: ExplanationView[];
  facts?: { title: Text; items: FactInfo[] };
  /** The social security portal's ticket number read on this page, for the card's note field. */
  ticket?: { read: string };
  /** Werkplek Duaal renewals on this page, most urgent first, and the organisation they belong to. */
  renewals?: { items: RenewalItem[]; organisation?: string };
  /** The card shows the client list (the runtime searches it). */
  picker?: true;
}

/** A field check: what to say about a value typed into the step's portal field. */
export interface FieldCheckContext {
  value: string;
  /** The person stopped typing (or the field lost focus). */
  settled: boolean;
  getClient(kbo: string): Promise<ClientSummary | null>;
}

export interface FeatureKind {
  onStep?(feature: unknown, ctx: FeatureContext): FeatureOutput;
  checkField?(ctx: FieldCheckContext): Promise<GuideWarning[]>;
  /**
   * Its own part of the card, where no other feature has one (the ticket note, the renewals):
   * it comes with the feature, so a portal whose flows do not use the feature does not carry it.
   * Renders nothing when this round's output has nothing for it.
   */
  Card?: FunctionComponent<{ view: GuideView; lang: Lang }>;
}

/**
 * The feature kinds one portal's flows use (lib/flows/<portal>/features.ts): its content script
 * carries these and no others. A unit test fails when a flow uses a kind its portal's set lacks.
 */
export type FeatureSet = Readonly<Partial<Record<Feature['kind'], FeatureKind>>>;

/** The portal field a feature reads or fills (a key of the page state's targets), if any. */
export function fieldOf(feature: Feature): string | undefined {
  return 'field' in feature ? feature.field : undefined;
}
