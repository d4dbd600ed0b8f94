// Input policy of openFirmPanel (issue 10 §1): non-finite numbers, non-integer or implausible
// years, malformed CSV, empty and non-text files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { zipSync, strToU8 } from 'fflate';
import { DuckDBInstance } from '@duckdb/node-api';
import { DataError } from '../../src/core/errors.js';
import { openFirmPanel, outputMovedOut } from '../../src/firms/index.js';
import { collectWarnings, openQuiet } from './helpers.js';

const HEADER = 'firm_id,year,city_code,industry_code,industry_edition,output,employment';
const dir = mkdtempSync(join(tmpdir(), 'firms-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
async function refused(path: string): Promise<DataError> {
  const { value } = await collectWarnings(() => openFirmPanel(path).then(() => undefined, (e: unknown) => e));
  expect(value).toBeInstanceOf(DataError);
  return value as DataError;
}
const counts = (p: { report: { problems: { code: string; count: number }[] } }): Record<string, number> =>
  Object.fromEntries(p.report.problems.map((x) => [x.code, x.count]));

describe('openFirmPanel: numbers that are not finite', () => {
  // firm 1 moves 深圳 → 河源 in 2011 with a clean output; firm 2 moves 广州 → 梅州 but its
  // output before the move is NaN/inf: those rows are excluded, so no move of firm 2 is seen.
  const rows = [
    '1,2010,440300,3911,2011,100,10', // row 1
    '1,2011,441600,3911,2011,110,11', // row 2
    '2,2010,440100,3911,2011,NaN,5', // row 3
    '2,2011,441400,3911,2011,60,5', // row 4
    '3,2010,440100,3911,2011,inf,5', // row 5
    '4,2010,440100,3911,2011,-Infinity,5', // row 6
    '5,2010,440100,3911,2011,1e400,5', // row 7
    '6,2010,440100,3911,2011,7,Infinity', // row 8
    '7,2010,440100,3911,2011,1_000,5', // row 9
  ];
  it('excludes NaN, inf, -Infinity and 1e400 outputs with counted warnings naming the rows', async () => {
    const { panel, warnings } = await openQuiet(write('nonfinite.csv', [HEADER, ...rows].join('\n') + '\n'));
    expect(panel.report.rowsRead).toBe(9);
    expect(panel.report.rowsUsable).toBe(3);
    expect(counts(panel)).toEqual({ 'non-finite-output': 4, 'non-finite-employment': 1, 'not-a-number-output': 1 });
    const nf = panel.report.problems.find((p) => p.code === 'non-finite-output')!;
    expect(nf.examples.map((e) => e.row)).toEqual([3, 5, 6, 7]);
    expect(nf.examples.map((e) => e.output)).toEqual([NaN, Infinity, -Infinity, Infinity]);
    expect(panel.report.problems.find((p) => p.code === 'non-finite-employment')!.examples[0]!.row).toBe(8);
    expect(panel.report.problems.find((p) => p.code === 'not-a-number-output')!.examples[0]!.row).toBe(9);
    expect(warnings.filter((w) => w.code === 'firm-bad-rows')).toHaveLength(3);
    expect(warnings.some((w) => /not a finite number/.test(w.message) && w.row === 3)).toBe(true);
    const bad = await panel.query('SELECT count(*)::INTEGER AS n FROM firms WHERE NOT isfinite(output) OR NOT isfinite(employment)');
    expect(bad.get('n', 0)).toBe(0);
    // outputMovedOut: only firm 1's 100 left 深圳; nothing (no NaN) for 广州.
    const out = await outputMovedOut(panel, { year: 2011 });
    const codes = out.array('city_code') as number[];
    const moved = out.array('output_moved_out') as number[];
    const byCity = Object.fromEntries(codes.map((c, i) => [c, moved[i]]));
    expect(byCity[440300]).toBe(100);
    expect(byCity[440100]).toBe(0);
    await panel.close();
  });

  it('excludes NaN and Infinity read from Parquet too', async () => {
    const p = join(dir, 'nonfinite.parquet');
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    await conn.run(`COPY (SELECT * FROM (VALUES
      ('1', 2010.0, 440300, '3911', 2011, 100.0), ('1', 2011.0, 441600, '3911', 2011, 110.0),
      ('2', 2010.0, 440100, '3911', 2011, 'NaN'::DOUBLE), ('3', 2010.0, 440100, '3911', 2011, 'inf'::DOUBLE),
      ('4', 2010.6, 440100, '3911', 2011, 5.0), ('5', 20110.0, 440100, '3911', 2011, 5.0))
      t(firm_id, year, city_code, industry_code, industry_edition, output)) TO '${p}' (FORMAT parquet)`);
    conn.closeSync();
    inst.closeSync();
    const { panel } = await openQuiet(p);
    expect(counts(panel)).toEqual({ 'non-finite-output': 2, 'not-a-number-year': 1, 'implausible-year': 1 });
    expect(panel.report.problems.find((x) => x.code === 'not-a-number-year')!.examples[0]).toMatchObject({ row: 5, year: 2010.6 });
    await panel.close();
  });
});

describe('openFirmPanel: years', () => {
  it('does not round 2010.6 (which would invent a move) and refuses 20110, naming the rows', async () => {
    const text = [HEADER,
      '1,2010,440300,3911,2011,100,10',
      '1,2010.6,441600,3911,2011,100,10', // would round to 2011 and become a move
      '1,20110,441600,3911,2011,100,10',
      '2,2010,440300,3911,2011,100,10',
      '2,2011,440300,3911,2011,100,10',
      '3,1948,440300,3911,2011,100,10',
    ].join('\n') + '\n';
    const { panel } = await openQuiet(write('years.csv', text));
    expect(counts(panel)).toEqual({ 'not-a-number-year': 1, 'implausible-year': 2 });
    const frac = panel.report.problems.find((p) => p.code === 'not-a-number-year')!;
    expect(frac.examples[0]).toMatchObject({ row: 2, year: 2010.6 });
    expect(frac.message).toMatch(/not rounded/);
    const far = panel.report.problems.find((p) => p.code === 'implausible-year')!;
    expect(far.examples.map((e) => [e.row, e.year])).toEqual([[3, 20110], [6, 1948]]);
    const moves = await panel.query('SELECT count(*)::INTEGER AS n FROM firms WHERE firm_id = \'1\'');
    expect(moves.get('n', 0)).toBe(1);
    expect(panel.years).toEqual([2010, 2011]);
    await panel.close();
  });
});

describe('openFirmPanel: malformed CSV is refused, naming the line', () => {
  it('an unclosed quote (which used to give a firm id "f1 and lose the next row)', async () => {
    const e = await refused(write('quote.csv', `${HEADER}\n1,2010,440300,3911,2011,5,1\n"f1,2011,440300,3911,2011,6,1\n2,2011,440300,3911,2011,7,1\n`));
    expect(e.code).toBe('unreadable');
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/line 3 opens a quote that is never closed/);
  });
  it('a row with too few or too many cells', async () => {
    const few = await refused(write('few.csv', `${HEADER}\n1,2010,440300,3911,2011,5,1\n1,2011,440300,3911,2011,6\n`));
    expect(few).toMatchObject({ code: 'ragged-row', row: 2 });
    expect(few.message).toMatch(/line 3 has fewer cells than the header \(6 instead of 7\)/);
    const many = await refused(write('many.csv', `${HEADER}\n1,2010,440300,3911,2011,5,1,9\n`));
    expect(many).toMatchObject({ code: 'ragged-row', row: 1 });
  });
  it('names the file of a glob that holds the bad line', async () => {
    write('g-1.csv', `${HEADER}\n1,2010,440300,3911,2011,5,1\n`);
    write('g-2.csv', `${HEADER}\n1,2011,440300,3911,2011,5\n`);
    const e = await refused(join(dir, 'g-*.csv'));
    expect(e.code).toBe('ragged-row');
    expect(e.file).toMatch(/g-2\.csv$/);
  });
  it('refuses a glob whose files have different headers', async () => {
    write('h-1.csv', `${HEADER}\n1,2010,440300,3911,2011,5,1\n`);
    write('h-2.csv', 'firm_id,year,city_code,industry_code,industry_edition,output\n1,2011,440300,3911,2011,5\n');
    const e = await refused(join(dir, 'h-*.csv'));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/different headers/);
  });
});

