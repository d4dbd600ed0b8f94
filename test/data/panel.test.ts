import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel, loadGuangdongProvince, CITY_PANEL_COLUMNS } from '../../src/data/panel.js';
import { flagsOf, hasFlag } from '../../src/data/flags.js';
import { DataError } from '../../src/core/errors.js';

type R = Record<string, unknown>;
const all = loadGuangdongPanel({ from: 1990 }).objects() as R[];
const find = (code: number, year: number): R => {
  const r = all.find((x) => x.city_code === code && x.year === year);
  if (!r) throw new Error(`no row ${code} ${year}`);
  return r;
};

describe('loadGuangdongPanel', () => {
  it('names a null options argument or a cities option that is not an array', () => {
    expect(() => loadGuangdongPanel(null as unknown as {})).toThrowError(/argument "options" is null/);
    expect(() => loadGuangdongPanel({ cities: '广州' as unknown as string[] })).toThrowError(/option "cities" is string, not an array/);
    expect(() => loadGuangdongPanel({ cities: '广州' as unknown as string[] })).toThrow(DataError);
  });

  it('has all 21 cities in every year 1994–2021 by default, and the exact columns', () => {
    const t = loadGuangdongPanel();
    expect(t.columnNames()).toEqual([...CITY_PANEL_COLUMNS]);
    expect(t.numRows()).toBe(21 * 28);
    const counts = t.groupby('year').count().objects() as R[];
    expect(counts).toHaveLength(28);
    for (const c of counts) expect(c.count).toBe(21);
  });
  it('reads real values from CSMAR: 广州 2010 GDP 10748.2828 亿元, growth 13.2, per capita 103625', () => {
    const r = find(440100, 2010);
    expect(r.gdp).toBe(10748.2828);
    expect(r.gdp_real_growth).toBe(13.2);
    expect(r.gdp_per_capita).toBe(103625);
    expect(r.region).toBe('PRD');
    expect(r.city_zh).toBe('广州');
    expect(r.sources).toContain('CSMAR-GDPCT');
  });
  it('keeps numbers as numbers and missing as null', () => {
    const r = find(440100, 2018);
    expect(typeof r.gdp).toBe('number');
    expect(r.gdp_real_growth).toBeNull(); // CSMAR misses 2017–2019 growth; no bulletin for 广州 2018
  });
  it('filters by years and cities', () => {
    const t = loadGuangdongPanel({ from: 2010, to: 2011, cities: ['广州市', 440300, 'Shantou'] });
    expect(t.numRows()).toBe(6);
    expect(() => loadGuangdongPanel({ from: 1980 })).toThrow(DataError);
    expect(() => loadGuangdongPanel({ cities: ['广洲'] })).toThrow(/did you mean 广州/);
  });
  it('includes 1990–93 on request, with 1992–93 GDP flagged as urban-district', () => {
    expect(all.filter((r) => r.year === 1992)).toHaveLength(21);
    const mz = find(441400, 1992);
    expect(mz.gdp).toBe(8.6519);
    expect(hasFlag(mz, 'gdp-urban-district')).toBe(true);
    expect(hasFlag(find(441400, 1994), 'gdp-urban-district')).toBe(false);
  });
  it('replaces 汕头 2014 growth index 109.0 by 9.0 (CB21) with its flag, raw value kept', () => {
    const r = find(440500, 2014);
    expect(r.gdp_real_growth).toBe(9);
    expect(r.gdp_growth_csmar).toBe(109);
    expect(flagsOf(r)).toContain('growth-index-corrected');
    expect(String(r.sources).split(';')).toContain('CB21');
  });
  it('withholds the nominal 2013 growth except bulletin values (深圳 10.5, 东莞 9.8, 汕头 10.0)', () => {
    const y2013 = all.filter((r) => r.year === 2013);
    expect(y2013).toHaveLength(21);
    for (const r of y2013) {
      expect(hasFlag(r, 'growth-nominal')).toBe(true);
      expect(r.gdp_growth_csmar).not.toBeNull();
    }
    const kept = Object.fromEntries(y2013.filter((r) => r.gdp_real_growth !== null).map((r) => [r.city_zh, r.gdp_real_growth]));
    expect(kept).toEqual({ 深圳: 10.5, 东莞: 9.8, 汕头: 10 });
    expect(find(440300, 2013).gdp_growth_csmar).toBe(11.97);
    expect(String(find(440300, 2013).sources)).toContain('CB42');
  });
  it('withholds 2021 per-capita GDP except the bulletin values 东莞 103284 and 河源 44886', () => {
    const y2021 = all.filter((r) => r.year === 2021);
    const kept = Object.fromEntries(y2021.filter((r) => r.gdp_per_capita !== null).map((r) => [r.city_zh, r.gdp_per_capita]));
    expect(kept).toEqual({ 东莞: 103284, 河源: 44886 });
    expect(hasFlag(find(441900, 2021), 'per-capita-bulletin')).toBe(true);
    expect(String(find(441900, 2021).sources)).toContain('CB09');
    expect(find(441900, 2021).gdp_per_capita_csmar).toBe(66810.3726);
    for (const r of y2021.filter((x) => x.gdp_per_capita === null)) expect(hasFlag(r, 'per-capita-inconsistent')).toBe(true);
  });
  it('flags per-capita GDP before 2020 as pre-census and leaves 2020 unflagged', () => {
    expect(hasFlag(find(440100, 2019), 'per-capita-pre-census')).toBe(true);
    expect(hasFlag(find(440100, 2020), 'per-capita-pre-census')).toBe(false);
  });
  it('keeps registered, resident and census population in separate columns', () => {
    expect(find(440100, 2021).population_registered).toBe(1011.53);
    expect(find(440100, 2021).population_resident).toBe(1881.06); // P3
    expect(find(440100, 2019).population_resident).toBe(1530.59); // P1, pre-census
    expect(hasFlag(find(440100, 2019), 'resident-pre-census')).toBe(true);
    expect(find(441900, 2013).population_resident).toBe(831.66); // CB07
    const census2020 = all.filter((r) => r.year === 2020).map((r) => r.population_census as number);
    expect(census2020.every((v) => v > 0)).toBe(true);
    expect(Math.round(census2020.reduce((a, b) => a + b, 0) * 1e4)).toBe(126_012_510);
    const census2010 = all.filter((r) => r.year === 2010).map((r) => r.population_census as number);
    expect(Math.round(census2010.reduce((a, b) => a + b, 0) * 1e4)).toBe(104_310_395);
    expect(all.filter((r) => r.population_census !== null).every((r) => r.year === 2010 || r.year === 2020)).toBe(true);
  });
  it('converts published sector value added from 万元 to 亿元 and flags the derived years', () => {
    const sw = find(441500, 2021);
    expect(sw.primary_va).toBeCloseTo(175.08274333, 8);
    expect(hasFlag(sw, 'va-derived')).toBe(false);
    const gz = find(440100, 2010);
    expect(hasFlag(gz, 'va-derived')).toBe(true);
    expect(gz.tertiary_va).toBeCloseTo((10748.2828 * 61.01) / 100, 3);
  });
  it('has official per-capita real growth only where a bulletin publishes it', () => {
    const pc = all.filter((r) => r.gdp_per_capita_real_growth !== null).map((r) => `${r.city_zh}${r.year}:${r.gdp_per_capita_real_growth}`);
    expect(pc.sort()).toEqual(['东莞2021:7.8', '中山2019:-0.6', '佛山2008:14.3', '梅州2016:7', '河源2021:8.2', '深圳2012:9'].sort());
  });
  it('flags the suspect 1998–99 values of 东莞, 中山, 河源, 阳江', () => {
    expect(find(441900, 1998).gdp).toBe(79.3666);
    expect(hasFlag(find(441900, 1998), 'gdp-misassigned-suspect')).toBe(true);
    expect(hasFlag(find(440100, 1998), 'gdp-misassigned-suspect')).toBe(false);
  });
  it('reproduces the documented cross-checks: 2020 city sum = NBS 110760.9; 2010 non-PRD share 21.04 %', () => {
    const sum = (year: number, pred: (r: R) => boolean = () => true): number =>
      all.filter((r) => r.year === year && pred(r)).reduce((s, r) => s + (r.gdp as number), 0);
    expect(sum(2020)).toBeCloseTo(110760.9, 1);
    expect(sum(2010)).toBeCloseTo(47713.3, 1);
    expect((100 * sum(2010, (r) => r.region !== 'PRD')) / sum(2010)).toBeCloseTo(21.04, 2);
  });
  it('gives every row at least one source', () => {
    for (const r of all) expect(String(r.sources).length).toBeGreaterThan(0);
  });
});

describe('loadGuangdongProvince', () => {
  const p = loadGuangdongProvince().objects() as R[];
  const y = (year: number): R => p.find((r) => r.year === year)!;
  it('gives the official 2010 growth 12.5 and per-capita growth 9.5', () => {
    expect(y(2010).gdp_real_growth).toBe(12.5);
    expect(y(2010).gdp_per_capita_real_growth).toBe(9.5);
    expect(y(2010).gdp).toBe(45944.62);
    expect(y(2010).gdp_nbs).toBe(45944.6);
  });
  it('takes GDP from NBS before 2006 and names the source of each row', () => {
    expect(y(1992).gdp).toBe(2447.5);
    expect(y(1992).gdp_source).toBe('NBS-PROV');
    expect(y(2022).gdp).toBe(129118.58);
    expect(y(2022).gdp_nbs).toBeNull();
    expect(y(2020).gdp_nbs).toBe(110760.9);
    expect(p.map((r) => r.year)).toEqual(Array.from({ length: 31 }, (_, i) => 1992 + i));
    for (const r of p) expect(String(r.source).length).toBeGreaterThan(0);
  });
});
