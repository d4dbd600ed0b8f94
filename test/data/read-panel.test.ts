import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import * as aq from 'arquero';
import { readPanel, panelFromRecords } from '../../src/data/read-panel.js';
import { readTabular } from '../../src/data/read-tabular.js';
import { validateRecords } from '../../src/data/validate-records.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

const dir = mkdtempSync(join(tmpdir(), 'prd-read-panel-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
let warnings: DataWarning[] = [];
let previous: ReturnType<typeof setWarningHandler>;
beforeEach(() => {
  warnings = [];
  previous = setWarningHandler((w) => warnings.push(w));
});
afterEach(() => {
  setWarningHandler(previous);
});

/** Expect a DataError with the given code, row and column. */
async function expectDataError(p: Promise<unknown> | (() => unknown), code: string, row?: number, column?: string): Promise<DataError> {
  let err: unknown;
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DataError);
  const d = err as DataError;
  expect(d.code).toBe(code);
  if (row !== undefined) expect(d.row).toBe(row);
  if (column !== undefined) expect(d.column).toBe(column);
  return d;
}

const CSV = 'city,year,gdp,population_resident\n广州,2010,"10,748.28",1270.08\n深圳,2010,9581.51,1037.2\n';

describe('readPanel: CSV', () => {
  it('reads a UTF-8 CSV, resolves cities and accepts thousands separators', async () => {
    const t = await readPanel(file('utf8.csv', CSV));
    expect(t.columnNames()).toEqual(['city_code', 'city_zh', 'city_en', 'region', 'year', 'gdp', 'population_resident']);
    expect(t.objects()[0]).toEqual({ city_code: 440100, city_zh: '广州', city_en: 'Guangzhou', region: 'PRD', year: 2010, gdp: 10748.28, population_resident: 1270.08 });
  });
  it('reads UTF-8 with BOM and GBK (auto-detected)', async () => {
    const bom = await readPanel(file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)])));
    expect(bom.get('city_zh', 1)).toBe('深圳');
    const gbkText = '城市,年份,地区生产总值\n广州市,2010,10748.28\n汕头市,2011,1275.9\n';
    const p = file('gbk.csv', iconv.encode(gbkText, 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(p))).toThrow();
    const tab = await readTabular(p);
    expect(tab.encoding).toBe('gb18030');
    expect(tab.header).toEqual(['城市', '年份', '地区生产总值']);
    const t = await readPanel(p);
    expect(t.objects()).toEqual([
      { city_code: 440100, city_zh: '广州', city_en: 'Guangzhou', region: 'PRD', year: 2010, gdp: 10748.28 },
      { city_code: 440500, city_zh: '汕头', city_en: 'Shantou', region: 'East', year: 2011, gdp: 1275.9 },
    ]);
  });
  it('refuses an empty file and a header without rows', async () => {
    await expectDataError(readPanel(file('empty.csv', '')), 'empty');
    await expectDataError(readPanel(file('header-only.csv', 'city,year,gdp\n')), 'empty');
  });
  it('refuses a missing key column, naming it', async () => {
    const e = await expectDataError(readPanel(file('no-year.csv', 'city,gdp\n广州,1\n')), 'missing-column', 0, 'year');
    expect(e.message).toMatch(/city, gdp/);
    await expectDataError(readPanel(file('no-city.csv', 'year,gdp\n2010,1\n')), 'missing-column', 0);
  });
  it('refuses a duplicate city-year, also when a name and a code mean the same city', async () => {
    const e = await expectDataError(readPanel(file('dup.csv', 'city,year,gdp\n广州,2010,1\n深圳,2010,2\n440100,2010,3\n')), 'duplicate-key', 3, 'city');
    expect(e.message).toMatch(/first at row 1/);
  });
  it('refuses an unknown city and suggests the nearest by name or code', async () => {
    const e = await expectDataError(readPanel(file('unknown.csv', 'city,year,gdp\n广州,2010,1\nGuangzou,2010,2\n')), 'unknown-city', 2, 'city');
    expect(e.message).toMatch(/did you mean 广州/);
    const c = await expectDataError(readPanel(file('unknown-code.csv', 'city_code,year,gdp\n440301,2010,2\n')), 'unknown-city', 1, 'city_code');
    expect(c.message).toMatch(/440300|440301/);
    expect(c.message).toMatch(/did you mean/);
  });
  it('refuses "n/a" in a number column unless declared missing', async () => {
    const p = file('na.csv', 'city,year,gdp\n广州,2010,n/a\n');
    const e = await expectDataError(readPanel(p), 'not-a-number', 1, 'gdp');
    expect(e.message).toMatch(/missing/);
    const t = await readPanel(p, { missing: ['', 'n/a'] });
    expect(t.get('gdp', 0)).toBeNull();
    await expectDataError(readPanel(file('pct.csv', 'city,year,gdp_real_growth\n广州,2010,8.5%\n')), 'not-a-number', 1, 'gdp_real_growth');
  });
  it('refuses zero or negative population', async () => {
    await expectDataError(readPanel(file('pop0.csv', 'city,year,population_resident\n广州,2010,0\n')), 'out-of-range', 1, 'population_resident');
    await expectDataError(readPanel(file('popneg.csv', 'city,year,population_registered\n广州,2010,1\n深圳,2010,-5\n')), 'out-of-range', 2, 'population_registered');
  });
  it('warns when a level is 10 000× off its declared unit (万元 given for 亿元)', async () => {
    const got: DataWarning[] = [];
    const t = await readPanel(file('wan.csv', 'city,year,gdp\n广州,2010,107482828\n汕尾,2010,465.0789\n'), { onWarning: (w) => got.push(w) });
    expect(t.get('gdp', 0)).toBe(107482828);
    const w = got.filter((x) => x.code === 'unit-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ row: 1, column: 'gdp', file: 'wan.csv' });
    expect(w[0]!.message).toMatch(/亿元/);
    expect(warnings.some((x) => x.code === 'unit-mismatch')).toBe(true);
    // against the bundled value (not the plausible range): 汕尾 2010 in 万元 is 4 650 789
    const got2: DataWarning[] = [];
    await readPanel(file('wan2.csv', 'city,year,gdp\n汕尾,2010,4650789\n'), { onWarning: (x) => got2.push(x) });
    expect(got2.map((x) => x.code)).toEqual(['unit-mismatch']);
    expect(got2[0]!.message).toMatch(/10 000× larger than the bundled 汕尾 2010 value 465.0789/);
  });
  it('warns when a growth rate looks 100-based, naming row and column', async () => {
    const got: DataWarning[] = [];
    const t = await readPanel(file('index.csv', 'city,year,gdp_real_growth\n汕头,2013,10\n汕头,2014,109.0\n'), { onWarning: (w) => got.push(w) });
    expect(t.get('gdp_real_growth', 1)).toBe(109);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ code: 'index-like-growth', row: 2, column: 'gdp_real_growth' });
    expect(got[0]!.message).toMatch(/9\.0 %/);
  });
  it('refuses __proto__ and constructor as headers', async () => {
    await expectDataError(readPanel(file('proto.csv', 'city,year,__proto__\n广州,2010,1\n')), 'unsafe-header', 0, '__proto__');
    await expectDataError(readPanel(file('ctor.csv', 'city,year,constructor\n广州,2010,1\n')), 'unsafe-header', 0, 'constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses ragged rows', async () => {
    await expectDataError(readPanel(file('ragged.csv', 'city,year,gdp\n广州,2010,1\n深圳,2010,2,3\n')), 'ragged-row', 2);
    await expectDataError(readPanel(file('short.csv', 'city,year,gdp\n广州,2010\n')), 'ragged-row', 1);
  });
  it('refuses a missing file and old .xls', async () => {
    await expectDataError(readPanel(join(dir, 'nope.csv')), 'unreadable');
    await expectDataError(readPanel(file('old.xls', 'x')), 'unreadable');
  });
});

