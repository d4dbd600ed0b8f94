import { describe, expect, it } from 'vitest';
import { gapRowsSummary } from '../../../src/panel/growth/gap-rows.js';
import { growthGapTable } from '../../../src/panel/growth/growth-gap-table.js';
import { loadGuangdongProvince } from '../../../src/data/index.js';

describe('gapRowsSummary', () => {
  it('finds the latest year with a gap, orders it, takes the widest |gap| and the missing years', () => {
    const rows = [
      { unit: 'a', year: 2019, gap_pp: 3 }, { unit: 'a', year: 2020, gap_pp: 1 }, { unit: 'b', year: 2020, gap_pp: -2 },
      { unit: 'c', year: 2020, gap_pp: 0.5 }, { unit: 'a', year: 2021, gap_pp: null }, { unit: 'b', year: 2018, gap_pp: null },
    ];
    const s = gapRowsSummary(rows);
    expect(s.latestYear).toBe(2020);
    expect(s.latest.map((r) => r.unit)).toEqual(['a', 'c', 'b']);
    expect(s.widest?.unit).toBe('b');
    expect(s.missingYears).toEqual([2018, 2021]);
    expect(s.withGap).toHaveLength(4);
  });

  it('keeps only [from, to] and gives nulls when no gap is left', () => {
    const rows = [{ year: 2010, gap_pp: 1 }, { year: 2011, gap_pp: null }];
    expect(gapRowsSummary(rows, { to: 2010 }).missingYears).toEqual([]);
    const none = gapRowsSummary(rows, { from: 2011 });
    expect(none).toMatchObject({ latestYear: null, latest: [], widest: null, missingYears: [2011] });
  });

  it('on the provincial series up to 2015: latest gap year 2015', () => {
    const s = gapRowsSummary(growthGapTable(loadGuangdongProvince(), { by: 'province' }).rows(), { to: 2015 });
    expect(s.latestYear).toBe(2015);
    expect(s.withGap.find((r) => r.year === 2010)?.gap_pp).toBeCloseTo(3.0, 12);
  });
});
