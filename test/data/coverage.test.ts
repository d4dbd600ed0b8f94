import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { panelCoverage } from '../../src/data/coverage.js';
import { loadGuangdongPanel, loadGuangdongProvince } from '../../src/data/panel.js';
import { DataError } from '../../src/core/errors.js';

const freeze = <T extends object>(rows: T[]): readonly T[] => Object.freeze(rows.map((r) => Object.freeze(r)));

describe('panelCoverage on hand-made panels', () => {
  it('counts values, missing unit-years, complete and empty years', () => {
    const rows = freeze([
      { city_code: 1, city_zh: '甲', year: 2010, gdp: 1, pop: 5 },
      { city_code: 2, city_zh: '乙', year: 2010, gdp: null, pop: 6 },
      { city_code: 1, city_zh: '甲', year: 2011, gdp: null, pop: Number.NaN },
      { city_code: 2, city_zh: '乙', year: 2011, gdp: null, pop: 7 },
      { city_code: 1, city_zh: '甲', year: 2012, gdp: 3, pop: 8 },
      { city_code: 2, city_zh: '乙', year: 2012, gdp: 4, pop: 9 },
    ]);
    const [gdp, pop] = panelCoverage(rows);
    expect(gdp).toEqual({ column: 'gdp', years: [2010, 2012], first_year: 2010, last_year: 2012, n_values: 3, n_missing: 3, complete_years: [2012], missing_years: [2011] });
    expect(pop).toEqual({ column: 'pop', years: [2010, 2011, 2012], first_year: 2010, last_year: 2012, n_values: 5, n_missing: 1, complete_years: [2010, 2012], missing_years: [] });
  });
  it('counts absent rows of an unbalanced panel as missing, and keeps the named order', () => {
    const rows = freeze([
      { city_zh: '甲', year: 2010, a: 1, b: '' },
      { city_zh: '乙', year: 2010, a: 2, b: 'x' },
      { city_zh: '甲', year: 2011, a: 3, b: 'y' },
    ]);
    const [b, a] = panelCoverage(rows, ['b', 'a']);
    expect(a).toMatchObject({ column: 'a', n_values: 3, n_missing: 1, complete_years: [2010], missing_years: [] });
    expect(b).toMatchObject({ column: 'b', n_values: 2, n_missing: 2, complete_years: [], years: [2010, 2011] });
  });
  it('treats a table without a unit column as one unit, and an empty column as uncovered', () => {
    const [x] = panelCoverage([{ year: 2001, x: null }, { year: 2002, x: null }], ['x']);
    expect(x).toEqual({ column: 'x', years: [], first_year: null, last_year: null, n_values: 0, n_missing: 2, complete_years: [], missing_years: [2001, 2002] });
  });
  it('rejects bad input with a DataError', () => {
    expect(() => panelCoverage([{ gdp: 1 }])).toThrow(DataError);
    expect(() => panelCoverage([{ year: 2010, gdp: 1 }], ['pop'])).toThrow(/no "pop" column/);
    expect(() => panelCoverage([{ year: 2010.5, gdp: 1 }])).toThrow(/not an integer/);
    expect(() => panelCoverage([{ city_code: 1, year: 2010, gdp: 1 }, { city_code: 1, year: 2010, gdp: 2 }])).toThrow(/two rows/);
    expect(() => panelCoverage([])).toThrow(DataError);
  });
  it('keeps the invariants n_values + n_missing = units × years and complete ⊆ years', () => {
    const cell = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null });
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.array(cell, { minLength: 20, maxLength: 20 }), (nu, ny, cells) => {
      const rows = [];
      for (let u = 0; u < nu; u++) for (let y = 0; y < ny; y++) rows.push({ city_code: u, year: 2000 + y, v: cells[u * ny + y]! });
      const [c] = panelCoverage(freeze(rows));
      const values = rows.filter((r) => r.v !== null).length;
      expect(c!.n_values).toBe(values);
      expect(c!.n_values + c!.n_missing).toBe(nu * ny);
      for (const y of c!.complete_years) expect(c!.years).toContain(y);
      expect(c!.years.length + c!.missing_years.length).toBe(ny);
    }));
  });
});

describe('panelCoverage on the bundled data', () => {
  it('reports every variable of the city panel and agrees with a direct count', () => {
    const panel = loadGuangdongPanel();
    const cov = panelCoverage(panel);
    expect(cov.map((c) => c.column)).not.toContain('city_code');
    expect(cov.map((c) => c.column)).toContain('population_resident');
    const rows = panel.objects() as Array<Record<string, unknown>>;
    const years = [...new Set(rows.map((r) => r.year as number))];
    for (const c of cov) {
      const present = rows.filter((r) => r[c.column] !== null && r[c.column] !== undefined);
      expect(c.n_values).toBe(present.length);
      expect(c.n_missing).toBe(21 * years.length - present.length);
    }
    const gdp = cov.find((c) => c.column === 'gdp')!;
    expect(gdp.n_missing).toBe(0);
    expect(gdp.complete_years).toHaveLength(years.length);
  });
  it('reads the provincial series as one unit', () => {
    const [g] = panelCoverage(loadGuangdongProvince(), ['gdp']);
    expect(g!.n_missing).toBe(0);
    expect(g!.complete_years).toEqual(g!.years);
  });
});
