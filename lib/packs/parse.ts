/**
 * Reading a flow pack file (lib/packs/schema.ts) without trusting it. A pack is refused, with a
 * message that says why ({ nl, en }: the options page shows the page's language), when it is:
 * - larger than 1 MB (checked before it is parsed);
 * - not JSON, or not a Loketgids pack, or of a version this build does not read;
 * - holding a key `__proto__`, `constructor` or `prototype` anywhere (prototype pollution);
 * - holding a string that looks like code or markup (`<script`, `javascript:`, an `on…=`
 *   handler, an `<iframe>`/`<img>`/`<svg>` tag): a pack is data, and we never run or render it,
 *   but a file that carries such strings was not made by Loketgids;
 * - not fitting the schema, or naming a flow, step or page state this build does not have;
 * - bringing a step (`steps`) for a flow this build does not have, on a page state that is not
 *   the flow's portal's, pointing at a target that page state does not have, or going after a
 *   step the flow does not have (`checkPackSteps`).
 *
 * @example
 * const read = parsePack(text, FLOWS);
 * if (!read.ok) show(inLang(read.problem)); // components/ui/i18n.tsx
 */
import { PAGES_BY_ID } from '../flows/registry';
import type { Flow, PageState } from '../guide/schema';
import type { Bilingual } from '../ids';
import { PACK_FORMAT, PACK_MAX_BYTES, PACK_VERSION, type Pack, packSchema } from './schema';
import type { PackStep } from './steps';

export type PackRead = { ok: true; pack: Pack } | { ok: false; problem: Bilingual };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CODE =
  /<\s*\/?\s*script|javascript\s*:|vbscript\s*:|\bon[a-z]{3,}\s*=|<\s*(iframe|object|embed|svg|img|link|style|meta|base|form)\b|data\s*:\s*text\/html/i;

/** The size of a text in UTF-8 bytes. */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

const refuse = (nl: string, en: string): PackRead => ({ ok: false, problem: { nl, en } });

function tooLarge(bytes: number): PackRead {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return refuse(
    `Dit bestand is te groot (${mb.replace('.', ',')} MB): een pakket is hoogstens 1 MB. Er is niets ingelezen.`,
    `This file is too large (${mb} MB): a pack is at most 1 MB. Nothing was read.`,
  );
}

/** Refuse a file by its size alone, before reading it (the options page passes `File.size`). */
export function checkPackSize(bytes: number): PackRead | undefined {
  return bytes > PACK_MAX_BYTES ? tooLarge(bytes) : undefined;
}

