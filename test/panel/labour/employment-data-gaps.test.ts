import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { employmentDataGaps } from '../../../src/panel/labour/employment-data-gaps.js';
import { tiny } from './fixture.js';
import { segmentedPanel } from './segmented.js';

describe('employmentDataGaps', () => {
  it('lists the years with a missing share or a missing count (hand case)', () => {
    // tiny: C lacks the primary share in 2001; B's count is taken out in 2000, so its series
    // resumes in 2001 on a new segment (employmentBreaks counts that as a break)
    const withMissing = tiny.map((r) => (r.city_zh === 'B' && r.year === 2000 ? { ...r, employment: null } : r));
    expect(employmentDataGaps(withMissing)).toEqual([
      { year: 2000, break_cities: [], missing_employment: ['B'], missing_sector_share: [] },
      { year: 2001, break_cities: ['B'], missing_employment: [], missing_sector_share: ['C'] },
    ]);
  });

  it('lists the year of a basis break', () => {
    const panel = segmentedPanel().map((r) => ({ ...r, employment_primary_share: 10, employment_secondary_share: 40, employment_tertiary_share: 50 }));
    expect(employmentDataGaps(panel)).toEqual([{ year: 2004, break_cities: ['C'], missing_employment: [], missing_sector_share: [] }]);
  });

  it('bundled panel: 中山 without sector shares 2009–2019, 东莞 in 2014, every city in 2020; breaks in 1998 and 2013', () => {
    const gaps = employmentDataGaps(loadGuangdongPanel());
    const at = (y: number) => gaps.find((g) => g.year === y)!;
    for (let y = 2009; y <= 2019; y++) expect(at(y).missing_sector_share).toContain('中山');
    expect(at(2014).missing_sector_share).toEqual(expect.arrayContaining(['东莞', '中山']));
    expect(at(2020).missing_sector_share).toHaveLength(21);
    expect(at(1998).break_cities).toEqual(expect.arrayContaining(['广州', '深圳', '梅州']));
    expect(at(2013).break_cities).toEqual(expect.arrayContaining(['深圳', '东莞']));
    expect(gaps.some((g) => g.year === 1994 || g.year === 1995)).toBe(false);
  });
});
