/**
 * Census population shares for the censuses a (possibly year-limited) panel covers.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { censusPopulationShares, type CensusShareRow } from './census-population-shares.js';
import { readCityYears } from './rows.js';

/**
 * {@link censusPopulationShares} when the panel has rows for both 2010 and 2020, and an empty
 * list when it ends before 2020 or starts after 2010 (a report limited with `--year 2015` has
 * no 2020 census to compare). A panel that has the census years but lacks a city's census count
 * is still refused with the DataError of {@link censusPopulationShares}: nothing is filled.
 * @example
 * ```ts
 * censusShift(loadGuangdongPanel({ to: 2015 })) // []
 * censusShift(loadGuangdongPanel()).find((r) => r.unit === 'PRD')?.change_pp // ≈ 8.04
 * ```
 */
export function censusShift(panel: TableInput): CensusShareRow[] {
  const years = new Set(readCityYears(panel, 'censusShift', [], ['population_census']).map((r) => r.year));
  return years.has(2010) && years.has(2020) ? censusPopulationShares(panel) : [];
}
