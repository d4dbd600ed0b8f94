import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moranI } from '../../../src/measures/spatial/moran-i.js';
import { weightsFromNeighbors } from '../../../src/measures/spatial/weights-from-neighbors.js';
import { readGal, readGeoDaTxt } from './fixtures.js';

const stlW = weightsFromNeighbors(readGal('stl.gal'));
const hr8893 = readGeoDaTxt('stl_hom.txt').HR8893!;

function lattice(rows: number, cols: number): number[][] {
  return Array.from({ length: rows * cols }, (_, i) => {
    const r = Math.floor(i / cols), c = i % cols;
    return [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]
      .filter(([a, b]) => a! >= 0 && a! < rows && b! >= 0 && b! < cols)
      .map(([a, b]) => a! * cols + b!);
  });
}

describe('moranI', () => {
  it("matches esda's test_moran on St. Louis homicide rates 1988–93 (stl.gal, row-standardised)", () => {
    const r = moranI(hr8893, stlW, { permutations: 0 });
    // esda/tests/test_moran.py TestMoran.test_moran and the Moran docstring
    expect(r.I).toBeCloseTo(0.24365582621771659, 12);
    expect(r.expected).toBeCloseTo(-0.012987012987012988, 15);
    expect(r.pNormal / 0.00027147862770937614 - 1).toBeLessThan(1e-9); // two-tailed (docstring)
    expect(Math.abs(r.pNormal / 2 / 0.00013573931385468807 - 1)).toBeLessThan(1e-9); // one-tailed (test)
    expect(r.pSim).toBeUndefined();
  });

  it("matches esda's test_variance on the 3×3 lattice, y = 1…9, binary weights", () => {
    const w = weightsFromNeighbors(lattice(3, 3), { transform: 'B' });
    const r = moranI([1, 2, 3, 4, 5, 6, 7, 8, 9], w, { permutations: 0 });
    expect(r.varianceRandomization).toBeCloseTo(0.059687500000000004, 14);
    expect(r.varianceNormal).toBeCloseTo(0.053125000000000006, 14);
  });

  it('permutation inference is reproducible and centred on −1/(n − 1)', () => {
    const a = moranI(hr8893, stlW, { permutations: 999, seed: 42 });
    const b = moranI(hr8893, stlW, { permutations: 999, seed: 42 });
    expect(a).toEqual(b);
    expect(a.pSim!).toBeLessThanOrEqual(0.005); // I is far in the upper tail (z ≈ 3.6, one-sided p ≈ 1.4e-4)
    expect(a.expectedSim!).toBeCloseTo(-1 / 77, 2);
    expect(a.zSim!).toBeGreaterThan(3);
    const c = moranI(hr8893, stlW, { permutations: 999, seed: 43 });
    expect(c.expectedSim).not.toBe(a.expectedSim);
  });

  it("the mean of Moran's I over all permutations of y is −1/(n − 1) (exact for n = 5)", () => {
    const w = weightsFromNeighbors([[1, 4], [0, 2], [1, 3], [2, 4], [3, 0]]);
    const y = [3, 1, 4, 1.5, 9];
    const perms: number[][] = [];
    const permute = (rest: number[], acc: number[]): void => {
      if (!rest.length) perms.push(acc);
      rest.forEach((v, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, v]));
    };
    permute(y, []);
    const mean = perms.reduce((s, p) => s + moranI(p, w, { permutations: 0 }).I, 0) / perms.length;
    expect(mean).toBeCloseTo(-1 / 4, 12);
  });

  it('is invariant to affine changes of y and folds p to the smaller tail', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 9, maxLength: 9 }), fc.double({ min: 0.1, max: 10, noNaN: true }), (y, k) => {
        if (new Set(y).size < 2 || Math.max(...y) - Math.min(...y) < 1e-6) return;
        const w = weightsFromNeighbors(lattice(3, 3));
        const r = moranI(y, w, { permutations: 99, seed: 1 });
        expect(moranI(y.map((v) => k * v + 3), w, { permutations: 0 }).I).toBeCloseTo(r.I, 9);
        expect(r.pSim!).toBeGreaterThan(0);
        expect(r.pSim!).toBeLessThanOrEqual(0.5 + 1 / 100);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses bad input with typed errors', () => {
    expect(() => moranI([1, 2], stlW)).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => moranI(hr8893.map(() => 1), stlW)).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => moranI(hr8893.map((v, i) => (i === 3 ? Number.NaN : v)), stlW)).toThrow(expect.objectContaining({ code: 'not-finite', index: 3 }));
    expect(() => moranI(hr8893, stlW, { permutations: -1 })).toThrow(expect.objectContaining({ argument: 'permutations' }));
    expect(() => moranI(hr8893, stlW, { seed: 1.5 })).toThrow(expect.objectContaining({ argument: 'seed' }));
    expect(() => moranI([1, 2, 3, 4], weightsFromNeighbors([[], [], [], []]))).toThrow(expect.objectContaining({ code: 'degenerate' }));
  });
});
