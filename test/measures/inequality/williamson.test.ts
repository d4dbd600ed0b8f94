import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { williamson } from '../../../src/measures/inequality/williamson.js';
import { expected, perCapita, population } from './laender.js';

describe('williamson', () => {
  it('reproduces German Länder 2015 about the national mean (default) and about the unweighted mean (REAT default)', () => {
    expect(williamson(perCapita, population)).toBeCloseTo(expected.williamson_nationalMean!, 10);
    expect(williamson(perCapita, population, { mean: 'unweighted' })).toBeCloseTo(expected.williamson_unweightedMean_REATdefault!, 10);
  });

  it('is sqrt(Σ p (y − ȳ)²)/ȳ on a hand-checked case', () => {
    // ȳ = (1·1 + 3·1)/2 = 2, SD = 1 → 0.5; with populations 3 and 1: ȳ = 1.5, var = 0.75 → sqrt(0.75)/1.5
    expect(williamson([1, 3], [1, 1])).toBe(0.5);
    expect(williamson([1, 3], [3, 1])).toBeCloseTo(Math.sqrt(0.75) / 1.5, 15);
  });

  it('is invariant to scaling values, to scaling populations and to replicating regions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true })), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (rows, k) => {
          const v = rows.map((r) => r[0]);
          const p = rows.map((r) => r[1]);
          const w = williamson(v, p);
          expect(williamson(v.map((x) => x * k), p)).toBeCloseTo(w, 9);
          expect(williamson(v, p.map((x) => x * k))).toBeCloseTo(w, 9);
          expect(williamson([...v, ...v], [...p, ...p])).toBeCloseTo(w, 9);
        },
      ),
    );
  });

  it('refuses missing populations, mismatched lengths, NaN and zero populations', () => {
    expect(() => williamson([1, 2], undefined as never)).toThrow(expect.objectContaining({ argument: 'populations' }));
    expect(() => williamson([1, 2], [1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => williamson([1, Number.NaN], [1, 1])).toThrow(expect.objectContaining({ code: 'not-finite', index: 1 }));
    expect(() => williamson([1, 2], [1, 0])).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
    expect(williamson([4], [10])).toBe(0);
  });
});
