/**
 * Optional bridge to danfo.js (`import { toDanfo, fromDanfo } from 'prd-restructuring/danfo'`).
 * `danfojs-node` is an optional peer dependency: it is loaded with a dynamic `import()` only
 * when {@link toDanfo} runs, so the rest of the library never requires it. Conversion is by
 * columns and exact: numbers, strings, booleans and `null` come back unchanged.
 * @module
 */
import type { DataFrame } from 'danfojs-node';
import type { ColumnTable } from 'arquero';
import { asTable, type TableInput, type DataFrameLike } from '../data/table-input.js';

type DanfoModule = typeof import('danfojs-node');

async function loadDanfo(): Promise<DanfoModule> {
  try {
    return await import('danfojs-node');
  } catch (e) {
    throw new Error(
      `prd-restructuring/danfo needs the optional package danfojs-node (${(e as Error).message}). ` +
        'Install it with `npm install danfojs-node` and the overrides listed in docs/data.md.',
    );
  }
}

/**
 * Convert an arquero table (or records, or a DataFrame) to a danfo.js DataFrame, column by
 * column, without changing any value (missing stays `null`). Column order is kept.
 * @throws Error when danfojs-node is not installed.
 * @example
 * ```ts
 * const df = await toDanfo(loadGuangdongProvince());
 * df.shape // [31, 8]
 * ```
 */
export async function toDanfo(table: TableInput): Promise<DataFrame> {
  const dfd = await loadDanfo();
  const t = asTable(table);
  const columns = t.columnNames();
  if (t.numRows() === 0) return new dfd.DataFrame([], { columns });
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = Array.from(t.array(c) as ArrayLike<unknown>);
  return new dfd.DataFrame(data as never, { columns });
}

/**
 * Convert a danfo.js DataFrame (anything with `columns` and row-major `values`) to a new
 * arquero table. `NaN` cells (danfo's missing marker after its own operations) become `null`,
 * the library's missing value; everything else is copied as is.
 * @example
 * ```ts
 * fromDanfo(await toDanfo(t)) // a table equal to t
 * ```
 */
export function fromDanfo(df: DataFrame | DataFrameLike): ColumnTable {
  const like = df as unknown as DataFrameLike;
  const rows = like.values as unknown[];
  const oneColumn = like.columns.length === 1 && rows.length > 0 && !Array.isArray(rows[0]);
  const values = rows.map((r) => (oneColumn ? [r] : (r as unknown[])).map((v) => (typeof v === 'number' && Number.isNaN(v) ? null : v)));
  return asTable({ columns: [...like.columns], values }, 'DataFrame');
}
