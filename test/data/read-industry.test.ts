import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler } from '../../src/core/warnings.js';
import { INDUSTRY_COLUMNS, industryRowsFromRecords, readIndustry } from '../../src/data/read-industry.js';

setWarningHandler(() => {});
const dir = mkdtempSync(join(tmpdir(), 'industry-'));
const templates = new URL('../../data/templates/', import.meta.url);
const ZH = ['城市', '年份', '行业代码', '行业名称', '行业分类版本', '统计口径', '指标', '数值', '单位'];
const LONG: Array<Array<string | number>> = [
  ['广州', 2010, '39', '通信设备', '2002', '全部', '增加值', 30, '亿元'],
  ['广州', 2010, 'J', '金融业', '2002', '全部', '增加值', 250000, '万元'],
  ['广州', 2010, 'TOTAL', '合计', '2002', '全部', '增加值', 100, '亿元'],
  ['深圳', 2010, '39', '通信设备', '2002', '全部', '增加值', 50, '亿元'],
];
const expected = [
  { city: '广州', city_code: 440100, year: 2010, industry_code: '39', edition: '2002', scope: 'all', indicator: 'value-added', value: 30, unit: '亿元', value_yi: 30 },
  { city: '广州', industry_code: 'J', value: 250000, unit: '万元', value_yi: 25 },
  { city: '广州', industry_code: 'TOTAL', value_yi: 100 },
  { city: '深圳', industry_code: '39', value_yi: 50 },
];
const csv = (header: readonly string[], rows: Array<Array<string | number>>) => [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
const fails = async (p: Promise<unknown>) => (await p.then(() => { throw new Error('accepted'); }, (e: unknown) => e)) as DataError;

describe('the industry templates', () => {
  it('industry.csv: header, notes and examples are comments; a filled row reads', async () => {
    const text = readFileSync(new URL('industry.csv', templates), 'utf8');
    expect(text.split('\r\n')[0]).toBe(INDUSTRY_COLUMNS.join(','));
    const p = join(dir, 'filled.csv');
    writeFileSync(p, text + '珠海,2015,C,制造业,2011,规模以上,,900,亿元\r\n');
    const t = await readIndustry(p);
    expect([t.commentRows, t.rows.length, t.sources[0]!.row, t.form]).toEqual([4, 1, 5, 'long']);
    expect(t.rows[0]).toMatchObject({ city: '珠海', industry_code: 'C', scope: 'above-scale', indicator: 'value-added', edition: '2011' });
  });

  it('industry.xlsx reads the same way; an unfilled template is refused as empty', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(new URL('industry.xlsx', templates).pathname);
    wb.worksheets[0]!.addRow(['珠海', 2015, 'C', '制造业', 2011, 'above-scale', null, 900, '亿元']);
    const p = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(p);
    const t = await readIndustry(p);
    expect(t.rows.map((r) => [r.city, r.year, r.industry_code, r.edition, r.value])).toEqual([['珠海', 2015, 'C', '2011', 900]]);
    expect((await fails(readIndustry(new URL('industry.csv', templates).pathname))).code).toBe('empty');
    expect((await fails(readIndustry(new URL('industry-wide.xlsx', templates).pathname))).code).toBe('empty');
  });
});

