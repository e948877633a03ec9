/**
 * The administrator's **managed policy** (Chrome/Edge enterprise policy for this extension,
 * `storage.managed`, declared by `public/managed-schema.json`): `packs`, flow packs to apply on
 * every portal page, and `disabledFlows`, flow ids to switch off. See the README for an example
 * policy (Windows registry, Linux JSON file).
 *
 * Read by the background and the options page only. `storage.managed` may be missing (Firefox
 * without policies, unit tests) or fail; then there is simply no policy. A pack that does not pass
 * lib/packs/parse.ts is left out and named in `problems`. The flows switched off are mirrored for
 * the content scripts under `POLICY_KEY` (lib/corrections/repository.ts `syncCorrections`).
 *
 * @example
 * const policy = await readPolicy(); // → { present: true, disabledFlows: ['wse.vov.terugbetaling'], packs: [...], ... }
 */
import { browser } from 'wxt/browser';
import type { Correction } from '../corrections/model';
import { FLOWS } from '../flows/registry';
import type { Flow } from '../guide/schema';
import type { Bilingual } from '../ids';
import { parsePack } from '../packs/parse';
import { packCorrections } from '../packs/preview';
import type { PackStep } from '../packs/steps';

/** The storage.local key of the policy's part for the content scripts: `{ disabledFlows: string[] }`. */
export const POLICY_KEY = 'loketgids:policy';

export interface EffectivePolicy {
  /** Some policy is set. */
  present: boolean;
  disabledFlows: string[];
  /** The corrections of the policy's packs (source `policy`). */
  corrections: Correction[];
  /** The steps of the policy's packs, in order (they apply after the imported ones, so they win). */
  steps: PackStep[];
  packs: { name?: string; corrections: number; steps: number }[];
  /** Parts of the policy that were left out, and why. */
  problems: Bilingual[];
}

/** A policy that sets nothing (fresh lists each time: applyPolicy fills its own). */
function emptyPolicy(): EffectivePolicy {
  return { present: false, disabledFlows: [], corrections: [], steps: [], packs: [], problems: [] };
}

export const NO_POLICY: EffectivePolicy = emptyPolicy();

/**
 * What a managed-storage value means, checked: unknown flow ids and bad packs are left out
 * (named in `problems`), never thrown.
 */
export function applyPolicy(raw: unknown, flows: readonly Flow[] = FLOWS): EffectivePolicy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const { packs, disabledFlows } = raw as { packs?: unknown; disabledFlows?: unknown };
  const out = emptyPolicy();
  if (Array.isArray(disabledFlows)) {
    out.present = true;
    for (const id of disabledFlows) {
      if (typeof id === 'string' && flows.some((f) => f.id === id)) out.disabledFlows.push(id);
      else {
        out.problems.push({
          nl: `Het beleid zet een taak uit die Loketgids niet kent: ${String(id).slice(0, 100)}.`,
          en: `The policy switches off a task Loketgids does not know: ${String(id).slice(0, 100)}.`,
        });
      }
    }
  }
  if (Array.isArray(packs)) {
    out.present = true;
    packs.forEach((pack, index) => {
      const read = parsePack(typeof pack === 'string' ? pack : JSON.stringify(pack), flows);
      if (!read.ok) {
        out.problems.push({
          nl: `Pakket ${index + 1} van het beleid is niet toegepast. ${read.problem.nl}`,
          en: `Pack ${index + 1} of the policy was not applied. ${read.problem.en}`,
        });
        return;
      }
      const steps = read.pack.steps ?? [];
      out.packs.push({ name: read.pack.name, corrections: read.pack.corrections.length, steps: steps.length });
      out.steps.push(...steps);
      for (const correction of packCorrections(read.pack)) {
        out.corrections.push({ ...correction, id: `policy-${index}-${correction.id}`.slice(0, 64), source: 'policy' });
      }
    });
  }
  return out;
}

/** The policy as set now; no policy when managed storage is absent or fails. */
export async function readPolicy(): Promise<EffectivePolicy> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return NO_POLICY;
    return applyPolicy(await managed.get(['packs', 'disabledFlows']));
  } catch {
    return NO_POLICY;
  }
}
