import { describe, expect, it } from 'vitest';
import {
  fisherFCdf,
  fisherFUpperTail,
  logGamma,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTTwoSidedP,
} from '../../../src/measures/convergence/distributions.js';

// Reference values from SciPy 1.17.1: scipy.special.betainc(a, b, x), scipy.stats.t.cdf,
// 2 * scipy.stats.t.sf(|t|), scipy.stats.f.cdf / f.sf, math.lgamma.
describe('regularizedIncompleteBeta', () => {
  it.each([
    [0.5, 2, 3, 0.6875],
    [0.1, 0.5, 0.5, 0.20483276469913345],
    [0.9, 10, 3, 0.889130022255],
    [0.3, 100, 200, 0.10884306564490986],
    [1e-5, 2, 2, 2.999980000000001e-10],
  ])('I_%s(%s, %s) = %s', (x, a, b, want) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(want, 12);
    expect(Math.abs(regularizedIncompleteBeta(x, a, b) - want) / want).toBeLessThan(1e-10);
  });
  it('is 0 at 0, 1 at 1, and refuses x outside [0, 1] or non-positive shapes', () => {
    expect(regularizedIncompleteBeta(0, 2, 2)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 2)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.5, 2, 2)).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => regularizedIncompleteBeta(0.5, 0, 2)).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
  });
});

describe('logGamma', () => {
  it('matches math.lgamma', () => {
    expect(logGamma(0.3)).toBeCloseTo(1.0957979948180752, 13);
    expect(logGamma(10.5)).toBeCloseTo(13.940625219403763, 12);
    expect(logGamma(171.2)).toBeCloseTo(707.6009268476702, 10);
  });
});

describe('Student t', () => {
  it.each([
    [2, 5, 0.9490302605850708, 0.10193947882985835],
    [-1.5, 3, 0.11529193262241147, 0.23058386524482294],
    [0.3, 1, 0.5927735790777423, 0.8144528418445154],
    [4.2, 18, 0.9997308906704985, 0.0005382186590030326],
    [2.086, 20, 0.9750018227712799, 0.04999635445744019],
    [12, 30, 0.999999999999721, 5.580185415199261e-13],
  ])('t = %s, df = %s: cdf %s, two-sided p %s', (t, df, cdf, p) => {
    expect(studentTCdf(t, df)).toBeCloseTo(cdf, 12);
    expect(Math.abs(studentTTwoSidedP(t, df) - p) / p).toBeLessThan(1e-9);
  });
  it('handles infinite t and refuses df ≤ 0', () => {
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTTwoSidedP(-Infinity, 3)).toBe(0);
    expect(() => studentTCdf(1, 0)).toThrow(expect.objectContaining({ argument: 'df' }));
  });
});

describe('Fisher F', () => {
  it.each([
    [2, 3, 10, 0.8219925926248245, 0.1780074073751755],
    [1.7, 19, 19, 0.8717840107843277, 0.12821598921567232],
    [0.5, 4, 7, 0.26231350936734876, 0.7376864906326512],
    [3.2, 1, 1, 0.675489641695562, 0.324510358304438],
    [25, 20, 20, 0.999999999524779, 4.752209279422483e-10],
  ])('F = %s (%s, %s): cdf %s, upper tail %s', (f, d1, d2, cdf, sf) => {
    expect(fisherFCdf(f, d1, d2)).toBeCloseTo(cdf, 12);
    expect(Math.abs(fisherFUpperTail(f, d1, d2) - sf) / sf).toBeLessThan(1e-9);
  });
});
