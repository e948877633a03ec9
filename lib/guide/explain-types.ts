/**
 * The shapes of the guide's explanations (what the card shows of the rules engine's answer), and
 * the services the knowledge base can name. No knowledge base here: portal pages import this.
 */
import type { Settings } from '../state';
import type { Text } from './text-schema';

export interface GapView {
  id: string;
  label: Text;
  why: Text;
  grantedBy: Text;
  where: Text;
  how: Text;
  needs: Text[];
  /** Guided flow that grants it (another task in the card's task list). */
  flow?: string;
}

export interface ExplanationView {
  id: string;
  title: Text;
  /** What the page showed that led here. */
  seen?: Text;
  gaps: GapView[];
  /** The request to send to whoever grants the gaps (nl and en). */
  message?: Text;
  /** Any further note (help line). */
  note?: Text;
}

export interface FactInfo {
  id: string;
  label: Text;
  meaning: Text;
}

/**
 * Where explanations come from: the rules engine itself (`rulesAdapter`, in the background, the
 * popup and tests) or the background asked by message (`remoteExplain`, on portal pages, so the
 * knowledge base never loads into a portal page). Either may answer at once or later.
 */
export interface ExplainAdapter {
  forObservation(input: {
    goal?: string;
    observation: string;
    settings?: Settings;
  }): ExplanationView | undefined | Promise<ExplanationView | undefined>;
  forService(input: {
    goal?: string;
    service: string;
    settings?: Settings;
  }): ExplanationView | undefined | Promise<ExplanationView | undefined>;
  facts(ids: readonly string[]): FactInfo[] | Promise<FactInfo[]>;
}

/** Services on the WSE overview whose missing right the knowledge base can name (seed 001 step 4). */
export const SERVICE_OBSERVATIONS = [
  {
    service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
    goal: 'wse.vov.terugbetaling',
    observation: 'wse.gebruikersrecht-aanvragen-knop',
    page: 'wse.aanvragen-zonder-recht',
  },
] as const;
