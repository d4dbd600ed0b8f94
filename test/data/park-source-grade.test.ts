import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { gradeParkSource, parkSourceGrade, parkSources } from '../../src/data/park-source-grade.js';

describe('gradeParkSource — the rule on the recorded address and title', () => {
  it('a gd.gov.cn notice of the provincial commission is another government document', () => {
    expect(gradeParkSource({ url: 'http://gdii.gd.gov.cn/2005n2449/content/post_929113.html', title: '关于认定东莞石龙(始兴)等三个省产业转移工业园的通知 (粤经贸工业〔2005〕1006号)' }))
      .toBe('government-document');
  });
  it('a statistics bureau bulletin on a government host is a statistics bulletin', () => {
    expect(gradeParkSource({ url: 'http://stats.gd.gov.cn/tjgb/content/post_1.html', title: '2015年广东省国民经济和社会发展统计公报' })).toBe('statistics-bulletin');
  });
  it('no recorded address is other, whatever the title says', () => {
    expect(gradeParkSource({ url: '(page address not recorded)', title: '阳江两产业园再获2013年省产业园考评优秀等次 (来源 Southcn.com)' })).toBe('other');
  });
  it('a summary on an aggregator is other, on a news portal news', () => {
    expect(gradeParkSource({ url: 'https://reportify.cn/tags/x', title: '广东推动财政资金等向产业园区倾斜 (summary of 上海证券报)' })).toBe('other');
    expect(gradeParkSource({ url: 'https://dk.sun0769.com/a/1.shtml', title: '省委省政府下发文件推动地区产业转移 (summary of 粤发〔2008〕4号)' })).toBe('news');
  });
  it('a government-site layout on another host is a mirror, unless the title names a newspaper', () => {
    expect(gradeParkSource({ url: 'https://a.example/zwgk/gsgg/content/post_567887.html', title: '考核评价评审得分情况汇总表 初评结果公示' })).toBe('mirror-official');
    expect(gradeParkSource({ url: 'https://a.example/zxxx/dtxx/content/post_3977.html', title: '河源日报: 河源3个产业园优秀' })).toBe('news');
    expect(gradeParkSource({ url: 'https://a.example/article.php?id=3804', title: '1至10月广东产业园规上工业增加值达2477亿元' })).toBe('other');
  });
});

describe('parkSources — the bundled registry S1–S27, graded', () => {
  it('grades every real source as the rule says', () => {
    const grades = Object.fromEntries(parkSources().map((s) => [s.id, s.grade]));
    expect(grades).toEqual({
      S1: 'government-document', S2: 'other', S3: 'mirror-official', S4: 'news', S5: 'news', S6: 'other', S7: 'news', S8: 'other',
      S9: 'mirror-official', S10: 'mirror-official', S11: 'other', S12: 'mirror-official', S13: 'news', S14: 'news', S15: 'news',
      S16: 'news', S17: 'mirror-official', S18: 'mirror-official', S19: 'other', S20: 'other', S21: 'other', S22: 'mirror-official',
      S23: 'other', S24: 'mirror-official', S25: 'government-document', S26: 'other', S27: 'news',
    });
  });

  it('returns the ids asked for, in that order, each once, with title and address for cite()', () => {
    const s = parkSources(['S11', 'S9', 'S11']);
    expect(s.map((x) => [x.id, x.grade])).toEqual([['S11', 'other'], ['S9', 'mirror-official']]);
    expect(s[1]).toMatchObject({ url: 'http://lotussunrise.com/gkmlpt/content/0/142/post_142323.html', date: '2013-09-16' });
    expect(s[0]!.url).toBe('(page address not recorded)');
  });

  it('parkSourceGrade reads one id; an id outside the registry is a DataError naming the file', () => {
    expect(parkSourceGrade('S14')).toBe('news');
    expect(parkSourceGrade('S17')).toBe('mirror-official');
    expect(() => parkSourceGrade('S28')).toThrow(DataError);
    try { parkSourceGrade('S28'); } catch (e) { expect(e).toMatchObject({ code: 'unknown-category', file: 'data/facts/park_sources.csv', column: 'source_id' }); }
  });
});
