import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  loadTextFacts, loadBulletinFacts, loadParkAggregateFacts, loadParkEvents, loadParkSources,
  loadMeizhouScores2016, loadCensus, loadResidentPopulationSources, loadPrdManufacturing2018,
  loadNationalProvinceGdp, loadMexicoStates,
} from '../../src/data/facts.js';
import { dataPath } from '../../src/data/paths.js';

describe('fact loaders', () => {
  it('return every record of each file, each with a source id', () => {
    const sets: Array<[string, Array<{ source_id: string }>, number]> = [
      ['text', loadTextFacts(), 101],
      ['bulletin', loadBulletinFacts(), 102],
      ['park aggregate', loadParkAggregateFacts(), 50],
      ['park events', loadParkEvents(), 68],
      ['park sources', loadParkSources(), 27],
      ['meizhou', loadMeizhouScores2016(), 28],
      ['census', loadCensus(), 21],
      ['resident', loadResidentPopulationSources(), 58],
      ['prd 2018', loadPrdManufacturing2018(), 90],
      ['nbs', loadNationalProvinceGdp(), 29 * 31],
      ['mexico', loadMexicoStates(), 32],
    ];
    for (const [name, rows, n] of sets) {
      expect(rows, name).toHaveLength(n);
      for (const r of rows) expect(r.source_id, name).toMatch(/\S/);
    }
  });
  it('keep the quote and address of text and bulletin facts', () => {
    const t1 = loadTextFacts().find((f) => f.source_id === 'T1')!;
    expect(t1.value_number).toBe(2286.86);
    expect(t1.source_url).toBe('http://hnjqqz.com/news/201101/24/515.html');
    expect(t1.quote).toContain('2286.86');
    const ratio = loadTextFacts().find((f) => f.value === '39.9:60.1')!;
    expect(ratio.value_number).toBeNull();
    const cb42 = loadBulletinFacts().find((f) => f.source_id === 'CB42')!;
    expect([cb42.city_zh, cb42.year, cb42.indicator, cb42.value]).toEqual(['深圳', 2013, 'gdp_real_growth_pct', 10.5]);
    const dg = loadBulletinFacts().find((f) => f.city_code === 441900 && f.year === 2021 && f.indicator === 'gdp_per_capita_yuan')!;
    expect(dg.value).toBe(103284);
    expect(dg.quote).toContain('103284');
  });
  it('parse park totals and keep bounds as text', () => {
    const p = loadParkAggregateFacts();
    expect(p.find((f) => f.period === '2008' && f.indicator_en === 'gross industrial output')?.value_number).toBe(302.66);
    const bound = p.find((f) => f.value === '>100')!;
    expect(bound.value_number).toBeNull();
    expect(p.find((f) => f.period === '2012H1')?.year).toBe(2012);
  });
  it('read the census: 2020 sum 126,012,510 and 2010 sum 104,310,395', () => {
    const c = loadCensus();
    expect(c.reduce((s, x) => s + x.popu_2020, 0)).toBe(126_012_510);
    expect(c.reduce((s, x) => s + x.popu_2010, 0)).toBe(104_310_395);
    expect(c.find((x) => x.city_code === 440100)?.popu_2020).toBe(18676605);
  });
  it('read the Meizhou scores as published, including the inconsistent total', () => {
    const s = loadMeizhouScores2016();
    expect(s[0]).toEqual({ year: 2016, park: '广梅产业园', indicator: '固定资产投资', self_score: 1, review_score: 0.5, source_id: 'S17' });
  });
  it('read the NBS file in long format and the Mexico panel', () => {
    const n = loadNationalProvinceGdp();
    expect(n.find((r) => r.province === '广东省' && r.year === 2010)?.gdp).toBe(45944.6);
    expect(n.find((r) => r.province === '江苏省' && r.year === 2020)?.gdp).toBe(102719.0);
    const m = loadMexicoStates();
    expect(m[0]).toEqual({ state: 'Aguascalientes', pcgdp: { 1940: 10384, 1950: 6234, 1960: 8714, 1970: 16078, 1980: 21022, 1990: 20787, 2000: 27782 }, hanson98: 2, source_id: 'LIBPYSAL-MEXICO' });
  });
  it('return fresh objects on each call', () => {
    const a = loadParkEvents();
    a[0]!.park_name_as_published = 'changed';
    expect(loadParkEvents()[0]!.park_name_as_published).toBe('东莞石龙(始兴)产业转移工业园');
    expect(loadParkEvents().filter((e) => e.partner_city_from_name === null).length).toBe(24);
  });
  it('are verbatim copies of the source files (first line check)', () => {
    const head = readFileSync(dataPath('facts/park_sources.csv'), 'utf8').split(/\r?\n/)[0];
    expect(head).toBe('source_id,url,title,date');
    expect(loadPrdManufacturing2018().find((r) => r.city_zh === '深圳' && r.industry_group_zh === '计算机、通信和其他电子设备制造业')?.output_share_of_gdp_pct).toBe(23.06);
    expect(loadResidentPopulationSources().find((r) => r.city_zh === '广州' && r.year === 2020)?.resident_pop_10k).toBe(1867.66);
  });
});

