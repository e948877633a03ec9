/**
 * The early mark each content script carries (lib/flows/define.ts `recognitionScreens`): a
 * screen's step and target only where every flow of the portal agrees on them, and the same
 * fingerprint the guide module looks for.
 */
import { describe, expect, it } from 'vitest';
import { definePortalGuide, recognitionScreens } from '../../../lib/flows/define';
import { GUIDE_INPUTS } from '../../../lib/flows/registry';
import type { PortalId } from '../../../lib/portals';

const PORTALS = Object.keys(GUIDE_INPUTS) as PortalId[];

describe('the early mark', () => {
  it.each(PORTALS)('%s: marked only where every step on the screen is the same step with the same target', (portal) => {
    const input = GUIDE_INPUTS[portal];
    if (!input) throw new Error(portal);
    const guide = definePortalGuide(input);
    const steps = guide.flows.flatMap((flow) => flow.steps);
    let marked = 0;
    for (const screen of recognitionScreens(input)) {
      const here = steps.filter((step) => step.page === screen.id);
      const problem = steps.some((step) => step.problems.some((p) => p.page === screen.id));
      const targets = new Set(here.map((step) => `${step.id}/${step.target}`));
      const page = guide.pagesById.get(screen.id);
      if (!screen.mark) {
        // Unmarked: no step, steps that differ, a problem screen, no target, or a value to fill in.
        const key = here[0]?.target;
        const spec = key ? page?.targets[key] : undefined;
        expect(
          here.length === 0 || targets.size > 1 || problem || !spec || /\{\w+\}/.test(JSON.stringify(spec)),
          screen.id,
        ).toBe(true);
        continue;
      }
      marked++;
      expect(problem, screen.id).toBe(false);
      expect([...targets], screen.id).toEqual([`${screen.mark.step}/${here[0]?.target}`]);
      const spec = page?.targets[here[0]?.target ?? ''];
      // The guide's own fingerprint, less what finding it does not read.
      const { lookFor: _lookFor, selectors, ...rest } = spec ?? { lookFor: undefined, selectors: [] };
      expect(screen.mark.target, screen.id).toEqual({ ...rest, selectors: selectors.map(({ css }) => ({ css })) });
    }
    expect(marked, portal).toBeGreaterThan(0);
  });

  it('leaves out what depends on the person or the flow chosen (WSE-loket)', () => {
    const input = GUIDE_INPUTS.wse;
    if (!input) throw new Error('wse');
    const byId = new Map(recognitionScreens(input).map((screen) => [screen.id, screen]));
    expect(byId.get('wse.aanmelden')?.mark?.step).toBe('aanmelden');
    // Two steps of one flow on the screen (the client's number, and again for the next client).
    expect(byId.get('wse.kbo-prompt')?.mark).toBeUndefined();
    // A problem screen: the step's problem is shown, with no target.
    expect(byId.get('wse.enkel-persoon')?.mark).toBeUndefined();
    // The own organisation's tile: a name from the settings.
    expect(byId.get('wse.organisatie-kiezen')?.mark).toBeUndefined();
  });
});
