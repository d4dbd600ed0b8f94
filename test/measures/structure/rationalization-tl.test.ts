import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rationalizationTL } from '../../../src/measures/structure/rationalization-tl.js';
import { MeasureError } from '../../../src/core/errors.js';
import { structureCase } from './fixture.js';

describe('rationalizationTL', () => {
  it('matches the fixture (Gan et al. 2011 form): 0.0952594236', () => {
    const c = structureCase('rationalizationTL');
    expect(rationalizationTL(c.input.valueAdded as number[], c.input.employment as number[])).toBeCloseTo(c.expected as number, 10);
  });
  it('matches a hand computation: y = (0.2, 0.8), l = (0.5, 0.5)', () => {
    const expected = 0.2 * Math.log(0.2 / 0.5) + 0.8 * Math.log(0.8 / 0.5);
    expect(rationalizationTL([2, 8], [5, 5])).toBeCloseTo(expected, 14);
  });
  it('is 0 when output and employment are distributed alike, and the same for levels and shares', () => {
    expect(rationalizationTL([10, 30, 60], [1, 3, 6])).toBeCloseTo(0, 14);
    expect(rationalizationTL([5, 45, 50], [20, 40, 40])).toBeCloseTo(rationalizationTL([0.05, 0.45, 0.5], [0.2, 0.4, 0.4]), 14);
  });
  it('counts a sector with no output as 0 and refuses output without employment', () => {
    expect(rationalizationTL([0, 5, 5], [1, 1, 1])).toBeCloseTo(Math.log(1.5), 14);
    expect(() => rationalizationTL([1, 5, 5], [0, 1, 1])).toThrowError(/index 0/);
  });
  it('refuses mismatched lengths and negative values', () => {
    expect(() => rationalizationTL([1, 2], [1, 2, 3])).toThrow(MeasureError);
    expect(() => rationalizationTL([1, -2], [1, 2])).toThrow(MeasureError);
  });
  it('is never negative (Gibbs inequality) and leaves inputs unmodified', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true })), {
          minLength: 2,
          maxLength: 10,
        }),
        (pairs) => {
          const y = Object.freeze(pairs.map((p) => p[0]));
          const l = Object.freeze(pairs.map((p) => p[1]));
          expect(rationalizationTL(y, l)).toBeGreaterThanOrEqual(-1e-12);
        },
      ),
    );
  });
});
