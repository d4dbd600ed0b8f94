import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import {
  bulletinFactGrade, gradeOfSourceType, loadAdvancedIndustryCandidates, loadBulletinFacts, loadParkEvaluationsMore,
  loadRealGrowthBulletins, loadResidentPopulationBulletins, SOURCE_GRADES, usableInFindings, worseGrade,
} from '../../src/data/facts.js';

describe('source grades', () => {
  it('orders five grades and lets findings use all but other', () => {
    expect(SOURCE_GRADES).toEqual(['statistics-bulletin', 'government-document', 'mirror-official', 'news', 'other']);
    expect(SOURCE_GRADES.filter(usableInFindings)).toEqual(['statistics-bulletin', 'government-document', 'mirror-official', 'news']);
    expect(worseGrade('news', 'statistics-bulletin')).toBe('news');
    expect(worseGrade('other', 'news')).toBe('other');
  });

  it('grades a source type, telling a bulletin from another government text', () => {
    expect(gradeOfSourceType('official', '2018年中山市国民经济和社会发展统计公报 (中山市统计局, 2019-03-15)')).toBe('statistics-bulletin');
    expect(gradeOfSourceType('official', "梅州市人民政府门户网站 '走进梅州' 市情 (2022年数据)")).toBe('government-document');
    expect(gradeOfSourceType('news', '')).toBe('news');
    expect(() => gradeOfSourceType('blog', '')).toThrow(DataError);
  });

  it('grades the bulletin facts CB01–CB42 from the A/B/C lists', () => {
    const facts = loadBulletinFacts();
    const g = (id: string) => bulletinFactGrade(facts.find((f) => f.source_id === id)!);
    expect(g('CB21')).toBe('other'); // aggregator table
    expect(g('CB42')).toBe('news');
    expect(['statistics-bulletin', 'mirror-official']).toContain(g('CB41'));
    expect(facts.every((f) => bulletinFactGrade(f) !== null)).toBe(true);
    expect(bulletinFactGrade({ source_id: 'T1', source_url: '' })).toBeNull();
  });
});

describe('candidate fact loaders', () => {
  it('read every row with its grade (counts from the source notes)', () => {
    const adv = loadAdvancedIndustryCandidates();
    expect(adv).toHaveLength(113);
    const count = (xs: Array<{ source_type: string }>, t: string) => xs.filter((x) => x.source_type === t).length;
    // file a: official 8, mirror-official 14, news 30, other 19; file b: 6, 3, 19, 14
    expect([count(adv, 'official'), count(adv, 'mirror-official'), count(adv, 'news'), count(adv, 'other')]).toEqual([14, 17, 49, 33]);
    expect(loadResidentPopulationBulletins()).toHaveLength(29);
    expect(loadRealGrowthBulletins()).toHaveLength(23);
    expect(loadParkEvaluationsMore()).toHaveLength(37);
  });

  it('keeps values as read and marks periods and denominators', () => {
    const gd = loadAdvancedIndustryCandidates().filter((f) => f.place === '广东' && f.period === '1-9月' && f.indicator === 'adv_mfg_share');
    expect(gd.map((f) => [f.year, f.value, f.grade])).toEqual([[2012, 47.9, 'news'], [2016, 48.7, 'other'], [2019, 55.9, 'news'], [2022, 54.6, 'statistics-bulletin']]);
    expect(gd.map((f) => f.above_scale_basis)).toEqual([false, true, false, true]);
    expect(gd.every((f) => !f.full_year)).toBe(true);
    const yc = loadParkEvaluationsMore().filter((f) => f.year === 2015 && f.event_code === 'yellow_card');
    expect(yc.map((f) => f.park_name)).toEqual(['惠州产业园', '乐昌产业园', '徐闻产业园']);
    expect(loadRealGrowthBulletins().find((r) => r.city_zh === '中山' && r.year === 2018)).toMatchObject({ gdp_real_growth: 5.9, gdp: 3632.7, grade: 'statistics-bulletin' });
  });
});
