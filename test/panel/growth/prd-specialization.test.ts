import { describe, expect, it } from 'vitest';
import { prdSpecialization } from '../../../src/panel/growth/prd-specialization.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';
import type { PrdManufacturingTable2018 } from '../../../src/data/facts.js';

// Two cities, two groups: sharePct[g][c].
const table: PrdManufacturingTable2018 = { year: 2018, cities: ['A', 'B'], groups: ['g1', 'g2'], sharePct: [[30, 10], [10, 30]] };

describe('prdSpecialization', () => {
  it('weights the PRD mix by GDP and sorts by the Krugman index (hand computed)', () => {
    // PRD output: g1 = 0.3·300 + 0.1·100 = 100, g2 = 0.1·300 + 0.3·100 = 60 → mix 0.625 / 0.375.
    // A: 0.75 / 0.25 → K = 0.125 + 0.125 = 0.25; B: 0.25 / 0.75 → K = 0.375 + 0.375 = 0.75.
    const s = prdSpecialization([{ city_zh: 'A', year: 2018, gdp: 300 }, { city_zh: 'B', year: 2018, gdp: 100 }, { city_zh: 'A', year: 2017, gdp: 1 }], table);
    expect(s.missingGdp).toEqual([]);
    expect(s.rows.map((r) => r.city)).toEqual(['B', 'A']);
    expect(s.rows[0]!.krugman).toBeCloseTo(0.75, 12);
    expect(s.rows[1]!.krugman).toBeCloseTo(0.25, 12);
    expect([s.rows[0]!.top, s.rows[0]!.topPct]).toEqual(['g2', 30]);
    expect(s.wide).toEqual([{ group: 'g1', c0: 30, c1: 10 }, { group: 'g2', c0: 10, c1: 30 }]);
    expect(s.cityColumns).toEqual([{ key: 'c0', label: 'A' }, { key: 'c1', label: 'B' }]);
  });
  it('names the cities without GDP that year and computes nothing', () => {
    const s = prdSpecialization([{ city_zh: 'A', year: 2018, gdp: 300 }, { city_zh: 'B', year: 2018, gdp: null }], table);
    expect(s.rows).toEqual([]);
    expect(s.missingGdp).toEqual(['B']);
  });
  it('gives the report’s headline on the bundled panel (0.8505, the largest of the nine)', () => {
    const s = prdSpecialization(loadGuangdongPanel());
    expect(s.rows).toHaveLength(9);
    expect(s.rows[0]!.krugman).toBeCloseTo(0.8504551841557185, 12);
    for (const r of s.rows) expect(r.krugman >= 0 && r.krugman <= 2).toBe(true);
    expect(s.rows[0]!.krugman).toBeGreaterThanOrEqual(s.rows[8]!.krugman);
  });
});
