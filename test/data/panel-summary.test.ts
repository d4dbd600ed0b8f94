import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel, loadGuangdongProvince } from '../../src/data/panel.js';
import { panelSummary, provinceSummary, seriesBreaksUpTo } from '../../src/data/panel-summary.js';

describe('panelSummary', () => {
  it('counts the bundled panel: 21 cities, 1994–2021, 588 rows, balanced, 566 flagged rows', () => {
    const s = panelSummary(loadGuangdongPanel());
    expect(s).toMatchObject({ cities: 21, firstYear: 1994, lastYear: 2021, rows: 588, balanced: true, flaggedRows: 566 });
    expect(s.regions.map((r) => [r.region, r.cities.length])).toEqual([['PRD', 9], ['East', 4], ['West', 3], ['North', 5]]);
    expect(s.regions[0]?.cities.slice(0, 2)).toEqual(['广州', '深圳']);
    expect(s.flagCounts.reduce((m, f) => m + f.rows, 0)).toBeGreaterThanOrEqual(s.flaggedRows);
  });

  it('sees an unbalanced panel and a missing column', () => {
    const rows = [
      { city_code: 1, city_zh: 'A', region: 'PRD', year: 2000, flags: 'growth-nominal' },
      { city_code: 1, city_zh: 'A', region: 'PRD', year: 2001, flags: '' },
      { city_code: 2, city_zh: 'B', region: 'East', year: 2000, flags: '' },
    ];
    const s = panelSummary(rows);
    expect(s).toMatchObject({ cities: 2, years: [2000, 2001], rows: 3, balanced: false, flaggedRows: 1 });
    expect(s.flagCounts.find((f) => f.flag === 'growth-nominal')?.rows).toBe(1);
    expect(() => panelSummary([{ city_code: 1, year: 2000 }])).toThrow(/no "city_zh" column/);
  });
});

describe('provinceSummary', () => {
  it('stops at the report year and finds the span of both growth rates', () => {
    const p = provinceSummary(loadGuangdongProvince(), { to: 2015, from: 2006 });
    expect(p.lastYear).toBe(2015);
    expect(p.firstYear).toBe(1992);
    expect(p.rows[0]?.year).toBe(2006);
    expect(p.rows[p.rows.length - 1]?.year).toBe(2015);
    expect(p.growthFrom).toBe(2007);
    expect(p.growthTo).toBe(2015);
    const all = provinceSummary(loadGuangdongProvince());
    expect(all.lastYear).toBe(2022);
    expect(all.lastGdp).toBe(129118.58);
  });
});

describe('seriesBreaksUpTo', () => {
  it('leaves out the breaks after the report year', () => {
    const ids = seriesBreaksUpTo(2015).map((b) => b.id);
    expect(ids).toContain('growth-2013-nominal');
    expect(ids).toContain('per-capita-basis-2001');
    expect(ids).not.toContain('per-capita-census-2020');
    expect(ids).not.toContain('per-capita-2021-withheld');
    expect(seriesBreaksUpTo(null).length).toBe(seriesBreaksUpTo(2021).length);
    expect(seriesBreaksUpTo(2019).map((b) => b.id)).not.toContain('resident-census-2020');
  });
});
