/**
 * Per-year regional disparity of a per-capita variable across cities, with Theil decompositions.
 * @module
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { coefficientOfVariation } from '../../measures/inequality/coefficient-of-variation.js';
import { gini } from '../../measures/inequality/gini.js';
import { theilDecompose } from '../../measures/inequality/theil-decompose.js';
import { williamson } from '../../measures/inequality/williamson.js';
import { DISPARITY_WORDING, flagSets, numberColumn, relevantFlags, requireColumns, selectYears, warnColumnFlags } from '../access.js';
import { cityLabels, groupLabels, groupOfRows, requirePositive, type DisparityGrouping } from './access.js';

const FN = 'disparityTable';

/** Options of {@link disparityTable}. */
export interface DisparityTableOptions {
  /** Per-capita column to measure; default `'gdp_per_capita'` (元). Values must be > 0. */
  variable?: string;
  /**
   * Population column to weight by (e.g. `'population_resident'`, `'population_census'`,
   * `'population_registered'`). Omitted: every city counts once (unweighted) and `williamson` is null.
   */
  weight?: string;
  /** Grouping for the Theil decompositions; default `'region'` (PRD, East, West, North). */
  groups?: DisparityGrouping;
  /** Years to report; default every year in the table. */
  years?: readonly number[];
}

/**
 * Regional disparity of a per-capita variable across Guangdong's cities, year by year: CV,
 * Williamson, Gini, Theil T and L, each Theil split into between and within groups (the four
 * regions, or PRD vs the rest) with each group's contribution.
 *
 * One row per year, columns:
 * - `year`; `n` (cities with a value); `n_missing` and `missing_cities` (cities of that year whose
 *   value is missing: not used, listed rather than silently dropped);
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
 * - `flags`: the distinct quality flags concerning the variable or the weight on the rows used.
 *
 * Group labels: `PRD`, `East`, `West`, `North`, or `PRD` and `rest` (粤东西北).
 * Warnings (through `warn`): a span of years crossing a known series break of the variable (the
 * 2019/2020 census revision of per-capita GDP), and quality flags concerning the variable.
 *
 * @param table a city-year table (`CityYearRow` columns: `year`, `region`, a city column, the
 *   variable, optionally the weight and `flags`): arquero table, records or DataFrame
 * @throws DataError for a missing column, a non-numeric or non-positive value (naming the row),
 *   an unknown region, a requested year absent from the table.
 * @example
 * ```ts
 * const t = disparityTable(loadGuangdongPanel({ from: 2001, to: 2019 }), { groups: 'region' });
 * t.get('theil_t', 0) // Theil T of the 21 cities' per-capita GDP in 2001 (unweighted)
 * ```
 */
export function disparityTable(table: TableInput, options: DisparityTableOptions = {}): ColumnTable {
  const t = asTable(table, FN);
  const variable = options.variable ?? 'gdp_per_capita';
  const grouping = options.groups ?? 'region';
  if (grouping !== 'region' && grouping !== 'prd-vs-rest') {
    throw new DataError('invalid', `groups must be 'region' or 'prd-vs-rest', got ${String(grouping)}`, { function: FN });
  }
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
  const years = selectYears(yearCol as number[], options.years, FN);
  const labels = groupLabels(grouping);

  const rows: Record<string, unknown>[] = [];
  const usedFlags: Array<Set<string>> = [];
  const usedYears: number[] = [];
  for (const year of years) {
    const idx: number[] = [];
    const missing: string[] = [];
    const weightMissing: string[] = [];
    for (let i = 0; i < yearCol.length; i++) {
      if (yearCol[i] !== year) continue;
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
    const row: Record<string, unknown> = {
      year,
      n: idx.length,
      n_missing: missing.length,
      missing_cities: missing.join(','),
      weight: options.weight ?? 'none',
      weight_missing: weightMissing.length,
      weight_missing_cities: weightMissing.join(','),
    };
    const nulls = (): void => {
      for (const k of ['cv', 'williamson', 'gini', 'theil_t', 'theil_t_between', 'theil_t_within', 'theil_t_between_contribution',
        'theil_l', 'theil_l_between', 'theil_l_within', 'theil_l_between_contribution']) if (!(k in row)) row[k] = null;
      for (const g of labels) {
        row[`theil_t_contribution_${g}`] ??= null;
        row[`theil_l_contribution_${g}`] ??= null;
      }
    };
    for (const g of labels) row[`n_${g}`] = idx.filter((i) => group[i] === g).length;
    if (idx.length === 0) {
      nulls();
      row.flags = '';
      rows.push(row);
      continue;
    }
    usedYears.push(year);
    const v = idx.map((i) => value[i]!);
    const g = idx.map((i) => group[i]!);
    row.cv = coefficientOfVariation(v);
    const weighted = weight !== undefined;
    const complete = weightMissing.length === 0;
    if (weighted && !complete) {
      nulls();
    } else {
      const w = weighted ? idx.map((i) => weight[i]!) : undefined;
      row.williamson = w ? williamson(v, w) : null;
      row.gini = gini(v, w ? { weights: w } : {});
      for (const index of ['T', 'L'] as const) {
        const d = theilDecompose(v, g, { ...(w ? { weights: w } : {}), index });
        const p = `theil_${index.toLowerCase()}`;
        row[p] = d.total;
        row[`${p}_between`] = d.between;
        row[`${p}_within`] = d.within;
        row[`${p}_between_contribution`] = d.betweenContribution;
        for (const label of labels) row[`${p}_contribution_${label}`] = d.groups.find((x) => x.group === label)?.contribution ?? null;
      }
    }
    row.flags = relevantFlags(idx.map((i) => flags[i]!), [variable, ...(options.weight ? [options.weight] : [])]);
    rows.push(row);
  }
  warnColumnFlags(FN, variable, usedYears, usedFlags);
  const columns = [
    'year', 'n', 'n_missing', 'missing_cities', 'weight', 'weight_missing', 'weight_missing_cities',
    'cv', 'williamson', 'gini',
    'theil_t', 'theil_t_between', 'theil_t_within', 'theil_t_between_contribution',
    'theil_l', 'theil_l_between', 'theil_l_within', 'theil_l_between_contribution',
    ...labels.flatMap((g) => [`theil_t_contribution_${g}`, `theil_l_contribution_${g}`]),
    ...labels.map((g) => `n_${g}`),
    'flags',
  ];
  const out: Record<string, unknown[]> = {};
  for (const c of columns) out[c] = rows.map((r) => r[c] ?? null);
  return aq.table(out);
}
