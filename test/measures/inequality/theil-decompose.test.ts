import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { theilDecompose } from '../../../src/measures/inequality/theil-decompose.js';
import { theilL, theilT } from '../../../src/measures/inequality/theil.js';
import { eastWest, expected, perCapita, population } from './laender.js';

const units = fc
  .array(
    fc.record({
      v: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
      w: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
      g: fc.constantFrom('PRD', 'East', 'West', 'North'),
    }),
    { minLength: 1, maxLength: 60 },
  );

describe('theilDecompose', () => {
  it('reproduces the East/West decomposition of German Länder 2015 (T and L)', () => {
    const t = theilDecompose(perCapita, eastWest, { weights: population, index: 'T' });
    expect(t.between).toBeCloseTo(expected.theilT_between_EastWest!, 10);
    expect(t.within).toBeCloseTo(expected.theilT_within_EastWest!, 10);
    const l = theilDecompose(perCapita, eastWest, { weights: population, index: 'L' });
    expect(l.between).toBeCloseTo(expected.theilL_between_EastWest!, 10);
    expect(l.within).toBeCloseTo(expected.theilL_within_EastWest!, 10);
    expect(l.total).toBeCloseTo(expected.theilL_populationWeighted!, 10);
  });

  it('reports group shares, indices and contributions that sum to 1', () => {
    const d = theilDecompose(perCapita, eastWest, { weights: population, index: 'T' });
    expect(d.groups.map((g) => g.group)).toEqual(['West', 'East']);
    const east = d.groups.find((g) => g.group === 'East')!;
    const eastIdx = eastWest.map((g, i) => (g === 'East' ? i : -1)).filter((i) => i >= 0);
    expect(east.n).toBe(6);
    expect(east.index).toBeCloseTo(theilT(eastIdx.map((i) => perCapita[i]!), eastIdx.map((i) => population[i]!)), 12);
    expect(east.populationShare).toBeCloseTo(eastIdx.reduce((s, i) => s + population[i]!, 0) / population.reduce((a, b) => a + b), 12);
    expect(d.betweenContribution! + d.groups.reduce((s, g) => s + g.contribution!, 0)).toBeCloseTo(1, 12);
  });

  it('gives between = 0 and within = total for one group', () => {
    const d = theilDecompose([1, 2, 3], ['a', 'a', 'a']);
    expect(d.between).toBe(0);
    expect(d.within).toBeCloseTo(theilT([1, 2, 3]), 14);
  });

  it('gives contributions of null rather than NaN when there is no inequality', () => {
    const d = theilDecompose([4, 4], ['a', 'b'], { index: 'L' });
    expect(d.total).toBe(0);
    expect(d.betweenContribution).toBeNull();
    expect(d.groups[0]!.contribution).toBeNull();
  });

  it('handles a T group whose values are all zero (index null, contributes nothing)', () => {
    const d = theilDecompose([0, 0, 2, 4], ['z', 'z', 'a', 'a']);
    expect(d.groups[0]!.index).toBeNull();
    expect(d.total).toBeCloseTo(theilT([0, 0, 2, 4]), 14);
  });

  it('refuses a missing group label with the position and zeros under L', () => {
    expect(() => theilDecompose([1, 2], ['a', undefined as never])).toThrow(expect.objectContaining({ argument: 'groups', index: 1 }));
    expect(() => theilDecompose([1, 0], ['a', 'b'], { index: 'L' })).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
    expect(() => theilDecompose([1, 2], ['a'])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });

  it('adds up: between + within === total exactly, total = theilT/theilL to 1e-12, contributions sum to 1', () => {
    fc.assert(
      fc.property(units, fc.constantFrom<'T' | 'L'>('T', 'L'), (us, index) => {
        const v = us.map((u) => u.v);
        const w = us.map((u) => u.w);
        const g = us.map((u) => u.g);
        const d = theilDecompose(v, g, { weights: w, index });
        expect(d.between + d.within).toBe(d.total);
        const direct = index === 'T' ? theilT(v, w) : theilL(v, w);
        expect(Math.abs(d.total - direct)).toBeLessThan(1e-12 * Math.max(1, direct));
        if (d.total > 1e-9) {
          expect(d.betweenContribution! + d.groups.reduce((s, x) => s + x.contribution!, 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  it('is unchanged by scaling values and by replicating units', () => {
    fc.assert(
      fc.property(units, fc.double({ min: 0.01, max: 100, noNaN: true }), (us, k) => {
        const v = us.map((u) => u.v);
        const g = us.map((u) => u.g);
        const a = theilDecompose(v, g);
        const b = theilDecompose(v.map((x) => x * k), g);
        const c = theilDecompose([...v, ...v], [...g, ...g]);
        for (const other of [b, c]) {
          expect(other.between).toBeCloseTo(a.between, 9);
          expect(other.within).toBeCloseTo(a.within, 9);
        }
      }),
    );
  });

  it('does not modify its (frozen) inputs', () => {
    const v = Object.freeze([3, 1, 2]);
    const g = Object.freeze(['a', 'b', 'a']);
    const w = Object.freeze([1, 2, 3]);
    expect(() => theilDecompose(v, g, { weights: w, index: 'L' })).not.toThrow();
  });
});