describe('readIndustry round trips (Chinese headers)', () => {
  it('CSV in UTF-8 and in GBK, and XLSX, give the same typed rows', async () => {
    const utf8 = join(dir, 'zh.csv');
    writeFileSync(utf8, csv(ZH, LONG));
    const gbk = join(dir, 'zh-gbk.csv');
    writeFileSync(gbk, iconv.encode(csv(ZH, LONG), 'gbk'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(ZH);
    LONG.forEach((r) => ws.addRow(r));
    const xlsx = join(dir, 'zh.xlsx');
    await wb.xlsx.writeFile(xlsx);
    for (const p of [utf8, gbk, xlsx]) {
      const t = await readIndustry(p);
      expect(t.rows).toHaveLength(4);
      expected.forEach((e, i) => expect(t.rows[i]).toMatchObject(e));
    }
  });

  it('the wide form (one sheet per year, cities as columns) gives the same rows as the long form', async () => {
    const long = industryRowsFromRecords([
      ...['广州', '深圳'].flatMap((city, k) => [
        { city, year: 2011, industry_code: '39', edition: '2002', scope: 'all', value: 10 + k, unit: '亿元' },
        { city, year: 2011, industry_code: 'J', edition: '2002', scope: 'all', value: 20 + k, unit: '亿元' },
        { city, year: 2012, industry_code: '39', edition: '2011', scope: 'all', value: 30 + k, unit: '亿元' },
      ]),
      { city: '广州', year: 2012, industry_code: 'J', edition: '2011', scope: 'all', value: 40, unit: '亿元' },
    ], 'long');
    const wb = new ExcelJS.Workbook();
    const s11 = wb.addWorksheet('2011');
    s11.addRow(['行业代码', '行业名称', '广州', '深圳']);
    s11.addRow(['# 表式=宽表 版本=2002 口径=全部 单位=亿元 (year from the sheet name) SYNTHETIC']);
    s11.addRow(['39', null, 10, 11]);
    s11.addRow(['J', null, 20, 21]);
    const s12 = wb.addWorksheet('2012');
    s12.addRow(['industry_code', '广州', '深圳']);
    s12.addRow(['# form=wide year=2012 edition=2011 scope=all unit=亿元']);
    s12.addRow(['39', 30, 31]);
    s12.addRow(['J', 40, null]); // empty cell: no value for 深圳
    wb.addWorksheet('README').addRow(['notes']);
    const p = join(dir, 'wide.xlsx');
    await wb.xlsx.writeFile(p);
    const t = await readIndustry(p);
    expect([t.form, t.synthetic, t.commentRows]).toEqual(['wide', true, 2]);
    const key = (r: { city: string; year: number; industry_code: string }) => `${r.city}${r.year}${r.industry_code}`;
    const strip = (rows: typeof t.rows) => rows.map(({ industry_name: _n, ...r }) => r).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(strip(t.rows)).toEqual(strip(long.rows));
    // a wide CSV (one year)
    const wcsv = join(dir, 'wide.csv');
    writeFileSync(wcsv, 'industry_code,广州,深圳\n# form=wide year=2011 edition=2002 scope=all unit=亿元,,\n39,10,11\nJ,20,21\n');
    expect(strip((await readIndustry(wcsv)).rows)).toEqual(strip(long.rows.filter((r) => r.year === 2011)));
  });
});

describe('readIndustry refuses bad input, naming file, row and column', () => {
  const write = (name: string, rows: Array<Array<string | number>>) => { const p = join(dir, name); writeFileSync(p, csv(INDUSTRY_COLUMNS, rows)); return p; };
  const r = (city: string, code: string, value: number | string, edition = '2011', year = 2012): Array<string | number> => [city, year, code, '', edition, 'all', '', value, '亿元'];

  it('industries summing to more than the TOTAL', async () => {
    const e = await fails(readIndustry(write('over.csv', [r('广州', '39', 60), r('广州', '13', 50), r('广州', 'TOTAL', 100)])));
    expect([e.code, e.file, e.row, e.column]).toEqual(['out-of-range', 'over.csv', 3, 'value']);
    expect(e.message).toContain('sum to 110 亿元, more than the TOTAL 100 亿元');
  });
  it('a section and one of its divisions, or a division and its group (double counting)', async () => {
    const e = await fails(readIndustry(write('nest.csv', [r('广州', 'J', 60), r('广州', '66', 5)])));
    expect([e.code, e.row, e.column]).toEqual(['invalid', 2, 'industry_code']);
    expect((await fails(readIndustry(write('nest2.csv', [r('广州', '39', 6), r('广州', '391', 5)])))).row).toBe(2);
  });
  it('mixed editions within a city-year, an unknown city, a bad code, a negative value, a duplicate', async () => {
    expect((await fails(readIndustry(write('mix.csv', [r('广州', '39', 6), r('广州', '13', 5, '2002')])))).column).toBe('edition');
    const city = await fails(readIndustry(write('city.csv', [r('广洲', '39', 6)])));
    expect([city.code, city.row, city.column]).toEqual(['unknown-city', 1, 'city']);
    expect((await fails(readIndustry(write('code.csv', [r('广州', 'X9', 6)])))).column).toBe('industry_code');
    expect((await fails(readIndustry(write('neg.csv', [r('广州', '39', -1)])))).code).toBe('out-of-range');
    expect((await fails(readIndustry(write('dup.csv', [r('广州', '39', 1), r('广州市', '39', 2)])))).code).toBe('duplicate-key');
  });
  it('a wide sheet without the year or with a non-number names the sheet, row and city', async () => {
    const p = join(dir, 'wbad.csv');
    writeFileSync(p, 'industry_code,广州\n# form=wide edition=2002 scope=all unit=亿元,\n39,10\n');
    expect((await fails(readIndustry(p))).code).toBe('missing-column');
    writeFileSync(p, 'industry_code,广州,深圳\n# form=wide year=2011 edition=2002 scope=all unit=亿元,,\n39,10,abc\n');
    const e = await fails(readIndustry(p));
    expect([e.code, e.row, e.column]).toEqual(['not-a-number', 2, '深圳']);
  });
});