async function writeXlsx(name: string, rows: unknown[][], formula = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('panel');
  for (const r of rows) ws.addRow(r);
  if (formula) ws.getCell('C3').value = { formula: 'C2*2', result: 21496.56 } as ExcelJS.CellFormulaValue;
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

describe('readPanel: XLSX (exceljs)', () => {
  it('reads values, numbers and text cells', async () => {
    const p = await writeXlsx('ok.xlsx', [['city', 'year', 'gdp', 'note'], ['广州市', 2010, 10748.28, 'x'], ['Shenzhen', 2010, '9,581.51', null]]);
    const t = await readPanel(p);
    expect(t.objects()).toEqual([
      { city_code: 440100, city_zh: '广州', city_en: 'Guangzhou', region: 'PRD', year: 2010, gdp: 10748.28, note: 'x' },
      { city_code: 440300, city_zh: '深圳', city_en: 'Shenzhen', region: 'PRD', year: 2010, gdp: 9581.51, note: null },
    ]);
  });
  it('refuses a formula cell by default, and uses the cached value with a warning on request', async () => {
    const p = await writeXlsx('formula.xlsx', [['city', 'year', 'gdp'], ['广州', 2010, 10748.28], ['广州', 2011, 0]], true);
    const e = await expectDataError(readPanel(p), 'formula-cell', 2, 'gdp');
    expect(e.message).toMatch(/C3/);
    expect(e.message).toMatch(/Paste Special/);
    const got: DataWarning[] = [];
    const t = await readPanel(p, { formulas: 'cached', onWarning: (w) => got.push(w) });
    expect(t.get('gdp', 1)).toBe(21496.56);
    expect(got.map((w) => w.code)).toEqual(['formula-cached']);
  });
  it('refuses a stray cell outside the named columns and an unsafe header', async () => {
    const p = await writeXlsx('stray.xlsx', [['city', 'year', 'gdp'], ['广州', 2010, 1, 'stray']]);
    await expectDataError(readPanel(p), 'ragged-row', 1);
    const q = await writeXlsx('proto.xlsx', [['city', 'year', '__proto__'], ['广州', 2010, 1]]);
    await expectDataError(readPanel(q), 'unsafe-header', 0, '__proto__');
  });
  it('refuses an empty worksheet', async () => {
    const p = await writeXlsx('empty.xlsx', []);
    await expectDataError(readPanel(p), 'empty');
  });
});

describe('panelFromRecords', () => {
  it('never modifies its input (frozen records) and returns typed columns', () => {
    const rows = Object.freeze([
      Object.freeze({ city: '汕头', year: '2014', gdp_real_growth: '9.0', population_registered: '546.57' }),
      Object.freeze({ city: 'Chaozhou', year: 2014, gdp_real_growth: 7.5, population_registered: null }),
    ]);
    const snapshot = JSON.stringify(rows);
    const t = panelFromRecords(rows);
    expect(JSON.stringify(rows)).toBe(snapshot);
    expect(t.array('year')).toEqual([2014, 2014]);
    expect(t.array('gdp_real_growth')).toEqual([9, 7.5]);
    expect(t.array('region')).toEqual(['East', 'East']);
  });
  it('accepts an arquero table and a DataFrame-like object', () => {
    const t = panelFromRecords(aq.table({ city_code: [440100], year: [2010], gdp: [1] }));
    expect(t.get('city_zh', 0)).toBe('广州');
    const d = panelFromRecords({ columns: ['city', 'year'], values: [['湛江', 2010]] });
    expect(d.get('region', 0)).toBe('West');
  });
  it('refuses an empty array, __proto__ keys from JSON and unknown regions', () => {
    expect(() => panelFromRecords([])).toThrow(DataError);
    const polluted = JSON.parse('[{"city":"广州","year":2010,"__proto__":{"x":1}}]') as Record<string, unknown>[];
    expect(() => panelFromRecords(polluted)).toThrow(/__proto__/);
    expect(() => panelFromRecords([{ city: '广州', year: 2010, region: 'South' }])).toThrow(DataError);
  });
  it('warns when a given region differs from the official one', () => {
    const got: DataWarning[] = [];
    const t = panelFromRecords([{ city: '肇庆', year: 2010, region: 'North' }], { onWarning: (w) => got.push(w) });
    expect(t.get('region', 0)).toBe('PRD');
    expect(got.map((w) => w.code)).toEqual(['region-mismatch']);
  });
  it("keeps non-Guangdong units as given with cities: 'any'", () => {
    const t = panelFromRecords([{ city: '苏州', year: 2010, gdp: 9228.9 }], { cities: 'any' });
    expect(t.objects()).toEqual([{ unit: '苏州', year: 2010, gdp: 9228.9 }]);
  });
  it('reads a share above 100 as an error', () => {
    expect(() => panelFromRecords([{ city: '广州', year: 2010, primary_share: 170 }])).toThrow(/maximum 100/);
  });
});

describe('validateRecords (generic machinery)', () => {
  it('validates against a declared schema with aliases, keys and categories', () => {
    const schema = {
      columns: {
        park: { type: 'string' as const, required: true },
        year: { type: 'integer' as const, required: true, aliases: ['年份'] },
        grade: { type: 'string' as const, values: ['优秀', '合格', '不合格'] },
        output: { type: 'number' as const, unit: '亿元', min: 0 },
      },
      keys: ['park', 'year'],
    };
    const ok = validateRecords([{ park: 'A', 年份: '2013', grade: '优秀', output: '1,200' }], schema, 'parks.csv');
    expect(ok.records).toEqual([{ park: 'A', year: 2013, grade: '优秀', output: 1200 }]);
    expect(ok.columns).toEqual(['park', 'year', 'grade', 'output']);
    expect(() => validateRecords([{ park: 'A', year: 2013, grade: '好' }], schema, 'parks.csv')).toThrow(/not one of/);
    expect(() => validateRecords([{ park: 'A', year: 2013 }, { park: 'A', year: 2013 }], schema, 'parks.csv')).toThrow(/appears twice/);
    expect(() => validateRecords([{ park: 'A', year: 2013.5 }], schema, 'parks.csv')).toThrow(/whole number/);
  });
});
