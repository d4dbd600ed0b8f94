/**
 * Writes the templates of the industry and transfers inputs: data/templates/industry.csv,
 * industry.xlsx (long form), industry-wide.xlsx (the yearbook's wide form, one sheet per year)
 * and transfers.csv, transfers.xlsx. Each has the header, a `#` column-notes row and `#`
 * example rows (rows whose first cell starts with "#" are skipped by the readers).
 * Run: npx tsx scripts/build-industry-templates.ts   (then npm run data:manifest)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { INDUSTRY_COLUMNS, INDUSTRY_COLUMN_DOCS } from '../src/data/read-industry.js';
import { TRANSFER_COLUMNS, TRANSFER_COLUMN_DOCS } from '../src/data/read-transfers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'templates');
mkdirSync(outDir, { recursive: true });

type Cell = string | number;
const quote = (v: Cell) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const docRow = (cols: readonly string[], docs: Readonly<Record<string, string>>): Cell[] =>
  cols.map((c, j) => (j === 0 ? `# COLUMN NOTES (skipped) / 列说明：${c}: ${docs[c]}` : `${c}: ${docs[c]}`));
const exampleRow = (row: Cell[]): Cell[] => row.map((v, j) => (j === 0 ? `# EXAMPLE ROW, delete or keep (skipped) / 示例行（不读入）: ${v}` : v));

async function write(name: string, sheet: string, cols: readonly string[], rows: Cell[][]): Promise<void> {
  writeFileSync(join(outDir, `${name}.csv`), [cols as readonly Cell[], ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n', 'utf8');
  const wb = workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([...cols]);
  for (const r of rows) ws.addRow(r);
  style(ws, rows.length);
  await wb.xlsx.writeFile(join(outDir, `${name}.xlsx`));
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'prd-restructuring';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  return wb;
}

function style(ws: ExcelJS.Worksheet, comments: number): void {
  ws.getRow(1).font = { bold: true };
  for (let r = 2; r <= comments + 1; r++) ws.getRow(r).font = { italic: true, color: { argb: 'FF666666' } };
  ws.columns.forEach((col) => { col.width = 18; });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

// Long industry form: examples of a division row, a section row and a TOTAL row.
const industryExamples: Cell[][] = [
  ['广州', 2012, '39', '计算机、通信和其他电子设备制造业', '2011', 'all', 'value-added', 123.45, '亿元'],
  ['广州', 2012, 'J', '金融业', '2011', 'all', 'value-added', 1000.5, '亿元'],
  ['广州', 2012, 'TOTAL', '合计（地区生产总值）', '2011', 'all', 'value-added', 13551.21, '亿元'],
].map(exampleRow);
await write('industry', 'industry', INDUSTRY_COLUMNS, [docRow(INDUSTRY_COLUMNS, INDUSTRY_COLUMN_DOCS), ...industryExamples]);

// Wide industry form: one sheet per year, industries as rows, cities as columns.
{
  const wb = workbook();
  const cities = ['广州', '深圳', '珠海'];
  for (const [year, edition] of [[2011, '2002'], [2012, '2011']] as const) {
    const ws = wb.addWorksheet(String(year));
    ws.addRow(['industry_code', 'industry_name', ...cities]);
    ws.addRow([`# form=wide year=${year} edition=${edition} scope=all unit=亿元 indicator=value-added   (表式=宽表：每年一张表，行业为行，城市为列；空格表示无数据；删除示例行后填写)`]);
    ws.addRow(['# 39 (example, skipped / 示例行)', '计算机、通信和其他电子设备制造业', 100, 200, 30]);
    style(ws, 2);
  }
  await wb.xlsx.writeFile(join(outDir, 'industry-wide.xlsx'));
}

await write('transfers', 'transfers', TRANSFER_COLUMNS, [
  docRow(TRANSFER_COLUMNS, TRANSFER_COLUMN_DOCS),
  exampleRow(['深圳', 2012, 35.2, '亿元']),
]);
console.log('wrote data/templates/industry.csv|xlsx, industry-wide.xlsx, transfers.csv|xlsx');
