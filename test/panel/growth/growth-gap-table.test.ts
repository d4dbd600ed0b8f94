import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growthGapTable } from '../../../src/panel/growth/growth-gap-table.js';
import { loadGuangdongPanel, loadGuangdongProvince } from '../../../src/data/index.js';
import { DataError } from '../../../src/core/errors.js';
import { collectWarnings, frozen, objs } from '../helpers.js';

type Row = Record<string, unknown>;
const city = (city_zh: string, region: string, year: number, gdp: number, g: number | null, reg: number | null, extra: Row = {}): Row => ({
  city_code: 0, city_zh, region, year, gdp, gdp_real_growth: g, gdp_per_capita_real_growth: null,
  population_registered: reg, population_resident: null, flags: reg === null ? '' : 'population-registered', ...extra,
});

// Hand-made: two PRD cities and one East city, 2010–2011.
const small = frozen([
  city('A', 'PRD', 2010, 300, 9, 100),
  city('A', 'PRD', 2011, 330, 10, 102),
  city('B', 'PRD', 2010, 100, 11, 50),
  city('B', 'PRD', 2011, 112, 14, 50),
  city('C', 'East', 2010, 50, 12, 40),
  city('C', 'East', 2011, 56, 12, 40.4),
]);

describe('growthGapTable on hand-made tables', () => {
  it('computes a city row from the identity with registered population, and says so', () => {
    const { result, warnings } = collectWarnings(() => growthGapTable(small, { by: 'city', years: [2011] }));
    const a = objs(result).find((r) => r.unit === 'A')!;
    // g = 10 %, p = 2 %: g_pc = 1.10/1.02 − 1 = 7.843137…%, gap = 2.156862…pp
    expect(a.per_capita_growth).toBeCloseTo((1.1 / 1.02 - 1) * 100, 10);
    expect(a.gap_pp).toBeCloseTo(10 - (1.1 / 1.02 - 1) * 100, 10);
    expect(a.population_growth).toBeCloseTo(2, 10);
    expect([a.method, a.population_basis]).toEqual(['identity-registered-population', 'registered']);
    expect(warnings.map((w) => w.code)).toContain('population-basis');
  });
  it('aggregates a region with previous-year nominal GDP weights and summed population', () => {
    const t = growthGapTable(small, { by: 'region', years: [2011] });
    const prd = objs(t).find((r) => r.unit === 'PRD')!;
    const g = (300 * 10 + 100 * 14) / 400; // 11 %
    const p = (102 + 50) / (100 + 50) - 1; // 1.333… %
    expect(prd.gdp_growth).toBeCloseTo(g, 12);
    expect(prd.population_growth).toBeCloseTo(p * 100, 10);
    expect(prd.per_capita_growth).toBeCloseTo(((1 + g / 100) / (1 + p) - 1) * 100, 10);
    expect([prd.n_units, prd.n_expected]).toEqual([2, 2]);
  });
  it('lists regions in the conventional order', () => {
    expect(growthGapTable(small, { by: 'region', years: [2011] }).array('unit')).toEqual(['PRD', 'East']);
  });
  it('prefers the official per-capita growth where it is published', () => {
    const rows = [city('A', 'PRD', 2010, 300, 9, 100), city('A', 'PRD', 2011, 330, 10, 102, { gdp_per_capita_real_growth: 8.1 })];
    const r = objs(growthGapTable(rows, { by: 'city', years: [2011] }))[0]!;
    expect([r.per_capita_growth, r.method]).toEqual([8.1, 'official']);
    expect(r.gap_pp).toBeCloseTo(1.9, 12);
  });
  it('says why a row is empty instead of inventing it', () => {
    const rows = [city('A', 'PRD', 2012, 300, 9, null), city('A', 'PRD', 2013, 330, null, null, { flags: 'growth-nominal' })];
    const { result, warnings } = collectWarnings(() => growthGapTable(rows, { by: 'city' }));
    expect(objs(result).map((r) => [r.year, r.method, r.gap_pp])).toEqual([
      [2012, 'missing-population', null],
      [2013, 'missing-gdp-growth', null],
    ]);
    expect(warnings.some((w) => w.message.includes('growth-nominal'))).toBe(true);
  });
  it('marks a region incomplete (null, naming the city) when a member lacks growth', () => {
    const rows = small.map((r) => (r.city_zh === 'B' && r.year === 2011 ? { ...r, gdp_real_growth: null } : r));
    const prd = objs(growthGapTable(rows, { by: 'region', years: [2011] }))[0]!;
    expect([prd.method, prd.gdp_growth, prd.n_units]).toEqual(['incomplete', null, 1]);
    expect(prd.note).toContain('B');
  });
  it('does not compute resident population growth across the census revision', () => {
    const rows = [
      city('A', 'PRD', 2019, 300, 6, null, { population_resident: 1530.59, flags: 'resident-pre-census' }),
      city('A', 'PRD', 2020, 310, 2.7, null, { population_resident: 1867.66 }),
    ];
    const { result, warnings } = collectWarnings(() => growthGapTable(rows, { by: 'city', years: [2020] }));
    expect(objs(result)[0]!.method).toBe('census-break');
    expect(warnings.some((w) => w.message.includes('census'))).toBe(true);
  });
  it('refuses by: region on a provincial series and duplicate city-years', () => {
    expect(() => growthGapTable([{ year: 2010, gdp_real_growth: 12.5 }], { by: 'region' })).toThrow(DataError);
    expect(() => growthGapTable([small[0]!, small[0]!], { by: 'city' })).toThrowError(/two rows/);
  });
  it('gives the same table whatever the row order of the input (cities first seen, years ascending)', () => {
    const reordered = [small[3]!, small[4]!, small[0]!, small[5]!, small[2]!, small[1]!];
    const units = (t: ReturnType<typeof growthGapTable>) => objs(t).map((r) => `${r.unit} ${r.year}`);
    expect(units(growthGapTable(reordered, { by: 'city' }))).toEqual(['B 2010', 'B 2011', 'C 2010', 'C 2011', 'A 2010', 'A 2011']);
    // Same values; only the member order of an aggregate's note follows the input (first seen).
    const sorted = (t: ReturnType<typeof growthGapTable>) =>
      objs(t).map(({ note: _, ...r }) => r).sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.year - b.year));
    for (const by of ['city', 'region', 'province'] as const) {
      expect(sorted(growthGapTable(reordered, { by }))).toEqual(sorted(growthGapTable(small, { by })));
    }
    expect(objs(growthGapTable(reordered, { by: 'region' }))[0]!.note).toBe('missing real growth or previous-year GDP: B, A');
  });
  it('names the first row that repeats a city-year', () => {
    const rows = [small[0]!, small[2]!, small[1]!, small[3]!, small[1]!, small[2]!];
    const err = (() => {
      try {
        growthGapTable(rows, { by: 'city' });
      } catch (e) {
        return e as DataError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(DataError);
    expect([err!.row, err!.message]).toEqual([5, 'growthGapTable: row 5: city "A" has two rows for 2011 — keep one row per city and year']);
  });
  it('keeps the identity on every identity row: (1 + g)/(1 + p) = 1 + g_pc', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 1, max: 1e4, noNaN: true }), fc.double({ min: -5, max: 30, noNaN: true }), fc.double({ min: 1, max: 2000, noNaN: true }), fc.double({ min: 1, max: 2000, noNaN: true })), { minLength: 1, maxLength: 6 }),
        (cities) => {
          const rows = cities.flatMap(([gdp, g, p0, p1], k) => [city(`c${k}`, k % 2 ? 'PRD' : 'North', 2010, gdp, null, p0), city(`c${k}`, k % 2 ? 'PRD' : 'North', 2011, gdp, g, p1)]);
          const input = frozen(rows);
          const { result } = collectWarnings(() => growthGapTable(input, { by: 'region', years: [2011] }));
          for (const r of objs(result)) {
            expect((1 + r.gdp_growth / 100) / (1 + r.population_growth / 100)).toBeCloseTo(1 + r.per_capita_growth / 100, 12);
            expect(r.gap_pp).toBeCloseTo(r.gdp_growth - r.per_capita_growth, 10);
          }
        },
      ),
    );
  });
});

