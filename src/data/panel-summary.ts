/**
 * What a city-year panel and the provincial series hold, in a few typed numbers: the counts a
 * report's data chapter states (cities, years, rows, balance, cities by region, quality flags)
 * and the span of the provincial series.
 *
 * Written by hand: arquero's `rollup` counts distinct values, but the flag counts and the
 * per-region city lists in region order are a few lines over the rows either way.
 * @module
 */
import { DataError } from '../core/errors.js';
import { QUALITY_FLAGS, SERIES_BREAKS, flagsOf, type SeriesBreak } from './flags.js';
import { REGIONS, type QualityFlag, type Region } from './schema.js';
import { asTable, type TableInput } from './table-input.js';

/** The cities of one region in a panel, in the order of their city codes. */
export interface PanelRegionCities {
  region: Region;
  /** Chinese short names. */
  cities: string[];
}

/** Rows of a panel carrying one quality flag. */
export interface PanelFlagCount {
  flag: QualityFlag;
  rows: number;
}

/** What {@link panelSummary} finds. */
export interface PanelSummary {
  /** Distinct cities (by `city_code`). */
  cities: number;
  /** Distinct years, ascending. */
  years: number[];
  firstYear: number;
  lastYear: number;
  /** City-year rows. */
  rows: number;
  /** rows = cities × years (every city in every year). */
  balanced: boolean;
  /** The official four regions, in order PRD, East, West, North (a region without cities has an empty list). */
  regions: PanelRegionCities[];
  /** Rows with at least one quality flag. */
  flaggedRows: number;
  /** Rows per flag, every flag of {@link QUALITY_FLAGS} in its order (0 when none). */
  flagCounts: PanelFlagCount[];
}

const FN = 'panelSummary';

/**
 * Count what a city-year panel holds: cities, years, rows, whether it is balanced, the cities of
 * each region, and rows by quality flag.
 * @param panel - a city-year panel with `city_code, city_zh, region, year` (and `flags`, optional).
 * @throws DataError `empty` for a table without rows, `missing-column` for a missing key column.
 * @example
 * ```ts
 * const s = panelSummary(loadGuangdongPanel());
 * s.cities // 21; s.firstYear // 1994; s.rows // 588; s.balanced // true
 * ```
 */
