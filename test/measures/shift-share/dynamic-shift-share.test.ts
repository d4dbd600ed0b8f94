import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dynamicShiftShare } from '../../../src/measures/shift-share/dynamic-shift-share.js';
import { shiftShare } from '../../../src/measures/shift-share/shift-share.js';

describe('dynamicShiftShare', () => {
  it('sums the year-by-year Dunn decompositions', () => {
    const region = Object.freeze([Object.freeze([10, 10]), Object.freeze([12, 10]), Object.freeze([12, 14])]);
    const nation = Object.freeze([Object.freeze([100, 100]), Object.freeze([110, 100]), Object.freeze([110, 120])]);
    const r = dynamicShiftShare(region, nation);
    // Year 1: G = 0.05; NS = 1, IM = 10·(0.1 − 0.05) + 10·(0 − 0.05) = 0, RS = 2 − 1 − 0 = 1.
    // Year 2: G = 20/210; NS = 22·20/210, IM = 12·(0 − G) + 10·(0.2 − G), RS = 4 − 2 = 2.
    const G2 = 20 / 210;
    expect(r.growth).toBe(6);
    expect(r.nationalShare).toBeCloseTo(1 + 22 * G2, 12);
    expect(r.industrialMix).toBeCloseTo(0 + (12 * -G2 + 10 * (0.2 - G2)), 12);
    expect(r.regionalShift).toBeCloseTo(1 + 2, 12);
    expect(r.periods).toHaveLength(2);
    expect(r.industries[1]!.growth).toBe(4);
  });

  it('equals the static decomposition for two periods', () => {
    const a = dynamicShiftShare([[90, 20, 10, 60], [100, 40, 10, 55]], [[400, 150, 150, 400], [440, 210, 135, 480]], { method: 'esteban-marquillas' });
    const b = shiftShare({ regionBase: [90, 20, 10, 60], regionFinal: [100, 40, 10, 55], nationBase: [400, 150, 150, 400], nationFinal: [440, 210, 135, 480] }, { method: 'esteban-marquillas' });
    expect(a.regionalShift).toBeCloseTo(b.regionalShift, 12);
    expect(a.allocation).toBeCloseTo(b.allocation!, 12);
  });

  it('components add up to the total change over all years', () => {
    const pos = fc.double({ min: 1, max: 1000, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 6 }), fc.array(pos, { minLength: 60, maxLength: 60 }), (k, T, pool) => {
        const region = Array.from({ length: T }, (_, t) => Array.from({ length: k }, (_, i) => pool[(t * k + i) % 60]!));
        const nation = region.map((row, t) => row.map((v, i) => v * 3 + pool[(t + i * 7) % 60]!));
        const r = dynamicShiftShare(region, nation);
        const change = region[T - 1]!.reduce((s, v) => s + v, 0) - region[0]!.reduce((s, v) => s + v, 0);
        expect(r.growth).toBeCloseTo(change, 8);
        expect(r.nationalShare + r.industrialMix + r.regionalShift).toBeCloseTo(r.growth, 8);
      }),
    );
  });

  it('refuses a single period and names the failing period', () => {
    expect(() => dynamicShiftShare([[1]], [[1]])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => dynamicShiftShare([[1], [2]], [[1]])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => dynamicShiftShare([[1], [2], [3]], [[1], [0], [2]])).toThrow(/period 1 → 2/);
  });
});
