/**
 * Internal helpers of the disparity panel functions: reading and checking columns of a
 * city-year table, grouping cities (four regions or PRD vs the rest), and recording the
 * quality flags met. Not exported from the package.
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { warn, type DataWarning } from '../../core/warnings.js';
import { QUALITY_FLAGS, crossesBreak } from '../../data/flags.js';
import { REGIONS, type QualityFlag } from '../../data/schema.js';

/** How cities are grouped: Guangdong's four regions, or the PRD against the other 12 cities. */
export type DisparityGrouping = 'region' | 'prd-vs-rest';

/** Label of the non-PRD group under `'prd-vs-rest'` (粤东西北: East, West and North). */
export const REST_GROUP = 'rest';

/** The group labels of a grouping, in their conventional order. */
export function groupLabels(grouping: DisparityGrouping): string[] {
  return grouping === 'region' ? [...REGIONS] : ['PRD', REST_GROUP];
}

/** Throw unless the table has these columns. */
export function requireColumns(t: ColumnTable, fn: string, names: readonly string[]): void {
  const cols = t.columnNames();
  for (const c of names) {
    if (!cols.includes(c)) {
      throw new DataError('missing-column', `the table has no "${c}" column`, { file: fn, column: c },
        `columns present: ${cols.join(', ')}; see CityYearRow in src/data/schema.ts`);
    }
  }
}

/** A numeric column as `number | null` (null, undefined and NaN are missing); anything else is a DataError. */
export function numbers(t: ColumnTable, name: string, fn: string): Array<number | null> {
  const raw = t.array(name) as ArrayLike<unknown>;
  const out = new Array<number | null>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) out[i] = null;
    else if (typeof v === 'number' && Number.isFinite(v)) out[i] = v;
    else {
      throw new DataError('not-a-number', `value ${JSON.stringify(v)} is not a finite number`, { file: fn, row: i + 1, column: name },
        'parse the table with readPanel/panelFromRecords or convert the column to numbers');
    }
  }
  return out;
}

/** A text column ('' for missing). */
export function texts(t: ColumnTable, name: string): string[] {
  if (!t.columnNames().includes(name)) return new Array<string>(t.numRows()).fill('');
  const raw = t.array(name) as ArrayLike<unknown>;
  return Array.from({ length: raw.length }, (_, i) => (raw[i] === null || raw[i] === undefined ? '' : String(raw[i])));
}

/** City label of each row: city_zh, else city_en, else city_code. */
export function cityLabels(t: ColumnTable, fn: string): string[] {
  for (const c of ['city_zh', 'city_en', 'city_code']) if (t.columnNames().includes(c)) return texts(t, c);
  throw new DataError('missing-column', 'the table has no city column (city_zh, city_en or city_code)', { file: fn, column: 'city_code' });
}

/** Group of each row under a grouping, from the `region` column (unknown regions are a DataError). */
export function groupOfRows(t: ColumnTable, grouping: DisparityGrouping, fn: string): string[] {
  requireColumns(t, fn, ['region']);
  const regions = texts(t, 'region');
  return regions.map((r, i) => {
    if (!(REGIONS as readonly string[]).includes(r)) {
      throw new DataError('unknown-category', `region "${r}" is not one of ${REGIONS.join(', ')}`, { file: fn, row: i + 1, column: 'region' },
        'use the four official regions (regionOf() maps a city to its region)');
    }
    return grouping === 'region' ? r : r === 'PRD' ? 'PRD' : REST_GROUP;
  });
}

/** Throw on a negative (or, when `strict`, zero) value, naming the row. */
export function requirePositive(value: number, fn: string, row: number, column: string, strict: boolean): void {
  if (strict ? value <= 0 : value < 0) {
    throw new DataError('out-of-range', `value ${value} must be ${strict ? 'positive' : 'non-negative'}`, { file: fn, row: row + 1, column },
      'inequality measures need per-capita levels above zero; correct or remove the row');
  }
}

/**
 * Record warnings for the analysis of `column` over `years`: the known series breaks of the
 * bundled panel that the span crosses, and each quality flag concerning `column` met on a
 * used row (once per flag). Returns the warnings.
 */
export function warnFlags(fn: string, column: string, years: readonly number[], usedFlags: Iterable<string>): DataWarning[] {
  const out = crossesBreak(years, column);
  const cells = [...usedFlags];
  // A user table (any column name) mixing rows flagged pre-census with unflagged rows spans the break too.
  const pre = cells.filter((c) => c.split(';').map((x) => x.trim()).includes('per-capita-pre-census')).length;
  if (pre > 0 && pre < cells.length && !out.some((w) => w.code === 'series-break:per-capita-census-2020')) {
    out.push(warn({ code: 'series-break:per-capita-census-2020', file: fn, column,
      message: `${fn}: ${column} mixes rows flagged "per-capita-pre-census" with later rows: ${QUALITY_FLAGS['per-capita-pre-census'].meaning} — ${QUALITY_FLAGS['per-capita-pre-census'].advice}` }));
  }
  const seen = new Set<string>();
  for (const cell of cells) {
    for (const f of cell.split(';').map((s) => s.trim()).filter(Boolean)) {
      if (seen.has(f)) continue;
      seen.add(f);
      const info = QUALITY_FLAGS[f as QualityFlag];
      if (!info || !info.columns.includes(column)) continue;
      if (f === 'per-capita-pre-census' || f === 'resident-pre-census') continue; // only matters across the break, checked above
      if (info.advice.startsWith('nothing to do')) continue;
      out.push(warn({ code: 'flagged-rows', file: fn, column, message: `${fn}: rows flagged "${f}" were used for ${column}: ${info.meaning} — ${info.advice}` }));
    }
  }
  return out;
}

/** Distinct sorted years of the table, or the requested ones (each must be present). */
export function selectYears(allYears: readonly number[], requested: readonly number[] | undefined, fn: string): number[] {
  const present = [...new Set(allYears)].sort((a, b) => a - b);
  if (requested === undefined) return present;
  for (const y of requested) {
    if (!present.includes(y)) {
      throw new DataError('out-of-range', `year ${y} is not in the table (years present: ${present[0]}–${present[present.length - 1]})`, { file: fn, column: 'year' });
    }
  }
  return [...new Set(requested)].sort((a, b) => a - b);
}

/** The distinct flags, among `cells`, that concern one of `columns`, sorted and `;`-joined. */
export function relevantFlags(cells: readonly string[], columns: readonly string[]): string {
  const out = new Set<string>();
  for (const cell of cells) {
    for (const f of cell.split(';').map((x) => x.trim()).filter(Boolean)) {
      const info = QUALITY_FLAGS[f as QualityFlag];
      if (!info || info.columns.some((c) => columns.includes(c))) out.add(f);
    }
  }
  return [...out].sort().join(';');
}
