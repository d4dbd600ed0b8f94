import { describe, expect, it } from 'vitest';
import { ahp, SAATY_RANDOM_INDEX } from '../../../src/measures/mcdm/ahp.js';

describe('ahp', () => {
  it('a consistent matrix gives the exact weights, λmax = n and CR = 0 under both methods', () => {
    // a_ij = w_i / w_j with w = (4, 2, 1)/7
    const a = Object.freeze([[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]].map((r) => Object.freeze(r)));
    for (const method of ['eigenvector', 'geometric'] as const) {
      const r = ahp(a, { method });
      r.weights.forEach((w, i) => expect(w).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][i]!, 12));
      expect(r.lambdaMax).toBeCloseTo(3, 12);
      expect(r.cr).toBe(0);
      expect(r.consistent).toBe(true);
    }
  });

  it('Saaty 3×3 (1,3,5 / 1/3,1,3): λmax from the closed form 1 + k^(1/3) + k^(-1/3), k = a12·a23/a13', () => {
    const k = (3 * 3) / 5;
    const lambda = 1 + Math.cbrt(k) + 1 / Math.cbrt(k); // 3.038521...
    const r = ahp([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]);
    expect(r.lambdaMax).toBeCloseTo(lambda, 10);
    expect(r.ci).toBeCloseTo((lambda - 3) / 2, 10);
    expect(r.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 10);
    expect(r.weights.map((w) => +w.toFixed(4))).toEqual([0.637, 0.2583, 0.1047]);
    expect(r.consistent).toBe(true);
  });

  it('geometric-mean weights of the same matrix are the normalised cube roots of the row products', () => {
    const g = [Math.cbrt(15), Math.cbrt(1), Math.cbrt(1 / 15)];
    const s = g[0]! + g[1]! + g[2]!;
    const r = ahp([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], { method: 'geometric' });
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(g[i]! / s, 12));
  });

  it('an intransitive matrix (A>B>C>A, all 9) is flagged inconsistent', () => {
    // k = 9·9/(1/9) = 729, λ = 1 + 9 + 1/9 = 10.111; CR = 3.556/0.58 ≫ 0.1
    const r = ahp([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]);
    expect(r.lambdaMax).toBeCloseTo(1 + 9 + 1 / 9, 8);
    expect(r.consistent).toBe(false);
  });

  it('uses Saaty’s random index table and refuses non-reciprocal input', () => {
    expect(SAATY_RANDOM_INDEX[4]).toBe(0.9);
    expect(ahp([[1, 3], [1 / 3, 1]]).cr).toBe(0);
    expect(() => ahp([[1, 3], [3, 1]])).toThrowError(/reciprocal/);
    expect(() => ahp([[2, 1], [1, 1]])).toThrowError(/diagonal/);
    expect(() => ahp([[1, 2, 3], [0.5, 1, 1]])).toThrowError(/square/);
  });
});