export function panelSummary(panel: TableInput): PanelSummary {
  const t = asTable(panel, FN);
  const names = t.columnNames();
  for (const c of ['city_code', 'city_zh', 'region', 'year']) {
    if (!names.includes(c)) throw new DataError('missing-column', `the table has no "${c}" column`, { function: FN, column: c }, 'pass a city-year panel such as loadGuangdongPanel()');
  }
  if (t.numRows() === 0) throw new DataError('empty', 'the panel has no rows', { function: FN });
  const code = t.array('city_code') as ArrayLike<unknown>;
  const zh = t.array('city_zh') as ArrayLike<unknown>;
  const region = t.array('region') as ArrayLike<unknown>;
  const year = t.array('year') as ArrayLike<unknown>;
  const flags = names.includes('flags') ? (t.array('flags') as ArrayLike<unknown>) : null;
  const cityName = new Map<number, { zh: string; region: string }>();
  const years = new Set<number>();
  const counts = new Map<QualityFlag, number>();
  let flagged = 0;
  for (let i = 0; i < t.numRows(); i++) {
    const c = Number(code[i]);
    if (!cityName.has(c)) cityName.set(c, { zh: String(zh[i]), region: String(region[i]) });
    years.add(Number(year[i]));
    const f = flagsOf({ flags: flags && typeof flags[i] === 'string' ? (flags[i] as string) : '' });
    if (f.length > 0) flagged += 1;
    for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const ys = Array.from(years).sort((a, b) => a - b);
  const codes = Array.from(cityName.keys()).sort((a, b) => a - b);
  return {
    cities: codes.length,
    years: ys,
    firstYear: ys[0] ?? Number.NaN,
    lastYear: ys[ys.length - 1] ?? Number.NaN,
    rows: t.numRows(),
    balanced: t.numRows() === codes.length * ys.length,
    regions: REGIONS.map((r) => ({ region: r, cities: codes.filter((c) => cityName.get(c)?.region === r).map((c) => cityName.get(c)?.zh ?? String(c)) })),
    flaggedRows: flagged,
    flagCounts: (Object.keys(QUALITY_FLAGS) as QualityFlag[]).map((flag) => ({ flag, rows: counts.get(flag) ?? 0 })),
  };
}

/** One year of the provincial series as {@link provinceSummary} hands it back. */
export interface ProvinceSeriesRow {
  year: number;
  /** GDP, 亿元, current prices. */
  gdp: number | null;
  /** Real GDP growth, %. */
  gdp_real_growth: number | null;
  /** Official real growth of per-capita GDP, %. */
  gdp_per_capita_real_growth: number | null;
  /** Source id of the GDP value. */
  gdp_source: string;
}

/** What {@link provinceSummary} finds. */
export interface ProvinceSummary {
  /** The rows from `from` to `to`, ascending. */
  rows: ProvinceSeriesRow[];
  /** First and last year of the whole series up to `to` (null when none). */
  firstYear: number | null;
  lastYear: number | null;
  /** First and last year with both GDP and per-capita GDP real growth (null when none). */
  growthFrom: number | null;
  growthTo: number | null;
  /** GDP of `lastYear`, 亿元. */
  lastGdp: number | null;
}

/**
 * The provincial series (`loadGuangdongProvince()`) up to a year: its rows from `from`, its span,
 * the span with both real growth rates, and the latest GDP.
 * @param options - `to`: last year (default or null: all); `from`: first row returned (default: all; the spans use every year ≤ `to`).
 * @throws DataError `missing-column` when `year`, `gdp`, `gdp_real_growth` or `gdp_per_capita_real_growth` is missing.
 * @example
 * ```ts
 * const p = provinceSummary(loadGuangdongProvince(), { to: 2015 });
 * p.firstYear // 1992; p.lastYear // 2015; p.growthFrom // 2007 (both growth rates)
 * ```
 */
export function provinceSummary(province: TableInput, options: { from?: number | null; to?: number | null } = {}): ProvinceSummary {
  const fn = 'provinceSummary';
  const t = asTable(province, fn);
  const names = t.columnNames();
  for (const c of ['year', 'gdp', 'gdp_real_growth', 'gdp_per_capita_real_growth']) {
    if (!names.includes(c)) throw new DataError('missing-column', `the table has no "${c}" column`, { function: fn, column: c }, 'pass loadGuangdongProvince()');
  }
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const col = (c: string): ArrayLike<unknown> => (names.includes(c) ? (t.array(c) as ArrayLike<unknown>) : new Array<unknown>(t.numRows()).fill(''));
  const [year, gdp, g, gpc, src] = ['year', 'gdp', 'gdp_real_growth', 'gdp_per_capita_real_growth', 'gdp_source'].map(col);
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const all: ProvinceSeriesRow[] = [];
  for (let i = 0; i < t.numRows(); i++) {
    const y = Number(year![i]);
    if (y > to) continue;
    all.push({ year: y, gdp: num(gdp![i]), gdp_real_growth: num(g![i]), gdp_per_capita_real_growth: num(gpc![i]), gdp_source: String(src![i] ?? '') });
  }
  all.sort((a, b) => a.year - b.year);
  const growth = all.filter((r) => r.gdp_real_growth !== null && r.gdp_per_capita_real_growth !== null);
  const last = all[all.length - 1];
  return {
    rows: all.filter((r) => r.year >= (options.from ?? Number.NEGATIVE_INFINITY)),
    firstYear: all[0]?.year ?? null,
    lastYear: last?.year ?? null,
    growthFrom: growth[0]?.year ?? null,
    growthTo: growth[growth.length - 1]?.year ?? null,
    lastGdp: last?.gdp ?? null,
  };
}

/**
 * The known breaks of the bundled panel ({@link SERIES_BREAKS}) that a report ending in `year`
 * meets: those whose first affected year (`years[0]`, or the later year of `between`) is not
 * after `year`. All of them when `year` is null.
 * @example
 * ```ts
 * seriesBreaksUpTo(2015).map((b) => b.id) // no 'per-capita-census-2020', no 'per-capita-2021-withheld'
 * ```
 */
export function seriesBreaksUpTo(year: number | null): SeriesBreak[] {
  return SERIES_BREAKS.filter((b) => year === null || (b.between ? b.between[1] : (b.years ?? [Number.NEGATIVE_INFINITY]).reduce((m, y) => Math.min(m, y), Number.POSITIVE_INFINITY)) <= year);
}
