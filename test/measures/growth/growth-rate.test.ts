import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growthRate } from '../../../src/measures/growth/growth-rate.js';
import { MeasureError } from '../../../src/core/errors.js';

describe('growthRate', () => {
  it('gives 8 % as the fraction 0.08 for 100 → 108', () => {
    expect(growthRate(100, 108)).toBeCloseTo(0.08, 14);
  });
  it('gives the 2019→2020 Guangdong NBS GDP growth (nominal) from levels', () => {
    // NBS file: 107986.9 (2019) → 110760.9 (2020) 亿元; hand-computed 0.025688…
    expect(growthRate(107986.9, 110760.9)).toBeCloseTo(2774 / 107986.9, 14);
  });
  it('gives −1 when the level falls to zero', () => {
    expect(growthRate(5, 0)).toBe(-1);
  });
  it('refuses a non-positive previous level and names the argument', () => {
    expect(() => growthRate(0, 1)).toThrowError(/growthRate: argument "previous"/);
    expect(() => growthRate(-1, 1)).toThrow(MeasureError);
  });
  it('refuses a negative current level and non-finite input', () => {
    expect(() => growthRate(1, -1)).toThrowError(/argument "current"/);
    expect(() => growthRate(Number.NaN, 1)).toThrow(MeasureError);
    expect(() => growthRate(1, Number.POSITIVE_INFINITY)).toThrow(MeasureError);
  });
  it('compounds: growth over two periods equals the product of one-period growths', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (a, b, c) => {
          const lhs = 1 + growthRate(a, c);
          const rhs = (1 + growthRate(a, b)) * (1 + growthRate(b, c));
          expect(Math.abs(lhs - rhs) / rhs).toBeLessThan(1e-9); // 1 + (x − 1) loses digits when x is small
        },
      ),
    );
  });
});
