/**
 * Per-year regional disparity of a per-capita variable across cities, with Theil decompositions.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { warn } from '../../core/warnings.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { coefficientOfVariation } from '../../measures/inequality/coefficient-of-variation.js';
import { gini } from '../../measures/inequality/gini.js';
import { theilDecompose } from '../../measures/inequality/theil-decompose.js';
import { williamson } from '../../measures/inequality/williamson.js';
import { DISPARITY_WORDING, flagSets, numberColumn, relevantFlags, requireColumns, selectYears, warnColumnFlags } from '../access.js';
import { tableKind, type PanelTable } from '../table.js';
import {
  cityLabels, groupLabels, groupOfRows, requireGrouping, requirePositive, requireUniqueCityYears,
  type DisparityGroupLabel, type DisparityGrouping,
} from './access.js';

const FN = 'disparityTable';

/** Options of {@link disparityTable}. */
export interface DisparityTableOptions<G extends DisparityGrouping = DisparityGrouping> {
  /** Per-capita column to measure; default `'gdp_per_capita'` (元). Values must be > 0. */
  variable?: string;
  /**
   * Population column to weight by (e.g. `'population_resident'`, `'population_census'`,
   * `'population_registered'`). Omitted: every city counts once (unweighted) and `williamson` is null.
   */
  weight?: string;
  /** Grouping for the Theil decompositions; default `'region'` (PRD, East, West, North); `'prd-vs-periphery'`: PRD and `periphery` (粤东西北). */
  groups?: G;
  /** Years to report; default every year in the table. */
  years?: readonly number[];
}

/** The columns of a {@link disparityTable} row that do not depend on the grouping. */
export interface DisparityBaseRow {
  year: number;
  /** Cities with a value this year. */
  n: number;
  /** Cities of the table without a value this year: a row with the value missing, or no row at all for that year. */
  n_missing: number;
  /** Those cities, comma-separated (rows with a missing value first, in table order, then absent cities). */
  missing_cities: string;
  /** The weight column, or `'none'`. */
  weight: string;
  /** Cities with a value but no weight (then the weighted columns are null). */
  weight_missing: number;
  weight_missing_cities: string;
  /** Unweighted coefficient of variation (population SD / mean). */
  cv: number | null;
  /** Population-weighted CV (null without weights). */
  williamson: number | null;
  gini: number | null;
  theil_t: number | null;
  theil_t_between: number | null;
  theil_t_within: number | null;
  theil_t_between_contribution: number | null;
  theil_l: number | null;
  theil_l_between: number | null;
  theil_l_within: number | null;
  theil_l_between_contribution: number | null;
  /** Distinct quality flags concerning the variable or the weight on the rows used, `;`-joined. */
  flags: string;
  /** Why the measures are null, when they are ('' otherwise). */
  note: string;
}

/**
 * One output row of {@link disparityTable} (read them with `.rows()`): the {@link DisparityBaseRow}
 * columns plus, for each group label `L` (`PRD`, `East`, `West`, `North`, or `PRD`, `periphery`),
 * `theil_t_contribution_L`, `theil_l_contribution_L` and `n_L`.
 */
export type DisparityRow<L extends string = DisparityGroupLabel> = DisparityBaseRow
  & { [K in L as `theil_t_contribution_${K}`]: number | null }
  & { [K in L as `theil_l_contribution_${K}`]: number | null }
  & { [K in L as `n_${K}`]: number };

const MEASURES = ['cv', 'williamson', 'gini', 'theil_t', 'theil_t_between', 'theil_t_within', 'theil_t_between_contribution',
  'theil_l', 'theil_l_between', 'theil_l_within', 'theil_l_between_contribution'] as const;

/** Output columns of {@link disparityTable} that do not depend on the grouping, in order (the group columns come after `theil_l_between_contribution`). */
export const DISPARITY_BASE_COLUMNS = ['year', 'n', 'n_missing', 'missing_cities', 'weight', 'weight_missing', 'weight_missing_cities',
  ...MEASURES, 'flags', 'note'] as const satisfies ReadonlyArray<keyof DisparityBaseRow>;

const makeTables: { [G in DisparityGrouping]: (columns: Record<string, unknown[]>, names: readonly string[]) => PanelTable<DisparityRow<DisparityGroupLabel<G>>> } = {
  region: tableKind(FN, DISPARITY_BASE_COLUMNS),
  'prd-vs-periphery': tableKind(FN, DISPARITY_BASE_COLUMNS),
};

