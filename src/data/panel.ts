/**
 * Loaders of the bundled Guangdong tables: the city-year panel (`data/city-panel.csv`) and
 * the provincial series (`data/province.csv`). Synchronous; the CSV files are read relative
 * to this module so the same code works from `src/` and from `dist/`.
 * @module
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from '../core/errors.js';
import { requireCity } from './cities.js';
import { bundledNumber, readBundledCsv } from './csv.js';

/** Columns of the bundled city panel, in file order. */
export const CITY_PANEL_COLUMNS = [
  'city_code', 'city_zh', 'city_en', 'region', 'year', 'gdp', 'gdp_real_growth', 'gdp_growth_csmar',
  'gdp_per_capita', 'gdp_per_capita_csmar', 'gdp_per_capita_real_growth', 'primary_share',
  'secondary_share', 'tertiary_share', 'primary_va', 'secondary_va', 'tertiary_va',
  'population_registered', 'population_resident', 'population_census', 'employment',
  'employment_primary_share', 'employment_secondary_share', 'employment_tertiary_share', 'flags', 'sources',
] as const;

/** A column name of the bundled city panel. */
export type CityPanelColumn = (typeof CITY_PANEL_COLUMNS)[number];

/** Columns of the bundled provincial table, in file order. */
export const PROVINCE_COLUMNS = [
  'year', 'gdp', 'gdp_real_growth', 'gdp_per_capita', 'gdp_per_capita_real_growth', 'gdp_nbs', 'gdp_source', 'source',
] as const;

/** A column name of the bundled provincial table. */
export type ProvinceColumn = (typeof PROVINCE_COLUMNS)[number];

const TEXT_COLUMNS = new Set<string>(['city_zh', 'city_en', 'region', 'flags', 'sources', 'gdp_source', 'source']);

/** First and last year of the bundled panel, and the default first year (all 21 cities, whole-city GDP). */
export const PANEL_YEARS = { first: 1990, defaultFrom: 1994, last: 2021 } as const;

function loadColumns(file: string, columns: readonly string[]): Record<string, unknown[]> {
  const records = readBundledCsv(file);
  const out: Record<string, unknown[]> = {};
  for (const c of columns) out[c] = [];
  if (records.length === 0) throw new DataError('empty', 'no rows', { file: `data/${file}` });
  const header = Object.keys(records[0]!);
  for (const c of columns) {
    if (!header.includes(c)) {
      throw new DataError('missing-column', `column "${c}" is missing`, { file: `data/${file}`, row: 0, column: c },
        'rebuild the data with scripts/build-data.ts');
    }
  }
  records.forEach((r, i) => {
    for (const c of columns) {
      out[c]!.push(TEXT_COLUMNS.has(c) ? (r[c] ?? '') : bundledNumber(r[c], `data/${file}`, i + 1, c));
    }
  });
  return out;
}

let panelCache: Record<string, unknown[]> | undefined;
let provinceCache: ColumnTable | undefined;

/** Options of {@link loadGuangdongPanel}. */
export interface PanelOptions {
  /**
   * First year, default 1994 — the first year with all 21 cities and whole-city GDP. Pass 1990
   * to get 1990–93 too (18–21 cities; 1992–93 GDP flagged `gdp-urban-district`).
   */
  from?: number;
  /** Last year, default 2021. */
  to?: number;
  /** Keep only these cities (codes or names, as accepted by `regionOf`). */
  cities?: ReadonlyArray<number | string>;
}

/**
 * The bundled city-year panel of Guangdong's 21 prefecture-level cities as an arquero table,
 * one row per city-year, sorted by city code then year. Columns are {@link CITY_PANEL_COLUMNS}
 * (see `CityYearRow` for units): numbers as numbers, missing as `null`, `flags` and
 * `sources` as `;`-separated strings. Defaults to 1994–2021.
 * @throws DataError when an option is out of range or a city is unknown.
 * @example
 * ```ts
 * const t = loadGuangdongPanel();
 * t.numRows() // 588  (21 cities × 28 years)
 * t.filter((d) => d.city_code === 440100 && d.year === 2010).get('gdp', 0) // 10748.2828
 * ```
 */
export function loadGuangdongPanel(options: PanelOptions = {}): ColumnTable {
  if (options === null || typeof options !== 'object') {
    throw new DataError('invalid', `loadGuangdongPanel: argument "options" is ${String(options)}, not an object`, { file: 'data/city-panel.csv' }, 'pass { from, to, cities } or nothing');
  }
  if (options.cities !== undefined && !Array.isArray(options.cities)) {
    throw new DataError('invalid', `loadGuangdongPanel: option "cities" is ${options.cities === null ? 'null' : typeof options.cities}, not an array`, { file: 'data/city-panel.csv', column: 'cities' }, "pass e.g. { cities: ['广州', 440300] }");
  }
  const from = options.from ?? PANEL_YEARS.defaultFrom;
  const to = options.to ?? PANEL_YEARS.last;
  for (const [name, v] of [['from', from], ['to', to]] as const) {
    if (!Number.isInteger(v) || v < PANEL_YEARS.first || v > PANEL_YEARS.last) {
      throw new DataError('out-of-range', `option ${name} = ${v} is outside ${PANEL_YEARS.first}–${PANEL_YEARS.last}`,
        { file: 'data/city-panel.csv', column: 'year' }, `pass a year between ${PANEL_YEARS.first} and ${PANEL_YEARS.last}`);
    }
  }
  if (from > to) {
    throw new DataError('out-of-range', `from (${from}) is after to (${to})`, { file: 'data/city-panel.csv', column: 'year' });
  }
  panelCache ??= loadColumns('city-panel.csv', CITY_PANEL_COLUMNS);
  const codes = options.cities ? new Set(options.cities.map((c) => requireCity(c, { column: 'cities' }).city_code)) : undefined;
  const years = panelCache.year as number[];
  const cityCodes = panelCache.city_code as number[];
  const keep: number[] = [];
  for (let i = 0; i < years.length; i++) {
    if (years[i]! >= from && years[i]! <= to && (!codes || codes.has(cityCodes[i]!))) keep.push(i);
  }
  const cols: Record<string, unknown[]> = {};
  for (const c of CITY_PANEL_COLUMNS) {
    const src = panelCache[c]!;
    cols[c] = keep.map((i) => src[i]);
  }
  return aq.table(cols);
}

/**
 * The bundled provincial series of Guangdong, one row per year 1992–2022, columns
 * {@link PROVINCE_COLUMNS}. Rule for `gdp` (亿元): the zh.wikipedia table (NBS-based, latest
 * vintage) where it exists (2006–2022), else the NBS provincial file (1992–2005); `gdp_nbs`
 * keeps the NBS value (1992–2020) for comparison with city sums; `gdp_source` names the
 * source of `gdp`, `source` all sources of the row. Growth and per-capita columns come from
 * the zh.wikipedia table only (2006/2007–2022).
 * @example
 * ```ts
 * const p = loadGuangdongProvince().filter((d) => d.year === 2010);
 * p.get('gdp_real_growth', 0) // 12.5
 * p.get('gdp_per_capita_real_growth', 0) // 9.5
 * ```
 */
export function loadGuangdongProvince(): ColumnTable {
  provinceCache ??= aq.table(loadColumns('province.csv', PROVINCE_COLUMNS));
  return provinceCache;
}
