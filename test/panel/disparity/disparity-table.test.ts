import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { disparityTable } from '../../../src/panel/disparity/disparity-table.js';
import { theilDecompose } from '../../../src/measures/inequality/theil-decompose.js';
import { theilT } from '../../../src/measures/inequality/theil.js';
import { gini } from '../../../src/measures/inequality/gini.js';
import { williamson } from '../../../src/measures/inequality/williamson.js';
import { coefficientOfVariation } from '../../../src/measures/inequality/coefficient-of-variation.js';
import { DataError } from '../../../src/core/errors.js';
import { objs, recordWarnings } from '../helpers.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';

const warnings = recordWarnings();

// Five cities, two years; 河源 has no population in 2019 (like non-PRD cities outside census years).
const rows = Object.freeze([
  { city_zh: '广州', region: 'PRD', year: 2019, gdp_per_capita: 150000, population_resident: 1500, flags: 'per-capita-pre-census' },
  { city_zh: '深圳', region: 'PRD', year: 2019, gdp_per_capita: 200000, population_resident: 1300, flags: 'per-capita-pre-census' },
  { city_zh: '汕头', region: 'East', year: 2019, gdp_per_capita: 48000, population_resident: 570, flags: 'per-capita-pre-census' },
  { city_zh: '湛江', region: 'West', year: 2019, gdp_per_capita: 42000, population_resident: 740, flags: 'per-capita-pre-census' },
  { city_zh: '河源', region: 'North', year: 2019, gdp_per_capita: 35000, population_resident: null, flags: 'per-capita-pre-census' },
  { city_zh: '广州', region: 'PRD', year: 2020, gdp_per_capita: 135000, population_resident: 1870, flags: '' },
  { city_zh: '深圳', region: 'PRD', year: 2020, gdp_per_capita: 159000, population_resident: 1760, flags: '' },
  { city_zh: '汕头', region: 'East', year: 2020, gdp_per_capita: 49000, population_resident: 550, flags: '' },
  { city_zh: '湛江', region: 'West', year: 2020, gdp_per_capita: 44000, population_resident: 700, flags: '' },
  { city_zh: '河源', region: 'North', year: 2020, gdp_per_capita: null, population_resident: 284, flags: '' },
].map((r) => Object.freeze(r)));