describe('openFirmPanel: empty, header-only and non-text files', () => {
  it('an empty file says so (not "no column firm_id; found column0")', async () => {
    const e = await refused(write('empty.csv', ''));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/empty \(0 bytes\)/);
    expect(e.message).not.toMatch(/column0/);
  });
  it('a header-only file says it has no data rows', async () => {
    const e = await refused(write('header.csv', `${HEADER}\n`));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/header but no data rows/);
  });
  it('a ZIP archive renamed .csv says it is not text', async () => {
    const e = await refused(write('book.csv', zipSync({ 'x.xml': strToU8('<a/>') })));
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(/not text: it is a ZIP archive/);
  });
  it('a UTF-8 BOM followed by GBK bytes says the encodings are mixed, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\n1,2010,440300,3911,2011,5,1\n`), iconv.encode('广州,2011,440100,3911,2011,5,1\n', 'gbk')]);
    const e = await refused(write('mixed.csv', bytes));
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(/mixed encodings.*line 3/);
    expect(e.row).toBe(2);
  });
  it('a GBK file says it is not UTF-8', async () => {
    const e = await refused(write('gbk.csv', iconv.encode(`${HEADER}\n广州1,2010,440100,3911,2011,5,1\n`, 'gbk')));
    expect(e.message).toMatch(/not UTF-8: line 2/);
  });
  it('a missing file or an empty glob is unreadable', async () => {
    expect((await refused(join(dir, 'nope.csv'))).code).toBe('unreadable');
    expect((await refused(join(dir, 'nothing-*.csv'))).message).toMatch(/no file matches/);
  });
});
