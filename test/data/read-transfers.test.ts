import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { readTransfers, transfersForYear, TRANSFER_COLUMNS } from '../../src/data/read-transfers.js';

const dir = mkdtempSync(join(tmpdir(), 'transfers-'));
const templates = new URL('../../data/templates/', import.meta.url);
const fails = async (p: Promise<unknown>) => (await p.then(() => { throw new Error('accepted'); }, (e: unknown) => e)) as DataError;

describe('readTransfers', () => {
  it('reads the filled CSV template; Chinese headers and 万元 in XLSX give the same 亿元 values', async () => {
    const p = join(dir, 'filled.csv');
    writeFileSync(p, readFileSync(new URL('transfers.csv', templates), 'utf8') + '深圳,2012,35.2,亿元\r\n东莞市,2012,12,亿元\r\n汕头,2012,3,亿元\r\n');
    const t = await readTransfers(p);
    expect([t.commentRows, t.rowNumbers]).toEqual([2, [3, 4, 5]]);
    expect(t.rows.map((r) => [r.city, r.region, r.output_moved_out_yi])).toEqual([['深圳', 'PRD', 35.2], ['东莞', 'PRD', 12], ['汕头', 'East', 3]]);
    expect(transfersForYear(t, 2012)).toEqual([{ city: '深圳', outputMoved: 35.2 }, { city: '东莞', outputMoved: 12 }]);
    expect(transfersForYear(t, 2012, { prdOnly: false })).toHaveLength(3);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('转出');
    ws.addRow(['城市', '年份', '转出产值', '单位']);
    ws.addRow(['深圳', 2012, 352000, '万元']);
    const x = join(dir, 'zh.xlsx');
    await wb.xlsx.writeFile(x);
    expect((await readTransfers(x)).rows[0]).toMatchObject({ city: '深圳', output_moved_out: 352000, unit: '万元', output_moved_out_yi: 35.2 });
  });

  it('refuses a duplicate city-year, a negative output, an unknown unit, naming row and column', async () => {
    const w = (name: string, body: string) => { const p = join(dir, name); writeFileSync(p, `${TRANSFER_COLUMNS.join(',')}\n${body}`); return p; };
    const dup = await fails(readTransfers(w('dup.csv', '深圳,2012,1,亿元\n440300,2012,2,亿元\n')));
    expect([dup.code, dup.row, dup.column]).toEqual(['duplicate-key', 2, 'city']);
    expect((await fails(readTransfers(w('neg.csv', '深圳,2012,-1,亿元\n')))).code).toBe('out-of-range');
    const unit = await fails(readTransfers(w('unit.csv', '深圳,2012,1,元\n')));
    expect([unit.code, unit.row, unit.column]).toEqual(['unknown-category', 1, 'unit']);
    expect(() => transfersForYear([], 2012)).toThrow(DataError);
  });
});
