import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { employmentSectorMix } from '../../../src/panel/labour/employment-sector-mix.js';
import { tiny } from './fixture.js';

describe('employmentSectorMix', () => {
  it('weights city shares by employment (hand case)', () => {
    const prd = employmentSectorMix(tiny).find((r) => r.unit === 'PRD' && r.year === 2000)!;
    // primary (100·10 + 50·20)/150 = 13.33 %, secondary (5000 + 2000)/150 = 46.67 %, tertiary 40 %; head count 20 万
    expect(prd.primary_share).toBeCloseTo(40 / 3, 10);
    expect(prd.secondary_share).toBeCloseTo(140 / 3, 10);
    expect(prd.tertiary_share).toBeCloseTo(40, 10);
    expect(prd.primary_employment).toBeCloseTo(20, 10);
    expect(prd.non_farm_employment).toBeCloseTo(130, 10);
  });

  it('flags a missing share instead of filling it', () => {
    const rows = employmentSectorMix(tiny);
    const gd = rows.find((r) => r.unit === 'Guangdong' && r.year === 2001)!;
    expect(gd).toMatchObject({ primary_share: null, missing_cities: ['C'], partial: false });
    const part = employmentSectorMix(tiny, { partial: true }).find((r) => r.unit === 'Guangdong' && r.year === 2001)!;
    // A and B only: (110·5 + 50·20)/160 = 9.6875 %
    expect(part).toMatchObject({ partial: true, missing_cities: ['C'], employment: 160 });
    expect(part.primary_share).toBeCloseTo(9.6875, 10);
    const east = employmentSectorMix(tiny, { partial: true }).find((r) => r.unit === 'East' && r.year === 2001)!;
    expect(east.primary_share).toBeNull();
  });

  it('bundled panel: 中山 2009–2019 is flagged, the PRD is null there, and 1994 shows the farm share', () => {
    const rows = employmentSectorMix(loadGuangdongPanel());
    for (let y = 2009; y <= 2019; y++) {
      const prd = rows.find((r) => r.unit === 'PRD' && r.year === y)!;
      expect(prd.primary_share).toBeNull();
      expect(prd.missing_cities).toContain('中山');
    }
    expect(rows.find((r) => r.unit === 'PRD' && r.year === 2014)!.missing_cities).toEqual(['东莞', '中山']);
    expect(rows.find((r) => r.unit === 'West' && r.year === 1994)!.primary_share).toBeCloseTo(56.24, 2);
    expect(rows.find((r) => r.unit === 'North' && r.year === 2020)!.missing_cities).toHaveLength(5);
  });
});
