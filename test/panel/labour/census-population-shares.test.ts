import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { censusPopulationShares } from '../../../src/panel/labour/census-population-shares.js';

describe('censusPopulationShares', () => {
  const rows = censusPopulationShares(loadGuangdongPanel());
  const at = (u: string) => rows.find((r) => r.unit === u)!;

  it('sums to the census totals of Guangdong', () => {
    // 6th census 104 310 395 persons (at 2020 boundaries), 7th census 126 012 510
    expect(at('Guangdong').population_2010).toBeCloseTo(10431.0395, 6);
    expect(at('Guangdong').population_2020).toBeCloseTo(12601.251, 6);
    expect(rows.filter((r) => r.unit !== 'Guangdong').reduce((s, r) => s + r.change_pp, 0)).toBeCloseTo(0, 10);
  });

  it('gives the PRD share and growth by hand', () => {
    // PRD 5619.1578 / 10431.0395 = 53.8696 %; 7801.4335 / 12601.251 = 61.9100 %
    expect(at('PRD').share_2010).toBeCloseTo(53.8696, 4);
    expect(at('PRD').share_2020).toBeCloseTo(61.9100, 4);
    expect(at('PRD').growth_pct).toBeCloseTo((7801.4335 / 5619.1578 - 1) * 100, 8);
    expect(at('East').increase).toBeCloseTo(-48.6971, 4);
  });

  it('refuses a panel without the census rows', () => {
    expect(() => censusPopulationShares(loadGuangdongPanel({ from: 2011, to: 2019 }))).toThrow(DataError);
  });
});