import { shareBasis, FACT_SHARE_BASIS_LABELS, prdManufacturingTable2018, prdManufacturingOutput2018 } from '../../src/data/facts.js';
import { DataError as FactsDataError } from '../../src/core/errors.js';

describe('shareBasis', () => {
  it('classifies the denominators of the bundled share facts', () => {
    const b = loadBulletinFacts().filter((f) => f.indicator.endsWith('_share_pct'));
    const counts: Record<string, number> = {};
    for (const f of b) { const k = shareBasis(f)!; counts[k] = (counts[k] ?? 0) + 1; }
    // 9 above-scale (5+2 plain, 2 "denominator not named"), 1 all industry, 2 services VA, 1 GDP.
    expect(counts).toEqual({ 'above-scale-industry': 9, 'all-industry': 1, tertiary: 2, gdp: 1 });
    expect(shareBasis(b.find((f) => f.unit.startsWith('% of GDP'))!)).toBe('gdp');
    expect(shareBasis(b.find((f) => f.unit.includes('ALL industry'))!)).toBe('all-industry');
  });
  it('reads text facts from their indicator wording', () => {
    const t = loadTextFacts();
    const of = (period: string, re: RegExp) => shareBasis(t.find((f) => f.period === period && re.test(f.indicator))!);
    expect(of('2010', /先进制造业增加值占全省工业比重/)).toBe('all-industry');
    expect(of('2012 Jan-Sep', /先进制造业/)).toBe('industry-unspecified');
    expect(of('2019 H1', /规上/)).toBe('above-scale-industry');
  });
  it('is null for facts that are not shares', () => {
    expect(shareBasis(loadBulletinFacts().find((f) => f.indicator === 'gdp_real_growth_pct')!)).toBeNull();
    expect(shareBasis(loadBulletinFacts().find((f) => f.indicator === 'advanced_mfg_va')!)).toBeNull();
    expect(shareBasis({ indicator: '先进制造业增加值', unit: 'trillion yuan' })).toBeNull();
    expect(shareBasis({ indicator: '城镇化率 urbanisation rate', unit: '%' })).toBeNull();
    expect(shareBasis({ indicator: '某某占比', unit: '%' })).toBe('unknown');
  });
  it('has a Chinese label for every basis', () => {
    expect(FACT_SHARE_BASIS_LABELS['above-scale-industry'].zh).toBe('规模以上工业增加值');
    expect(Object.keys(FACT_SHARE_BASIS_LABELS)).toHaveLength(6);
  });
});

describe('prdManufacturingTable2018 / prdManufacturingOutput2018', () => {
  it('is the 10 × 9 table with lookups matching the loader', () => {
    const t = prdManufacturingTable2018();
    expect([t.year, t.groups.length, t.cities.length]).toEqual([2018, 10, 9]);
    const g = t.groups.indexOf('计算机、通信和其他电子设备制造业');
    expect(t.sharePct[g]![t.cities.indexOf('深圳')]).toBe(23.06);
  });
  it('sums share × GDP over cities (hand case: equal GDP 100 gives the row sum; one city only gives its share)', () => {
    const t = prdManufacturingTable2018();
    const equal = prdManufacturingOutput2018(Object.freeze(Object.fromEntries(t.cities.map((c) => [c, 100]))));
    t.sharePct.forEach((row, gi) => expect(equal[gi]).toBeCloseTo(row.reduce((a, b) => a + b, 0), 10));
    const only = Object.fromEntries(t.cities.map((c) => [c, c === '深圳' ? 24000 : 0]));
    const out = prdManufacturingOutput2018(only);
    const g = t.groups.indexOf('计算机、通信和其他电子设备制造业');
    expect(out[g]).toBeCloseTo(0.2306 * 24000, 8);
  });
  it('throws when a city has no GDP or a bad one', () => {
    const t = prdManufacturingTable2018();
    const gdp = Object.fromEntries(t.cities.slice(1).map((c) => [c, 1]));
    expect(() => prdManufacturingOutput2018(gdp)).toThrow(FactsDataError);
    expect(() => prdManufacturingOutput2018({ ...gdp, [t.cities[0]!]: Number.NaN })).toThrow(/GDP of/);
    expect(() => prdManufacturingOutput2018({ ...gdp, [t.cities[0]!]: -1 })).toThrow(/negative/);
  });
});

