/**
 * The report's tables as data: every table of a run written as `tables/<id>.csv` (UTF-8 with a
 * byte-order mark, so that Excel opens Chinese text correctly) and all of them as one workbook
 * `tables.xlsx` (one sheet a table), for users to paste into their own documents and for CI and
 * reviewers to compare.
 *
 * Conventions: the header row holds the column labels in the report language (what the report
 * prints); numbers are written unformatted at full precision (JavaScript's shortest round-trip
 * form, e.g. `0.30000000000000004`, `1e-7`), never rounded to the printed digits; a missing value
 * (`null`) is an empty cell. The workbook is written by exceljs (already used by the data layer);
 * the CSV by a few lines here (see `csvField` for why not exceljs's CSV writer).
 * @module
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableRecord } from './protocol.js';
import { reproducibleDocx } from './docx.js';

/** A table to export: a notebook's `table(...)` record, or one the runner builds (the bulletin's). */
export type ExportTable = Omit<TableRecord, 'kind'>;

/**
 * The fixed ids users and CI rely on, with what each holds. `parks-results` and `rewards` come
 * from the park bulletin (`--parks`, `--fund`); `industry-shares` and `output-moved-out` are
 * emitted by the chapters under these ids; `growth-gap-regions` and `disparity` are aliases of
 * chapter tables ({@link FIXED_TABLE_ALIASES}).
 */
export const FIXED_TABLE_IDS = Object.freeze(['parks-results', 'industry-shares', 'output-moved-out', 'rewards', 'growth-gap-regions', 'disparity'] as const);

/** One of {@link FIXED_TABLE_IDS}. */
export type FixedTableId = (typeof FIXED_TABLE_IDS)[number];

/**
 * Fixed ids written as a copy of a chapter's table of another id: `{ fixedId: chapterTableId }`.
 * (The chapters keep their numbered ids; when a chapter emits the fixed id itself, its own table
 * is used and the alias is not written.)
 */
export const FIXED_TABLE_ALIASES: Readonly<Partial<Record<FixedTableId, string>>> = Object.freeze({
  'growth-gap-regions': '01-regions-latest',
  disparity: '03-disparity',
});

/**
 * The tables to export, in report order: the chapters' tables, then the extra ones (the
 * bulletin's; a chapter table of the same id wins), then the aliases of
 * {@link FIXED_TABLE_ALIASES} whose chapter table exists and whose fixed id is not taken.
 * @throws {Error} when two chapter tables share an id (ids name files, so they must be unique).
 * @example
 * exportedTables([{ id: '03-disparity', … }], []).map((t) => t.id) // ['03-disparity', 'disparity']
 */
export function exportedTables(chapterTables: readonly ExportTable[], extra: readonly ExportTable[] = []): ExportTable[] {
  const out: ExportTable[] = [];
  const seen = new Set<string>();
  for (const t of chapterTables) {
    if (seen.has(t.id)) throw new Error(`table id "${t.id}" is emitted twice; ids must be unique in the report (they name tables/<id>.csv)`);
    seen.add(t.id);
    out.push(t);
  }
  for (const t of extra) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    out.push(t);
  }
  for (const [fixed, source] of Object.entries(FIXED_TABLE_ALIASES)) {
    const t = out.find((x) => x.id === source);
    if (t && !seen.has(fixed)) {
      seen.add(fixed);
      out.push({ ...t, id: fixed });
    }
  }
  return out;
}

/**
 * Excel sheet names for the tables: the id with the characters Excel forbids (`[]:*?/\`)
 * replaced by `_`, at most 31 characters, unique (case-insensitively, as Excel compares them)
 * by a `~2`, `~3` … suffix.
 * @example
 * sheetNames(['a'.repeat(40), 'a'.repeat(40)]) // ['aaa…a' (31), 'aaa…a~2' (31)]
 */
export function sheetNames(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = (id.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_') || 'table').slice(0, 31);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = base.slice(0, 31 - String(k).length - 1) + `~${k}`;
    used.add(name.toLowerCase());
    return name;
  });
}

type ExcelJs = typeof import('exceljs');

async function workbookOf(tables: readonly ExportTable[], stamp: Date): Promise<{ wb: import('exceljs').Workbook; names: string[] }> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  const Workbook = (mod.default ?? mod).Workbook;
  const wb = new Workbook();
  wb.creator = 'prd-restructuring';
  wb.created = stamp;
  wb.modified = stamp;
  const names = sheetNames(tables.map((t) => t.id));
  tables.forEach((t, i) => {
    const ws = wb.addWorksheet(names[i]!);
    ws.addRow(t.columns.map((c) => c.label));
    for (const r of t.rows) ws.addRow(t.columns.map((c) => r[c.key] ?? null));
    ws.getRow(1).font = { bold: true };
  });
  return { wb, names };
}

/**
 * Every table as CSV bytes: UTF-8 with BOM, header = column labels, numbers at full precision.
 * @returns `[id, bytes]` pairs, in the order given.
 * @example
 * const [[id, csv]] = tablesCsv([{ id: 'x', title: 'x', columns: [{ key: 'a', label: '值' }], rows: [{ a: 0.1 }] }]);
 * csv.toString('utf8') // '\uFEFF值\n0.1\n'
 */
export function tablesCsv(tables: readonly ExportTable[]): [string, Buffer][] {
  return tables.map((t) => {
    const lines = [t.columns.map((c) => csvField(c.label)), ...t.rows.map((r) => t.columns.map((c) => csvField(r[c.key] ?? null)))];
    return [t.id, Buffer.from('\uFEFF' + lines.map((l) => l.join(',')).join('\n') + '\n', 'utf8')] as [string, Buffer];
  });
}

/**
 * One CSV field (RFC 4180 quoting: a field holding a comma, a double quote or a line break is
 * quoted, quotes doubled). Written by hand: exceljs's CSV writer (checked) drops the empty cells at
 * the end of a row, so a row whose last value is missing would have fewer fields than the header.
 */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * All tables as one workbook (`tables.xlsx`), one sheet a table named by {@link sheetNames},
 * header row in bold. Byte-reproducible: the workbook's dates are `stamp` and the archive is
 * rewritten with fixed entry timestamps (the DOCX writer's `reproducibleDocx`: both are OOXML ZIPs).
 */
export async function tablesXlsx(tables: readonly ExportTable[], stamp: Date): Promise<Buffer> {
  const { wb } = await workbookOf(tables, stamp);
  const bytes = await wb.xlsx.writeBuffer();
  return reproducibleDocx(new Uint8Array(bytes as ArrayBuffer), stamp.toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

/**
 * Write `tables/<id>.csv` for every table and `tables.xlsx` with all of them into `out`, after
 * removing the CSV files a previous run left in `tables/`.
 * @returns the files written, relative to `out`.
 */
export async function writeTables(out: string, tables: readonly ExportTable[], stamp: Date): Promise<string[]> {
  const dir = join(out, 'tables');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.csv')) rmSync(join(dir, f));
  const files: string[] = [];
  for (const [id, bytes] of tablesCsv(tables)) {
    writeFileSync(join(dir, `${id}.csv`), bytes);
    files.push(`tables/${id}.csv`);
  }
  writeFileSync(join(out, 'tables.xlsx'), await tablesXlsx(tables, stamp));
  files.push('tables.xlsx');
  return files;
}
