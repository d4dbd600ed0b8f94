import { describe, expect, it } from 'vitest';
import { guangdongCityBoundaries } from '../../../src/charts/geo.js';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { guangdongWeights } from '../../../src/panel/spatial/guangdong-weights.js';
import { lisaSummary } from '../../../src/panel/spatial/lisa-summary.js';
import { lisaTable, type LisaRow } from '../../../src/panel/spatial/lisa-table.js';
import { recordWarnings } from '../helpers.js';

recordWarnings();

const row = (city_code: string, city_zh: string, cluster: LisaRow['cluster']): LisaRow => ({
  city_code, city_zh, value: 1, Ii: 0, quadrant: cluster === 'ns' ? 'HH' : cluster, p_sim: cluster === 'ns' ? 0.5 : 0.01, z_sim: 0,
  significant: cluster !== 'ns', cluster, flags: '',
});

describe('lisaSummary', () => {
  it('counts cities by class and region (hand case)', () => {
    const s = lisaSummary([
      row('440100', '广州', 'HH'), row('441400', '梅州', 'LL'), row('445100', '潮州', 'LL'),
      row('440800', '湛江', 'ns'), row('441900', '东莞', 'HL'), row('440500', '汕头', 'LH'),
    ]);
    expect(s.n).toBe(6);
    expect(s.n_significant).toBe(5);
    expect(s.clusters.LL).toEqual({ cluster: 'LL', n: 2, cities: ['梅州', '潮州'], n_prd: 0, n_periphery: 2, regions: ['East', 'North'] });
    expect(s.clusters.HH.regions).toEqual(['PRD']);
    expect(s.clusters.ns.cities).toEqual(['湛江']);
    expect(s.periphery_cities).toBe(4); // 梅州 潮州 湛江 汕头
    expect(s.periphery_ll_share).toBe(0.5);
    expect(s.periphery_is_ll).toBe(false); // exactly half is not more than half
    expect(s.ll_only_periphery).toBe(true);
    expect(s.hh_only_prd).toBe(true);
    expect(lisaSummary([row('441400', '梅州', 'LL'), row('445100', '潮州', 'LL'), row('440800', '湛江', 'ns')]).periphery_is_ll).toBe(true);
  });

  it('has all five classes even when empty; refuses an unknown city', () => {
    const s = lisaSummary([]);
    expect(Object.keys(s.clusters)).toEqual(['HH', 'LL', 'HL', 'LH', 'ns']);
    expect(s.ll_only_periphery).toBe(false);
    expect(s.hh_only_prd).toBe(false);
    expect(() => lisaSummary([row('110000', '北京', 'HH')])).toThrow(expect.objectContaining({ code: 'unknown-city' }));
  });

  it('2019 per-capita GDP: HH 东莞 中山, LL 梅州 潮州 揭阳 — 3 of the 12 periphery cities, so not the periphery as a whole', () => {
    const w = guangdongWeights(guangdongCityBoundaries());
    const s = lisaSummary(lisaTable(loadGuangdongPanel({ from: 2019, to: 2019 }), { year: 2019, weights: w }));
    expect(s.clusters.HH.cities).toEqual(['东莞', '中山']);
    expect(s.clusters.LL.cities).toEqual(['梅州', '潮州', '揭阳']);
    expect(s.clusters.LL.regions).toEqual(['East', 'North']);
    expect(s.periphery_cities).toBe(12);
    expect(s.periphery_ll_share).toBeCloseTo(0.25, 15);
    expect(s.periphery_is_ll).toBe(false);
    expect(s.ll_only_periphery).toBe(true);
    expect(s.hh_only_prd).toBe(true);
  });
});
