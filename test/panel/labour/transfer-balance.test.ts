import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { transferBalance } from '../../../src/panel/labour/transfer-balance.js';
import { tiny } from './fixture.js';

describe('transferBalance', () => {
  it('puts shares of GDP and employment side by side (hand case)', () => {
    const rows = transferBalance(tiny, { from: 2000, to: 2001 });
    const prd = rows.find((r) => r.unit === 'PRD')!;
    // GDP 2000: 250 of 275 = 90.909 %; 2001: 302 of 332 = 90.964 %; employment 75 % → 80 %
    expect(prd.gdp_share_from).toBeCloseTo((250 / 275) * 100, 10);
    expect(prd.gdp_share_to).toBeCloseTo((302 / 332) * 100, 10);
    expect(prd).toMatchObject({ employment_share_from: 75, employment_share_to: 80, employment_comparable: true, population_share_from: null });
    expect(rows.map((r) => r.unit)).toEqual(['PRD', 'East', 'West', 'North']);
  });

  it('bundled panel 2010 → 2020: the PRD gains population share; employment shares are not comparable', () => {
    const prd = transferBalance(loadGuangdongPanel()).find((r) => r.unit === 'PRD')!;
    expect(prd.population_share_from).toBeCloseTo(53.8696, 4);
    expect(prd.population_share_to).toBeCloseTo(61.9100, 4);
    expect(prd.gdp_share_to! - prd.gdp_share_from!).toBeGreaterThan(0);
    expect(prd.employment_comparable).toBe(false);
    expect(prd.employment_break_years).toContain(2013);
  });
});
