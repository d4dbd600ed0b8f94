import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { disparityTable } from '../../../src/panel/disparity/disparity-table.js';
import { nestedTheilTable } from '../../../src/panel/disparity/nested-theil-table.js';
import { recordWarnings } from '../helpers.js';

recordWarnings();

describe('nestedTheilTable', () => {
  it('splits the unweighted Theil T of a small province by hand', () => {
    // PRD: 4, 2; East: 1, 3; North: 2. Total 12 over 5 cities, mean 2.4.
    const t = [
      { city_code: 1, city_zh: 'a', region: 'PRD', year: 2010, gdp_per_capita: 4 },
      { city_code: 2, city_zh: 'b', region: 'PRD', year: 2010, gdp_per_capita: 2 },
      { city_code: 3, city_zh: 'c', region: 'East', year: 2010, gdp_per_capita: 1 },
      { city_code: 4, city_zh: 'd', region: 'East', year: 2010, gdp_per_capita: 3 },
      { city_code: 5, city_zh: 'e', region: 'North', year: 2010, gdp_per_capita: 2 },
    ];
    const T = (ys: number[]) => { const m = ys.reduce((a, b) => a + b, 0) / ys.length; return ys.reduce((s, y) => s + (y / m) * Math.log(y / m), 0) / ys.length; };
    // stage 1: PRD (value share 6/12, population 2/5) against the periphery (6/12, 3/5)
    const s1 = 0.5 * Math.log(0.5 / 0.4) + 0.5 * Math.log(0.5 / 0.6);
    // stage 2: inside the periphery, East (4/6 of its value, 2/3 of its cities) against North (2/6, 1/3): equal means → 0
    const s2 = 0.5 * ((4 / 6) * Math.log((4 / 6) / (2 / 3)) + (2 / 6) * Math.log((2 / 6) / (1 / 3)));
    // stage 3: within regions, each region's T weighted by its value share
    const s3 = 0.5 * T([4, 2]) + (4 / 12) * T([1, 3]) + (2 / 12) * T([2]);
    const { rows, stages } = nestedTheilTable(t, { year: 2010 });
    expect(stages['within-regions']).toBe(rows[2]);
    expect(rows.map((r) => r.stage)).toEqual(['prd-vs-periphery', 'among-periphery-regions', 'within-regions', 'total']);
    expect(rows[0]!.value).toBeCloseTo(s1, 14);
    expect(rows[1]!.value).toBeCloseTo(s2, 14);
    expect(rows[1]!.value).toBeCloseTo(0, 14);
    expect(rows[2]!.value).toBeCloseTo(s3, 14);
    expect(rows[3]!.value).toBeCloseTo(T([4, 2, 1, 3, 2]), 14);
    expect(rows[0]!.share_pct + rows[1]!.share_pct + rows[2]!.share_pct).toBeCloseTo(100, 12);
    expect(rows[3]!.share_pct).toBe(100);
    expect(rows[0]!.label_zh).toBe('珠三角与粤东西北之间');
    expect(rows[0]!.n).toBe(5);
  });

  it('adds up to disparityTable: total = theil_t, the two between stages = theil_t_between (bundled 2019)', () => {
    const panel = loadGuangdongPanel({ from: 2019, to: 2019 });
    const d = disparityTable(panel).rows()[0]!;
    const { rows } = nestedTheilTable(panel, { year: 2019 });
    expect(rows[3]!.value).toBeCloseTo(d.theil_t!, 12);
    expect(rows[3]!.value).toBeCloseTo(0.197772523458933, 12); // golden disparity.theil_t.2019
    expect(rows[0]!.value + rows[1]!.value).toBeCloseTo(d.theil_t_between!, 12);
    expect(rows[2]!.value).toBeCloseTo(d.theil_t_within!, 12);
    expect(rows[0]!.share_pct).toBeCloseTo(69.95452413082165, 9); // golden disparity.nested.corePeriphery.2019
  });

  it('leaves out and lists cities without a value; refuses fewer than two', () => {
    const { rows } = nestedTheilTable(loadGuangdongPanel({ from: 2004, to: 2004 }), { year: 2004 });
    expect(rows[0]!.n).toBe(19);
    expect(rows[0]!.missing_cities).toEqual(['梅州', '云浮']);
    expect(() => nestedTheilTable([{ city_code: 1, city_zh: 'a', region: 'PRD', year: 2010, gdp_per_capita: 4 }], { year: 2010 })).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
