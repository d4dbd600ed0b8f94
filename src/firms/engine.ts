/**
 * The embedded SQL engine of the firm layer: loading the statements kept in `src/firms/sql/`,
 * filling their placeholders with validated literals, and turning DuckDB results into
 * arquero tables through Apache Arrow.
 *
 * The statements are plain `.sql` files (the source of truth, runnable by another engine
 * after the changes listed in docs/scale.md). `tsc` does not copy them into `dist/`, so
 * {@link loadSql} looks next to the module first (`./sql/`) and then in the source tree
 * (`../../src/firms/sql/`), which works both from `src/` (tsx, vitest) and from `dist/`.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { DuckDBConnection, DuckDBResultReader } from '@duckdb/node-api';
import { Bool, Dictionary, Float64, Int32, Table, Utf8, makeData, makeVector, vectorFromArray } from 'apache-arrow';
import type { Vector } from 'apache-arrow';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from '../core/errors.js';

/** An arquero table, as returned by every firm-level function. */
export type ArqueroTable = ColumnTable;

const sqlCache = new Map<string, string>();

type DuckDBModule = typeof import('@duckdb/node-api');
let duckModule: DuckDBModule | undefined;

/**
 * The DuckDB module, loaded on first use (not when the package is imported: it is the
 * largest part of the import time). `@duckdb/node-api` is a CommonJS package, so it is
 * loaded synchronously with `createRequire`.
 */
export function duckdb(): DuckDBModule {
  duckModule ??= createRequire(import.meta.url)('@duckdb/node-api') as DuckDBModule;
  return duckModule;
}

/**
 * Find `name` in `./sql/` next to the module at `moduleUrl`, else in `src/firms/sql/` of the
 * nearest ancestor folder that has one (the package root when running from `dist/firms/`,
 * whatever the build's outDir depth). Undefined when not found.
 */
export function findSqlFile(name: string, moduleUrl: string | URL): string | undefined {
  const here = fileURLToPath(new URL('.', moduleUrl));
  const beside = join(here, 'sql', name);
  if (existsSync(beside)) return beside;
  let dir = here;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'src', 'firms', 'sql', name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Where the `.sql` file `name` lives (next to the module, else in the source tree). */
export function sqlPath(name: string): string {
  const found = findSqlFile(name, import.meta.url);
  if (found) return found;
  throw new DataError(
    'unreadable',
    `SQL statement ${name} not found next to the firm module nor in src/firms/sql/`,
    { file: name },
    'ship src/firms/sql/ with the package (or copy it to dist/firms/sql/)',
  );
}

/** The text of `src/firms/sql/<name>` (cached). */
export function loadSql(name: string): string {
  let text = sqlCache.get(name);
  if (text === undefined) {
    text = readFileSync(sqlPath(name), 'utf8');
    sqlCache.set(name, text);
  }
  return text;
}

/** A literal that may be put into a statement: validated numbers, or lists of them. */
export type SqlLiteral = number | readonly number[] | { readonly raw: string };

function literal(name: string, v: SqlLiteral): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`SQL parameter ${name}: ${v} is not finite`);
    return String(v);
  }
  if ('raw' in v) return v.raw;
  const list = v as readonly number[];
  if (list.length === 0) return 'NULL';
  for (const x of list) {
    if (!Number.isFinite(x)) throw new Error(`SQL parameter ${name}: ${x} is not finite`);
  }
  return list.join(', ');
}

/**
 * Fill `{{name}}` placeholders of a statement. Only numbers (checked finite) and lists of
 * numbers are substituted; `{ raw }` is for identifiers and fragments built by this module
 * (never from user strings). A placeholder without a value is an error.
 */
export function renderSql(text: string, params: Readonly<Record<string, SqlLiteral>> = {}): string {
  return text.replace(/\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/gi, (_m, key: string) => {
    const v = params[key];
    if (v === undefined) throw new Error(`SQL placeholder {{${key}}} has no value`);
    return literal(key, v);
  });
}

/** Quote a string as a SQL string literal (for file paths). */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Quote an identifier (column name from a user schema). */
export function sqlIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A numeric Arrow vector from plain values: typed array plus a validity bitmap when needed. */
function numericVector(values: readonly unknown[], int: boolean): Vector {
  const n = values.length;
  const data = int ? new Int32Array(n) : new Float64Array(n);
  let nulls = 0;
  const bitmap = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      nulls++;
    } else {
      data[i] = typeof v === 'bigint' ? Number(v) : (v as number);
      bitmap[i >> 3]! |= 1 << (i & 7);
    }
  }
  const type = int ? new Int32() : new Float64();
  return makeVector(
    makeData({ type, length: n, nullCount: nulls, data, ...(nulls > 0 ? { nullBitmap: bitmap } : {}) } as Parameters<typeof makeData>[0]),
  ) as Vector;
}

/**
 * Convert a fully read DuckDB result into an arquero table through Apache Arrow columns.
 * INTEGER/SMALLINT → Int32, DOUBLE/FLOAT/DECIMAL → Float64 (typed arrays with a validity
 * bitmap), BOOLEAN → Bool, everything else → dictionary-encoded Utf8 (read by arquero as
 * strings). BIGINT/HUGEINT are converted to Float64 (exact up to 2^53): statements should
 * cast to INTEGER or DOUBLE themselves.
 */
export function resultToArquero(reader: DuckDBResultReader): ArqueroTable {
  const { DuckDBTypeId } = duckdb();
  const names = reader.columnNames();
  const cols = reader.getColumns();
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    const values = (cols[i] ?? []) as readonly unknown[];
    const id = reader.columnTypeId(i);
    switch (id) {
      case DuckDBTypeId.INTEGER:
      case DuckDBTypeId.SMALLINT:
      case DuckDBTypeId.TINYINT:
      case DuckDBTypeId.USMALLINT:
      case DuckDBTypeId.UTINYINT:
        vectors[name] = numericVector(values, true);
        break;
      case DuckDBTypeId.DOUBLE:
      case DuckDBTypeId.FLOAT:
      case DuckDBTypeId.BIGINT:
      case DuckDBTypeId.UINTEGER:
      case DuckDBTypeId.UBIGINT:
      case DuckDBTypeId.HUGEINT:
        vectors[name] = numericVector(values, false);
        break;
      case DuckDBTypeId.DECIMAL:
        vectors[name] = numericVector(values.map((v) => (v === null ? null : Number(String(v)))), false);
        break;
      case DuckDBTypeId.BOOLEAN:
        vectors[name] = vectorFromArray(values as (boolean | null)[], new Bool());
        break;
      default:
        vectors[name] = vectorFromArray(
          values.map((v) => (v === null ? null : String(v))),
          new Dictionary(new Utf8(), new Int32()),
        );
    }
  });
  if (names.length === 0) return aq.table({});
  return aq.fromArrow(new Table(vectors) as unknown as Parameters<typeof aq.fromArrow>[0]) as ArqueroTable;
}

/** Run a statement and return its result as an arquero table. */
export async function queryTable(conn: DuckDBConnection, sql: string): Promise<ArqueroTable> {
  const reader = await conn.runAndReadAll(sql);
  return resultToArquero(reader);
}

/** Run a statement and return its rows as plain JS objects (small results only). */
export async function queryRows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}
