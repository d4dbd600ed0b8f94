import { describe, expect, it } from 'vitest';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { industryRowsFromRecords } from '../../../src/data/read-industry.js';
import { industryShareTable } from '../../../src/panel/industry/industry-share-table.js';
import { shareRiseFinding } from '../../../src/panel/industry/share-rise-finding.js';
import { THREE_CITIES } from './fixture.js';

setWarningHandler(() => {});
const shares = industryShareTable(industryRowsFromRecords(THREE_CITIES, 'three-cities'), { by: 'city', aggregates: ['advanced-manufacturing-gd'] });
const of = (f: ReturnType<typeof shareRiseFinding>, unit: string) => f.find((x) => x.unit === unit)!;

describe('shareRiseFinding — 进一步提高 against 2010, hand-computed', () => {
  it('within one edition (2010 → 2011): 广州 equal (not raised), 深圳 and 汕头 raised by 5 points', () => {
    const f = shareRiseFinding(shares, { baseline: 2010, year: 2011 });
    expect(f.map((x) => [x.unit, x.verdict])).toEqual([['广州', 'not-raised'], ['深圳', 'raised'], ['汕头', 'raised']]);
    expect(of(f, '广州').change_pp).toBeCloseTo(0, 12);
    expect(of(f, '深圳').change_pp).toBeCloseTo(5, 12);
    expect(of(f, '汕头').verdict_zh).toBe('进一步提高');
    expect(of(f, '深圳').statement_zh).toBe('深圳先进制造业占比由2010年的50.0%变为2011年的55.0%，提高5.0个百分点，进一步提高。');
    expect(of(f, '深圳').break_years).toEqual([]);
  });

  it('refuses to compare 2010 with 2012 across the 2012 edition change, says so, and gives the same-edition result', () => {
    const f = shareRiseFinding(shares, { baseline: 2010 });
    const gz = of(f, '广州');
    expect(gz).toMatchObject({ year: 2012, verdict: 'not-comparable', break_years: [2012], change_pp: null, across_break: null });
    expect(gz.same_edition).toMatchObject({ year: 2011, verdict: 'not-raised' });
    expect(gz.statement_zh).toContain('2012年行业分类标准版本变更');
    expect(of(f, '深圳').same_edition).toMatchObject({ year: 2011, verdict: 'raised' });
  });

  it("compares across the break only when asked, and then states it", () => {
    const f = shareRiseFinding(shares, { baseline: 2010, acrossBreaks: 'state' });
    const gz = of(f, '广州');
    expect(gz.verdict).toBe('raised');
    expect(gz.change_pp).toBeCloseTo(10, 12);
    expect(gz.across_break).toMatchObject({ year: 2012, verdict: 'raised' });
    expect(gz.statement_zh).toContain('跨越2012年行业分类标准版本变更');
    expect(gz.statement_en).toContain('caution');
  });

  it('says no-data when the baseline year is absent', () => {
    const f = shareRiseFinding(shares, { baseline: 2009 });
    expect(f.every((x) => x.verdict === 'no-data')).toBe(true);
  });

  it('with bounds only: undetermined when they overlap', () => {
    const ht = industryShareTable(industryRowsFromRecords(THREE_CITIES, 'x'), { by: 'city', aggregates: ['high-tech-gd'] });
    // 深圳: 40 straddles → [0, 0.5] in 2010 and [0, 0.55] in 2011
    expect(of(shareRiseFinding(ht, { year: 2011 }), '深圳').verdict).toBe('undetermined');
  });
});
