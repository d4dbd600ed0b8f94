import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { theilNested } from '../../../src/measures/inequality/theil-nested.js';
import { theilDecompose } from '../../../src/measures/inequality/theil-decompose.js';
import { theilL, theilT } from '../../../src/measures/inequality/theil.js';

// Counties (units) in cities in regions: a small hand-made province.
const values = Object.freeze([10, 12, 30, 35, 8, 9, 14, 5, 6]);
const pop = Object.freeze([5, 4, 2, 3, 6, 5, 2, 7, 8]);
const region = Object.freeze(['PRD', 'PRD', 'PRD', 'PRD', 'East', 'East', 'East', 'North', 'North']);
const city = Object.freeze(['GZ', 'GZ', 'SZ', 'SZ', 'ST', 'ST', 'CZ', 'MZ', 'MZ']);

describe('theilNested (Akita two-stage)', () => {
  it('splits T into between regions, between cities within regions and within cities, adding to the total', () => {
    const r = theilNested(values, pop, [region, city]);
    expect(r.stages.map((s) => s.kind)).toEqual(['between', 'between', 'within']);
    const [br, wr, wc] = r.stages.map((s) => s.value) as [number, number, number];
    expect(br + wr + wc).toBeCloseTo(r.total, 15);
    expect(r.total).toBeCloseTo(theilT(values, pop), 13);
    // Stage 1 = between regions; stage 1 + 2 = between cities (the finer partition).
    expect(br).toBeCloseTo(theilDecompose(values, region, { weights: pop }).between, 13);
    expect(br + wr).toBeCloseTo(theilDecompose(values, city, { weights: pop }).between, 13);
    expect(wc).toBeCloseTo(theilDecompose(values, city, { weights: pop }).within, 13);
    expect(r.stages.reduce((s, x) => s + x.contribution!, 0)).toBeCloseTo(1, 13);
  });

  it('works for L and reports each group with its parent', () => {
    const r = theilNested(values, pop, [region, city], { index: 'L' });
    expect(r.total).toBeCloseTo(theilL(values, pop), 13);
    const sz = r.groups.find((g) => g.group === 'SZ')!;
    expect(sz.level).toBe(1);
    expect(sz.parent).toBe('PRD');
    expect(sz.index).toBeCloseTo(theilL([30, 35], [2, 3]), 14);
  });

  it('with one level equals theilDecompose', () => {
    const r = theilNested(values, undefined, [region]);
    const d = theilDecompose(values, region);
    expect(r.stages[0]!.value).toBeCloseTo(d.between, 14);
    expect(r.stages[1]!.value).toBeCloseTo(d.within, 14);
  });

  it('refuses groups that are not nested and an empty level list', () => {
    const badCity = [...city];
    badCity[4] = 'GZ'; // GZ now in PRD and East
    expect(() => theilNested(values, pop, [region, badCity])).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 4 }));
    expect(() => theilNested(values, pop, [])).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  it('stages always add up to theilT of all units (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.double({ min: 0.1, max: 1e4, noNaN: true }), w: fc.double({ min: 1, max: 100, noNaN: true }), c: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 40 }),
        (us) => {
          const v = us.map((u) => u.v);
          const w = us.map((u) => u.w);
          const cities = us.map((u) => `c${u.c}`);
          const regions = us.map((u) => `r${u.c % 3}`);
          const r = theilNested(v, w, [regions, cities]);
          expect(Math.abs(r.total - theilT(v, w))).toBeLessThan(1e-12);
        },
      ),
    );
  });
});
