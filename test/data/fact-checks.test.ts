import { describe, expect, it } from 'vitest';
import { checkCandidateFacts, comparableIndustrySeries } from '../../src/data/fact-checks.js';
import { loadGuangdongPanel } from '../../src/data/panel.js';

describe('checkCandidateFacts (bundled panel)', () => {
  const c = checkCandidateFacts(loadGuangdongPanel());

  it('compares population with the implied population and the census, and records conflicts', () => {
    const p = (city: string, year: number, v?: number) => c.population.find((r) => r.city_zh === city && r.year === year && (v === undefined || r.bulletin === v))!;
    // 梅州 2019 (pre-census bulletin) 438.30 vs implied 438.09 → agrees
    expect(p('梅州', 2019)).toMatchObject({ compared_with: 'implied', status: 'agrees', grade: 'other', usable: false });
    expect(p('茂名', 2020)).toMatchObject({ compared_with: 'census', status: 'agrees' });
    // 汕头 2019: 566.48 (bulletin basis) agrees; 549.31 (revised back-series) conflicts with the panel and with the other page
    expect(p('汕头', 2019, 566.48).status).toBe('agrees');
    expect(p('汕头', 2019, 549.31).status).toBe('conflict');
    expect(p('汕头', 2019, 549.31).diff_pct).toBeCloseTo((549.31 / p('汕头', 2019, 549.31).panel! - 1) * 100, 12);
    expect(p('梅州', 2022)).toMatchObject({ status: 'no-panel-value', grade: 'government-document', usable: true });
    const subjects = c.conflicts.map((x) => `${x.kind}: ${x.subject}`);
    expect(subjects).toContain('sources: 汕头 2019 resident population');
    expect(subjects).toContain('panel: 汕头 2018 resident population');
  });

  it('checks growth by the GDP level where the panel has no real growth', () => {
    const g = (city: string, year: number) => c.growth.find((r) => r.city_zh === city && r.year === year)!;
    expect(g('中山', 2018)).toMatchObject({ panel: null, status: 'agrees', grade: 'statistics-bulletin', usable: true });
    expect(g('中山', 2018).gdp_diff_pct!).toBeCloseTo(0, 2);
    expect(g('汕尾', 2013)).toMatchObject({ status: 'conflict', usable: false }); // 610.41 vs 671.75 亿元
    expect(g('河源', 2013)).toMatchObject({ status: 'no-panel-value', grade: 'news', usable: true });
    expect(c.conflicts.map((x) => x.subject)).toContain('韶关 2017 GDP level');
  });
});

describe('comparableIndustrySeries', () => {
  const { series, conflicts } = comparableIndustrySeries();
  const find = (place: string, indicator: string, period: string) => series.find((s) => s.place === place && s.indicator === indicator && s.period === period);

  it('puts the province Jan–Sep 2016 and 2022 together on the above-scale basis, not usable (2016 is other)', () => {
    const s = find('广东', 'adv_mfg_share', '1-9月')!;
    expect(s.basis).toBe('above-scale-industry');
    expect(s.points.map((p) => [p.year, p.value, p.grade])).toEqual([[2016, 48.7, 'other'], [2022, 54.6, 'statistics-bulletin']]);
    expect(s.usable_for_findings).toBe(false);
    expect(find('广东', 'hightech_mfg_share', '1-9月')!.points.map((p) => p.value)).toEqual([27.3, 29.4]);
  });

  it('gives 东莞 full years, deriving 2016 from two published levels', () => {
    const s = find('东莞', 'adv_mfg_share', '全年')!;
    expect(s.points.map((p) => p.year)).toEqual([2014, 2016, 2017, 2018, 2020]);
    const p16 = s.points.find((p) => p.year === 2016)!;
    expect(p16.derived).toBe(true);
    expect(p16.value).toBeCloseTo((1435.17 / 2878.23) * 100, 10); // 49.86 %
    expect(p16.grade).toBe('news');
    expect(s.usable_for_findings).toBe(false);
    expect(s.points.filter((p) => p.grade !== 'other').map((p) => p.year)).toEqual([2014, 2016]);
  });

  it('records sources that disagree', () => {
    expect(conflicts.map((c) => c.subject)).toEqual(expect.arrayContaining(['广东 2015 全年 hightech_mfg_share', '深圳 2017 全年 above_scale_industry_va']));
  });
});
