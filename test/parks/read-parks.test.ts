import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  loadIllustrativeParks, parkEvaluationRecords, parkRowsFromRecords, PARK_COLUMNS, readParks,
} from '../../src/parks/read-parks.js';
import { evaluateParks } from '../../src/parks/evaluate.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

const templates = new URL('../../data/templates/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'parks-'));
let restore: ReturnType<typeof setWarningHandler>;
beforeAll(() => { restore = setWarningHandler(() => {}); });
afterAll(() => { setWarningHandler(restore); });

const base = Object.freeze({
  park_id: 'A', park_name: '甲园', host_city: '河源', partner_city: '深圳', category: '示范园', year: 2016,
  status_start: 'demonstration', fai_actual: 32, fai_target: 30, va_growth_pct: 12, va_growth_target_pct: 10,
  tax_growth_pct: 8, tax_growth_target_pct: 10, env_compliant: '是', score: 80,
});
const fail = (f: () => unknown): DataError => {
  try { f(); } catch (e) { if (e instanceof DataError) return e; throw e; }
  throw new Error('did not throw');
};

describe('the park templates', () => {
  it('parks.csv: header, column notes and example row are read by readParks (comments skipped)', async () => {
    const text = readFileSync(new URL('parks.csv', templates), 'utf8');
    expect(text.split('\r\n')[0]).toBe(PARK_COLUMNS.join(','));
    const filled = text + 'P01,乙园,清远,广州,一般,2016,,10,12,,,,,,,,,否,1,55\r\n';
    const p = join(dir, 'filled.csv');
    writeFileSync(p, filled);
    const t = await readParks(p);
    expect([t.commentRows, t.illustrative, t.rows.length, t.rowNumbers]).toEqual([2, false, 1, [3]]);
    expect(t.rows[0]).toMatchObject({ park_id: 'P01', host_city: '清远', partner_city: '广州', category: 'general', env_compliant: false, status_start: null, score: 55 });
  });

  it('parks.xlsx (built by scripts/build-park-template.ts) reads the same way', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(new URL('parks.xlsx', templates).pathname);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...PARK_COLUMNS]);
    ws.addRow(['P01', '乙园', '清远', '广州', '一般', 2016, null, 10, 12, null, null, null, null, null, null, null, null, '否', 1, 55]);
    const p = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(p);
    const t = await readParks(p);
    expect([t.commentRows, t.rows.length]).toEqual([2, 1]);
    expect(t.rows[0]).toMatchObject({ park_id: 'P01', year: 2016, fai_target: 12, score: 55 });
  });

  it('an unfilled template is refused as empty', async () => {
    const e = await readParks(new URL('parks.csv', templates).pathname).catch((x: unknown) => x);
    expect((e as DataError).code).toBe('empty');
  });
});