describe('disparityTable', () => {
  it('computes unweighted CV, Gini and Theil per year with a decomposition over the four regions', () => {
    const t = disparityTable(rows, { groups: 'region' });
    expect(t.array('year')).toEqual([2019, 2020]);
    const v19 = [150000, 200000, 48000, 42000, 35000];
    const g19 = ['PRD', 'PRD', 'East', 'West', 'North'];
    const d = theilDecompose(v19, g19);
    expect(t.get('n', 0)).toBe(5);
    expect(t.get('weight', 0)).toBe('none');
    expect(t.get('williamson', 0)).toBeNull();
    expect(t.get('cv', 0)).toBeCloseTo(coefficientOfVariation(v19), 14);
    expect(t.get('gini', 0)).toBeCloseTo(gini(v19), 14);
    expect(t.get('theil_t', 0)).toBeCloseTo(theilT(v19), 13);
    expect(t.get('theil_t_between', 0)).toBeCloseTo(d.between, 14);
    expect(t.get('theil_t_contribution_PRD', 0)).toBeCloseTo(d.groups[0]!.contribution!, 14);
    expect(t.get('n_PRD', 0)).toBe(2);
  });

  it('lists a missing value instead of dropping it silently, and reports a group with no city as null', () => {
    const t = disparityTable(rows, { groups: 'region' });
    expect(t.get('n', 1)).toBe(4);
    expect(t.get('n_missing', 1)).toBe(1);
    expect(t.get('missing_cities', 1)).toBe('河源');
    expect(t.get('theil_t_contribution_North', 1)).toBeNull();
    expect(t.get('n_North', 1)).toBe(0);
  });

  it('says where the population needed for weighting is missing and does not invent it', () => {
    const t = disparityTable(rows, { weight: 'population_resident', groups: 'prd-vs-periphery' });
    expect(t.get('weight_missing', 0)).toBe(1);
    expect(t.get('weight_missing_cities', 0)).toBe('河源');
    expect(t.get('williamson', 0)).toBeNull();
    expect(t.get('theil_l', 0)).toBeNull();
    expect(t.get('cv', 0)).not.toBeNull(); // the unweighted CV needs no population
    // 2020: weights complete for the 4 cities with a value.
    const v = [135000, 159000, 49000, 44000];
    const w = [1870, 1760, 550, 700];
    expect(t.get('williamson', 1)).toBeCloseTo(williamson(v, w), 14);
    const d = theilDecompose(v, ['PRD', 'PRD', 'periphery', 'periphery'], { weights: w, index: 'L' });
    expect(t.get('theil_l_between', 1)).toBeCloseTo(d.between, 14);
    expect(t.get('theil_l_contribution_periphery', 1)).toBeCloseTo(d.groups[1]!.contribution!, 14);
  });

  it('records a warning when per-capita values cross the 2019/2020 census break, and the flags used', () => {
    const t = disparityTable(rows, {});
    expect(warnings.map((w) => w.code)).toContain('series-break:per-capita-census-2020');
    expect(t.get('flags', 0)).toBe('per-capita-pre-census');
    warnings.length = 0;
    disparityTable(rows, { years: [2020] });
    expect(warnings).toEqual([]);
    // A user's own column name: the flags column alone reveals the break.
    const renamed = rows.map(({ gdp_per_capita, ...r }) => ({ ...r, gdp_pc: gdp_per_capita }));
    disparityTable(renamed, { variable: 'gdp_pc' });
    expect(warnings.map((w) => w.code)).toEqual(['series-break:per-capita-census-2020']);
  });

  it('refuses non-positive values and unknown regions with a DataError naming the row', () => {
    const bad = rows.map((r, i) => (i === 2 ? { ...r, gdp_per_capita: 0 } : r));
    expect(() => disparityTable(bad)).toThrow(expect.objectContaining({ name: 'DataError', row: 3, column: 'gdp_per_capita' }));
    const badRegion = rows.map((r, i) => (i === 1 ? { ...r, region: 'Delta' } : r));
    expect(() => disparityTable(badRegion)).toThrow(DataError);
    expect(() => disparityTable(rows, { years: [1999] })).toThrow(expect.objectContaining({ column: 'year' }));
    expect(() => disparityTable(rows, { weight: 'population_census' })).toThrow(expect.objectContaining({ code: 'missing-column' }));
  });

  it('accepts an arquero table and returns one', () => {
    const t = disparityTable(aq.from(rows as unknown as Record<string, unknown>[]), { years: [2019] });
    expect(t.numRows()).toBe(1);
  });
});

describe('disparityTable on the bundled Guangdong panel', () => {
  const panel = loadGuangdongPanel({ from: 2001, to: 2021 });

  it('gives the disparity of the 21 cities for every year with per-capita GDP (2001–2020; 2004: 19 cities)', () => {
    const t = disparityTable(panel, { groups: 'region' });
    const byYear = new Map(objs(t).map((r) => [r.year as number, r]));
    for (let y = 2001; y <= 2020; y++) {
      const r = byYear.get(y)!;
      expect(r.n).toBe(y === 2004 ? 19 : 21);
      expect(r.theil_t).toBeGreaterThan(0);
      expect(r.gini).toBeGreaterThan(0);
      expect(r.gini).toBeLessThan(1);
    }
    // 2021 per-capita GDP is withheld except two bulletin values: reported, not computed on 21.
    expect(byYear.get(2021)!.n).toBe(2);
    expect(byYear.get(2021)!.n_missing).toBe(19);
  });

  it('adds up every year: between + within = total, contributions sum to 1', () => {
    const t = disparityTable(panel, { groups: 'region', years: Array.from({ length: 20 }, (_, i) => 2001 + i) });
    for (const r of objs(t) as Record<string, number>[]) {
      for (const p of ['theil_t', 'theil_l']) {
        expect(r[`${p}_between`]! + r[`${p}_within`]!).toBe(r[p]);
        const sumContrib = r[`${p}_between_contribution`]! + ['PRD', 'East', 'West', 'North'].reduce((s, g) => s + r[`${p}_contribution_${g}`]!, 0);
        expect(sumContrib).toBeCloseTo(1, 12);
      }
    }
  });

  it('weights by census population in 2010 and 2020 and reports the missing resident population elsewhere', () => {
    const t = disparityTable(panel, { weight: 'population_census', years: [2010, 2020] });
    expect(t.array('weight_missing')).toEqual([0, 0]);
    expect(t.get('williamson', 1)).toBeGreaterThan(0);
    expect(t.get('williamson', 1)).toBeLessThan(t.get('williamson', 0));
    const r = disparityTable(panel, { weight: 'population_resident', years: [2018] });
    expect(r.get('weight_missing', 0)).toBeGreaterThan(0);
    expect(r.get('theil_t', 0)).toBeNull();
  });
});

