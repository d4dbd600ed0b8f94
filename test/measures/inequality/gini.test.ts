import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gini, lorenzCurve } from '../../../src/measures/inequality/gini.js';
import { cases } from './laender.js';

/** Pairwise definition, O(n²): Σ_i Σ_j p_i p_j |y_i − y_j| / (2μ). */
function giniPairs(v: number[], w = v.map(() => 1)): number {
  const W = w.reduce((a, b) => a + b);
  const mu = v.reduce((s, x, i) => s + (w[i]! / W) * x, 0);
  let s = 0;
  for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) s += (w[i]! / W) * (w[j]! / W) * Math.abs(v[i]! - v[j]!);
  return s / (2 * mu);
}

const vals = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 50 })
  .filter((v) => v.some((x) => x > 0));

describe('gini', () => {
  it('matches the published examples (n² default, corrected n/(n−1), grouped data)', () => {
    for (const c of cases('gini')) {
      const opts = { ...(c.input.weights ? { weights: c.input.weights } : {}), ...(c.input.corrected ? { corrected: true } : {}) };
      expect(gini(Object.freeze(c.input.values), opts)).toBeCloseTo(c.expected, 8);
    }
  });

  it('equals the pairwise mean-difference definition, weighted and unweighted', () => {
    fc.assert(
      fc.property(vals, (v) => {
        expect(gini(v)).toBeCloseTo(giniPairs(v), 10);
        const w = v.map((_, i) => 1 + (i % 5));
        expect(gini(v, { weights: w })).toBeCloseTo(giniPairs(v, w), 10);
      }),
    );
  });

  it('lies in [0, 1) and is scale- and replication-invariant', () => {
    fc.assert(
      fc.property(vals, fc.double({ min: 0.001, max: 1000, noNaN: true }), (v, k) => {
        const g = gini(v);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        expect(gini(v.map((x) => x * k))).toBeCloseTo(g, 10);
        expect(gini([...v, ...v, ...v])).toBeCloseTo(g, 10);
      }),
    );
  });

  it('is 0 for one value or constant values and (n−1)/n when one unit holds everything', () => {
    expect(gini([5])).toBe(0);
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0, 8])).toBeCloseTo(0.75, 15);
    expect(gini([0, 0, 0, 8], { corrected: true })).toBeCloseTo(1, 15);
  });

  it('refuses bad input with typed errors', () => {
    expect(() => gini([])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => gini([1, Number.NaN, 2])).toThrow(expect.objectContaining({ code: 'not-finite', index: 1 }));
    expect(() => gini([1, -1])).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
    expect(() => gini([0, 0])).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => gini([1, 2], { weights: [1, 1], corrected: true })).toThrow(expect.objectContaining({ argument: 'corrected' }));
    expect(() => gini([1], { corrected: true })).toThrow(expect.objectContaining({ code: 'degenerate' }));
  });
});

describe('lorenzCurve', () => {
  it('runs from (0,0) to (1,1) over values sorted ascending, weighted by population', () => {
    expect(lorenzCurve(Object.freeze([3, 1]))).toEqual({ populationShare: [0, 0.5, 1], valueShare: [0, 0.25, 1] });
    const c = lorenzCurve([10, 1], [1, 3]);
    expect(c.populationShare).toEqual([0, 0.75, 1]);
    expect(c.valueShare[1]).toBeCloseTo(3 / 13, 15);
  });

  it('encloses half the Gini coefficient with the diagonal', () => {
    fc.assert(
      fc.property(vals, (v) => {
        const { populationShare: p, valueShare: l } = lorenzCurve(v);
        let area = 0;
        for (let i = 1; i < p.length; i++) area += ((p[i]! - p[i - 1]!) * (l[i]! + l[i - 1]!)) / 2;
        expect(1 - 2 * area).toBeCloseTo(gini(v), 10);
      }),
    );
  });
});
