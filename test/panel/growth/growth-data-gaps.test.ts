import { describe, expect, it } from 'vitest';
import { growthDataGaps } from '../../../src/panel/growth/growth-data-gaps.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';
import { DataError } from '../../../src/core/errors.js';
import { frozen } from '../helpers.js';

describe('growthDataGaps', () => {
  it('lists years with no growth in any row and years flagged nominal', () => {
    const t = frozen([
      { city_code: 1, year: 2012, gdp_real_growth: 8, flags: '' },
      { city_code: 2, year: 2012, gdp_real_growth: null, flags: '' },
      { city_code: 1, year: 2013, gdp_real_growth: null, flags: 'growth-nominal;growth-bulletin' },
      { city_code: 2, year: 2013, gdp_real_growth: null, flags: 'growth-nominal' },
      { city_code: 1, year: 2014, gdp_real_growth: 7, flags: '' },
      { city_code: 2, year: 2014, gdp_real_growth: 6, flags: '' },
    ]);
    expect(growthDataGaps(t)).toEqual({ no_growth_years: [2013], nominal_years: [2013], nominal_basis: 'flags' });
  });
  it('falls back on the known series breaks when the table has no flags', () => {
    const r = growthDataGaps(frozen([{ year: 2013, gdp_real_growth: 1 }, { year: 2014, gdp_real_growth: null }]));
    expect(r).toEqual({ no_growth_years: [2014], nominal_years: [2013], nominal_basis: 'series-breaks' });
  });
  it('on the bundled panel: growth missing in 1994 and 2001, nominal in 2013', () => {
    const panel = loadGuangdongPanel();
    const r = growthDataGaps(panel);
    expect(r).toEqual({ no_growth_years: [1994, 2001], nominal_years: [2013], nominal_basis: 'flags' });
    // Independent check of the first list.
    const rows = panel.objects() as Array<{ year: number; gdp_real_growth: number | null }>;
    const years = [...new Set(rows.map((x) => x.year))].sort((a, b) => a - b);
    expect(years.filter((y) => rows.every((x) => x.year !== y || x.gdp_real_growth === null))).toEqual(r.no_growth_years);
  });
  it('needs the growth column', () => {
    expect(() => growthDataGaps([{ year: 2010, gdp: 1 }])).toThrow(DataError);
  });
});
