import { describe, expect, it } from 'vitest';
import { loadParkAggregateFacts } from '../../src/data/facts.js';
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
});