/**
 * Regional disparity of a per-capita variable across Guangdong's cities, year by year: CV,
 * Williamson, Gini, Theil T and L, each Theil split into between and within groups (the four
 * regions, or the PRD against the periphery 粤东西北) with each group's contribution.
 *
 * One row per year, columns:
 * - `year`; `n` (cities with a value); `n_missing` and `missing_cities`: cities of the table
 *   without a value that year — a row whose value is missing, or no row at all for that year (an
 *   unbalanced panel; recorded as an `absent-units` warning) — not used, listed rather than
 *   silently dropped;
 * - `weight` (the weight column, or `'none'`); `weight_missing` and `weight_missing_cities`: cities
 *   with a value but no population. When > 0 the weighted columns of that year are null — the
 *   missing population is reported, never imputed;
 * - `cv`: unweighted CV (population SD / mean, see `coefficientOfVariation`) — always computed;
 * - `williamson`: population-weighted CV about the national mean (null without complete weights);
 * - `gini`, `theil_t`, `theil_t_between`, `theil_t_within`, `theil_t_between_contribution`,
 *   `theil_l`, `theil_l_between`, `theil_l_within`, `theil_l_between_contribution`: weighted by
 *   `weight` when given (null in years with missing weights), else unweighted;
 * - for each group g: `theil_t_contribution_<g>`, `theil_l_contribution_<g>` (within-group
 *   contribution rates; with the between contribution they sum to 1; null when g has no city
 *   that year or the index is 0), and `n_<g>`;
 * - `flags`: the distinct quality flags concerning the variable or the weight on the rows used;
 * - `note`: why the measures are null — fewer than two cities with a value (a disparity of one
 *   city is undefined, not 0), or missing weights.
 *
 * Group labels: `PRD`, `East`, `West`, `North`, or `PRD` and `periphery` (粤东西北, {@link PERIPHERY_GROUP}).
 * Warnings (through `warn`): a span of years crossing a known series break of the variable (the
 * 2019/2020 census revision of per-capita GDP), and quality flags concerning the variable.
 *
 * @param table a city-year table (`CityYearRow` columns: `year`, `region`, a city column, the
 *   variable, optionally the weight and `flags`): arquero table, records or DataFrame
 * @throws DataError for a missing column, a non-numeric or non-positive value (naming the row),
 *   two rows for one city and year (`duplicate-key`), an unknown region, a requested year absent
 *   from the table.
 * @example
 * ```ts
 * const t = disparityTable(loadGuangdongPanel({ from: 2001, to: 2019 }), { groups: 'region' });
 * t.rows()[0].theil_t // Theil T of the 21 cities' per-capita GDP in 2001 (unweighted)
 * t.rows()[0].theil_t_contribution_PRD // the PRD's within-group contribution (typed: the groups are the four regions)
 * ```
 */
