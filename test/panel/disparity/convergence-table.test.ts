import { describe, expect, it } from 'vitest';
import { convergenceTable } from '../../../src/panel/disparity/convergence-table.js';
import { betaConvergence } from '../../../src/measures/convergence/beta.js';
import { sigmaConvergence } from '../../../src/measures/convergence/sigma.js';
import { objs, recordWarnings } from '../helpers.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';

const warnings = recordWarnings();

const cities: [string, string, number[]][] = [
  ['广州', 'PRD', [100, 110, 120]],
  ['深圳', 'PRD', [120, 128, 135]],
  ['佛山', 'PRD', [80, 92, 104]],
  ['汕头', 'East', [30, 36, 44]],
  ['梅州', 'North', [20, 25, 31]],
  ['湛江', 'West', [28, 33, 40]],
  ['云浮', 'North', [22, 27, null as unknown as number]],
];
const rows = Object.freeze(
  cities.flatMap(([city_zh, region, v]) => v.map((x, k) => Object.freeze({ city_zh, region, year: 2010 + k, gdp_per_capita: x ?? null, flags: '' }))),
);

describe('convergenceTable', () => {
  it('estimates β for all cities with both years and σ on the balanced panel, listing the excluded city', () => {
    const t = convergenceTable(rows, { variable: 'gdp_per_capita', from: 2010, to: 2012 });
    expect(t.numRows()).toBe(1);
    const r = t.object(0) as Record<string, unknown>;
    const six = cities.slice(0, 6);
    const b = betaConvergence(six.map((c) => c[2][0]!), six.map((c) => c[2][2]!), 2);
    expect(r.scope).toBe('all');
    expect(r.n_beta).toBe(6);
    expect(r.excluded_cities).toBe('云浮');
    expect(r.beta).toBeCloseTo(b.beta, 14);
    expect(r.p).toBeCloseTo(b.p, 14);
    expect(r.half_life).toBeCloseTo(b.halfLife!, 10);
    const s = sigmaConvergence([0, 1, 2].map((k) => six.map((c) => c[2][k]!)), { times: [2010, 2011, 2012] });
    expect(r.n_sigma).toBe(6);
    expect(r.sd_log_to).toBeCloseTo(s.sdLog[2]!, 14);
    expect(r.sigma_trend).toBeCloseTo(s.trend, 14);
    expect(r.sigma_p).toBeCloseTo(s.p, 14);
  });

  it('estimates within groups and explains in a note when a group is too small', () => {
    const t = convergenceTable(rows, { variable: 'gdp_per_capita', from: 2010, to: 2012, groups: 'prd-vs-periphery' });
    expect(t.array('scope')).toEqual(['all', 'PRD', 'periphery']);
    expect(t.get('n_beta', 1)).toBe(3);
    expect(t.get('beta', 1)).not.toBeNull();
    const g = convergenceTable(rows, { variable: 'gdp_per_capita', from: 2010, to: 2012, groups: 'region' });
    const east = objs(g).find((r) => r.scope === 'East')!;
    expect(east.beta).toBeNull();
    expect(east.note).toMatch(/at least 3 cities/);
  });

  it('warns when the span crosses the 2019/2020 per-capita census break and refuses to ≤ from', () => {
    const panel = loadGuangdongPanel({ from: 2015, to: 2020 });
    convergenceTable(panel, { variable: 'gdp_per_capita', from: 2015, to: 2020 });
    expect(warnings.map((w) => w.code)).toContain('series-break:per-capita-census-2020');
    expect(() => convergenceTable(rows, { variable: 'gdp_per_capita', from: 2012, to: 2010 })).toThrow(expect.objectContaining({ name: 'DataError' }));
  });

  it('finds β-convergence of per-capita GDP among the 21 cities over 2005–2019', () => {
    const t = convergenceTable(loadGuangdongPanel(), { variable: 'gdp_per_capita', from: 2005, to: 2019, groups: 'region' });
    const all = t.object(0) as Record<string, number>;
    expect(all.n_beta).toBe(21);
    expect(all.beta).toBeLessThan(0);
    expect(all.p).toBeLessThan(0.01);
    expect(all.sd_log_to).toBeLessThan(all.sd_log_from!);
    expect(warnings.map((w) => w.code)).not.toContain('series-break:per-capita-census-2020');
  });
});

describe('convergenceTable: one row per city-year, typed rows', () => {
  it('refuses a repeated city-year in from–to and ignores repeats outside it', () => {
    const dup = [...rows, { ...rows[0]! }];
    expect(() => convergenceTable(dup, { variable: 'gdp_per_capita', from: 2010, to: 2012 })).toThrow(expect.objectContaining({ code: 'duplicate-key', row: rows.length + 1 }));
    const outside = [...rows, { ...rows[0]!, year: 2009 }, { ...rows[0]!, year: 2009 }];
    expect(convergenceTable(outside, { variable: 'gdp_per_capita', from: 2010, to: 2012 }).rows()[0]!.n_beta).toBe(6);
  });

  it('rows() are ConvergenceRow records', () => {
    const [all, prd, periphery] = convergenceTable(rows, { variable: 'gdp_per_capita', from: 2010, to: 2012, groups: 'prd-vs-periphery' }).rows();
    expect([all!.scope, prd!.scope, periphery!.scope]).toEqual(['all', 'PRD', 'periphery']);
    expect(periphery!.n_beta).toBe(3);
    expect(periphery!.excluded_cities).toBe('云浮');
  });
});
