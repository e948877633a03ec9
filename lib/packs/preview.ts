/**
 * What importing a pack would do, per flow and step, before anything is written: each of its
 * corrections is new, replaces a stored one (the same screen, or the same id), or is the same as
 * one already kept. And writing a pack of the stored corrections.
 *
 * @example
 * const changes = previewPack(pack, (await readCorrections()).corrections, FLOWS);
 * // → [{ kind: 'add', flowTitle: { nl: 'Koppel gebruiker aan organisatie', … }, stepTitle: …, correction }]
 */
import { type Correction, sameScreen } from '../corrections/model';
import type { Flow, Text } from '../guide/schema';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './schema';

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

/** The corrections a pack brings, marked as coming from a pack. */
export function packCorrections(pack: Pack): Correction[] {
  return pack.corrections.map((correction) => ({ ...correction, source: 'pack' }));
}

/**
 * A pack of corrections as a file: its text (one correction per line, so two packs diff well)
 * and a dated name.
 *
 * @example
 * const { text, fileName } = makePack(corrections, { extension: '0.1.0' }); // 'loketgids-pakket-2026-12-01.json'
 */
export function makePack(
  corrections: readonly Correction[],
  options: { extension?: string; name?: string; now?: Date } = {},
): { text: string; fileName: string; pack: Pack } {
  const now = options.now ?? new Date();
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(options.name ? { name: options.name } : {}),
    createdAt: now.toISOString(),
    ...(options.extension ? { extension: options.extension } : {}),
    corrections: corrections.filter((c) => c.source !== 'policy'),
  };
  const { corrections: list, ...head } = pack;
  const body = list.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  const text = `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "corrections": [\n${body}${body ? '\n' : ''}  ]\n}\n`;
  return { text, fileName: `loketgids-pakket-${now.toISOString().slice(0, 10)}.json`, pack };
}
