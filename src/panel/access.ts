/**
 * Internal helpers shared by the panel functions (growth and disparity): reading and checking
 * columns of a city-year or province-year table, choosing years, and turning the quality flags
 * of the rows used into warnings. Not exported from the package.
 *
 * The growth and disparity tables were written apart and word a few things differently (the
 * hint of a missing column, the text of a bad number, how flags become warnings); those
 * wordings are kept as they were, chosen by parameters here.
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import { QUALITY_FLAGS, crossesBreak, flagsOf } from '../data/flags.js';
import type { QualityFlag } from '../data/schema.js';

/**
 * How a caller words two errors: a cell that is not a number (what it should be, and the fix)
 * and a missing column (the schema types named in the hint).
 */
export interface Wording {
  /** Completes "value … is not …", e.g. `a number`. */
  expected: string;
  /** The fix of a bad number, shown with the error. */
  hint: string;
  /** The schema types a missing-column error points to, e.g. `CityYearRow`. */
  rowTypes: string;
}

/** Wording of the growth-and-structure tables (city panels and provincial series). */
export const GROWTH_WORDING: Wording = {
  expected: 'a number',
  hint: 'read the table with readPanel/panelFromRecords, which parses and validates numbers',
  rowTypes: 'CityYearRow / ProvinceYearRow',
};

/** Wording of the disparity tables (city panels). */
export const DISPARITY_WORDING: Wording = {
  expected: 'a finite number',
  hint: 'parse the table with readPanel/panelFromRecords or convert the column to numbers',
  rowTypes: 'CityYearRow',
};

/**
 * The city label of each row — the one rule of every panel function: `city_zh`, else `city_en`,
 * else `city_code`, read row by row (a later column is used only where the earlier ones are
 * empty). Rows without any are ''.
 */
export function cityLabels(t: ColumnTable): string[] {
  const names = t.columnNames();
  const column = (name: string) => (names.includes(name) ? columnValues(t, name) : undefined);
  const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const zh = column('city_zh');
  const en = column('city_en');
  const code = column('city_code');
  const out = new Array<string>(t.numRows());
  // Later columns are read only where the earlier ones are empty (as textColumn reads them).
  for (let i = 0; i < out.length; i++) out[i] = text(zh?.at(i)) || text(en?.at(i)) || text(code?.at(i));
  return out;
}

/** Throw unless the table has these columns. */
export function requireColumns(t: ColumnTable, fn: string, names: readonly string[], wording: Wording = GROWTH_WORDING): void {
  const cols = t.columnNames();
  for (const c of names) {
    if (!cols.includes(c)) {
      throw new DataError('missing-column', `the table has no "${c}" column`, { function: fn, column: c },
        `columns present: ${cols.join(', ')}; see ${wording.rowTypes} in src/data/schema.ts`);
    }
  }
}

/** A column's values in row order: the column itself when the table is neither filtered nor ordered (no copy), else a copy. */
export function columnValues(t: ColumnTable, name: string): { at(i: number): unknown } {
  return t.isFiltered() || t.isOrdered() ? (t.array(name) as unknown[]) : t.column(name)!;
}

/**
 * A numeric column as `number | null`: null, undefined and NaN are missing, a missing column is
 * all null (check it with {@link requireColumns} first when it is needed); anything else that is
 * not a finite number is a DataError naming the row.
 */
export function numberColumn(t: ColumnTable, name: string, fn: string, wording: Wording = GROWTH_WORDING): Array<number | null> {
  const n = t.numRows();
  if (!t.columnNames().includes(name)) return new Array<number | null>(n).fill(null);
  const raw = columnValues(t, name);
  const out = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const v = raw.at(i);
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) out[i] = null;
    else if (typeof v === 'number' && Number.isFinite(v)) out[i] = v;
    else {
      throw new DataError('not-a-number', `value ${JSON.stringify(v)} is not ${wording.expected}`, { function: fn, row: i + 1, column: name }, wording.hint);
    }
  }
  return out;
}

