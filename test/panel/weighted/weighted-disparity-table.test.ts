import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { theilT } from '../../../src/measures/inequality/theil.js';
import { weightedDisparityTable } from '../../../src/panel/weighted/weighted-disparity-table.js';

describe('weightedDisparityTable', () => {
  it('weights by implied population GDP ÷ per-capita GDP (hand case)', () => {
    // A: GDP 6, per capita 30 000 → population 2; B: GDP 1, per capita 10 000 → population 1.
    // Value shares s = (6/7, 1/7), population shares p = (2/3, 1/3).
    const panel = [
      { city_code: 1, city_zh: 'A', region: 'PRD', year: 2010, gdp: 6, gdp_per_capita: 30000 },
      { city_code: 2, city_zh: 'B', region: 'East', year: 2010, gdp: 1, gdp_per_capita: 10000 },
    ];
    const [r] = weightedDisparityTable(panel);
    const T = (6 / 7) * Math.log((6 / 7) / (2 / 3)) + (1 / 7) * Math.log((1 / 7) / (1 / 3)); // 0.094370
    const L = (2 / 3) * Math.log((2 / 3) / (6 / 7)) + (1 / 3) * Math.log((1 / 3) / (1 / 7)); // 0.114890
    const mu = (2 * 30000 + 10000) / 3;
    const W = Math.sqrt((2 / 3) * (30000 - mu) ** 2 + (1 / 3) * (10000 - mu) ** 2) / mu; // 0.404061
    expect(r!.theil_t).toBeCloseTo(0.09437, 5);
    expect(r!.theil_t).toBeCloseTo(T, 12);
    expect(r!.theil_l).toBeCloseTo(L, 12);
    expect(r!.williamson).toBeCloseTo(W, 12);
    expect(r!.theil_t_between).toBeCloseTo(T, 12); // one city a region: all between
    expect(r!.theil_t_within).toBeCloseTo(0, 12);
    expect(r!.theil_t_between_share).toBeCloseTo(1, 12);
    // unweighted: s = (3/4, 1/4), p = (1/2, 1/2)
    expect(r!.theil_t_unweighted).toBeCloseTo(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), 12);
  });

  it('bundled panel: years 2002–2021, 2021 incomplete, breaks of the weights start segments', () => {
    const rows = weightedDisparityTable(loadGuangdongPanel());
    expect(rows[0]!.year).toBe(2002);
    const at = (y: number) => rows.find((r) => r.year === y)!;
    expect(at(2004).theil_t).toBeNull(); // 梅州 and 云浮 have no 2004 per-capita value
    expect(at(2004).missing_cities).toEqual(['梅州', '云浮']);
    expect(at(2021).theil_t).toBeNull();
    expect(at(2011).weights_break_cities).toContain('广州');
    expect(new Set([2013, 2014, 2015, 2016, 2017, 2018, 2019].map((y) => at(y).segment_id)).size).toBe(1);
    expect(at(2020).segment_id).not.toBe(at(2019).segment_id);
    const r = at(2015);
    expect(r.theil_t_between! + r.theil_t_within!).toBeCloseTo(r.theil_t!, 12);
    expect(r.n_cities).toBe(21);
    // the weighted T equals Σ s_i ln(s_i/p_i) with GDP shares s and implied-population shares p
    const p = loadGuangdongPanel({ from: 2015, to: 2015 }).objects() as Array<{ gdp: number; gdp_per_capita: number }>;
    expect(r.theil_t).toBeCloseTo(theilT(p.map((c) => c.gdp_per_capita), p.map((c) => (c.gdp * 1e4) / c.gdp_per_capita)), 14);
    expect(r.theil_t).toBeCloseTo(0.1958, 4);
  });
});
