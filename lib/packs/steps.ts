/**
 * A **pack step**: a step a flow pack brings to a built-in flow (issue 10: "built-in flows stay;
 * a pack's steps override or add to them by id"). Data only — ids, a page state, a target key
 * and texts; no features, no problems, nothing the page would have to interpret.
 *
 * This file is what a portal page's content script needs of them (no zod): the shape, the
 * storage key of the background's mirror and a small guard. The zod schema is in
 * lib/packs/schema.ts, the cross-reference checks in lib/packs/parse.ts, applying them to the
 * flows in lib/packs/apply.ts.
 *
 * @example
 * { "flow": "gb.koppel-gebruiker", "after": "gebruiker",
 *   "step": { "id": "aanmelden", "page": "gb.aanmelden", "target": "entiteit",
 *             "title": { "nl": "…", "en": "…" }, "instruction": { "nl": "…", "en": "…" } } }
 */
import { isRecord, isString, onlyKeys, pick } from '../guard';
import type { Text } from '../guide/text-schema';
import type { PortalId } from '../portals';

export interface PackStepBody {
  id: string;
  /** A page state of the flow's portal. */
  page: string;
  /** A target key of that page state. */
  target?: string;
  title: Text;
  instruction: Text;
}

export interface PackStep {
  /** The built-in flow it belongs to. */
  flow: string;
  step: PackStepBody;
  /** A new step goes after this step of the flow (else at the end); an overriding step keeps its place. */
  after?: string;
}

/** Step, page-state and target ids in a pack. */
export const PACK_ID = /^[a-z0-9-]{1,60}$/;
/** Page-state and flow ids (`gb.koppel-stap-1`, `gb.koppel-gebruiker`). */
export const PACK_REF = /^[a-z0-9-]{1,20}\.[a-z0-9.-]{1,80}$/;
export const PACK_TEXT_MAX = { title: 120, instruction: 1000 } as const;

/** The storage.local key of the mirrored pack steps in use: `{ [portal]: PackStep[] }` (kept, then policy). */
export { STEPS_MIRROR_KEY } from '../corrections/keys';

const TEXT_KEYS = ['nl', 'en', 'fr', 'de'] as const;

export function toText(value: unknown, max: number): Text | undefined {
  if (!isRecord(value) || !onlyKeys(value, TEXT_KEYS)) return undefined;
  if (!isString(value.nl, max, 1) || !isString(value.en, max, 1)) return undefined;
  for (const lang of ['fr', 'de'] as const) {
    if (value[lang] !== undefined && !isString(value[lang], max, 1)) return undefined;
  }
  return pick<Text>(value, TEXT_KEYS);
}

/** One pack step in its checked shape (the zod schema's, without the cross-references), or undefined. */
export function toPackStep(value: unknown): PackStep | undefined {
  if (!isRecord(value) || !onlyKeys(value, ['flow', 'step', 'after'])) return undefined;
  const { flow, step, after } = value;
  if (!isString(flow) || !PACK_REF.test(flow)) return undefined;
  if (after !== undefined && !(isString(after) && PACK_ID.test(after))) return undefined;
  if (!isRecord(step) || !onlyKeys(step, ['id', 'page', 'target', 'title', 'instruction'])) return undefined;
  if (!isString(step.id) || !PACK_ID.test(step.id) || !isString(step.page) || !PACK_REF.test(step.page)) {
    return undefined;
  }
  if (step.target !== undefined && !(isString(step.target) && PACK_ID.test(step.target))) return undefined;
  const title = toText(step.title, PACK_TEXT_MAX.title);
  const instruction = toText(step.instruction, PACK_TEXT_MAX.instruction);
  if (!title || !instruction) return undefined;
  const body: PackStepBody = { ...pick<PackStepBody>(step, ['id', 'page', 'target']), title, instruction };
  return { flow, step: body, ...(after === undefined ? {} : { after }) };
}

/** The mirrored pack steps of one portal; a malformed mirror counts as none. */
export function toPackSteps(value: unknown, portal: PortalId): PackStep[] {
  const list = isRecord(value) ? value[portal] : undefined;
  if (!Array.isArray(list)) return [];
  return list.map(toPackStep).filter((s): s is PackStep => s?.flow.startsWith(`${portal}.`) === true);
}

/** The key a pack step replaces by: its flow and step id. */
export const packStepKey = (s: PackStep): string => `${s.flow}/${s.step.id}`;