import { advancedIndustryFacts, comparableShareSeries, textFactGrade, type AdvancedIndustryFact } from '../../src/data/facts.js';

describe('advancedIndustryFacts / comparableShareSeries', () => {
  it('lists the 28 bundled figures (23 bulletin + 5 text, text duplicates of a bulletin page dropped), shares with their denominators', () => {
    const f = advancedIndustryFacts();
    expect(f).toHaveLength(28);
    expect(f.filter((x) => x.aggregate === 'advanced-manufacturing')).toHaveLength(14);
    expect(f.filter((x) => x.aggregate === 'high-tech-manufacturing')).toHaveLength(6);
    expect(f.filter((x) => x.aggregate === 'modern-services')).toHaveLength(8);
    const shares = f.filter((x) => x.kind === 'share');
    expect(new Set(shares.map((x) => x.basis)).size).toBe(5);
    expect(f.filter((x) => x.kind === 'value').every((x) => x.basis === null)).toBe(true);
    expect(f.find((x) => x.source_id === 'T19' && x.aggregate === 'advanced-manufacturing')).toMatchObject({ value: 1.47, unit_zh: '万亿元', fullYear: true });
    expect(f.find((x) => x.period === '2012 Jan-Sep' && x.aggregate === 'high-tech-manufacturing')).toMatchObject({ basis: 'industry-unspecified', fullYear: false, value: 23.2 });
  });
  it('keeps only figures up to toYear', () => {
    expect(advancedIndustryFacts(2012).every((x) => x.year <= 2012)).toBe(true);
    expect(advancedIndustryFacts(2012)).toHaveLength(8);
    expect(advancedIndustryFacts().filter((x) => x.source_id.startsWith("T"))).toHaveLength(5);
  });
  it('finds the two comparable share series of the bundled data', () => {
    const s = comparableShareSeries(advancedIndustryFacts());
    expect(s.map((x) => [x.aggregate, x.geography, x.basis, x.points.map((p) => p.value)])).toEqual([
      ['advanced-manufacturing', '广州', 'above-scale-industry', [52.8, 57.03]],
      ['modern-services', '广东', 'tertiary', [62.6, 65]],
    ]);
  });
  it('groups by denominator and skips partial years (hand case)', () => {
    const p = (year: number, basis: AdvancedIndustryFact['basis'], fullYear = true): AdvancedIndustryFact => ({
      aggregate: 'advanced-manufacturing', kind: 'share', geography: 'X', period: String(year), year, fullYear, value: year - 2000, unit_zh: '%', basis, source_id: 'S', source_url: '', source_title: '', grade: 'news',
    });
    const facts = Object.freeze([p(2010, 'gdp'), p(2011, 'all-industry'), p(2012, 'gdp', false), p(2013, 'all-industry')]);
    expect(comparableShareSeries(facts).map((s) => [s.basis, s.points.map((x) => x.year)])).toEqual([['all-industry', [2011, 2013]]]);
    expect(comparableShareSeries(facts, 1)).toHaveLength(2);
  });
  it('grades each advanced-industry fact: bulletin ids by the source notes, text facts as news', () => {
    const f = advancedIndustryFacts();
    const g = (id: string, geo: string, year: number) => f.find((x) => x.source_id === id && x.geography === geo && x.year === year)?.grade;
    expect(g('CB41', '深圳', 2012)).toBe('statistics-bulletin'); // grade A on tjj.sz.gov.cn
    expect(g('CB01', '珠海', 2011)).toBe('mirror-official'); // grade A, not a government host
    expect(g('CB16', '广州', 2015)).toBe('news');
    expect(g('CB05', '东莞', 2016)).toBe('other');
    expect(g('T18', '广东', 2012)).toBe('news'); // China Daily
    expect(f.filter((x) => x.grade === 'other').map((x) => x.source_id)).toEqual(['CB05', 'CB36', 'CB05', 'CB36']);
    expect(f.every((x) => x.source_title.length > 0)).toBe(true);
  });
  it('textFactGrade: a statistics bureau title on a government host is a bulletin, anything else news', () => {
    expect(textFactGrade({ source_title: '2015年广东省国民经济和社会发展统计公报', source_url: 'http://stats.gd.gov.cn/x' })).toBe('statistics-bulletin');
    expect(textFactGrade({ source_title: '2015年广东省国民经济和社会发展统计公报', source_url: 'http://example.com/x' })).toBe('news');
    expect(textFactGrade({ source_title: 'Guangdong leads in modernization drive (China Daily)', source_url: 'https://global.chinadaily.com.cn/x' })).toBe('news');
  });
});
