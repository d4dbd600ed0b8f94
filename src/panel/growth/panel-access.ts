/**
 * Internal helpers shared by the growth-and-structure panel functions: reading columns of a
 * city-year or province-year table, grouping rows into units (city, region, province), and
 * turning quality flags into one warning each. Not exported from the package.
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { warn } from '../../core/warnings.js';
import { REGIONS, type QualityFlag } from '../../data/schema.js';
import { QUALITY_FLAGS } from '../../data/flags.js';

/** The level at which a panel function reports. */
export type PanelLevel = 'city' | 'region' | 'province';

/** Label of the province-level unit. */
export const PROVINCE_UNIT = 'Guangdong';

/** A numeric column as an array of `number | null` (missing column → all null). */
export function numberColumn(t: ColumnTable, name: string, fn: string): Array<number | null> {
  const n = t.numRows();
  if (!t.columnNames().includes(name)) return new Array<number | null>(n).fill(null);
  const raw = t.array(name) as ArrayLike<unknown>;
  const out = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) out[i] = null;
    else if (typeof v === 'number' && Number.isFinite(v)) out[i] = v;
    else {
      throw new DataError('not-a-number', `value ${JSON.stringify(v)} is not a number`, { file: fn, row: i + 1, column: name },
        'read the table with readPanel/panelFromRecords, which parses and validates numbers');
    }
  }
  return out;
}

/** A text column as strings ('' for missing; missing column → all ''). */
export function textColumn(t: ColumnTable, name: string): string[] {
  const n = t.numRows();
  if (!t.columnNames().includes(name)) return new Array<string>(n).fill('');
  const raw = t.array(name) as ArrayLike<unknown>;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = raw[i] === null || raw[i] === undefined ? '' : String(raw[i]);
  return out;
}

/** Whether the table is a city-year panel (it has a city column) rather than a provincial series. */
export function isCityPanel(t: ColumnTable): boolean {
  const cols = t.columnNames();
  return cols.includes('city_code') || cols.includes('city_zh') || cols.includes('city_en');
}

/** Throw unless the table has these columns. */
export function requireColumns(t: ColumnTable, fn: string, names: string[]): void {
  const cols = t.columnNames();
  for (const c of names) {
    if (!cols.includes(c)) {
      throw new DataError('missing-column', `the table has no "${c}" column`, { file: fn, column: c },
        `columns present: ${cols.join(', ')}; see CityYearRow / ProvinceYearRow in src/data/schema.ts`);
    }
  }
}

/** Integer years of the table, validated. */
export function yearColumn(t: ColumnTable, fn: string): number[] {
  requireColumns(t, fn, ['year']);
  const ys = numberColumn(t, 'year', fn);
  return ys.map((y, i) => {
    if (y === null || !Number.isInteger(y)) {
      throw new DataError('invalid', `year ${String(y)} is not an integer`, { file: fn, row: i + 1, column: 'year' }, 'give every row a calendar year');
    }
    return y;
  });
}

/** The city label of each row (city_zh, else city_en, else city_code). */
export function cityKeys(t: ColumnTable): string[] {
  const zh = textColumn(t, 'city_zh');
  const en = textColumn(t, 'city_en');
  const code = textColumn(t, 'city_code');
  return zh.map((z, i) => z || en[i] || code[i]!);
}

/** Region of each row; a city panel aggregated by region must have a `region` column. */
export function regionKeys(t: ColumnTable, fn: string): string[] {
  requireColumns(t, fn, ['region']);
  const r = textColumn(t, 'region');
  r.forEach((v, i) => {
    if (!v) throw new DataError('invalid', 'region is missing', { file: fn, row: i + 1, column: 'region' }, 'give every city its region (PRD, East, West, North)');
  });
  return r;
}

/** Check there is one row per unit key and year. */
export function requireUniqueKeys(keys: string[], years: number[], fn: string, what: string): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    const id = `${k}\u0000${years[i]}`;
    if (seen.has(id)) {
      throw new DataError('duplicate-key', `${what} "${k}" has two rows for ${years[i]}`, { file: fn, row: i + 1 }, 'keep one row per city and year');
    }
    seen.add(id);
  });
}

/** Flags (split) of each row. */
export function flagSets(t: ColumnTable): Array<Set<string>> {
  return textColumn(t, 'flags').map((f) => new Set(f.split(';').map((x) => x.trim()).filter(Boolean)));
}

/**
 * Record one warning per relevant quality flag met in the rows an analysis used.
 * @param relevant - the flags that matter to this analysis.
 */
export function warnFlags(fn: string, used: Iterable<Set<string>>, relevant: readonly QualityFlag[]): void {
  const met = new Set<QualityFlag>();
  for (const s of used) for (const f of relevant) if (s.has(f)) met.add(f);
  for (const f of relevant) {
    if (!met.has(f)) continue;
    warn({ code: 'series-break', file: fn, column: 'flags', message: `${fn}: rows flagged "${f}" were used: ${QUALITY_FLAGS[f].meaning} — ${QUALITY_FLAGS[f].advice}` });
  }
}

/** Rows of each unit in year order: key → (year → row index). */
export function indexUnits(keys: string[], years: number[]): Map<string, Map<number, number>> {
  const m = new Map<string, Map<number, number>>();
  keys.forEach((k, i) => {
    let u = m.get(k);
    if (!u) m.set(k, (u = new Map()));
    u.set(years[i]!, i);
  });
  return m;
}

/** Keep the years asked for (all when `years` is undefined). */
export function yearFilter(years: readonly number[] | undefined): (y: number) => boolean {
  if (years === undefined) return () => true;
  const s = new Set(years);
  return (y) => s.has(y);
}

/** Entries of a region → members map in the conventional order (PRD, East, West, North, then others). */
export function orderRegions<T>(m: Map<string, T>): Array<[string, T]> {
  const rank = (k: string) => {
    const i = (REGIONS as readonly string[]).indexOf(k);
    return i < 0 ? REGIONS.length : i;
  };
  return [...m].sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
