import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { growthGapTable } from '../../../src/panel/growth/growth-gap-table.js';
import { regionGrowthGap, regionGrowthMethodLabel, REGION_GROWTH_GAP_COLUMNS } from '../../../src/panel/growth/region-growth-gap.js';
import type { RegionGrowthGapRow } from '../../../src/panel/growth/region-growth-gap.js';
import { setWarningHandler } from '../../../src/core/warnings.js';

setWarningHandler(() => undefined);
const panel = loadGuangdongPanel();
const rows = regionGrowthGap(panel).rows();
const at = (unit: string, year: number): RegionGrowthGapRow => {
  const r = rows.find((x) => x.unit === unit && x.year === year);
  if (!r) throw new Error(`no row ${unit} ${year}`);
  return r;
};

describe('regionGrowthGap (bundled panel)', () => {
  it('has the documented columns, four regions a year', () => {
    expect(regionGrowthGap(panel).columnNames()).toEqual([...REGION_GROWTH_GAP_COLUMNS]);
    expect(rows.filter((r) => r.year === 2012).map((r) => r.unit)).toEqual(['PRD', 'East', 'West', 'North']);
  });

  it('粤北 2012 uses the implied resident population (+0.79 %), not the registered fall (−1.10 %)', () => {
    const r = at('North', 2012);
    expect(r).toMatchObject({ method: 'identity-implied-resident', population_basis: 'implied-resident', implied_break: false });
    expect(r.population_growth).toBeCloseTo(0.79, 2);
    expect(r.registered_population_growth).toBeCloseTo(-1.10, 2);
    // g = 9.284 %: (1.09284 / 1.00792 − 1) = 8.425 %, gap 0.859 pp; with registered −1.10 % the gap was −1.22 pp.
    expect(r.gdp_growth).toBeCloseTo(9.284, 3);
    expect(r.per_capita_growth).toBeCloseTo(8.425, 3);
    expect(r.gap_pp).toBeCloseTo(0.859, 3);
    expect(r.gap_pp_registered).toBeCloseTo(-1.219, 3);
  });

  it('粤西 2012 has no trustworthy population: null gap, the break flagged with 湛江', () => {
    const r = at('West', 2012);
    expect(r).toMatchObject({ method: 'population-break', population_basis: null, per_capita_growth: null, gap_pp: null, population_growth: null, implied_break: true });
    expect(r.implied_break_reasons).toEqual(['jump', 'member-break']);
    expect(r.implied_break_cities).toEqual(['湛江']);
    expect(r.registered_population_growth).toBeCloseTo(-1.16, 2);
    expect(r.gap_pp_registered).toBeCloseTo(-1.303, 3);
    expect(r.gdp_growth).toBeCloseTo(10.633, 3);
  });

  it('falls back to registered population where the implied one breaks (PRD 2011, the census move)', () => {
    const r = at('PRD', 2011);
    expect(r.method).toBe('identity-registered');
    expect(r.implied_break_reasons).toEqual(['jump', 'member-break']);
    expect(r.gap_pp).toBeCloseTo(r.gap_pp_registered!, 12);
    expect(r.population_growth).toBeCloseTo(1.630, 3);
  });

  it('keeps GDP growth and incompleteness from growthGapTable', () => {
    const old = growthGapTable(panel, { by: 'region', population: 'registered' }).rows();
    for (const o of old) {
      const r = at(o.unit, o.year);
      expect(r.gdp_growth).toBe(o.gdp_growth);
      if (o.method === 'incomplete') expect(r).toMatchObject({ method: 'incomplete', gap_pp: null });
    }
    expect(at('PRD', 2017).method).toBe('incomplete');
  });

  it('limits the years with from/to and aggregates the province', () => {
    const p = regionGrowthGap(panel, { by: 'province', from: 2010, to: 2012 }).rows();
    expect(p.map((r) => [r.unit, r.year])).toEqual([['Guangdong', 2010], ['Guangdong', 2011], ['Guangdong', 2012]]);
    expect(p.every((r) => r.level === 'province')).toBe(true);
  });

  it('refuses a city level', () => {
    expect(() => regionGrowthGap(panel, { by: 'city' as 'region' })).toThrow(/by must be 'region' or 'province'/);
  });
});

describe('regionGrowthMethodLabel', () => {
  it('words each method and refuses an unknown one', () => {
    expect(regionGrowthMethodLabel('identity-implied-resident')).toBe('推算常住人口（GDP÷人均GDP）');
    expect(regionGrowthMethodLabel('population-break', 'en')).toBe('both populations break this year, not computed');
    expect(() => regionGrowthMethodLabel('official' as 'incomplete')).toThrow(/unknown method/);
  });
});
