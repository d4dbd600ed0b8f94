import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { censusShift } from '../../../src/panel/labour/census-shift.js';

describe('censusShift', () => {
  it('gives the census shares when the panel covers 2010 and 2020', () => {
    const prd = censusShift(loadGuangdongPanel()).find((r) => r.unit === 'PRD')!;
    // 5619.1578 / 10431.0395 = 53.870 %; 7801.4335 / 12601.251 = 61.910 %
    expect(prd.share_2010).toBeCloseTo(53.8696, 4);
    expect(prd.change_pp).toBeCloseTo(61.91 - 53.8696, 3);
  });

  it('is empty for a panel cut before 2020 (a report year)', () => {
    expect(censusShift(loadGuangdongPanel({ to: 2015 }))).toEqual([]);
  });

  it('still refuses census years without a count', () => {
    const t = loadGuangdongPanel();
    const panel = t.derive({ population_census: (d: { city_zh: string; year: number; population_census: number | null }) => (d.city_zh === '广州' && d.year === 2020 ? null : d.population_census) });
    expect(() => censusShift(panel)).toThrow(DataError);
  });
});
