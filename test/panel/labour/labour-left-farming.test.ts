import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { labourLeftFarming } from '../../../src/panel/labour/labour-left-farming.js';
import { tiny } from './fixture.js';

describe('labourLeftFarming', () => {
  it('gives the change in the primary share and head counts (hand case)', () => {
    const prd = labourLeftFarming(tiny, { from: 2000, to: 2001 }).find((r) => r.unit === 'PRD')!;
    // 2000: (100·10 + 50·20)/150 = 13.33 %, 20 万 in farming; 2001: (110·5 + 50·20)/160 = 9.6875 %, 15.5 万
    expect(prd.primary_share_change_pp).toBeCloseTo(9.6875 - 40 / 3, 10);
    expect(prd.primary_employment_change).toBeCloseTo(15.5 - 20, 10);
    expect(prd.non_farm_employment_change).toBeCloseTo((160 - 15.5) - 130, 10);
    expect(prd.comparable).toBe(true);
    const east = labourLeftFarming(tiny, { from: 2000, to: 2001 }).find((r) => r.unit === 'East')!;
    expect(east).toMatchObject({ primary_share_to: null, primary_share_change_pp: null, missing_cities: ['C'] });
  });

  it('bundled panel: 1994 → 1997 outside the PRD; the PRD breaks (珠海 1996–97); across the unit-employment switch nothing is compared', () => {
    const rows = labourLeftFarming(loadGuangdongPanel());
    const west = rows.find((r) => r.unit === 'West')!;
    expect(west.comparable).toBe(true);
    expect(west.primary_share_change_pp).toBeCloseTo(55.4018 - 56.2449, 3);
    const prd = rows.find((r) => r.unit === 'PRD')!;
    expect(prd).toMatchObject({ comparable: false, break_years: [1996, 1997], primary_share_change_pp: null });
    expect(labourLeftFarming(loadGuangdongPanel(), { from: 1994, to: 1995 }).find((r) => r.unit === 'PRD')!.comparable).toBe(true);
    expect(labourLeftFarming(loadGuangdongPanel(), { from: 1995, to: 2005 }).every((r) => !r.comparable)).toBe(true);
  });

  it('refuses from ≥ to', () => {
    expect(() => labourLeftFarming(tiny, { from: 2001, to: 2000 })).toThrow(DataError);
  });
});
