/**
 * One entry point for tabular input. Panel functions accept an arquero table, an array of
 * plain records, or a danfo.js DataFrame (duck-typed: `columns` + `values`, so danfo is
 * never imported here) and call {@link asTable} first.
 * @module
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from '../core/errors.js';

/** A danfo.js DataFrame as seen structurally: column names and row-major values. */
export interface DataFrameLike {
  columns: string[];
  values: unknown[][] | unknown[];
}

/** Anything a panel function accepts as a table. */
export type TableInput = ColumnTable | ReadonlyArray<Record<string, unknown>> | DataFrameLike;

function isColumnTable(x: unknown): x is ColumnTable {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { columnNames?: unknown }).columnNames === 'function' &&
    typeof (x as { numRows?: unknown }).numRows === 'function'
  );
}

function isDataFrameLike(x: unknown): x is DataFrameLike {
  return (
    typeof x === 'object' &&
    x !== null &&
    Array.isArray((x as { columns?: unknown }).columns) &&
    Array.isArray((x as { values?: unknown }).values)
  );
}

/**
 * Convert any {@link TableInput} to an arquero table without modifying the input.
 * An arquero table is returned as is (arquero tables are immutable); records and
 * DataFrames are copied column by column.
 * @throws DataError when the input is none of the accepted kinds.
 * @example
 * ```ts
 * asTable([{ year: 2010, gdp: 1 }]).numRows() // 1
 * ```
 */
export function asTable(input: TableInput, label = 'asTable'): ColumnTable {
  if (isColumnTable(input)) return input;
  if (Array.isArray(input)) return aq.from(input as Record<string, unknown>[]);
  if (isDataFrameLike(input)) {
    const cols: Record<string, unknown[]> = {};
    const rows = input.values as unknown[];
    const oneColumn = input.columns.length === 1 && rows.length > 0 && !Array.isArray(rows[0]);
    input.columns.forEach((name, j) => {
      cols[name] = rows.map((r) => (oneColumn ? r : (r as unknown[])[j]));
    });
    return aq.table(cols);
  }
  throw new DataError(
    'invalid',
    'expected an arquero table, an array of records or a danfo DataFrame',
    { function: label },
    'pass aq.from(rows), the rows themselves, or a DataFrame',
  );
}