/** A text column as strings ('' for missing; a missing column is all ''). */
export function textColumn(t: ColumnTable, name: string): string[] {
  const n = t.numRows();
  if (!t.columnNames().includes(name)) return new Array<string>(n).fill('');
  const raw = columnValues(t, name);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const v = raw.at(i);
    out[i] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** Integer years of the table: a missing `year` column or a missing or fractional year is a DataError. */
export function yearColumn(t: ColumnTable, fn: string): number[] {
  requireColumns(t, fn, ['year']);
  const ys = numberColumn(t, 'year', fn);
  return ys.map((y, i) => {
    if (y === null || !Number.isInteger(y)) {
      throw new DataError('invalid', `year ${String(y)} is not an integer`, { function: fn, row: i + 1, column: 'year' }, 'give every row a calendar year');
    }
    return y;
  });
}

/** Keep the years asked for (all when `years` is undefined); a year absent from the table just yields nothing. */
export function yearFilter(years: readonly number[] | undefined): (y: number) => boolean {
  if (years === undefined) return () => true;
  const s = new Set(years);
  return (y) => s.has(y);
}

/** Distinct sorted years of the table, or the requested ones (each must be present, else a DataError). */
export function selectYears(allYears: readonly number[], requested: readonly number[] | undefined, fn: string): number[] {
  const present = [...new Set(allYears)].sort((a, b) => a - b);
  if (requested === undefined) return present;
  for (const y of requested) {
    if (!present.includes(y)) {
      throw new DataError('out-of-range', `year ${y} is not in the table (years present: ${present[0]}–${present[present.length - 1]})`, { function: fn, column: 'year' });
    }
  }
  return [...new Set(requested)].sort((a, b) => a - b);
}

/**
 * The flags of each row of the table, parsed by `flagsOf` (empty sets without a `flags` column).
 * Rows with the same `flags` text share one set (a large panel has few distinct texts): read
 * the sets, never change them.
 */
export function flagSets(t: ColumnTable): Array<Set<string>> {
  const parsed = new Map<string, Set<string>>();
  return textColumn(t, 'flags').map((flags) => {
    let set = parsed.get(flags);
    if (!set) parsed.set(flags, (set = new Set<string>(flagsOf({ flags }))));
    return set;
  });
}

/** `<fn>: rows flagged "<flag>" were used[ for <column>]: <meaning> — <advice>`. */
function flaggedRowsMessage(fn: string, flag: QualityFlag, column?: string): string {
  const info = QUALITY_FLAGS[flag];
  return `${fn}: rows flagged "${flag}" were used${column === undefined ? '' : ` for ${column}`}: ${info.meaning} — ${info.advice}`;
}

/**
 * Record one `series-break` warning per flag of `relevant` met in the rows an analysis used,
 * in the order of `relevant` (the growth tables' rule).
 * @param relevant - the flags that matter to this analysis.
 */
export function warnRelevantFlags(fn: string, used: Iterable<Set<string>>, relevant: readonly QualityFlag[]): void {
  const met = new Set<QualityFlag>();
  let last: Set<string> | undefined;
  for (const s of used) {
    if (s === last) continue; // rows with the same flags share a set (see flagSets)
    last = s;
    for (const f of relevant) if (s.has(f)) met.add(f);
  }
  for (const f of relevant) {
    if (met.has(f)) warn({ code: 'series-break', file: fn, column: 'flags', message: flaggedRowsMessage(fn, f) });
  }
}

/**
 * Record warnings for the analysis of `column` over `years` (the disparity tables' rule): the
 * known series breaks of the bundled panel that the span crosses; a per-capita census break when
 * rows flagged `per-capita-pre-census` are mixed with unflagged ones (any column name); and each
 * other flag concerning `column` met on a used row, once, in the order met (flags whose advice is
 * "nothing to do" are skipped). Returns the warnings.
 */
export function warnColumnFlags(fn: string, column: string, years: readonly number[], used: Iterable<Set<string>>): DataWarning[] {
  const out = crossesBreak(years, column);
  const rows = [...used];
  const pre = rows.filter((s) => s.has('per-capita-pre-census')).length;
  if (pre > 0 && pre < rows.length && !out.some((w) => w.code === 'series-break:per-capita-census-2020')) {
    const f = 'per-capita-pre-census';
    out.push(warn({ code: 'series-break:per-capita-census-2020', file: fn, column,
      message: `${fn}: ${column} mixes rows flagged "${f}" with later rows: ${QUALITY_FLAGS[f].meaning} — ${QUALITY_FLAGS[f].advice}` }));
  }
  const seen = new Set<string>();
  for (const s of rows) {
    for (const f of s) {
      if (seen.has(f)) continue;
      seen.add(f);
      const info = QUALITY_FLAGS[f as QualityFlag];
      if (!info || !info.columns.includes(column)) continue;
      if (f === 'per-capita-pre-census' || f === 'resident-pre-census') continue; // only matters across the break, checked above
      if (info.advice.startsWith('nothing to do')) continue;
      out.push(warn({ code: 'flagged-rows', file: fn, column, message: flaggedRowsMessage(fn, f as QualityFlag, column) }));
    }
  }
  return out;
}

/** The distinct flags of these rows that concern one of `columns` (or are unknown), sorted and `;`-joined. */
export function relevantFlags(rows: Iterable<Set<string>>, columns: readonly string[]): string {
  const out = new Set<string>();
  for (const s of rows) {
    for (const f of s) {
      const info = QUALITY_FLAGS[f as QualityFlag];
      if (!info || info.columns.some((c) => columns.includes(c))) out.add(f);
    }
  }
  return [...out].sort().join(';');
}
