/**
 * The content scripts ship the guide data unparsed (no zod on portal pages): `definePortalGuide`
 * fills zod's defaults by hand. Here it is held to the zod parse of the same data, and the check
 * the build runs (lib/flows/check.ts) is shown to refuse broken data.
 */
import { describe, expect, it } from 'vitest';
import { checkPortalGuide } from '../../../lib/flows/check';
import { definePortalGuide, type PortalGuideInput } from '../../../lib/flows/define';
import { GUIDE_INPUTS } from '../../../lib/flows/registry';

describe.each(Object.entries(GUIDE_INPUTS))('%s guide data', (_portal, input) => {
  it('passes the zod schemas and the cross-reference check', () => {
    expect(() => checkPortalGuide(input)).not.toThrow();
  });

  it('is, as shipped, exactly what zod makes of it (same defaults), frozen', () => {
    const shipped = definePortalGuide(input);
    const parsed = checkPortalGuide(input);
    expect(shipped.pages).toEqual(parsed.pages);
    expect(shipped.flows).toEqual(parsed.flows);
    expect(Object.isFrozen(shipped.pages[0]?.recognise.signals[0])).toBe(true);
    expect(Object.isFrozen(shipped.flows[0]?.steps[0])).toBe(true);
  });
});

describe('the check the build runs', () => {
  const wse = GUIDE_INPUTS.wse as PortalGuideInput;
  const flow = wse.flows[0];
  if (!flow) throw new Error('no flow');
  const step = flow.steps[0];
  if (!step) throw new Error('no step');

  it.each([
    ['an unknown page state', { ...step, page: 'wse.bestaat-niet' }, /unknown page state wse\.bestaat-niet/],
    ['a target the page does not have', { ...step, target: 'geen-doel' }, /has no target geen-doel/],
    ['a feature of an unknown kind', { ...step, features: [{ kind: 'toverstaf' }] }, /flow wse\./],
  ])('refuses %s', (_what, broken, message) => {
    const input = { ...wse, flows: [{ ...flow, steps: [broken as typeof step, ...flow.steps.slice(1)] }] };
    expect(() => checkPortalGuide(input)).toThrow(message);
  });

  it('refuses a signal of weight 0 and a required phrase without a source', () => {
    const page = wse.pages[0];
    if (!page) throw new Error('no page');
    const zero = {
      ...page,
      recognise: { ...page.recognise, signals: [{ kind: 'lang', lang: 'nl', weight: 0, source: 'structure' }] },
    };
    expect(() => checkPortalGuide({ ...wse, pages: [zero as typeof page, ...wse.pages.slice(1)] })).toThrow(
      /page state/,
    );
    const unsourced = {
      ...page,
      recognise: { ...page.recognise, signals: [{ kind: 'text', any: ['x'], weight: 1, required: true }] },
    };
    expect(() => checkPortalGuide({ ...wse, pages: [unsourced as typeof page, ...wse.pages.slice(1)] })).toThrow(
      /page state/,
    );
  });
});
