/**
 * Writes the park-year templates users fill in: data/templates/parks.csv and parks.xlsx.
 * Both have the header, one comment row documenting each column and one comment row with an
 * example (rows whose first cell starts with "#" are skipped by readParks).
 * Run: npx tsx scripts/build-park-template.ts   (then npm run data:manifest)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { PARK_COLUMNS, PARK_COLUMN_DOCS, type ParkYearRow } from '../src/parks/read-parks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'templates');
mkdirSync(outDir, { recursive: true });

const example: Record<keyof ParkYearRow, string | number> = {
  park_id: 'P00', park_name: '示例产业园 (example)', host_city: '河源', partner_city: '深圳', category: '示范园', year: 2016,
  status_start: 'demonstration', fai_actual: 32.5, fai_target: 30, va_above_scale: 45.2, va_growth_pct: 12.5,
  va_growth_target_pct: 10, tax: 6.1, tax_growth_pct: 8, tax_growth_target_pct: 10, land_intensity: 180,
  land_intensity_target: 150, env_compliant: '是', transfer_projects: 12, score: 82.5,
};
const docRow = PARK_COLUMNS.map((c, j) => (j === 0 ? `# COLUMN NOTES (skipped) / 列说明：${c}: ${PARK_COLUMN_DOCS[c]}` : `${c}: ${PARK_COLUMN_DOCS[c]}`));
const exampleRow = PARK_COLUMNS.map((c, j) => (j === 0 ? `# EXAMPLE ROW, delete or keep (skipped) / 示例行（不读入）: ${example[c]}` : example[c]));

const quote = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = [PARK_COLUMNS, docRow, exampleRow].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
writeFileSync(join(outDir, 'parks.csv'), csv, 'utf8');

const wb = new ExcelJS.Workbook();
wb.creator = 'prd-restructuring';
wb.created = new Date(Date.UTC(2026, 0, 1));
wb.modified = wb.created;
const ws = wb.addWorksheet('parks');
ws.addRow([...PARK_COLUMNS]);
ws.addRow(docRow);
ws.addRow(exampleRow);
ws.getRow(1).font = { bold: true };
ws.getRow(2).font = { italic: true, color: { argb: 'FF666666' } };
ws.getRow(3).font = { italic: true, color: { argb: 'FF666666' } };
ws.columns.forEach((col) => { col.width = 18; });
ws.views = [{ state: 'frozen', ySplit: 1 }];
await wb.xlsx.writeFile(join(outDir, 'parks.xlsx'));
console.log(`wrote ${join('data', 'templates', 'parks.csv')} and parks.xlsx (${PARK_COLUMNS.length} columns)`);
