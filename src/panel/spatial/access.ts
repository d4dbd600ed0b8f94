/**
 * Internal helpers of the spatial panel functions: reading one variable of a city-year table as
 * values aligned with the units of a {@link SpatialWeights} (by city code). Not exported.
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import type { SpatialWeights } from '../../measures/spatial/types.js';
import { DISPARITY_WORDING, flagSets, numberColumn, requireColumns, textColumn } from '../access.js';

/** One year of a variable, aligned with the weights' units. */
export interface YearSlice {
  /** Value of each unit (null when the row is absent or the value missing). */
  values: (number | null)[];
  /** Chinese name of each unit (from city_zh, else the code). */
  names: string[];
  /** Flags of the row of each unit (empty set when absent). */
  flags: Set<string>[];
  /** Table row index of each unit (−1 when absent). */
  rows: number[];
}

/** Table view with the columns the spatial panel functions need. */
export interface SpatialPanel {
  t: ColumnTable;
  years: number[];
  slice(year: number): YearSlice;
}

/** Read a city-year table for the spatial functions: `year`, `city_code`, the variable; units matched to `w.ids` by city code. */
export function spatialPanel(table: TableInput, fn: string, variable: string, w: SpatialWeights): SpatialPanel {
  const t = asTable(table, fn);
  requireColumns(t, fn, ['year', 'city_code', variable], DISPARITY_WORDING);
  if (!w || !Array.isArray(w.ids)) throw new DataError('invalid', 'weights must be a SpatialWeights (e.g. guangdongWeights(...))', { file: fn });
  const year = numberColumn(t, 'year', fn, DISPARITY_WORDING);
  const code = numberColumn(t, 'city_code', fn, DISPARITY_WORDING);
  const value = numberColumn(t, variable, fn, DISPARITY_WORDING);
  const zh = t.columnNames().includes('city_zh') ? textColumn(t, 'city_zh') : undefined;
  const flags = flagSets(t);
  const unit = new Map(w.ids.map((id, i) => [id, i]));
  const byYear = new Map<number, number[]>();
  year.forEach((y, i) => {
    if (y === null) throw new DataError('not-a-number', 'year is missing', { file: fn, row: i + 1, column: 'year' });
    const c = code[i];
    if (c === null || c === undefined || !unit.has(String(c))) {
      throw new DataError('unknown-city', `city_code ${String(c)} is not a unit of the weights`, { file: fn, row: i + 1, column: 'city_code' },
        'build the weights over the same cities as the table (guangdongWeights for the 21 cities)');
    }
    const list = byYear.get(y) ?? [];
    if (list.some((r) => code[r] === c)) throw new DataError('duplicate-key', `city ${c} appears twice in ${y}`, { file: fn, row: i + 1, column: 'city_code' });
    list.push(i);
    byYear.set(y, list);
  });
  const names = w.ids.map((id) => id);
  for (const rows of byYear.values()) for (const r of rows) if (zh) names[unit.get(String(code[r]))!] = zh[r]!;
  return {
    t,
    years: [...byYear.keys()].sort((a, b) => a - b),
    slice(y: number): YearSlice {
      const rows = new Array<number>(w.n).fill(-1);
      for (const r of byYear.get(y) ?? []) rows[unit.get(String(code[r]))!] = r;
      return {
        values: rows.map((r) => (r < 0 ? null : (value[r] ?? null))),
        names,
        flags: rows.map((r) => (r < 0 ? new Set<string>() : flags[r]!)),
        rows,
      };
    },
  };
}

/** Check requested years are in the table. */
export function requireYears(fn: string, years: readonly number[], available: readonly number[]): void {
  for (const y of years) {
    if (!Number.isInteger(y) || !available.includes(y)) {
      throw new DataError('out-of-range', `year ${String(y)} is not in the table`, { file: fn, column: 'year' }, `years present: ${available[0]}–${available[available.length - 1]}`);
    }
  }
}

/** Per-capita GDP basis of a year's rows: 'pre-census' (flagged per-capita-pre-census), 'census-2020', or 'mixed'. */
export function censusBasis(flags: readonly Set<string>[]): 'pre-census' | 'census-2020' | 'mixed' {
  const pre = flags.filter((f) => f.has('per-capita-pre-census')).length;
  if (pre === flags.length) return 'pre-census';
  if (pre === 0) return 'census-2020';
  return 'mixed';
}