describe('readParks validation', () => {
  it('names the file row of a problem in a CSV file (comment rows keep their numbers)', async () => {
    const header = PARK_COLUMNS.join(',');
    const row = (id: string, score: number) => `${id},丙园,韶关,东莞,专业园,2016,,10,12,,,,,,,,,是,1,${score}`;
    const p = join(dir, 'dup.csv');
    writeFileSync(p, [header, '# a note,,,,,,,,,,,,,,,,,,,', row('B', 70), row('B', 71)].join('\n') + '\n');
    const e = (await readParks(p).then(() => { throw new Error("accepted"); }, (x: unknown) => x)) as DataError;
    expect([e.code, e.file, e.row]).toEqual(['duplicate-key', 'dup.csv', 3]);
  });

  it('refuses a duplicate park-year with its row', () => {
    const e = fail(() => parkRowsFromRecords([base, { ...base, score: 70 }]));
    expect([e.code, e.row]).toEqual(['duplicate-key', 2]);
  });

  it('refuses an unknown category, a zero target, a score above the maximum, an unknown city, a non-PRD partner', () => {
    expect(fail(() => parkRowsFromRecords([{ ...base, category: '明星园' }])).code).toBe('unknown-category');
    const zero = fail(() => parkRowsFromRecords([{ ...base, fai_target: 0 }]));
    expect([zero.code, zero.column]).toEqual(['out-of-range', 'fai_target']);
    const score = fail(() => parkRowsFromRecords([{ ...base, score: 101 }]));
    expect([score.code, score.column]).toEqual(['out-of-range', 'score']);
    expect(() => parkRowsFromRecords([{ ...base, score: 101 }], 'x', { maxScore: 120 })).not.toThrow();
    expect(fail(() => parkRowsFromRecords([{ ...base, host_city: '河原' }])).message).toMatch(/did you mean 河源/);
    expect(fail(() => parkRowsFromRecords([{ ...base, partner_city: '汕头' }])).message).toMatch(/not a Pearl River Delta city/);
  });

  it('warns when percentages look like fractions (0.3 for 30 %)', () => {
    const seen: DataWarning[] = [];
    const t = parkRowsFromRecords([{ ...base, va_growth_pct: 0.3, va_growth_target_pct: 0.1 }], 'mine', { onWarning: (w) => seen.push(w) });
    expect(t.warnings.filter((w) => w.code === 'percent-as-fraction').map((w) => w.column)).toEqual(['va_growth_pct', 'va_growth_target_pct']);
    expect(seen.some((w) => w.code === 'percent-as-fraction')).toBe(true);
    expect(t.rows[0]!.va_growth_pct).toBe(0.3); // kept as given, never rescaled
    // the warning now carries the row and advice, like every validation warning
    expect(t.warnings.filter((w) => w.code === 'percent-as-fraction').map((w) => [w.file, w.row, typeof w.advice])).toEqual([['mine', 1, 'string'], ['mine', 1, 'string']]);
  });

  it("converts fractions under percentFractions: 'convert' and says so", () => {
    const t = parkRowsFromRecords([{ ...base, va_growth_pct: 0.3, va_growth_target_pct: 0.1 }], 'mine', { percentFractions: 'convert' });
    expect([t.rows[0]!.va_growth_pct, t.rows[0]!.va_growth_target_pct]).toEqual([30, 10]);
    expect(t.warnings.map((w) => w.code)).toEqual(['percent-converted', 'percent-converted']);
  });

  it('shares the score range rule with evaluateParks (−20 and 150 refused by both)', () => {
    for (const score of [-20, 150]) {
      const r = fail(() => parkRowsFromRecords([{ ...base, score }]));
      expect([r.code, r.row, r.column]).toEqual(['out-of-range', 1, 'score']);
      const e = fail(() => evaluateParks([{ parkId: 'P', year: 2011, score }], { rules: 'gd-2011' }));
      expect([e.code, e.row, e.column]).toEqual(['out-of-range', 1, 'score']);
    }
    expect(fail(() => parkRowsFromRecords([{ ...base }], 'x', { maxScore: -1 })).column).toBe('maxScore');
  });

  it('reads env_compliant as yes/no in any case, and names anything else', () => {
    const t = parkRowsFromRecords([{ ...base, env_compliant: 'False' }, { ...base, year: base.year + 1, env_compliant: '是' }]);
    expect(t.rows.map((r) => r.env_compliant)).toEqual([false, true]);
    const e = fail(() => parkRowsFromRecords([{ ...base, env_compliant: 'ok' }]));
    expect([e.row, e.column]).toEqual([1, 'env_compliant']);
    expect(e.message).toMatch(/"ok" is not a yes\/no value/);
  });

  it('names null arguments', async () => {
    expect(fail(() => parkRowsFromRecords(null as unknown as []))).toBeInstanceOf(DataError);
    expect(fail(() => parkRowsFromRecords(null as unknown as [])).message).toMatch(/argument "input" is null/);
    expect(fail(() => parkEvaluationRecords(undefined as unknown as []))).toBeInstanceOf(DataError);
    await expect(readParks(null as unknown as string)).rejects.toThrowError(/argument "path" is null/);
  });

  it('does not modify its input', () => {
    const input = Object.freeze([Object.freeze({ ...base })]);
    expect(parkRowsFromRecords(input).rows[0]!.category).toBe('demonstration');
  });
});

describe('the illustrative park panel', () => {
  it('is labelled illustrative and flows into the rules engine', async () => {
    const t = await loadIllustrativeParks();
    expect([t.illustrative, t.rows.length, t.commentRows]).toEqual([true, 22, 1]);
    const { decisions } = evaluateParks(parkEvaluationRecords(t.rows), { rules: 'gd-2011' });
    const d = (id: string, y: number) => decisions.find((x) => x.parkId === id && x.year === y)!;
    expect(d('P04', 2011).statusAfter).toBe('disqualified'); // ordinary, 58 < 60
    expect(d('P03', 2011).rank).toBeLessThan(d('P06', 2011).rank); // 70 = 70, tie by parkId
    expect(d('P07', 2012).statusAfter).toBe('ordinary'); // bottom three 2011 and 2012
    expect(d('P04', 2013).reasons[0]).toMatch(/重新参评/);
    expect(d('P08', 2013).reasons[0]).toMatch(/中间缺年/);
  });

  it('can be evaluated under gd-2014 too, ignoring the gd-2011 statuses', async () => {
    const t = await loadIllustrativeParks();
    const { decisions, illustrative } = evaluateParks(parkEvaluationRecords(t.rows, { ignoreStatus: true }), { rules: 'gd-2014', illustrative: t.illustrative });
    expect(illustrative).toBe(true);
    expect(decisions.every((x) => x.illustrative)).toBe(true);
    expect(decisions.find((x) => x.parkId === 'P04' && x.year === 2011)!.compliant).toBe(false); // investment 10 < 12, environment 否
  });
});
