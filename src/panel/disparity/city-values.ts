/**
 * One year of a city variable as typed rows (for maps, Lorenz curves and "the highest and lowest city").
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { Region } from '../../data/schema.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { DISPARITY_WORDING, numberColumn, requireColumns } from '../access.js';
import { cityLabels, groupOfRows, requireUniqueCityYears } from './access.js';

/** Options of {@link cityValues}. */
export interface CityValuesOptions {
  /** The year to read. */
  year: number;
  /** Column to read; default `'gdp_per_capita'` (元). */
  variable?: string;
}

/** One city in {@link cityValues}. */
export interface CityValueRow {
  /** GB/T 2260 code, e.g. 440100. */
  city_code: number;
  /** The city label (city_zh, else city_en, else the code). */
  city_zh: string;
  region: Region;
  /** The variable; null when missing. */
  value: number | null;
}

/** A {@link CityValueRow} with a value. */
export type KnownCityValueRow = CityValueRow & { value: number };

/** Result of {@link cityValues}. */
export interface CityValues {
  year: number;
  variable: string;
  /** Every city with a row that year, in table order (value null when missing). */
  rows: CityValueRow[];
  /** The cities with a value, in table order. */
  known: KnownCityValueRow[];
  /** Cities with a row but no value that year (never dropped silently: listed here). */
  missing_cities: string[];
}

/**
 * The value of one variable for each city in one year, typed: `rows` for a map (missing values
 * stay null, drawn as "no data"), `known` for a Lorenz curve or {@link extremeRows}, and the
 * cities without a value listed in `missing_cities`. A year absent from the table gives empty lists.
 *
 * @param table a city-year table (`year`, `city_code`, `region`, `city_zh`, the variable)
 * @throws DataError for a missing column or city code, a value that is not a number (naming the row), an
 *   unknown region, or two rows for one city in that year (`duplicate-key`).
 * @example
 * ```ts
 * const v = cityValues(loadGuangdongPanel(), { year: 2019 });
 * v.known.length // 21
 * extremeRows(v.known, 'value').max.city_zh // 深圳
 * ```
 */
export function cityValues(table: TableInput, options: CityValuesOptions): CityValues {
  const fn = 'cityValues';
  const t = asTable(table, fn);
  const variable = options.variable ?? 'gdp_per_capita';
  requireColumns(t, fn, ['year', 'city_code', 'region', variable], DISPARITY_WORDING);
  const years = numberColumn(t, 'year', fn, DISPARITY_WORDING);
  const value = numberColumn(t, variable, fn, DISPARITY_WORDING);
  const code = numberColumn(t, 'city_code', fn, DISPARITY_WORDING);
  const city = cityLabels(t, fn);
  const region = groupOfRows(t, 'region', fn) as Region[];
  requireUniqueCityYears(city, years, fn, (i) => years[i] === options.year);
  const rows: CityValueRow[] = [];
  for (let i = 0; i < years.length; i++) {
    if (years[i] !== options.year) continue;
    const c = code[i];
    if (c === null || c === undefined) throw new DataError('not-a-number', 'city_code is missing', { function: fn, row: i + 1, column: 'city_code' }, 'give every row its GB/T 2260 city code');
    rows.push({ city_code: c, city_zh: city[i]!, region: region[i]!, value: value[i] ?? null });
  }
  const known = rows.filter((r): r is KnownCityValueRow => r.value !== null);
  return { year: options.year, variable, rows, known, missing_cities: rows.filter((r) => r.value === null).map((r) => r.city_zh) };
}
