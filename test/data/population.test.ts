import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { loadGuangdongPanel } from '../../src/data/panel.js';
import {
  detectPopulationBreaks, impliedAggregatePopulation, impliedResidentPopulation, populationForGrowth,
} from '../../src/data/population.js';

const panel = loadGuangdongPanel();

describe('detectPopulationBreaks', () => {
  it('puts a break before a level shift and numbers segments (hand case)', () => {
    // changes: 1 %, 18.81 %, 0.83 %, 0.83 %; for year 3 the neighbours within 8 pp of the
    // median of the others (0.83) are 1, 0.83, 0.83 → reference 0.83, |18.81 − 0.83| > 4.
    const d = detectPopulationBreaks([
      { year: 1, value: 100 }, { year: 2, value: 101 }, { year: 3, value: 120 }, { year: 4, value: 121 }, { year: 5, value: 122 },
    ]);
    expect(d.map((p) => p.break_before)).toEqual([false, false, true, false, false]);
    expect(d.map((p) => p.segment)).toEqual([0, 0, 1, 1, 1]);
    expect(d[2]!.change_pct).toBeCloseTo(18.8119, 4);
    expect(d[2]!.reference_pct).toBeCloseTo((1 / 120) * 100, 6);
  });

  it('a steady fast growth is no break; a one-year outlier is two', () => {
    const steady = [100, 105, 110.25, 115.7625, 121.550625].map((value, i) => ({ year: 2000 + i, value }));
    expect(detectPopulationBreaks(steady).some((p) => p.break_before)).toBe(false);
    const spike = [100, 101, 102, 110, 104, 105, 106].map((value, i) => ({ year: 2000 + i, value }));
    expect(detectPopulationBreaks(spike).filter((p) => p.break_before).map((p) => p.year)).toEqual([2003, 2004]);
  });

  it('a gap starts a segment; a threshold option is honoured', () => {
    const d = detectPopulationBreaks([{ year: 1, value: 10 }, { year: 2, value: null }, { year: 3, value: 10 }]);
    expect(d.map((p) => [p.segment, p.reasons])).toEqual([[0, []], [null, []], [1, ['gap']]]);
    // changes 1, 1, 3, 1 %: year 3 departs 2 pp from its neighbours' median (1)
    const s = [100, 101, 102.01, 105.0703, 106.121003].map((value, i) => ({ year: i, value }));
    expect(detectPopulationBreaks(s).some((p) => p.break_before)).toBe(false);
    expect(detectPopulationBreaks(s, { thresholdPp: 1.5 }).filter((p) => p.break_before).map((p) => p.year)).toEqual([3]);
  });

  it('refuses years out of order', () => {
    expect(() => detectPopulationBreaks([{ year: 2, value: 1 }, { year: 1, value: 1 }])).toThrow(DataError);
  });
});

describe('impliedResidentPopulation (bundled panel)', () => {
  const rows = impliedResidentPopulation(panel);
  const at = (city: string, year: number) => rows.find((r) => r.city_zh === city && r.year === year)!;

  it('is gdp × 10 000 / per-capita GDP, flagged as derived', () => {
    expect(rows).toHaveLength(588);
    // 广州 2010: 10748.2828 亿元 × 10 000 / 103 625 元 = 1037.2287 万人
    expect(at('广州', 2010).implied_population).toBeCloseTo(1037.2287, 4);
    expect(at('广州', 2010).flags).toContain('implied-population-derived');
    expect(at('广州', 1995).implied_population).toBeNull();
    expect(at('广州', 2021).implied_population).toBeNull(); // 2021 per-capita withheld
    expect(at('东莞', 2021).implied_population).not.toBeNull(); // bulletin per-capita
  });

  it('pins 湛江 2012 as a one-year outlier and the census revision at 2020', () => {
    // 湛江: 2011 1700.2272/24163 → 703.65; 2012 1860.2206/24531 → 758.33 (+7.77 %); 2013 2060.0069/28859 → 713.82 (−5.87 %)
    expect(at('湛江', 2012).change_pct).toBeCloseTo(7.771, 2);
    expect(at('湛江', 2013).change_pct).toBeCloseTo(-5.870, 2);
    expect(at('湛江', 2012).reasons).toEqual(['jump']);
    expect(at('湛江', 2013).reasons).toEqual(['jump']);
    expect(at('湛江', 2014).break_before).toBe(false);
    expect(at('广州', 2020).reasons).toEqual(['jump', 'census-revision']);
    expect(at('阳江', 2020).reasons).toEqual(['census-revision']); // +1.4 %: found from the flags, not the size
    expect(at('深圳', 2017).break_before).toBe(false); // +5.2 % a year is growth, not a break
    expect(at('广州', 2012).segment_id).toBe(at('广州', 2019).segment_id);
    expect(at('广州', 2011).segment_id).not.toBe(at('广州', 2010).segment_id);
  });
});