describe('disparityTable: duplicates, absent cities, fewer than two cities (issue 10 §4)', () => {
  it('refuses two rows for one city and year instead of counting the city twice', () => {
    const dup = [...rows, { ...rows[0]!, gdp_per_capita: 150000 }];
    expect(() => disparityTable(dup)).toThrow(expect.objectContaining({ name: 'DataError', code: 'duplicate-key', row: 11 }));
  });

  it('counts a city with no row in a year in n_missing, lists it and warns', () => {
    const unbalanced = rows.filter((r) => !(r.city_zh === '湛江' && r.year === 2020));
    const t = disparityTable(unbalanced, { groups: 'region' });
    const r20 = t.rows()[1]!;
    expect(r20.n).toBe(3);
    expect(r20.n_missing).toBe(2); // 河源 (value missing) and 湛江 (no row)
    expect(r20.missing_cities).toBe('河源,湛江');
    expect(r20.n_West).toBe(0);
    expect(t.rows()[0]!.n_missing).toBe(0);
    expect(warnings.map((w) => w.code)).toContain('absent-units');
    const w = warnings.find((x) => x.code === 'absent-units')!;
    expect(w.message).toMatch(/1 city-years have no row/);
    // Balanced input: no such warning.
    warnings.length = 0;
    disparityTable(rows);
    expect(warnings.map((x) => x.code)).not.toContain('absent-units');
  });

  it('gives null measures with a note for a year with one city (not 0, "perfect equality"), and for none', () => {
    const one = [
      { city_zh: '广州', region: 'PRD', year: 2019, gdp_per_capita: 150000 },
      { city_zh: '深圳', region: 'PRD', year: 2019, gdp_per_capita: 200000 },
      { city_zh: '广州', region: 'PRD', year: 2020, gdp_per_capita: 135000 },
      { city_zh: '深圳', region: 'PRD', year: 2020, gdp_per_capita: null },
      { city_zh: '广州', region: 'PRD', year: 2021, gdp_per_capita: null },
      { city_zh: '深圳', region: 'PRD', year: 2021, gdp_per_capita: null },
    ];
    const [y19, y20, y21] = disparityTable(one).rows();
    expect(y19!.cv).toBeCloseTo(coefficientOfVariation([150000, 200000]), 14);
    expect(y19!.note).toBe('');
    expect(y20!.n).toBe(1);
    for (const k of ['cv', 'gini', 'theil_t', 'theil_l', 'theil_t_between', 'theil_t_contribution_PRD'] as const) expect(y20![k]).toBeNull();
    expect(y20!.note).toMatch(/only 1 city has a value \(广州\).*at least two/);
    expect(y21!.n).toBe(0);
    expect(y21!.cv).toBeNull();
    expect(y21!.note).toMatch(/no city has a value/);
  });

  it('says in the note why the weighted measures are null', () => {
    const t = disparityTable(rows, { weight: 'population_resident' });
    expect(t.rows()[0]!.note).toBe('1 of 5 cities have no population_resident (weight_missing_cities): the weighted measures are null');
    expect(t.rows()[1]!.note).toBe('');
  });

  it('refuses the former grouping name with the new one in the hint', () => {
    expect(() => disparityTable(rows, { groups: 'prd-vs-rest' as never })).toThrow(expect.objectContaining({ hint: expect.stringMatching(/prd-vs-periphery/) }));
  });
});

describe('disparityTable rows are typed', () => {
  it('rows() gives DisparityRow records with the group columns of the grouping', () => {
    const t = disparityTable(rows, { groups: 'prd-vs-periphery' });
    const r = t.rows()[1]!;
    expect(r.n_PRD).toBe(2);
    expect(r.n_periphery).toBe(2);
    expect(r.theil_t_contribution_periphery).toBe(t.get('theil_t_contribution_periphery', 1));
    expect(t.row(0)).toEqual(t.object(0));
    expect(t.rows()).toEqual(t.objects());
    // A filtered table keeps typed rows; one without a row column refuses to call its rows typed.
    expect(t.filter((d: { year: number }) => d.year === 2020).rows().map((x) => x.year)).toEqual([2020]);
    expect(() => t.select('year').rows()).toThrow(expect.objectContaining({ code: 'missing-column' }));
  });
});