export function disparityTable<G extends DisparityGrouping = 'region'>(table: TableInput, options: DisparityTableOptions<G> = {}): PanelTable<DisparityRow<DisparityGroupLabel<G>>> {
  const t = asTable(table, FN);
  const variable = options.variable ?? 'gdp_per_capita';
  const grouping = requireGrouping(options.groups ?? 'region', FN) as G;
  requireColumns(t, FN, ['year', variable, ...(options.weight ? [options.weight] : [])], DISPARITY_WORDING);
  const yearCol = numberColumn(t, 'year', FN, DISPARITY_WORDING);
  const value = numberColumn(t, variable, FN, DISPARITY_WORDING);
  const weight = options.weight ? numberColumn(t, options.weight, FN, DISPARITY_WORDING) : undefined;
  const group = groupOfRows(t, grouping, FN);
  const city = cityLabels(t, FN);
  const flags = flagSets(t);
  yearCol.forEach((y, i) => {
    if (y === null) throw new DataError('not-a-number', 'year is missing', { function: FN, row: i + 1, column: 'year' });
  });
  const ids = requireUniqueCityYears(city, yearCol, FN);
  const years = selectYears(yearCol as number[], options.years, FN);
  const labels = groupLabels(grouping);

  // Rows of each reported year, in table order (one pass); the cities of the table are ids.labels (first-seen order).
  const rowsOfYear = new Map<number, number[]>(years.map((y) => [y, []]));
  for (let i = 0; i < yearCol.length; i++) rowsOfYear.get(yearCol[i]!)?.push(i);
  // stamp[c] = 1 + the index of the last year in which city c has a row.
  const stamp = new Int32Array(ids.labels.length);

  const groupColumns = [...labels.flatMap((g) => [`theil_t_contribution_${g}`, `theil_l_contribution_${g}`]), ...labels.map((g) => `n_${g}`)];
  const names = [...DISPARITY_BASE_COLUMNS.slice(0, DISPARITY_BASE_COLUMNS.indexOf('flags')), ...groupColumns, 'flags', 'note'];
  const out: Record<string, unknown[]> = Object.fromEntries(names.map((c) => [c, new Array<unknown>(years.length).fill(null)]));
  const usedFlags: Array<Set<string>> = [];
  const usedYears: number[] = [];
  let absentCityYears = 0;
  years.forEach((year, k) => {
    const rows = rowsOfYear.get(year)!;
    const idx: number[] = [];
    const missing: string[] = [];
    const weightMissing: string[] = [];
    for (const i of rows) {
      stamp[ids.id[i]!] = k + 1;
      const v = value[i];
      if (v === null || v === undefined) {
        missing.push(city[i]!);
        continue;
      }
      requirePositive(v, FN, i, variable, true);
      if (weight) {
        const w = weight[i];
        if (w === null || w === undefined) weightMissing.push(city[i]!);
        else requirePositive(w, FN, i, options.weight!, true);
      }
      idx.push(i);
      usedFlags.push(flags[i]!);
    }
    for (let c = 0; c < ids.labels.length; c++) {
      if (stamp[c] !== k + 1) {
        missing.push(ids.labels[c]!);
        absentCityYears++;
      }
    }
    const set = (column: string, v: unknown): void => {
      out[column]![k] = v;
    };
    set('year', year);
    set('n', idx.length);
    set('n_missing', missing.length);
    set('missing_cities', missing.join(','));
    set('weight', options.weight ?? 'none');
    set('weight_missing', weightMissing.length);
    set('weight_missing_cities', weightMissing.join(','));
    for (const g of labels) {
      let n = 0;
      for (const i of idx) if (group[i] === g) n++;
      set(`n_${g}`, n);
    }
    set('flags', '');
    set('note', '');
    if (idx.length === 0) {
      set('note', 'no city has a value: no disparity measure');
      return;
    }
    usedYears.push(year);
    set('flags', relevantFlags(idx.map((i) => flags[i]!), [variable, ...(options.weight ? [options.weight] : [])]));
    if (idx.length < 2) {
      set('note', `only ${idx.length} city has a value (${city[idx[0]!]}): a disparity needs at least two, so the measures are null`);
      return;
    }
    const v = idx.map((i) => value[i]!);
    const g = idx.map((i) => group[i]!);
    set('cv', coefficientOfVariation(v));
    if (weight !== undefined && weightMissing.length > 0) {
      set('note', `${weightMissing.length} of ${idx.length} cities have no ${options.weight} (weight_missing_cities): the weighted measures are null`);
      return;
    }
    const w = weight !== undefined ? idx.map((i) => weight[i]!) : undefined;
    set('williamson', w ? williamson(v, w) : null);
    set('gini', gini(v, w ? { weights: w } : {}));
    for (const index of ['T', 'L'] as const) {
      const d = theilDecompose(v, g, { ...(w ? { weights: w } : {}), index });
      const p = `theil_${index.toLowerCase()}`;
      set(p, d.total);
      set(`${p}_between`, d.between);
      set(`${p}_within`, d.within);
      set(`${p}_between_contribution`, d.betweenContribution);
      for (const label of labels) set(`${p}_contribution_${label}`, d.groups.find((x) => x.group === label)?.contribution ?? null);
    }
  });
  if (absentCityYears > 0) {
    warn({ code: 'absent-units', file: FN, column: 'year',
      message: `${FN}: ${absentCityYears} city-years have no row at all (an unbalanced panel); those cities are counted in n_missing and listed in missing_cities of their years` });
  }
  warnColumnFlags(FN, variable, usedYears, usedFlags);
  return makeTables[grouping](out, names) as PanelTable<DisparityRow<DisparityGroupLabel<G>>>;
}
