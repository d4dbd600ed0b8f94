import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { readTabular } from '../../src/data/read-tabular.js';
import { readPanel } from '../../src/data/read-panel.js';
import { clipText, nearest } from '../../src/data/suggest.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

const dir = mkdtempSync(join(tmpdir(), 'prd-read-tabular-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
let previous: ReturnType<typeof setWarningHandler>;
beforeEach(() => {
  previous = setWarningHandler(() => undefined);
});
afterEach(() => {
  setWarningHandler(previous);
});

async function dataError(p: Promise<unknown>): Promise<DataError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(DataError);
  return e as DataError;
}

describe('readTabular: files that are not text', () => {
  it('says a ZIP archive renamed .csv is not text', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hello') });
    const e = await dataError(readTabular(file('zip.csv', zip)));
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(/not text: it is a ZIP archive/);
  });
  it('says a file with NUL bytes is not text, naming the byte', async () => {
    const e = await dataError(readTabular(file('nul.csv', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x00, 0x32]))));
    expect(e.message).toMatch(/NUL byte at byte 6/);
  });
  it('says a CSV renamed .xlsx is not a workbook', async () => {
    const e = await dataError(readTabular(file('text.xlsx', 'city,year\n广州,2010\n')));
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(/not an XLSX workbook/);
  });
});

describe('readTabular: encodings', () => {
  const gbkLine = iconv.encode('广州,2011,1\n', 'gbk');
  it('refuses a UTF-8 BOM followed by GBK bytes, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('city,year,gdp\n深圳,2010,1\n'), gbkLine]);
    const e = await dataError(readTabular(file('bom-gbk.csv', bytes)));
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(/mixed encodings.*line 3/);
    expect(e.row).toBe(2);
  });
  it('refuses UTF-8 Chinese lines next to GBK lines without a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from('city,year,gdp\n深圳市,2010,1\n'), gbkLine]);
    const e = await dataError(readTabular(file('utf8-gbk.csv', bytes)));
    expect(e.message).toMatch(/mixed encodings: line 2 is UTF-8.*line 3/);
  });
  it('still reads a pure GBK file and a pure UTF-8 file', async () => {
    const gbk = await readTabular(file('gbk.csv', iconv.encode('城市,年份\n广州市,2010\n深圳市,2011\n', 'gbk')));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.rows.map((r) => r.values[0])).toEqual(['广州市', '深圳市']);
    const utf = await readTabular(file('utf.csv', '城市,年份\n广州市,2010\n'));
    expect(utf.encoding).toBe('utf-8');
  });
  it('refuses bytes that are not UTF-8 when the encoding is given as UTF-8', async () => {
    const e = await dataError(readTabular(file('forced.csv', Buffer.concat([Buffer.from('city,year\n'), gbkLine])), { encoding: 'utf-8' }));
    expect(e.message).toMatch(/not valid UTF-8 \(first bad bytes on line 2\)/);
  });
});

describe('messages quote at most a short piece of a cell', () => {
  it('clipText keeps short text and cuts long text with its length', () => {
    expect(clipText('abc')).toBe('abc');
    expect(clipText('x'.repeat(1000), 5)).toBe('xxxxx… (1000 characters)');
    expect(clipText('a\nb')).toBe('a\\nb');
  });
  it('nearest gives no suggestion for a very long input', () => {
    expect(nearest('x'.repeat(1000), [{ label: 'x', value: 1 }])).toBeUndefined();
    expect(nearest('广州x', [{ label: '广州', value: 1 }])).toMatchObject({ value: 1, distance: 1 });
  });
  it('a 1 MB city cell gives a short message, fast', async () => {
    const big = '广'.repeat(1_000_000);
    const p = file('bigcity.csv', `city,year,gdp\n${big},2010,1\n`);
    const e = await dataError(readPanel(p));
    expect(e.code).toBe('unknown-city');
    expect(e.row).toBe(1);
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).toMatch(/… \(1000000 characters\)/);
  });
  it('a 1 MB number cell gives a short message', async () => {
    const p = file('bignum.csv', `city,year,gdp\n广州,2010,${'x'.repeat(1_000_000)}\n`);
    const e = await dataError(readPanel(p));
    expect(e.code).toBe('not-a-number');
    expect(e.column).toBe('gdp');
    expect(e.message.length).toBeLessThan(400);
  });
  it('1e400 is refused naming row and column (it would become Infinity)', async () => {
    const p = file('inf.csv', 'city,year,gdp\n广州,2010,1\n深圳,2010,1e400\n');
    const e = await dataError(readPanel(p));
    expect(e).toMatchObject({ code: 'not-a-number', row: 2, column: 'gdp' });
    expect(e.message).toMatch(/1e400.*Infinity/);
  });
});

describe('readTabular: XLSX formula cells', () => {
  it('names the problem when a formula has no cached value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['city', 'year', 'gdp']);
    ws.addRow(['广州', 2010, 1]);
    ws.getCell('C2').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
    const p = join(dir, 'nocache.xlsx');
    await wb.xlsx.writeFile(p);
    const e = await dataError(readTabular(p, { formulas: 'cached' }));
    expect(e).toMatchObject({ code: 'formula-cell', row: 1, column: 'gdp' });
    expect(e.message).toMatch(/C2 holds a formula \(=A1\*2\) with no cached value/);
  });
});

describe('readTabular: quote-free fast path gives the same rows as csv-parse', () => {
  it('same header, rows and row numbers with \\n or \\r\\n line ends, blank lines and a trailing blank', async () => {
    for (const nl of ['\n', '\r\n']) {
      const body = ['a,b,c', '1,x y, 2 ', '', '3,,4', '5,6,7', '', ''].join(nl);
      const fast = await readTabular(file('fast.csv', body));
      const slow = await readTabular(file('slow.csv', body.replace('a,b,c', '"a",b,c')));
      expect(fast.header).toEqual(['a', 'b', 'c']);
      expect(fast.rows).toEqual(slow.rows);
      expect(fast.rows).toEqual([
        { row: 1, values: ['1', 'x y', ' 2 '] },
        { row: 3, values: ['3', '', '4'] },
        { row: 4, values: ['5', '6', '7'] },
      ]);
    }
    // mixed line ends: both keep the \r of a \r\n line when the first line ends in \n
    const mixed = 'a,b\n1,2\r\n3,4\n';
    const f = await readTabular(file('mixed-fast.csv', mixed));
    const s = await readTabular(file('mixed-slow.csv', mixed.replace('a,b', '"a",b')));
    expect(f.rows).toEqual(s.rows);
  });
  it('a ragged row is refused on the fast path with its row', async () => {
    const e = await dataError(readTabular(file('ragged-fast.csv', 'a,b\n1,2\n3\n')));
    expect(e).toMatchObject({ code: 'ragged-row', row: 2 });
  });
});
