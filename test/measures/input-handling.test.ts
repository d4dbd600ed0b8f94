/**
 * The measures layer's input policy, checked across every public measure: a null or undefined
 * where an array or object is required is a typed MeasureError naming the argument (never a raw
 * TypeError); a Float64Array is accepted wherever an array of numbers is and gives the same
 * result; values near the largest double do not overflow into a silent NaN.
 */
import { describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import * as m from '../../src/measures/index.js';

type Fn = (...a: unknown[]) => unknown;
/** name → a valid call; each array (or object) argument is then replaced by null/undefined and by a Float64Array. */
const calls: Record<string, unknown[]> = {
  gini: [[1, 2, 3]],
  lorenzCurve: [[1, 2, 3], [1, 2, 1]],
  theilT: [[1, 2, 3], [1, 2, 1]],
  theilL: [[1, 2, 3], [1, 2, 1]],
  atkinson: [[1, 2, 3], 0.5, [1, 2, 1]],
  coefficientOfVariation: [[1, 2, 3]],
  williamson: [[1, 2, 3], [1, 1, 2]],
  theilDecompose: [[1, 2, 3], ['a', 'a', 'b']],
  theilNested: [[1, 2, 3], [1, 2, 1], [['a', 'a', 'b']]],
  betaConvergence: [[1, 2, 4], [2, 3, 5], 1],
  sigmaConvergence: [[[1, 4], [2, 4]]],
  entropyWeights: [[[1, 2], [3, 4], [2, 2]], { convention: 'raw' }],
  topsis: [[[1, 2], [3, 4]], [0.5, 0.5], { benefit: [true, false], normalization: 'vector' }],
  ahp: [[[1, 3], [1 / 3, 1]]],
  shiftShare: [{ regionBase: [1, 2], regionFinal: [2, 3], nationBase: [10, 20], nationFinal: [12, 25] }],
  dynamicShiftShare: [[[1, 2], [2, 3]], [[10, 20], [12, 25]]],
  locationQuotient: [[1, 2], [3, 4], [10, 20], [30, 40]],
  krugmanSpecialization: [[1, 2], [3, 4]],
  hoover: [[0.5, 0.5], [0.2, 0.8]],
  herfindahl: [[1, 2, 3]],
  shares: [[1, 3]],
  structureLevelH: [[0.1, 0.3, 0.6]],
  rationalizationTL: [[1, 2, 3], [3, 2, 1]],
  mooreIndex: [[0.2, 0.8], [0.3, 0.7]],
  mooreAngle: [[0.2, 0.8], [0.3, 0.7]],
  structuralChangeValue: [[0.2, 0.8], [0.3, 0.7]],
};
const fn = (name: string): Fn => (m as unknown as Record<string, Fn>)[name]!;
const isNumbers = (a: unknown): a is number[] => Array.isArray(a) && a.every((x) => typeof x === 'number');

describe('measures: null, undefined and Float64Array arguments', () => {
  it.each(Object.keys(calls))('%s: a missing array or object argument is a MeasureError naming it', (name) => {
    const args = calls[name]!;
    expect(() => fn(name)(...args)).not.toThrow();
    let checked = 0;
    args.forEach((a, k) => {
      if (typeof a !== 'object' || a === null) return;
      for (const bad of [null, undefined]) {
        const b = [...args];
        b[k] = bad;
        let err: unknown;
        try {
          fn(name)(...b);
        } catch (e) {
          err = e;
        }
        // An optional argument (weights) may be omitted: then the call succeeds.
        if (err === undefined && bad === undefined) continue;
        expect(err, `${name} argument ${k} = ${String(bad)}`).toBeInstanceOf(MeasureError);
        expect((err as MeasureError).argument, `${name} argument ${k}`).toBeTruthy();
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('names the argument and says what it got', () => {
    expect(() => m.gini(null as never)).toThrow(expect.objectContaining({ code: 'missing', argument: 'values', measure: 'gini' }));
    expect(() => m.gini(null as never)).toThrow(/needs an array of numbers \(or a Float64Array\), got null/);
    expect(() => m.theilT([1, 2], null as never)).toThrow(expect.objectContaining({ code: 'missing', argument: 'weights' }));
    expect(() => m.hoover([0.5, 0.5], undefined as never)).toThrow(expect.objectContaining({ code: 'missing', argument: 'shareB' }));
    expect(() => m.shiftShare(null as never)).toThrow(expect.objectContaining({ code: 'missing', argument: 'input' }));
    expect(() => m.topsis(null as never, [1], { benefit: [true], normalization: 'vector' })).toThrow(expect.objectContaining({ code: 'missing', argument: 'matrix' }));
    expect(() => m.gini('1,2,3' as never)).toThrow(expect.objectContaining({ code: 'missing', argument: 'values' }));
  });

  it.each(Object.keys(calls))('%s: a Float64Array gives the same result as an array', (name) => {
    const args = calls[name]!;
    const want = JSON.stringify(fn(name)(...args));
    let checked = 0;
    args.forEach((a, k) => {
      if (!isNumbers(a)) return;
      const b = [...args];
      b[k] = Float64Array.from(a);
      expect(JSON.stringify(fn(name)(...b)), `${name} argument ${k}`).toBe(want);
      checked++;
    });
    if (checked === 0) expect(['sigmaConvergence', 'entropyWeights', 'ahp', 'shiftShare', 'dynamicShiftShare']).toContain(name);
  });

  it('accepts Float64Array inside nested inputs', () => {
    expect(m.sigmaConvergence([Float64Array.of(1, 4), Float64Array.of(2, 4)])).toEqual(m.sigmaConvergence([[1, 4], [2, 4]]));
    const input = { regionBase: [1, 2], regionFinal: [2, 3], nationBase: [10, 20], nationFinal: [12, 25] };
    const typed = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Float64Array.from(v)])) as unknown as typeof input;
    expect(m.shiftShare(typed)).toEqual(m.shiftShare(input));
  });

  it('does not modify a Float64Array it is given', () => {
    const v = Float64Array.of(3, 1, 2);
    m.gini(v);
    m.lorenzCurve(v);
    expect(Array.from(v)).toEqual([3, 1, 2]);
  });
});

describe('measures: values near the largest double', () => {
  // 5e307 × [2, 3, 1]: sums, squares and n-fold multiples overflow without rescaling.
  const big = [1e308, 1.5e308, 5e307];
  const small = [2, 3, 1];
  const bigW = [1e308, 1.7e308, 1.2e308];
  const w = [1, 1.7, 1.2];
  it.each([
    ['gini', (v: number[]) => m.gini(v)],
    ['gini weighted', (v: number[], p?: number[]) => m.gini(v, { weights: p ?? w })],
    ['coefficientOfVariation', (v: number[]) => m.coefficientOfVariation(v)],
    ['coefficientOfVariation (sample)', (v: number[]) => m.coefficientOfVariation(v, { sample: true })],
    ['williamson', (v: number[], p?: number[]) => m.williamson(v, p ?? w)],
    ['theilT', (v: number[], p?: number[]) => m.theilT(v, p ?? w)],
    ['theilL', (v: number[], p?: number[]) => m.theilL(v, p ?? w)],
    ['atkinson', (v: number[], p?: number[]) => m.atkinson(v, 2, p ?? w)],
    ['theilDecompose', (v: number[], p?: number[]) => m.theilDecompose(v, ['a', 'a', 'b'], { weights: p ?? w }).total],
  ] as const)('%s is finite and equals the index of the scaled-down values', (_, f) => {
    const want = f(small);
    expect(want).toBeGreaterThan(0);
    expect(f(big)).toBeCloseTo(want, 13);
    expect(f(big, bigW)).toBeCloseTo(want, 13);
    expect(f(small, bigW)).toBeCloseTo(want, 13);
  });

  it('keeps group means in the unit of the values', () => {
    const d = m.theilDecompose(big, ['a', 'a', 'b']);
    expect(d.groups[0]!.mean / 1.25e308).toBeCloseTo(1, 13); // (1e308 + 1.5e308) / 2
    expect(d.groups[1]!.mean).toBe(5e307);
  });

  it('rescales tiny values too (squares would underflow to 0)', () => {
    const tiny = small.map((v) => v * 1e-320);
    expect(m.coefficientOfVariation(tiny)).toBeCloseTo(m.coefficientOfVariation(small), 2);
  });
});
