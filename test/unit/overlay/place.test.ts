/**
 * Where the card goes (lib/overlay/place.ts): never over the target, off the portal's controls
 * where any corner allows, a pill when no corner has room, least-covering when nothing is free.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, CORNERS, choosePlacement, cornerBox, intersects, PILL } from '../../../lib/overlay/place';

const viewport: Box = { left: 0, top: 0, width: 1280, height: 800 };
const full = { width: 360, height: 300 };

describe('choosePlacement', () => {
  it('stays bottom-right when nothing is there', () => {
    expect(choosePlacement({ full, viewport, controls: [] })).toEqual({
      corner: 'bottom-right',
      compact: false,
      covers: 0,
    });
  });

  it('moves off a target under its usual place, and off controls', () => {
    const target = { left: 1000, top: 600, width: 120, height: 40 };
    expect(choosePlacement({ full, viewport, target, controls: [] }).corner).toBe('bottom-left');
    const controls = [{ left: 40, top: 700, width: 100, height: 30 }];
    expect(choosePlacement({ full, viewport, target, controls }).corner).toBe('top-right');
  });

  it('gets shorter (and scrolls) where a corner has some room, before it becomes a pill', () => {
    const tall = { width: 360, height: 600 };
    // A control in every corner's column at mid-height: the bottom corners have 300 px below it.
    const controls = [
      { left: 20, top: 450, width: 1240, height: 30 },
      { left: 20, top: 20, width: 1240, height: 30 },
    ];
    const placement = choosePlacement({ full: tall, viewport, controls });
    expect(placement).toMatchObject({ compact: false, covers: 0 });
    expect(placement.maxHeight).toBe(800 - 16 - 480);
    const box = cornerBox(placement.corner, { width: 360, height: placement.maxHeight ?? 0 }, viewport);
    expect(controls.some((c) => intersects(box, c))).toBe(false);
  });

  it('becomes a pill when no corner has room for the whole card (a 400-px window)', () => {
    const narrow = { left: 0, top: 0, width: 400, height: 800 };
    const card = { width: 368, height: 420 };
    const controls = [
      { left: 20, top: 40, width: 360, height: 30 },
      { left: 20, top: 700, width: 100, height: 40 },
    ];
    const placement = choosePlacement({ full: card, viewport: narrow, controls });
    expect(placement.compact).toBe(true);
    expect(placement.covers).toBe(0);
    expect(intersects(cornerBox(placement.corner, PILL, narrow), controls[1] as Box)).toBe(false);
  });

  it('never covers the target, whatever the page (random layouts)', () => {
    const box = fc.record({
      left: fc.integer({ min: 0, max: 1200 }),
      top: fc.integer({ min: 0, max: 760 }),
      width: fc.integer({ min: 10, max: 300 }),
      height: fc.integer({ min: 10, max: 80 }),
    });
    fc.assert(
      fc.property(box, fc.array(box, { maxLength: 30 }), (target, controls) => {
        const placement = choosePlacement({ full, viewport, target, controls });
        const size = placement.compact ? PILL : { width: full.width, height: placement.maxHeight ?? full.height };
        const mine = cornerBox(placement.corner, size, viewport);
        // The target is avoided whenever some corner avoids it.
        const avoidable = CORNERS.some((c) => !intersects(cornerBox(c, PILL, viewport), target, 4));
        if (avoidable) expect(intersects(mine, target, 4)).toBe(false);
        if (!placement.compact) expect(controls.some((k) => intersects(mine, k))).toBe(false);
        // Controls: covered only when every pill corner covers one (or the target).
        if (placement.covers > 0) {
          expect(placement.compact).toBe(true);
          const blocked = (c: (typeof CORNERS)[number]) => {
            const pill = cornerBox(c, PILL, viewport);
            return intersects(pill, target, 4) || controls.some((k) => intersects(pill, k));
          };
          expect(CORNERS.every(blocked)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
