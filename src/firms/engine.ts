/**
 * The embedded SQL engine of the firm layer: loading the statements kept in `src/firms/sql/`,
 * filling their placeholders with validated literals, and turning DuckDB results into
 * arquero tables column by column.
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

/**
 * A numeric column: a `Float64Array` (or `Int32Array`) when no value is missing, else a plain
 * array with `null` for the missing values (arquero's missing value). BIGINT values arrive as
 * `bigint` and are converted with `Number` (exact up to 2^53).
 */
function numericColumn(values: readonly unknown[], int: boolean): ArrayLike<number | null> {
  const n = values.length;
  let hasNull = false;
  let hasBig = false;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) hasNull = true;
    else if (typeof v === 'bigint') hasBig = true;
  }
  if (hasNull) {
    const out = new Array<number | null>(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      out[i] = v === null || v === undefined ? null : typeof v === 'bigint' ? Number(v) : (v as number);
    }
    return out;
  }
  const out = int ? new Int32Array(n) : new Float64Array(n);
  if (hasBig) for (let i = 0; i < n; i++) out[i] = Number(values[i] as number | bigint);
  else out.set(values as readonly number[]);
  return out;
}

/**
 * Convert a fully read DuckDB result into an arquero table, column by column (no row
 * objects): INTEGER/SMALLINT/TINYINT → `Int32Array`, DOUBLE/FLOAT/BIGINT/HUGEINT → `Float64Array`
 * (plain arrays with `null` when a value is missing), DECIMAL → numbers, BOOLEAN → booleans,
 * everything else → strings. BIGINT/HUGEINT are exact up to 2^53 only: statements should cast
 * to INTEGER or DOUBLE themselves.
 */
export function resultToArquero(reader: DuckDBResultReader): ArqueroTable {
  const { DuckDBTypeId } = duckdb();
  const names = reader.columnNames();
  const cols = reader.getColumns();
  const columns: Record<string, ArrayLike<unknown>> = {};
  names.forEach((name, i) => {
    const values = (cols[i] ?? []) as readonly unknown[];
    const id = reader.columnTypeId(i);
    switch (id) {
      case DuckDBTypeId.INTEGER:
      case DuckDBTypeId.SMALLINT:
      case DuckDBTypeId.TINYINT:
      case DuckDBTypeId.USMALLINT:
      case DuckDBTypeId.UTINYINT:
        columns[name] = numericColumn(values, true);
        break;
      case DuckDBTypeId.DOUBLE:
      case DuckDBTypeId.FLOAT:
      case DuckDBTypeId.BIGINT:
      case DuckDBTypeId.UINTEGER:
      case DuckDBTypeId.UBIGINT:
      case DuckDBTypeId.HUGEINT:
        columns[name] = numericColumn(values, false);
        break;
      case DuckDBTypeId.DECIMAL:
        columns[name] = values.map((v) => (v === null ? null : Number(String(v))));
        break;
      case DuckDBTypeId.BOOLEAN:
        columns[name] = values.map((v) => (v === null ? null : Boolean(v)));
        break;
      default:
        columns[name] = values.map((v) => (v === null ? null : String(v)));
    }
  });
  return aq.table(columns) as ArqueroTable;
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
