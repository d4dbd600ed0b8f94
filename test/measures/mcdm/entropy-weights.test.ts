import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropyWeights } from '../../../src/measures/mcdm/entropy-weights.js';
import { MeasureError } from '../../../src/core/errors.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/mcdm.json', import.meta.url), 'utf8')) as {
  matrix: number[][];
  entropyWeights: { benefit: boolean[]; convention: 'cn-minmax'; expectedEntropy: number[]; expectedWeights: number[] }[];
};

describe('entropyWeights', () => {
  it('reproduces the published cn-minmax entropies and weights', () => {
    const m = Object.freeze(fixture.matrix.map((r) => Object.freeze([...r])));
    for (const c of fixture.entropyWeights) {
      const r = entropyWeights(m, { benefit: c.benefit, convention: c.convention });
      r.entropy.forEach((e, j) => expect(e).toBeCloseTo(c.expectedEntropy[j]!, 5));
      r.weights.forEach((w, j) => expect(w).toBeCloseTo(c.expectedWeights[j]!, 5));
    }
  });

  it('gives zero weight to a criterion with no spread (hand-computed, raw)', () => {
    // column 0: p = 1/6, 2/6, 3/6 → e = 1.011404/ln 3 = 0.920620; column 1 constant → e = 1.
    const r = entropyWeights([[1, 10], [2, 10], [3, 10]], { convention: 'raw' });
    expect(r.entropy[0]).toBeCloseTo(0.92062, 5);
    expect(r.entropy[1]).toBe(1);
    expect(r.weights).toEqual([1, 0]);
  });

  it('weights sum to 1 and lie in [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 8 }),
        (rows) => {
          try {
            const { weights } = entropyWeights(rows, { convention: 'cn-minmax' });
            expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
            for (const w of weights) expect(w >= 0 && w <= 1).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(MeasureError);
            expect((e as MeasureError).code).toBe('degenerate');
          }
        },
      ),
    );
  });

  it('refuses a single alternative, negative raw values and constant matrices', () => {
    expect(() => entropyWeights([[1, 2]], { convention: 'raw' })).toThrowError(/at least 2 rows/);
    expect(() => entropyWeights([[1], [-2]], { convention: 'raw' })).toThrowError(/negative/);
    expect(() => entropyWeights([[1, 1], [1, 1]], { convention: 'cn-minmax' })).toThrowError(/no criterion varies/);
    expect(() => entropyWeights([[1, 2], [1]], { convention: 'raw' })).toThrowError(/rectangular/);
  });
});