describe('impliedAggregatePopulation (bundled panel)', () => {
  const rows = impliedAggregatePopulation(panel, 'region');
  const at = (unit: string, year: number) => rows.find((r) => r.unit === unit && r.year === year)!;

  it('pins the published breaks: PRD +17.7 % in 2011, 粤西 +4.2 % in 2012 and −2.3 % in 2013', () => {
    // 5631.4 / 4786.7 − 1 = 17.647 % (the "17.7 %" rounds 17.65 once more)
    expect(at('PRD', 2011).change_pct).toBeCloseTo(17.647, 3);
    expect(at('PRD', 2011).reasons).toEqual(['jump', 'member-break']);
    expect(at('West', 2012).change_pct).toBeCloseTo(4.172, 3);
    expect(at('West', 2012).break_before).toBe(true);
    expect(at('West', 2012).break_cities).toEqual(['湛江']);
    expect(at('West', 2013).change_pct).toBeCloseTo(-2.271, 3);
    expect(at('West', 2013).reasons).toEqual(['member-break']);
    expect(at('West', 2013).break_cities).toEqual(['湛江']);
    for (const u of ['PRD', 'East', 'West', 'North']) expect(at(u, 2020).break_before).toBe(true);
  });

  it('keeps 2014–2019 of every region in one segment and sums only complete years', () => {
    for (const u of ['PRD', 'East', 'West', 'North']) {
      const segs = new Set([2014, 2015, 2016, 2017, 2018, 2019].map((y) => at(u, y).segment_id));
      expect(segs.size).toBe(1);
    }
    expect(at('PRD', 2021).implied_population).toBeNull();
    expect(at('PRD', 2021).n_units).toBe(1);
    expect(at('North', 2004).implied_population).toBeNull(); // 梅州 and 云浮 have no 2004 per-capita value
  });
});

describe('populationForGrowth (bundled panel)', () => {
  const rows = populationForGrowth(panel, { by: 'region' });
  const at = (unit: string, year: number) => rows.find((r) => r.unit === unit && r.year === year)!;

  it('uses the implied resident population within a segment', () => {
    expect(at('North', 2012)).toMatchObject({ basis: 'implied-resident', implied_consistent: true });
    expect(at('North', 2012).population_growth).toBeCloseTo(0.79, 2);
    expect(at('North', 2012).registered_growth).toBeCloseTo(-1.10, 2); // the implausible registered fall
  });

  it('falls back to registered population at a break, and to none when both break', () => {
    expect(at('PRD', 2011).basis).toBe('registered');
    expect(at('PRD', 2011).population_growth).toBeCloseTo(at('PRD', 2011).registered_growth!, 12);
    expect(at('West', 2012)).toMatchObject({ basis: null, population_growth: null, implied_consistent: false, registered_consistent: false });
    expect(at('West', 2012).registered_growth).toBeCloseTo(-1.16, 2);
    expect(at('West', 2013).basis).toBe('registered');
  });

  it('works by province and by city', () => {
    const p = populationForGrowth(panel, { by: 'province' });
    expect(new Set(p.map((r) => r.unit))).toEqual(new Set(['Guangdong']));
    const c = populationForGrowth(panel, { by: 'city' });
    expect(c.find((r) => r.unit === '深圳' && r.year === 2017)?.basis).toBe('implied-resident');
  });

  it('names a missing column', () => {
    expect(() => populationForGrowth([{ city_code: 1, year: 2000 }])).toThrow(/no "city_zh" column/);
  });
});
