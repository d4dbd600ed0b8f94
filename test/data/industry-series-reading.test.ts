import { describe, expect, it } from 'vitest';
import { readIndustrySeries } from '../../src/data/industry-series-reading.js';
import { comparableIndustrySeries } from '../../src/data/fact-checks.js';
import type { IndustrySeries } from '../../src/data/fact-checks.js';

describe('readIndustrySeries', () => {
  const read = readIndustrySeries(comparableIndustrySeries().series);
  it('东莞 先进制造业: 2014 47 % → 2016 49.86 % (news, derived), the later "other" points set aside', () => {
    const r = read.find((x) => x.place === '东莞' && x.indicator === 'adv_mfg_share')!;
    expect(r.usable.map((p) => p.year)).toEqual([2014, 2016]);
    expect(r.excluded.map((p) => p.year)).toEqual([2017, 2018, 2020]);
    expect(r.from!.value).toBe(47);
    expect(r.to!.value).toBeCloseTo(49.86, 2);
    expect(r.change_pp).toBeCloseTo(r.to!.value - 47, 12);
    expect(r.direction).toBe('raised');
    expect(r.statement_zh).toContain('2014年47.0%（新闻报道）→2016年49.86%（新闻报道，由增加值推算）');
    expect(r.statement_zh).toContain('2017年、2018年、2020年的数据来源等级为“其他”');
  });
  it('广东 1-9月 先进制造业: the 2016 point is "other", so no change is read', () => {
    const r = read.find((x) => x.place === '广东' && x.period === '1-9月' && x.indicator === 'adv_mfg_share')!;
    expect(r.usable.map((p) => p.year)).toEqual([2022]);
    expect(r.excluded.map((p) => [p.year, p.value])).toEqual([[2016, 48.7]]);
    expect([r.from, r.to, r.change_pp, r.direction]).toEqual([null, null, null, null]);
    expect(r.statement_zh).toContain('可作依据的数据点不足两个');
  });
  it('keeps points up to toYear, drops series without any, and reads a fall as not raised (hand case)', () => {
    const s: IndustrySeries[] = [
      { place: 'X', indicator: 'hightech_mfg_share', period: '全年', basis: 'gdp', usable_for_findings: true,
        points: [{ year: 2010, value: 30, grade: 'news', derived: false, source_url: 'a' }, { year: 2012, value: 28.5, grade: 'government-document', derived: false, source_url: 'b' }, { year: 2015, value: 40, grade: 'news', derived: false, source_url: 'c' }] },
      { place: 'Y', indicator: 'hightech_mfg_share', period: '全年', basis: 'gdp', usable_for_findings: true,
        points: [{ year: 2016, value: 1, grade: 'news', derived: false, source_url: 'a' }, { year: 2017, value: 2, grade: 'news', derived: false, source_url: 'b' }] },
    ];
    const r = readIndustrySeries(s, { toYear: 2013 });
    expect(r).toHaveLength(1);
    expect(r[0]!.change_pp).toBeCloseTo(-1.5, 12);
    expect(r[0]!.direction).toBe('not-raised');
    expect(r[0]!.statement_zh).toBe('X高技术制造业占地区生产总值比重（全年）：2010年30.0%（新闻报道）→2012年28.5%（其他政府文件），2010—2012年下降 1.50 个百分点。');
  });
});
