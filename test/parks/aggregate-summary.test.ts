import { describe, expect, it } from 'vitest';
import { loadParkAggregateFacts, type ParkAggregateFact } from '../../src/data/facts.js';
import { parkAggregateSummary } from '../../src/parks/aggregate-summary.js';

describe('parkAggregateSummary — bundled park totals', () => {
  it('covers 2008–2021: full-year gross output only in 2008 and 2011', () => {
    const s = parkAggregateSummary(loadParkAggregateFacts(), null);
    expect([s.first, s.last]).toEqual([2008, 2021]);
    expect(s.coverage.map((c) => [c.indicator, c.have, c.n])).toEqual([
      ['工业总产值', '2008、2011', 2], ['工业增加值', '2011、2015、2016', 3], ['税收', '2008、2011、2015、2016', 4], ['固定资产投资', '2015、2016', 2],
    ]);
    expect(s.facts).toHaveLength(26);
    expect(s.byKind['gross-output'].n).toBe(2);
    expect(s.byKind.tax.have).toBe('2008、2011、2015、2016');
    expect(s.facts[0]).toMatchObject({ year: 2005, period_zh: '2005年12月', value_number: 3 });
  });

  it('stops at the report year: nothing after 2015', () => {
    const s = parkAggregateSummary(loadParkAggregateFacts(), 2015);
    expect(s.last).toBe(2015);
    expect(s.facts.every((f) => f.year <= 2015)).toBe(true);
    expect(s.facts).toHaveLength(18);
    expect(s.coverage.map((c) => c.have)).toEqual(['2008、2011', '2011、2015', '2008、2011、2015', '2015']);
    expect(s.coverage[0]!.missing).toBe('2009、2010、2012、2013、2014、2015');
  });

  it('grades every fact by its source; the 2021 and 2025 figures (S19, S20) are other', () => {
    const s = parkAggregateSummary(loadParkAggregateFacts(), null);
    expect(s.facts.filter((f) => f.grade === 'other').map((f) => [f.period, f.source_id])).toEqual([['2021 Jan-Oct', 'S19'], ['2021-12', 'S19'], ['2025-10', 'S20'], ['2025-10', 'S20']]);
    expect(s.otherGrade).toBe(4);
    expect(s.facts.find((f) => f.period === '2008' && f.indicator_zh === '工业总产值')).toMatchObject({ source_id: 'S3', grade: 'mirror-official', grade_zh: '官方文件转载' });
    expect(s.sources.map((x) => [x.id, x.grade])).toEqual([
      ['S1', 'government-document'], ['S3', 'mirror-official'], ['S4', 'news'], ['S5', 'news'], ['S7', 'news'], ['S14', 'news'], ['S15', 'news'], ['S19', 'other'], ['S20', 'other'],
    ]);
  });

  it('a full-year figure from a source graded other is listed but fills no year of the coverage', () => {
    const f: ParkAggregateFact = { year: 2018, period: '2018', indicator_zh: '工业总产值', indicator_en: 'gross industrial output', value: '5000', value_number: 5000, unit: '亿元', n_parks: null, yoy_growth_pct: null, source_id: 'S19', source_url: '', quote: '' };
    const s = parkAggregateSummary([...loadParkAggregateFacts(), f], null);
    expect(s.facts.some((x) => x.period === '2018' && x.grade === 'other')).toBe(true);
    expect(s.byKind['gross-output'].have).toBe('2008、2011');
    expect(s.otherGrade).toBe(5);
  });
});