describe('growthGapTable on the bundled data', () => {
  it('reproduces the official provincial gap: 2010 12.5 % vs 9.5 %, 3.0 pp', () => {
    const r = objs(growthGapTable(loadGuangdongProvince(), { by: 'province', years: [2010] }))[0]!;
    expect([r.unit, r.gdp_growth, r.per_capita_growth, r.method]).toEqual(['Guangdong', 12.5, 9.5, 'official']);
    expect(r.gap_pp).toBeCloseTo(3.0, 12);
  });
  it('gives all four regions for 2010–2011 and leaves 2013 (nominal growth withheld) incomplete', () => {
    const { result } = collectWarnings(() => growthGapTable(loadGuangdongPanel(), { by: 'region', years: [2010, 2011, 2013] }));
    const rows = objs(result);
    expect(rows.filter((r) => r.year !== 2013).every((r) => r.gap_pp !== null && r.n_units === r.n_expected)).toBe(true);
    expect(rows.filter((r) => r.year === 2013).every((r) => r.method === 'incomplete' && r.gap_pp === null)).toBe(true);
  });
});

describe('growthGapTable rows are typed', () => {
  it('rows() and row(i) give GrowthGapRow records equal to objects()', () => {
    const t = growthGapTable(loadGuangdongProvince(), { by: 'province' });
    const rows = t.rows();
    expect(rows).toEqual(t.objects());
    const r2010 = rows.find((r) => r.year === 2010)!;
    expect([r2010.unit, r2010.method, r2010.gdp_growth, r2010.per_capita_growth]).toEqual(['Guangdong', 'official', 12.5, 9.5]);
    expect(t.row(0)).toEqual(rows[0]);
    expect(() => t.row(rows.length)).toThrow(expect.objectContaining({ code: 'out-of-range' }));
  });
});
