/**
 * The transfers table users fill in when there is no firm register
 * (`data/templates/transfers.csv` / `.xlsx`): per city and year, the output its enterprises
 * moved out (产能（产值）转出), the quantity the 2011 plan's reward fund is split by.
 * @module
 */
import { DataError } from '../core/errors.js';
import type { DataWarning } from '../core/warnings.js';
import { requireCity } from './cities.js';
import type { Region } from './schema.js';
import { readTabular, type TabularData } from './read-tabular.js';
import { validateRecords, type RecordSchema } from './validate-records.js';

/** One city-year of the transfers template, typed. */
export interface TransferRow {
  /** Chinese short name, e.g. 深圳. */
  city: string;
  city_code: number;
  region: Region;
  year: number;
  /** Output moved out, as given, in `unit`. */
  output_moved_out: number;
  unit: '亿元' | '万元';
  /** Output moved out in 亿元 (万元 ÷ 10 000). */
  output_moved_out_yi: number;
}

/** What {@link readTransfers} returns. */
export interface TransfersTable {
  file: string;
  rows: TransferRow[];
  /** 1-based file row of each entry of `rows`. */
  rowNumbers: number[];
  /** Rows whose first cell starts with `#`, skipped and counted. */
  commentRows: number;
  /** True when a comment marks the file as synthetic or illustrative. */
  synthetic: boolean;
  warnings: DataWarning[];
}

/** Columns of the transfers template, in order. */
export const TRANSFER_COLUMNS = Object.freeze(['city', 'year', 'output_moved_out', 'unit'] as const);

/** Column documentation (English / Chinese) for the templates. */
export const TRANSFER_COLUMN_DOCS: Readonly<Record<(typeof TRANSFER_COLUMNS)[number], string>> = Object.freeze({
  city: 'the city that moved output out (a PRD city for the reward fund), name or GB/T 2260 code, required / 转出城市',
  year: 'year of the move, required / 年份',
  output_moved_out: 'output (产值) moved out to other cities that year, ≥ 0, required / 转出产值',
  unit: '亿元 | 万元, required / 单位',
});

const SCHEMA: RecordSchema = {
  columns: {
    city: { type: 'string', required: true, nullable: false, aliases: ['城市', '转出城市'] },
    year: { type: 'integer', required: true, nullable: false, min: 1949, max: 2100, aliases: ['年份', '年度'] },
    output_moved_out: { type: 'number', required: true, nullable: false, min: 0, aliases: ['转出产值', '产值'] },
    unit: { type: 'string', required: true, nullable: false, aliases: ['单位'], values: ['亿元', '万元'] },
  },
  extra: 'refuse',
};

/**
 * Validate transfer rows (from a file or in memory) into typed {@link TransferRow}s.
 * @throws DataError (file, row, column): see {@link readTransfers}.
 * @example
 * ```ts
 * transferRowsFromRecords([{ city: '深圳', year: 2012, output_moved_out: 12000, unit: '万元' }]).rows[0].output_moved_out_yi; // → 1.2
 * ```
 */
export function transferRowsFromRecords(input: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>, file = 'records',
  options: { onWarning?: (w: DataWarning) => void } = {}): TransfersTable {
  let commentRows = 0;
  let synthetic = false;
  const isComment = (v: unknown) => typeof v === 'string' && v.trim().startsWith('#');
  const mark = (v: unknown) => { if (typeof v === 'string' && /SYNTHETIC|ILLUSTRATIVE|示意数据|示例数据/i.test(v)) synthetic = true; };
  let data: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>;
  if (!Array.isArray(input)) {
    const t = input as TabularData;
    data = { ...t, rows: t.rows.filter((r) => (isComment(r.values[0]) ? (commentRows++, r.values.forEach(mark), false) : true)) };
  } else {
    data = input.filter((r) => (isComment(Object.values(r)[0]) ? (commentRows++, Object.values(r).forEach(mark), false) : true));
  }
  const v = validateRecords(data, SCHEMA, file, options.onWarning ? { onWarning: options.onWarning } : {});
  if (v.records.length === 0) throw new DataError('empty', 'no transfer rows (only a header or comments)', { file }, 'fill in one row per city and year');
  const seen = new Map<string, number>();
  const rows = v.records.map((r, i): TransferRow => {
    const row = v.rowNumbers[i]!;
    const c = requireCity(r.city as string, { file, row, column: 'city' });
    const year = r.year as number;
    const key = `${c.city_code}-${year}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      throw new DataError('duplicate-key', `${c.city_zh} ${year} appears twice (first at row ${prev})`, { file, row, column: 'city' }, 'add the transfers of a city-year into one row');
    }
    seen.set(key, row);
    const unit = r.unit as '亿元' | '万元';
    const out = r.output_moved_out as number;
    return { city: c.city_zh, city_code: c.city_code, region: c.region, year, output_moved_out: out, unit, output_moved_out_yi: unit === '万元' ? out / 10000 : out };
  });
  return { file, rows, rowNumbers: v.rowNumbers, commentRows, synthetic, warnings: [...v.warnings] };
}

/**
 * Read a transfers table (CSV in UTF-8/GBK or XLSX; columns city, year, output_moved_out,
 * unit — Chinese headers 城市, 年份, 转出产值, 单位 accepted) and validate it: a known city,
 * one row per city-year, output ≥ 0, unit 亿元 or 万元. Rows starting with `#` are comments.
 * @throws DataError (file, row, column): unreadable file, missing column, unknown city,
 *   duplicate city-year, negative or non-numeric output, unknown unit.
 * @example
 * ```ts
 * const t = await readTransfers('data/examples/transfers-synthetic.csv');
 * transfersForYear(t, 2012); // → [{ city: '广州', outputMoved: … }, …] in 亿元
 * ```
 */
export async function readTransfers(path: string, options: { sheet?: string | number; onWarning?: (w: DataWarning) => void } = {}): Promise<TransfersTable> {
  const t = await readTabular(path, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  return transferRowsFromRecords(t, t.file, options.onWarning ? { onWarning: options.onWarning } : {});
}

/**
 * The `{ city, outputMoved }` records of one year (output in 亿元), the input of the reward
 * allocation `allocateTransferRewards(fund, transfers)` and of `parkBulletin`'s `transfers`.
 * Only PRD cities unless `prdOnly: false` (the fund rewards PRD governments).
 * @throws DataError when no row has that year.
 */
export function transfersForYear(table: TransfersTable | ReadonlyArray<TransferRow>, year: number, options: { prdOnly?: boolean } = {}): Array<{ city: string; outputMoved: number }> {
  const rows = Array.isArray(table) ? (table as ReadonlyArray<TransferRow>) : (table as TransfersTable).rows;
  const file = Array.isArray(table) ? 'transfers' : (table as TransfersTable).file;
  const sel = rows.filter((r) => r.year === year && (options.prdOnly === false || r.region === 'PRD'));
  if (sel.length === 0) throw new DataError('empty', `no ${options.prdOnly === false ? '' : 'PRD '}transfer rows for ${year}`, { file, column: 'year' }, 'give the output moved out for that year');
  return sel.map((r) => ({ city: r.city, outputMoved: r.output_moved_out_yi }));
}
