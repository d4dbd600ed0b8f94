/**
 * Resident population shares of the regions in the 2010 and 2020 censuses.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { TableInput } from '../../data/table-input.js';
import { sumAll, unitYears, type LabourUnit } from './aggregate.js';
import { readCityYears } from './rows.js';

/** One unit of {@link censusPopulationShares}. */
export interface CensusShareRow {
  unit: LabourUnit;
  /** Census resident population, 万人 (6th census, 1 Nov 2010, at 2020 boundaries). */
  population_2010: number;
  /** Census resident population, 万人 (7th census, 1 Nov 2020). */
  population_2020: number;
  /** Share of the 21-city total, %. */
  share_2010: number;
  share_2020: number;
  /** share_2020 − share_2010, percentage points. */
  change_pp: number;
  /** (population_2020 / population_2010 − 1) × 100, %. */
  growth_pct: number;
  /** population_2020 − population_2010, 万人. */
  increase: number;
}

/**
 * Where people went between the censuses: each region's resident population (panel
 * `population_census` on the 2010 and 2020 rows, 万人; the 2010 count is at 2020 boundaries, as
 * leiii/census gives it), its share of the 21 cities (%), the change in share (pp) and growth
 * (%). The 21-city totals are Guangdong's census totals (10 431.04 万 and 12 601.25 万).
 * @throws DataError when a city lacks a census count in 2010 or 2020.
 * @example
 * ```ts
 * censusPopulationShares(loadGuangdongPanel()).find((r) => r.unit === 'PRD')?.share_2020 // ≈ 61.9
 * ```
 */
export function censusPopulationShares(panel: TableInput): CensusShareRow[] {
  const rows = readCityYears(panel, 'censusPopulationShares', ['population_census']).filter((r) => r.year === 2010 || r.year === 2020);
  const groups = unitYears(rows);
  const value = (unit: LabourUnit, year: number): number => {
    const g = groups.find((x) => x.unit === unit && x.year === year);
    const v = g ? sumAll(g.members, 'population_census') : null;
    if (v === null) {
      const who = g?.members.filter((m) => m.values.population_census === null).map((m) => m.city_zh).join('、') ?? 'all cities';
      throw new DataError('empty', `no ${year} census count for ${who}`, { function: 'censusPopulationShares', column: 'population_census' },
        'pass a panel with the 2010 and 2020 census rows (loadGuangdongPanel() has them)');
    }
    return v;
  };
  const t10 = value('Guangdong', 2010);
  const t20 = value('Guangdong', 2020);
  return (['PRD', 'East', 'West', 'North', 'Guangdong'] as LabourUnit[]).map((unit) => {
    const p10 = value(unit, 2010);
    const p20 = value(unit, 2020);
    const s10 = (p10 / t10) * 100;
    const s20 = (p20 / t20) * 100;
    return { unit, population_2010: p10, population_2020: p20, share_2010: s10, share_2020: s20, change_pp: s20 - s10, growth_pct: (p20 / p10 - 1) * 100, increase: p20 - p10 };
  });
}
