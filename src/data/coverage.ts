/**
 * Which years and city-years of a panel have a value, variable by variable.
 * @module
 */
import { DataError } from '../core/errors.js';
import { asTable, type TableInput } from './table-input.js';

/** Coverage of one variable of a panel, as computed by {@link panelCoverage}. */
export interface PanelCoverageRow {
  /** The column. */
  readonly column: string;
  /** Years in which at least one unit has a value, ascending. */
  readonly years: readonly number[];
  /** First and last of `years` (null when the column has no value at all). */
  readonly first_year: number | null;
  readonly last_year: number | null;
  /** Unit-years (city-years) with a value. */
  readonly n_values: number;
  /** Unit-years of the table's unit × year grid without a value, absent rows included. */
  readonly n_missing: number;
  /** Years of the table in which every unit of the table has a value, ascending. */
  readonly complete_years: readonly number[];
  /** Years of the table in which no unit has a value, ascending. */
  readonly missing_years: readonly number[];
}

/** Identifier and text columns left out when no columns are named. */
const NOT_VARIABLES = new Set(['city_code', 'city_zh', 'city_en', 'region', 'year', 'flags', 'sources', 'source', 'gdp_source']);

const FN = 'panelCoverage';

function isValue(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'number') return !Number.isNaN(v);
  if (typeof v === 'string') return v.trim() !== '';
  return true;
}

/**
 * Coverage of each variable of a city-year (or year-only) panel: the years with a value, the
 * number of unit-years with a value, the first and last year, the unit-years missing, the years
 * complete for every unit, and the years with no value at all.
 *
 * Formula: with U the distinct units of the table (`city_code`, else `city_zh`; one unit when the
 * table has neither, e.g. the provincial series) and Y its distinct years,
 * `n_missing = |U|·|Y| − n_values`; a year is complete when all |U| units have a value in it.
 *
 * Convention: a value is any cell that is not null, undefined, NaN or blank text. The grid is the
 * table's own units × years, so in an unbalanced panel absent rows count as missing. By default
 * every column except the identifiers and text columns (city_code, city_zh, city_en, region, year,
 * flags, sources, source, gdp_source) is reported, in table order.
 *
 * Units: years and counts of unit-years.
 *
 * Reference: the panel column contract, src/data/schema.ts (CityYearRow).
 *
 * @param table - a panel with a `year` column (arquero table, array of row objects or DataFrame-like).
 * @param columns - the variables to report, in this order (default: all variables, see above).
 * @throws DataError `missing-column` when `year` or a named column is absent, `not-a-number` for a
 *   year that is not an integer, `duplicate-key` for a repeated unit-year, `empty` for an empty table.
 * @example
 * ```ts
 * panelCoverage([
 *   { city_code: 1, year: 2010, gdp: 1 }, { city_code: 2, year: 2010, gdp: null },
 *   { city_code: 1, year: 2011, gdp: null }, { city_code: 2, year: 2011, gdp: null },
 * ], ['gdp'])
 * // [{ column: 'gdp', years: [2010], first_year: 2010, last_year: 2010, n_values: 1, n_missing: 3,
 * //    complete_years: [], missing_years: [2011] }]
 * ```
 */
export function panelCoverage(table: TableInput, columns?: readonly string[]): PanelCoverageRow[] {
  const t = asTable(table, FN);
  const names = t.columnNames();
  if (!names.includes('year')) throw new DataError('missing-column', `${FN}: the table has no "year" column`, { function: FN, column: 'year' }, 'pass a panel with one row per unit and year');
  const n = t.numRows();
  if (n === 0) throw new DataError('empty', `${FN}: the table has no rows`, { function: FN }, 'pass a non-empty panel');
  const vars = columns ? [...columns] : names.filter((c) => !NOT_VARIABLES.has(c));
  for (const c of vars) {
    if (!names.includes(c)) throw new DataError('missing-column', `${FN}: the table has no "${c}" column`, { function: FN, column: c }, `use one of ${names.join(', ')}`);
  }
  const keyCol = names.includes('city_code') ? 'city_code' : names.includes('city_zh') ? 'city_zh' : null;
  const yearsCol = t.array('year') as ArrayLike<unknown>;
  const keys = keyCol ? (t.array(keyCol) as ArrayLike<unknown>) : null;
  const years: number[] = new Array(n);
  const units = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const y = yearsCol[i];
    if (typeof y !== 'number' || !Number.isInteger(y)) {
      throw new DataError('not-a-number', `${FN}: year ${JSON.stringify(y)} is not an integer`, { function: FN, row: i, column: 'year' }, 'years are whole calendar years such as 2010');
    }
    years[i] = y;
    const u = keys ? String(keys[i]) : '';
    units.add(u);
    const k = `${u}\u0000${y}`;
    if (seen.has(k)) throw new DataError('duplicate-key', `${FN}: two rows for ${keyCol ?? 'the table'} ${u} in ${y}`, { function: FN, row: i, column: keyCol ?? 'year' }, 'keep one row per unit and year');
    seen.add(k);
  }
  const allYears = [...new Set(years)].sort((a, b) => a - b);
  const nUnits = units.size;
  return vars.map((column) => {
    const col = t.array(column) as ArrayLike<unknown>;
    const perYear = new Map<number, number>();
    let nValues = 0;
    for (let i = 0; i < n; i++) {
      if (!isValue(col[i])) continue;
      nValues++;
      perYear.set(years[i]!, (perYear.get(years[i]!) ?? 0) + 1);
    }
    const ys = allYears.filter((y) => perYear.has(y));
    return {
      column,
      years: ys,
      first_year: ys.length ? ys[0]! : null,
      last_year: ys.length ? ys[ys.length - 1]! : null,
      n_values: nValues,
      n_missing: nUnits * allYears.length - nValues,
      complete_years: allYears.filter((y) => perYear.get(y) === nUnits),
      missing_years: allYears.filter((y) => !perYear.has(y)),
    };
  });
}
