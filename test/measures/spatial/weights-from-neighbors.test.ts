import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightsFromNeighbors } from '../../../src/measures/spatial/weights-from-neighbors.js';
import { readGal } from './fixtures.js';

describe('weightsFromNeighbors', () => {
  it('row-standardises by default and binarises on request', () => {
    const w = weightsFromNeighbors({ a: ['b'], b: ['a', 'c'], c: ['b'] });
    expect(w.ids).toEqual(['a', 'b', 'c']);
    expect(w.neighbors).toEqual([[1], [0, 2], [1]]);
    expect(w.weights).toEqual([[1], [0.5, 0.5], [1]]);
    expect(w.s0).toBe(3);
    const b = weightsFromNeighbors({ a: ['b'], b: ['a', 'c'], c: ['b'] }, { transform: 'B' });
    expect(b.weights).toEqual([[1], [1, 1], [1]]);
    // binary symmetric: S0 = 4 links, S1 = ½ Σ (2)² over 4 ordered links = 8, S2 = Σ (2 k_i)² = 4 + 16 + 4
    expect([b.s0, b.s1, b.s2]).toEqual([4, 8, 24]);
    expect(b.symmetric).toBe(true);
    expect(w.symmetric).toBe(false);
  });

  it('matches libpysal S0, S1, S2 for the 3×3 rook lattice (lat2W(3,3), binary)', () => {
    // lat2W(3, 3): rook neighbours on a 3×3 grid; libpysal: s0 = 24, s1 = 48, s2 = 272.
    const nb = Array.from({ length: 9 }, (_, i) => {
      const r = Math.floor(i / 3), c = i % 3;
      return [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]].filter(([a, b]) => a! >= 0 && a! < 3 && b! >= 0 && b! < 3).map(([a, b]) => a! * 3 + b!);
    });
    const w = weightsFromNeighbors(nb, { transform: 'B' });
    expect([w.s0, w.s1, w.s2]).toEqual([24, 48, 272]);
  });

  it('uses per-link weights, lists islands and keeps Map order', () => {
    const w = weightsFromNeighbors(new Map([['z', ['y']], ['y', ['z']], ['x', []]]), { weights: new Map([['z', [2]], ['y', [4]], ['x', []]]), transform: 'O' });
    expect(w.ids).toEqual(['z', 'y', 'x']);
    expect(w.weights).toEqual([[2], [4], []]);
    expect(w.islands).toEqual(['x']);
    expect(w.s0).toBe(6);
    expect(w.s1).toBe(36); // ½[(2+4)² + (4+2)²]
  });

  it('refuses index-like object keys without ids, and honours ids', () => {
    expect(() => weightsFromNeighbors({ '10': ['2'], '2': ['10'] })).toThrow(expect.objectContaining({ argument: 'ids' }));
    const w = weightsFromNeighbors({ '10': ['2'], '2': ['10'] }, { ids: ['10', '2'] });
    expect(w.ids).toEqual(['10', '2']);
    expect(w.neighbors).toEqual([[1], [0]]);
    expect(() => weightsFromNeighbors({ '10': ['2'], '2': ['10'] }, { ids: ['10', '3'] })).toThrow(expect.objectContaining({ argument: 'ids' }));
  });

  it('refuses bad lists with typed errors', () => {
    expect(() => weightsFromNeighbors([])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => weightsFromNeighbors([[0]])).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 0 }));
    expect(() => weightsFromNeighbors([[1, 1], [0]])).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => weightsFromNeighbors([[5], [0]])).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => weightsFromNeighbors({ a: ['q'] })).toThrow(/unknown neighbour "q"/);
    expect(() => weightsFromNeighbors([[1], [0]], { weights: [[1], [0]] })).toThrow(expect.objectContaining({ argument: 'weights' }));
    expect(() => weightsFromNeighbors([[1], [0]], { weights: [[1], []] })).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });

  it('row-standardised weights sum to n minus the islands (St. Louis, 48 states)', () => {
    for (const f of ['stl.gal', 'states48.gal']) {
      const w = weightsFromNeighbors(readGal(f));
      expect(w.s0).toBeCloseTo(w.n - w.islands.length, 12);
      expect(w.islands).toEqual([]);
    }
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 19 }), { maxLength: 6 }), { minLength: 20, maxLength: 20 }), (raw) => {
        const nb = raw.map((row, i) => [...new Set(row.filter((j) => j !== i))]);
        const w = weightsFromNeighbors(nb);
        const rowSums = w.weights.map((r) => r.reduce((a, b) => a + b, 0));
        rowSums.forEach((s, i) => expect(s).toBeCloseTo(nb[i]!.length ? 1 : 0, 12));
        expect(w.s0).toBeCloseTo(20 - w.islands.length, 10);
      }),
    );
  });

  it('does not modify the input and returns frozen weights', () => {
    const input = { a: ['b'], b: ['a'] };
    const w = weightsFromNeighbors(Object.freeze(input));
    expect(Object.isFrozen(w.neighbors[0])).toBe(true);
    expect(input).toEqual({ a: ['b'], b: ['a'] });
  });
});
