import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { betaConvergence, convergenceSpeed } from '../../../src/measures/convergence/beta.js';

const conv = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/convergence.json', import.meta.url)), 'utf8')) as {
  cases: { input: { beta: number; years: number }; expectedSpeed: number; expectedHalfLife: number }[];
};

describe('convergenceSpeed', () => {
  it('reproduces the REAT betaconv.speed documented example (T = 1, where REAT agrees)', () => {
    for (const c of conv.cases) {
      const r = convergenceSpeed(c.input.beta, c.input.years);
      expect(r.speed).toBeCloseTo(c.expectedSpeed, 10);
      expect(r.halfLife).toBeCloseTo(c.expectedHalfLife, 6);
    }
  });

  it('uses λ = −ln(1 + Tβ)/T, not REAT’s −ln(1 + β)/T, for T > 1', () => {
    const r = convergenceSpeed(-0.043545365573040715, 10);
    expect(r.speed).toBeCloseTo(0.0571732800853336, 14);
    expect(r.halfLife).toBeCloseTo(12.12362102586021, 10);
    // REAT would give −ln(1 − 0.04355)/10 = 0.004452: a half-life of 155.7 years.
    expect(r.speed).not.toBeCloseTo(0.004452191994907494, 3);
  });

  it('gives no half-life for divergence and no speed when 1 + Tβ ≤ 0', () => {
    expect(convergenceSpeed(0.01, 10).halfLife).toBeNull();
    expect(convergenceSpeed(0.01, 10).speed).toBeCloseTo(-Math.log(1.1) / 10, 15);
    expect(convergenceSpeed(-0.2, 5)).toEqual({ speed: null, halfLife: null });
    expect(() => convergenceSpeed(-0.01, 0)).toThrow(expect.objectContaining({ argument: 'years' }));
  });

  it('inverts the Barro–Sala-i-Martin relation β = −(1 − e^{−λT})/T', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.3, noNaN: true }), fc.integer({ min: 1, max: 40 }), (lambda, T) => {
        const beta = -(1 - Math.exp(-lambda * T)) / T;
        expect(convergenceSpeed(beta, T).speed).toBeCloseTo(lambda, 10);
      }),
    );
  });
});

describe('betaConvergence', () => {
  // Reference: scipy.stats.linregress(ln y0, ln(y1/y0)/10), SciPy 1.17.1.
  const y0 = Object.freeze([12000, 18000, 25000, 40000, 9000, 30000, 15000]);
  const y1 = Object.freeze([30000, 39000, 45000, 60000, 26000, 52000, 35000]);

  it('matches OLS slope, intercept, standard error, t, two-sided p and R² from SciPy', () => {
    const r = betaConvergence(y0, y1, 10);
    expect(r.beta).toBeCloseTo(-0.043545365573040715, 13);
    expect(r.alpha).toBeCloseTo(0.5023253595090489, 12);
    expect(r.standardError).toBeCloseTo(0.0013950604303397895, 13);
    expect(r.t).toBeCloseTo(-31.21396365778545, 9);
    expect(Math.abs(r.p - 6.335709353522196e-7) / 6.335709353522196e-7).toBeLessThan(1e-8);
    expect(r.rSquared).toBeCloseTo(0.9948943723616275, 12);
    expect(r.df).toBe(5);
    expect(r.speed).toBeCloseTo(0.0571732800853336, 12);
    expect(r.halfLife).toBeCloseTo(12.12362102586021, 9);
  });

  it('recovers a known β exactly when growth is an exact linear function of the initial log level', () => {
    const x0 = [1, 2, 4, 8];
    const x1 = x0.map((v) => v * Math.exp(5 * (0.1 - 0.02 * Math.log(v))));
    const r = betaConvergence(x0, x1, 5);
    expect(r.beta).toBeCloseTo(-0.02, 12);
    expect(r.alpha).toBeCloseTo(0.1, 12);
    expect(r.p).toBeLessThan(1e-20);
    expect(r.t).toBeLessThan(-1e10);
    expect(r.rSquared).toBeCloseTo(1, 12);
  });

  it('refuses fewer than 3 units, equal initial values, zeros and NaN (naming the index)', () => {
    expect(() => betaConvergence([1, 2], [2, 3], 1)).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => betaConvergence([2, 2, 2], [2, 3, 4], 1)).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => betaConvergence([1, 0, 2], [2, 3, 4], 1)).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
    expect(() => betaConvergence([1, 2, 3], [2, Number.NaN, 4], 1)).toThrow(expect.objectContaining({ argument: 'final', index: 1 }));
    expect(() => betaConvergence([1, 2, 3], [2, 3], 1)).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => betaConvergence([1, 2, 3], [2, 3, 4], -1)).toThrow(expect.objectContaining({ argument: 'years' }));
  });

  it('is unchanged in β when all values are rescaled (only α moves)', () => {
    const a = betaConvergence(y0, y1, 10);
    const b = betaConvergence(y0.map((v) => v / 1e4), y1.map((v) => v / 1e4), 10);
    expect(b.beta).toBeCloseTo(a.beta, 12);
    expect(b.p).toBeCloseTo(a.p, 14);
  });
});