/** The first hostile thing in a parsed value: a forbidden key or a string with code, and where. */
function findHostile(value: unknown, path: string, depth = 0): { kind: 'key' | 'code'; path: string } | undefined {
  if (depth > 20) return { kind: 'code', path };
  if (typeof value === 'string') return CODE.test(value) ? { kind: 'code', path } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return { kind: 'key', path: at };
    if (CODE.test(key)) return { kind: 'code', path: at };
    const found = findHostile((value as Record<string, unknown>)[key], at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first pack step that does not fit the flows and page states this build has, said why
 * ({ nl, en }); undefined when all fit. An `after` may name a built-in step or one added before it.
 */
export function checkPackSteps(
  steps: readonly PackStep[],
  flows: readonly Flow[],
  pages: ReadonlyMap<string, PageState> = PAGES_BY_ID,
): Bilingual | undefined {
  const added = new Map<string, Set<string>>();
  for (const [index, { flow: flowId, step, after }] of steps.entries()) {
    const n = index + 1;
    const flow = flows.find((f) => f.id === flowId);
    if (!flow) {
      return {
        nl: `Stap ${n} van dit pakket hoort bij een taak die deze Loketgids niet kent (${flowId}).`,
        en: `Step ${n} of this pack belongs to a task this Loketgids does not know (${flowId}).`,
      };
    }
    const page = pages.get(step.page);
    if (!page?.id.startsWith(`${flow.portal}.`)) {
      return {
        nl: `Stap ${n} van dit pakket (${step.id}) staat op een scherm dat deze Loketgids niet kent voor ${flow.title.nl} (${step.page}).`,
        en: `Step ${n} of this pack (${step.id}) is on a screen this Loketgids does not know for ${flow.title.en} (${step.page}).`,
      };
    }
    if (step.target !== undefined && !Object.hasOwn(page.targets, step.target)) {
      return {
        nl: `Stap ${n} van dit pakket (${step.id}) wijst naar iets dat het scherm ${page.title.nl} niet heeft (${step.target}).`,
        en: `Step ${n} of this pack (${step.id}) points at something the screen ${page.title.en} does not have (${step.target}).`,
      };
    }
    const own = added.get(flowId) ?? new Set<string>();
    if (after !== undefined && !flow.steps.some((s) => s.id === after) && !own.has(after)) {
      return {
        nl: `Stap ${n} van dit pakket (${step.id}) komt na een stap die ${flow.title.nl} niet heeft (${after}).`,
        en: `Step ${n} of this pack (${step.id}) goes after a step ${flow.title.en} does not have (${after}).`,
      };
    }
    own.add(step.id);
    added.set(flowId, own);
  }
  return undefined;
}

/** Parse and check a pack's text against the flows (and page states) this build has. */
export function parsePack(
  text: string,
  flows: readonly Flow[],
  pages: ReadonlyMap<string, PageState> = PAGES_BY_ID,
): PackRead {
  const size = checkPackSize(byteSize(text));
  if (size) return size;
  let data: unknown;
  let forbidden: string | undefined;
  try {
    data = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return refuse(
      'Dit bestand is geen geldig JSON-bestand, dus geen Loketgids-pakket. Er is niets ingelezen.',
      'This file is not valid JSON, so not a Loketgids pack. Nothing was read.',
    );
  }
  if (forbidden !== undefined) {
    return refuse(
      `Dit pakket is geweigerd: het bevat de verboden sleutel "${forbidden}". Er is niets ingelezen.`,
      `This pack was refused: it holds the forbidden key "${forbidden}". Nothing was read.`,
    );
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
  if (head.format !== PACK_FORMAT) {
    return refuse(
      'Dit bestand is geen Loketgids-pakket (het veld "format" is niet "loketgids-pack"). Er is niets ingelezen.',
      'This file is not a Loketgids pack ("format" is not "loketgids-pack"). Nothing was read.',
    );
  }
  if (head.version !== PACK_VERSION) {
    const known = typeof head.version === 'number';
    return refuse(
      `Dit pakket heeft versie ${known ? head.version : 'onbekend'}; deze Loketgids leest alleen versie ${PACK_VERSION}. Werk Loketgids bij of vraag een pakket van versie ${PACK_VERSION}. Er is niets ingelezen.`,
      `This pack is version ${known ? head.version : 'unknown'}; this Loketgids reads only version ${PACK_VERSION}. Update Loketgids or ask for a version ${PACK_VERSION} pack. Nothing was read.`,
    );
  }
  const hostile = findHostile(data, '');
  if (hostile) {
    return hostile.kind === 'key'
      ? refuse(
          `Dit pakket is geweigerd: het bevat een verboden sleutel (${hostile.path}). Er is niets ingelezen.`,
          `This pack was refused: it holds a forbidden key (${hostile.path}). Nothing was read.`,
        )
      : refuse(
          `Dit pakket is geweigerd: ${hostile.path} bevat iets dat op programmacode lijkt. Een pakket bevat alleen gegevens. Er is niets ingelezen.`,
          `This pack was refused: ${hostile.path} holds something that looks like program code. A pack holds data only. Nothing was read.`,
        );
  }
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.');
    return refuse(
      `Dit pakket klopt niet: ${where || '(pakket)'}: ${issue?.message ?? ''}. Er is niets ingelezen.`,
      `This pack is not valid: ${where || '(pack)'}: ${issue?.message ?? ''}. Nothing was read.`,
    );
  }
  for (const [index, correction] of parsed.data.corrections.entries()) {
    const flow = flows.find((f) => f.id === correction.flow);
    const step = flow?.steps.find((s) => s.id === correction.step);
    const fits =
      flow &&
      step &&
      flow.portal === correction.portal &&
      step.page === correction.page &&
      (correction.target === undefined || correction.target === step.target);
    if (!fits) {
      return refuse(
        `Correctie ${index + 1} van dit pakket gaat over een taak of stap die deze Loketgids niet kent (${correction.flow}, ${correction.step}). Er is niets ingelezen.`,
        `Correction ${index + 1} of this pack is about a task or step this Loketgids does not know (${correction.flow}, ${correction.step}). Nothing was read.`,
      );
    }
  }
  const misfit = checkPackSteps(parsed.data.steps ?? [], flows, pages);
  if (misfit) return refuse(`${misfit.nl} Er is niets ingelezen.`, `${misfit.en} Nothing was read.`);
  return { ok: true, pack: parsed.data };
}
