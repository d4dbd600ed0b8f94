import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { employmentByRegion } from '../../../src/panel/labour/employment-by-region.js';
import { tiny } from './fixture.js';

describe('employmentByRegion', () => {
  it('sums employment and takes shares of the total (hand case)', () => {
    const rows = employmentByRegion(tiny);
    const at = (u: string, y: number) => rows.find((r) => r.unit === u && r.year === y)!;
    // 2000: PRD 100 + 50 = 150, East 50, total 200 → 75 %, 25 %; 2001: 160, 40 → 80 %, 20 %
    expect(at('PRD', 2000)).toMatchObject({ employment: 150, share_pct: 75, n_units: 2, n_expected: 2, break_before: false });
    expect(at('East', 2001)).toMatchObject({ employment: 40, share_pct: 20 });
    expect(at('Guangdong', 2001).employment).toBe(200);
    expect(rows.map((r) => r.unit)).toEqual(['PRD', 'PRD', 'East', 'East', 'Guangdong', 'Guangdong']);
  });

  it('is null when a member lacks employment (nothing filled)', () => {
    const rows = employmentByRegion(tiny.map((r) => (r.city_zh === 'B' && r.year === 2001 ? { ...r, employment: null } : r)));
    const prd = rows.find((r) => r.unit === 'PRD' && r.year === 2001)!;
    expect(prd).toMatchObject({ employment: null, share_pct: null, n_units: 1, n_expected: 2 });
    expect(rows.find((r) => r.unit === 'East' && r.year === 2001)!.share_pct).toBeNull();
  });

  it('bundled panel: shares sum to 100 and the 2013 widening starts a new segment', () => {
    const rows = employmentByRegion(loadGuangdongPanel());
    const y2010 = rows.filter((r) => r.year === 2010 && r.unit !== 'Guangdong');
    expect(y2010.reduce((s, r) => s + r.share_pct!, 0)).toBeCloseTo(100, 10);
    // PRD 2010: Σ of 9 cities = 823.67 万 of 1118.52 万
    expect(rows.find((r) => r.unit === 'PRD' && r.year === 2010)!.employment).toBeCloseTo(823.67, 2);
    const g = (y: number) => rows.find((r) => r.unit === 'Guangdong' && r.year === y)!;
    expect(g(2013).break_before).toBe(true);
    expect(g(2013).break_cities).toEqual(expect.arrayContaining(['深圳', '东莞', '中山', '佛山']));
    expect(g(2013).segment_id).not.toBe(g(2012).segment_id);
    expect(g(2015).segment_id).toBe(g(2018).segment_id);
  });
});
