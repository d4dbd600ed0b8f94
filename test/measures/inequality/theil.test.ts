import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { theilL, theilT } from '../../../src/measures/inequality/theil.js';
import { MeasureError } from '../../../src/core/errors.js';
import { cases, expected, perCapita, population } from './laender.js';

const positive = fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });

describe('theilT and theilL', () => {
  it('match the REAT-documented unweighted examples (REAT theil() is Theil L)', () => {
    for (const c of cases('theilL')) expect(theilL(Object.freeze(c.input.values))).toBeCloseTo(c.expected, 8);
    for (const c of cases('theilT')) expect(theilT(Object.freeze(c.input.values))).toBeCloseTo(c.expected, 7);
  });

  it('match the population-weighted German Länder 2015 values', () => {
    expect(theilT(perCapita, population)).toBeCloseTo(expected.theilT_populationWeighted!, 10);
    expect(theilL(perCapita, population)).toBeCloseTo(expected.theilL_populationWeighted!, 10);
  });

  it('give the same weighted value whether written with per-capita values or with Y and P shares', () => {
    // T = Σ (Y_i/Y) ln[(Y_i/Y)/(P_i/P)] computed by hand on a small case.
    const y = [2, 5, 1];
    const p = [10, 20, 30];
    const Y = y.map((v, i) => v * p[i]!);
    const Ys = Y.reduce((a, b) => a + b);
    const Ps = 60;
    const T = Y.reduce((s, Yi, i) => s + (Yi / Ys) * Math.log(Yi / Ys / (p[i]! / Ps)), 0);
    const L = Y.reduce((s, Yi, i) => s + (p[i]! / Ps) * Math.log(p[i]! / Ps / (Yi / Ys)), 0);
    expect(theilT(y, p)).toBeCloseTo(T, 14);
    expect(theilL(y, p)).toBeCloseTo(L, 14);
  });

  it('treat zeros as 0·ln 0 = 0 in T and refuse them in L with a typed error naming the index', () => {
    // T of [0, 2]: shares 0 and 1 → 1·ln(2) · 1/2 ·2 = ln 2
    expect(theilT([0, 2])).toBeCloseTo(Math.LN2, 14);
    const err = (() => { try { theilL([3, 0, 2]); } catch (e) { return e; } })() as MeasureError;
    expect(err).toBeInstanceOf(MeasureError);
    expect(err.code).toBe('out-of-domain');
    expect(err.index).toBe(1);
  });

  it('are 0 for one value and for constant values', () => {
    expect(theilT([7])).toBe(0);
    expect(theilL([7])).toBe(0);
    expect(theilT([3, 3, 3, 3])).toBe(0);
    expect(theilL([3, 3, 3], [1, 2, 3])).toBe(0);
  });

  it('refuse empty input, NaN (naming the position), negative values and all-zero values', () => {
    expect(() => theilT([])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => theilT([1, Number.NaN])).toThrow(expect.objectContaining({ code: 'not-finite', index: 1 }));
    expect(() => theilL([1, 2], [1, Number.NaN])).toThrow(expect.objectContaining({ argument: 'weights', index: 1 }));
    expect(() => theilT([1, -2])).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
    expect(() => theilT([0, 0])).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => theilT([1, 2], [1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => theilT([1, 2], [1, 0])).toThrow(expect.objectContaining({ code: 'out-of-domain', argument: 'weights' }));
  });

  it('are unchanged when every value is multiplied by a constant (scale invariance)', () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (v, k) => {
        const scaled = v.map((x) => x * k);
        expect(theilT(scaled)).toBeCloseTo(theilT(v), 9);
        expect(theilL(scaled)).toBeCloseTo(theilL(v), 9);
      }),
    );
  });

  it('are unchanged when the population is replicated (each unit copied m times)', () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 2, max: 4 }), (v, m) => {
        const rep = v.flatMap((x) => new Array<number>(m).fill(x));
        expect(theilT(rep)).toBeCloseTo(theilT(v), 9);
        expect(theilL(rep)).toBeCloseTo(theilL(v), 9);
        // Integer weights are the same as replication.
        expect(theilT(v, v.map(() => m))).toBeCloseTo(theilT(v), 9);
      }),
    );
  });

  it('lie in [0, ln n] unweighted', () => {
    fc.assert(
      fc.property(positive, (v) => {
        const t = theilT(v);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(Math.log(v.length) + 1e-12);
      }),
    );
  });
});
