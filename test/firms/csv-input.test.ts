import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { csvReadError, readCsvHeader } from '../../src/firms/csv-input.js';

const dir = mkdtempSync(join(tmpdir(), 'firms-csv-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('readCsvHeader', () => {
  it('reads a comma or tab header, trimmed, after a BOM', () => {
    expect(readCsvHeader(write('a.csv', '\ufefffirm_id, year ,output\n1,2010,5\n'), 'a.csv')).toEqual({ header: ['firm_id', 'year', 'output'], delimiter: ',' });
    expect(readCsvHeader(write('b.tsv', 'firm_id\tyear\n1\t2010\n'), 'b.tsv')).toEqual({ header: ['firm_id', 'year'], delimiter: '\t' });
  });
  it('refuses a duplicate header name and a blank first line', () => {
    expect(() => readCsvHeader(write('d.csv', 'year,year\n1,2\n'), 'd.csv')).toThrow(/appears twice/);
    const e = (() => { try { readCsvHeader(write('blank.csv', '\n1,2\n'), 'blank.csv'); } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(DataError);
    expect(e).toMatchObject({ code: 'empty', row: 0 });
  });
  it('names the first line that is not UTF-8', () => {
    const body = 'firm_id,year\n' + '1,2010\n'.repeat(10) + '\u5e7f\u5dde,2011\n';
    const bytes = Buffer.concat([Buffer.from(body.slice(0, body.indexOf('\u5e7f'))), Buffer.from([0xb9, 0xe3, 0xd6, 0xdd]), Buffer.from(',2011\n')]);
    expect(() => readCsvHeader(write('gbk.csv', bytes), 'gbk.csv')).toThrow(/line 12 holds bytes that are not UTF-8/);
  });
});

describe('csvReadError', () => {
  const duck = (body: string): Error => new Error(`Invalid Input Error: CSV Error on Line: 7\n${body}\n\n  file = /data/part-2.csv\n  delimiter = ,\n`);
  it('turns a column-count error into ragged-row with the file and data row', () => {
    const e = csvReadError(duck('Original Line: 1,2\nExpected Number of Columns: 3 Found: 2'), 'x.csv')!;
    expect(e).toMatchObject({ code: 'ragged-row', row: 6, file: '/data/part-2.csv' });
    expect(e.message).toMatch(/line 7 has fewer cells than the header \(2 instead of 3\)/);
  });
  it('turns an unterminated quote into unreadable naming the line', () => {
    const e = csvReadError(duck('Original Line: "a,1\nValue with unterminated quote found.'), 'x.csv')!;
    expect(e).toMatchObject({ code: 'unreadable', row: 6 });
    expect(e.message).toMatch(/line 7 opens a quote that is never closed/);
  });
  it('leaves other errors alone', () => {
    expect(csvReadError(new Error('IO Error: No files found'), 'x.csv')).toBeUndefined();
  });
});
