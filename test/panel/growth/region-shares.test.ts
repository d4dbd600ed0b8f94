import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { regionShares } from '../../../src/panel/growth/region-shares.js';
import { loadGuangdongPanel, loadGuangdongProvince } from '../../../src/data/index.js';
import { DataError } from '../../../src/core/errors.js';
import { collectWarnings, frozen, objs } from '../helpers.js';

const REG = ['PRD', 'East', 'West', 'North'];

describe('regionShares', () => {
  it('divides each region’s sum by the all-city total', () => {
    const rows = frozen([
      { city_zh: 'A', region: 'PRD', year: 2010, gdp: 60 },
      { city_zh: 'B', region: 'PRD', year: 2010, gdp: 20 },
      { city_zh: 'C', region: 'North', year: 2010, gdp: 20 },
    ]);
    const t = regionShares(rows, { variable: 'gdp' });
    expect(objs(t).map((r) => [r.region, r.value, r.total, r.share, r.complete])).toEqual([
      ['PRD', 80, 100, 0.8, true],
      ['North', 20, 100, 0.2, true],
    ]);
  });
  it('says when a region lacks data for a year, and shows no share of an unknown total', () => {
    const rows = [
      { city_zh: 'A', region: 'PRD', year: 2010, gdp: 60 },
      { city_zh: 'C', region: 'North', year: 2010, gdp: null },
    ];
    const t = objs(regionShares(rows, { variable: 'gdp' }));
    expect(t.map((r) => [r.region, r.share, r.complete])).toEqual([
      ['PRD', null, true],
      ['North', null, false],
    ]);
    expect(t[1]!.note).toContain('C');
    expect(t[0]!.note).toMatch(/provincial total incomplete/);
  });
  it('refuses non-additive variables', () => {
    expect(() => regionShares([{ city_zh: 'A', region: 'PRD', year: 2010, secondary_share: 50 }], { variable: 'secondary_share' })).toThrowError(/not additive/);
    expect(() => regionShares([{ city_zh: 'A', region: 'PRD', year: 2010 }], { variable: 'gdp' })).toThrow(DataError);
  });
  it('shares of a complete partition sum to 1 and region sums equal the total; input unmodified', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0.01, max: 1e5, noNaN: true })), { minLength: 1, maxLength: 30 }), (cities) => {
        const rows = frozen(cities.map(([r, v], k) => ({ city_zh: `c${k}`, region: REG[r]!, year: 2010, gdp: v })));
        const before = JSON.stringify(rows);
        const out = objs(regionShares(rows, { variable: 'gdp' }));
        const total = cities.reduce((s, c) => s + c[1], 0);
        expect(out.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
        expect(out.reduce((s, r) => s + r.value, 0) / total).toBeCloseTo(1, 12);
        expect(JSON.stringify(rows)).toBe(before);
      }),
    );
  });
  it('on the bundled panel: the PRD had about 78.96 % of the 21-city GDP in 2010 (non-PRD 21.04 %)', () => {
    const t = objs(regionShares(loadGuangdongPanel(), { variable: 'gdp', year: 2010 }));
    expect(t.map((r) => r.region)).toEqual(REG);
    expect(t[0]!.share).toBeCloseTo(0.7896, 4);
    expect(t.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });
  it('on the bundled panel: every year 1994–2021 is a complete partition of the 21 cities', () => {
    const { result } = collectWarnings(() => regionShares(loadGuangdongPanel(), { variable: 'gdp' }));
    const rows = objs(result);
    const years = [...new Set(rows.map((r) => r.year))];
    expect(rows.reduce((s, r) => s + r.n_expected, 0) / years.length).toBe(21);
    for (const y of years) {
      const ys = rows.filter((r) => r.year === y);
      expect(ys.every((r) => r.complete)).toBe(true);
      expect(ys.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    }
  });
  it('on the bundled panel: the region sums equal the provincial GDP in 2020 (110760.9, where the vintages agree)', () => {
    const t = objs(regionShares(loadGuangdongPanel(), { variable: 'gdp', year: 2020 }));
    const province = objs(loadGuangdongProvince()).find((r) => r.year === 2020)!;
    expect(t.reduce((s, r) => s + r.value, 0)).toBeCloseTo(province.gdp_nbs as number, 1);
  });
});
