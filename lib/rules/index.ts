/**
 * Loketgids rules engine (DOMAIN.md §6): explains, offline, which rights a person lacks for a task,
 * who grants them, where and how — and writes the request to send.
 *
 * - `explain({ goal, have, missing?, lang?, context? })` → every gap in fix order, alternatives, warnings.
 * - `whatCanIDo(have)` → the tasks these facts allow.
 * - `requestMessage(explanation, { organisation, person })` → ready-to-send Dutch message.
 * - `searchTasks(query)` → plain-word task search for the task picker.
 * - `OBSERVATIONS` → what a guide can see on a page and which facts that proves missing.
 *
 * @example
 * import { explain, requestMessage } from '../rules';
 * const e = explain({ goal: 'wse.vov.terugbetaling', have: ['werkrelatie'] });
 * e.allowed; // false
 * requestMessage(e, { organisation: 'Bakkerij Peeters' });
 */
export {
  capabilities,
  explain,
  factsForGoal,
  isKnownFact,
  isKnownGoal,
  OBSERVATIONS,
  type ObservationRule,
  taskSummary,
  whatCanIDo,
} from './engine';
export { requestMessage } from './message';
export { normalizeText, searchTasks } from './search';
export { closestIds, editDistance, UnknownIdError, type UnknownKind } from './suggest';
export type {
  Alternative,
  Evidence,
  ExplainContext,
  ExplainRequest,
  Explanation,
  Gap,
  Lang,
  Observation,
  ObservationConclusion,
  TaskSummary,
  Text,
  Warning,
} from './types';
