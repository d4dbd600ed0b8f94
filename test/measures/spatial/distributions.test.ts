import { describe, expect, it } from 'vitest';
import { chiSquareSf, erfc, normalCdf, normalSf } from '../../../src/measures/spatial/distributions.js';

// Reference values from scipy 1.17 (scipy.stats.norm.sf, scipy.stats.chi2.sf, scipy.special.erfc).
const rel = (a: number, b: number): number => Math.abs(a / b - 1);

describe('normal and chi-squared tails (internal)', () => {
  it('normal upper tail to 1e-10 relative down to p ≈ 1e-16', () => {
    const cases: [number, number][] = [
      [0.5, 0.3085375387259869], [1.96, 0.024997895148220435], [3, 0.0013498980316300933],
      [5, 2.866515718791933e-7], [5.6, 1.0717590258310887e-8], [6, 9.865876450376946e-10], [8, 6.22096057427174e-16],
    ];
    for (const [z, p] of cases) {
      expect(rel(normalSf(z), p)).toBeLessThan(1e-10);
      expect(rel(normalCdf(-z), p)).toBeLessThan(1e-10);
    }
    expect(normalSf(0)).toBeCloseTo(0.5, 15);
    expect(normalCdf(1.96) + normalSf(1.96)).toBeCloseTo(1, 15);
    expect(rel(erfc(0.3), 0.6713732405408726)).toBeLessThan(1e-12);
    expect(rel(erfc(4.2), 2.855494179592188e-9)).toBeLessThan(1e-10);
  });

  it('chi-squared upper tail', () => {
    const cases: [number, number, number][] = [
      [40.5598541, 16, 0.0006446443223885285], [200.624, 60, 4.7158341526635217e-17], [3, 1, 0.08326451666355042],
      [0.5, 4, 0.9735009788392561], [170.659, 60, 1.4921492957653763e-12],
    ];
    for (const [x, d, p] of cases) expect(rel(chiSquareSf(x, d), p)).toBeLessThan(1e-9);
  });
});
