import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topsis } from '../../../src/measures/mcdm/topsis.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/mcdm.json', import.meta.url), 'utf8')) as {
  matrix: number[][];
  topsis: { weights: number[]; benefit: boolean[]; normalization: 'vector'; expectedCloseness: number[] }[];
};

describe('topsis', () => {
  it('reproduces the published closeness values (vector normalisation)', () => {
    const m = Object.freeze(fixture.matrix.map((r) => Object.freeze([...r])));
    for (const c of fixture.topsis) {
      const r = topsis(m, Object.freeze([...c.weights]), { benefit: c.benefit, normalization: c.normalization });
      r.closeness.forEach((x, i) => expect(x).toBeCloseTo(c.expectedCloseness[i]!, 7));
    }
    expect(topsis(m, [1, 1, 1, 1], { benefit: [false, true, true, true], normalization: 'vector' }).rank).toEqual([3, 5, 1, 2, 4]);
  });

  it('min-max normalisation: hand-computed two-criterion case', () => {
    // normalised: [1,0], [0,1], [0.5,0.5]; equal weights 0.5 → v = [.5,0],[0,.5],[.25,.25]
    // best (.5,.5), worst (0,0): C = .5/(.5+.5) = .5 for the first two; the third is √.125/(2√.125) = .5
    const r = topsis([[10, 5], [0, 1], [5, 3]], [1, 1], { benefit: [true, false], normalization: 'minmax' });
    expect(r.closeness.map((x) => +x.toFixed(12))).toEqual([0.5, 0.5, 0.5]);
    expect(r.rank).toEqual([1, 2, 3]); // ties broken by row order, as documented
  });

  it('ranks are a permutation of 1..n and closeness lies in [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 9 }),
        (rows) => {
          const distinct = new Set(rows.map((r) => r.join(','))).size > 1;
          fc.pre(distinct);
          const r = topsis(rows, [0.2, 0.3, 0.5], { benefit: [true, false, true], normalization: 'vector' });
          expect([...r.rank].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 1));
          for (const c of r.closeness) expect(c >= 0 && c <= 1).toBe(true);
        },
      ),
    );
  });

  it('refuses wrong-length weights, negative weights and identical alternatives', () => {
    expect(() => topsis([[1, 2]], [1], { benefit: [true, true], normalization: 'vector' })).toThrowError(/weights/);
    expect(() => topsis([[1, 2], [2, 1]], [1, -1], { benefit: [true, true], normalization: 'vector' })).toThrowError(/non-negative/);
    expect(() => topsis([[1, 2], [1, 2]], [1, 1], { benefit: [true, true], normalization: 'vector' })).toThrowError(/identical/);
  });
});
