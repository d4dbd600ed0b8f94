import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coefficientOfVariation } from '../../../src/measures/inequality/coefficient-of-variation.js';
import { williamson } from '../../../src/measures/inequality/williamson.js';
import { expected, perCapita, population } from './laender.js';

describe('coefficientOfVariation', () => {
  it('uses the population SD by default and the sample SD on request', () => {
    expect(coefficientOfVariation(Object.freeze([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(0.4, 15);
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9], { sample: true })).toBeCloseTo(Math.sqrt(32 / 7) / 5, 15);
  });

  it('reproduces the unweighted sample CV of German Länder 2015 (REAT cv() default)', () => {
    expect(coefficientOfVariation(perCapita, { sample: true })).toBeCloseTo(expected.cv_unweighted_sample!, 10);
  });

  it('with weights equals Williamson’s index about the national mean', () => {
    expect(coefficientOfVariation(perCapita, { weights: population })).toBeCloseTo(williamson(perCapita, population), 14);
  });

  it('is scale- and replication-invariant (population SD)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0.01, max: 100, noNaN: true }), (v, k) => {
        const c = coefficientOfVariation(v);
        expect(coefficientOfVariation(v.map((x) => x * k))).toBeCloseTo(c, 9);
        expect(coefficientOfVariation([...v, ...v])).toBeCloseTo(c, 9);
      }),
    );
  });

  it('handles edge cases with typed errors', () => {
    expect(coefficientOfVariation([5])).toBe(0);
    expect(coefficientOfVariation([5, 5, 5], { sample: true })).toBe(0);
    expect(() => coefficientOfVariation([5], { sample: true })).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => coefficientOfVariation([1, 2], { sample: true, weights: [1, 1] })).toThrow(expect.objectContaining({ argument: 'sample' }));
    expect(() => coefficientOfVariation([])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => coefficientOfVariation([1, Number.POSITIVE_INFINITY])).toThrow(expect.objectContaining({ index: 1 }));
    expect(() => coefficientOfVariation([1, -1])).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => coefficientOfVariation([0, 0])).toThrow(expect.objectContaining({ code: 'degenerate' }));
  });
});
