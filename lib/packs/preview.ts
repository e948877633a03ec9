/**
 * What importing a pack would do, per flow and step, before anything is written: each of its
 * corrections is new, replaces a stored one (the same screen, or the same id), or is the same as
 * one already kept; each of its steps changes a step of the flow (built in, or kept from an
 * earlier pack) or adds one after another. And writing a pack of the stored corrections and steps.
 *
 * @example
 * const changes = previewPack(pack, (await readCorrections()).corrections, FLOWS);
 * // → [{ kind: 'add', flowTitle: { nl: 'Koppel gebruiker aan organisatie', … }, stepTitle: …, correction }]
 */
import { type Correction, sameScreen } from '../corrections/model';
import type { Flow, Text } from '../guide/schema';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './schema';
import { type PackStep, packStepKey } from './steps';

export interface PackChange {
  kind: 'add' | 'replace' | 'same';
  flow: string;
  flowTitle?: Text;
  step: string;
  stepTitle?: Text;
  correction: Correction;
}

const sameContent = (a: Correction, b: Correction) =>
  JSON.stringify([a.signature, a.element, a.target]) === JSON.stringify([b.signature, b.element, b.target]);

export function previewPack(pack: Pack, stored: readonly Correction[], flows: readonly Flow[]): PackChange[] {
  return pack.corrections.map((correction) => {
    const flow = flows.find((f) => f.id === correction.flow);
    const step = flow?.steps.find((s) => s.id === correction.step);
    const old = stored.find((s) => s.id === correction.id || sameScreen(s, correction));
    return {
      kind: !old ? 'add' : sameContent(old, correction) ? 'same' : 'replace',
      flow: correction.flow,
      flowTitle: flow?.title,
      step: correction.step,
      stepTitle: step?.title,
      correction,
    };
  });
}

export interface StepChange {
  /** `change`: overrides the flow's step with this id; `add`: a new step. */
  kind: 'change' | 'add';
  flow: string;
  flowTitle?: Text;
  /** The pack's step. */
  step: PackStep['step'];
  /** The step it changes, as the flow has it now (its number when built in; none when it came from a pack). */
  changes?: { number?: number; title: Text };
  /** Where an added step goes: after this step (its number in the flow now), or at the end. */
  after?: { id: string; title: Text };
}

/**
 * What a pack's steps would do to the flows, in the pack's order.
 *
 * @example
 * previewSteps(pack, FLOWS, kept) // → [{ kind: 'change', flow: 'gb.koppel-gebruiker', step: { id: 'organisatie', … }, changes: { number: 2, title: … } }]
 */
export function previewSteps(pack: Pack, flows: readonly Flow[], kept: readonly PackStep[] = []): StepChange[] {
  const added = new Map<string, Text>();
  return (pack.steps ?? []).map((packStep) => {
    const flow = flows.find((f) => f.id === packStep.flow);
    const key = packStepKey(packStep);
    const index = flow?.steps.findIndex((s) => s.id === packStep.step.id) ?? -1;
    const builtIn = index >= 0 ? flow?.steps[index] : undefined;
    const old = kept.find((k) => packStepKey(k) === key)?.step.title ?? added.get(key);
    const afterTitle =
      packStep.after === undefined
        ? undefined
        : (flow?.steps.find((s) => s.id === packStep.after)?.title ?? added.get(`${packStep.flow}/${packStep.after}`));
    added.set(key, packStep.step.title);
    const base = { flow: packStep.flow, flowTitle: flow?.title, step: packStep.step };
    if (builtIn) return { ...base, kind: 'change', changes: { number: index + 1, title: builtIn.title } };
    if (old) return { ...base, kind: 'change', changes: { title: old } };
    return {
      ...base,
      kind: 'add',
      ...(packStep.after && afterTitle ? { after: { id: packStep.after, title: afterTitle } } : {}),
    };
  });
}

/** The corrections a pack brings, marked as coming from a pack. */
export function packCorrections(pack: Pack): Correction[] {
  return pack.corrections.map((correction) => ({ ...correction, source: 'pack' }));
}

/**
 * A pack of corrections (and pack steps) as a file: its text (one correction or step per line,
 * so two packs diff well) and a dated name.
 *
 * @example
 * const { text, fileName } = makePack(corrections, { extension: '0.1.0' }); // 'loketgids-pakket-2026-12-01.json'
 */
export function makePack(
  corrections: readonly Correction[],
  options: { extension?: string; name?: string; now?: Date; steps?: readonly PackStep[] } = {},
): { text: string; fileName: string; pack: Pack } {
  const now = options.now ?? new Date();
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(options.name ? { name: options.name } : {}),
    createdAt: now.toISOString(),
    ...(options.extension ? { extension: options.extension } : {}),
    corrections: corrections.filter((c) => c.source !== 'policy'),
    ...(options.steps?.length ? { steps: [...options.steps] } : {}),
  };
  const { corrections: list, steps, ...head } = pack;
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const body = lines(list);
  const stepsPart = steps ? `,\n  "steps": [\n${lines(steps)}\n  ]` : '';
  const text = `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "corrections": [\n${body}${body ? '\n' : ''}  ]${stepsPart}\n}\n`;
  return { text, fileName: `loketgids-pakket-${now.toISOString().slice(0, 10)}.json`, pack };
}
