/** Tables as data: tables/<id>.csv (UTF-8 with BOM, full precision) and tables.xlsx (a sheet a table). */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportedTables, FIXED_TABLE_ALIASES, sheetNames, tablesCsv, tablesXlsx } from '../../src/report/tables-export.js';
import type { ExportTable } from '../../src/report/tables-export.js';

const regions: ExportTable = {
  id: '01-regions-latest',
  title: '区域',
  columns: [{ key: 'region', label: '区域' }, { key: 'gap_pp', label: '差距（百分点）', digits: 2 }],
  rows: [{ region: '珠三角', gap_pp: 1.23456789 }, { region: '粤东, "东翼"', gap_pp: -0.5 }, { region: '粤西', gap_pp: null }],
};
const disparity: ExportTable = { id: '03-disparity', title: '差距', columns: [{ key: 'year', label: '年份' }, { key: 'cv', label: '变异系数', digits: 3 }], rows: [{ year: 2012, cv: 0.1 + 0.2 }] };

describe('exportedTables', () => {
  it('adds the fixed-id aliases of chapter tables after the chapter tables', () => {
    expect(FIXED_TABLE_ALIASES).toEqual({ 'growth-gap-regions': '01-regions-latest', disparity: '03-disparity' });
    const t = exportedTables([regions, disparity]);
    expect(t.map((x) => x.id)).toEqual(['01-regions-latest', '03-disparity', 'growth-gap-regions', 'disparity']);
    expect(t[2]!.rows).toEqual(regions.rows);
  });

  it('keeps a chapter table that already has a fixed id (no alias, and the bulletin table of the same id is dropped)', () => {
    const own: ExportTable = { ...disparity, id: 'disparity', rows: [{ year: 2013, cv: 0.5 }] };
    const fromBulletin: ExportTable = { ...disparity, id: 'disparity', rows: [{ year: 1999, cv: 9 }] };
    const t = exportedTables([disparity, own], [fromBulletin]);
    expect(t.map((x) => x.id)).toEqual(['03-disparity', 'disparity']);
    expect(t[1]!.rows).toEqual([{ year: 2013, cv: 0.5 }]);
  });

  it('refuses two chapter tables with the same id', () => {
    expect(() => exportedTables([disparity, disparity])).toThrow('table id "03-disparity" is emitted twice');
  });
});

describe('sheetNames', () => {
  it('keeps names within 31 characters, replaces characters Excel forbids and makes them unique', () => {
    const long = 'a'.repeat(40);
    const names = sheetNames([long, long, 'x/y:z', 'Disparity', 'disparity']);
    expect(names[0]).toBe('a'.repeat(31));
    expect(names[1]).toBe('a'.repeat(29) + '~2');
    expect(names[2]).toBe('x_y_z');
    expect(names[3]).toBe('Disparity');
    expect(names[4]).toBe('disparity~2');
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe('tablesCsv', () => {
  it('writes UTF-8 with BOM, labels as header, numbers at full precision, quoted fields, null as empty', () => {
    const out = tablesCsv([regions, disparity]);
    expect(out).toHaveLength(2);
    const [id, bytes] = out[0]!;
    const [id2, bytes2] = out[1]!;
    expect(id).toBe('01-regions-latest');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF区域,差距（百分点）\n珠三角,1.23456789\n"粤东, ""东翼""",-0.5\n粤西,\n');
    expect(id2).toBe('03-disparity');
    expect(bytes2.toString('utf8')).toBe('\uFEFF年份,变异系数\n2012,0.30000000000000004\n');
  });
});

describe('tablesXlsx', () => {
  it('writes one sheet a table with the labels and raw numbers, byte-identical for the same input', async () => {
    const stamp = new Date('2024-01-02T03:04:05Z');
    const a = await tablesXlsx([regions, disparity], stamp);
    const b = await tablesXlsx([regions, disparity], stamp);
    expect(a.equals(b)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['01-regions-latest', '03-disparity']);
    const ws = wb.getWorksheet('01-regions-latest')!;
    expect(ws.getRow(1).values).toEqual([undefined, '区域', '差距（百分点）']);
    expect(ws.getCell('B2').value).toBe(1.23456789);
    expect(ws.getCell('A3').value).toBe('粤东, "东翼"');
    expect(ws.getCell('B4').value).toBe(null);
    expect(wb.getWorksheet('03-disparity')!.getCell('B2').value).toBe(0.30000000000000004);
  });
});
