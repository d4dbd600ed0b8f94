import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { toDanfo, fromDanfo } from '../../src/interop/danfo.js';
import { loadGuangdongPanel, loadGuangdongProvince } from '../../src/data/panel.js';
import { panelFromRecords } from '../../src/data/read-panel.js';

describe('toDanfo / fromDanfo', () => {
  it('round-trips the bundled city panel exactly (numbers, strings, nulls, column order)', async () => {
    const t = loadGuangdongPanel({ from: 1990 });
    const df = await toDanfo(t);
    expect(df.shape).toEqual([668, 26]);
    const back = fromDanfo(df);
    expect(back.columnNames()).toEqual(t.columnNames());
    expect(back.objects()).toEqual(t.objects());
    expect(back.get('gdp', 0)).toBe(t.get('gdp', 0));
  });
  it('round-trips the province table and an empty table', async () => {
    const p = loadGuangdongProvince();
    expect(fromDanfo(await toDanfo(p)).objects()).toEqual(p.objects());
    const empty = aq.table({ a: [], b: [] });
    const e = fromDanfo(await toDanfo(empty));
    expect(e.numRows()).toBe(0);
  });
  it('turns danfo NaN into null and accepts a DataFrame where a table is accepted', async () => {
    const df = await toDanfo([{ city: '广州', year: 2010, gdp: Number.NaN }]);
    expect(fromDanfo(df).get('gdp', 0)).toBeNull();
    const t = panelFromRecords(await toDanfo([{ city: '湛江', year: 2010, gdp: 1402.84 }]));
    expect(t.objects()).toEqual([{ city_code: 440800, city_zh: '湛江', city_en: 'Zhanjiang', region: 'West', year: 2010, gdp: 1402.84 }]);
  });
  it('handles a one-column DataFrame', async () => {
    const df = await toDanfo(aq.table({ year: [2010, 2011] }));
    expect(fromDanfo(df).array('year')).toEqual([2010, 2011]);
  });
});
