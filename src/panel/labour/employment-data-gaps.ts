/**
 * The years where the employment data change basis or lack values, for a chapter's data note.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { employmentBreakCities } from './aggregate.js';
import { readCityYears } from './rows.js';

/** Options of {@link employmentDataGaps}. */
export interface EmploymentDataGapOptions {
  /** Employment break threshold, pp ({@link employmentBreaks}); default 20. */
  breakThresholdPp?: number;
}

/** One year of {@link employmentDataGaps}; city names in city-code order. */
export interface EmploymentDataGapRow {
  year: number;
  /** Cities whose employed-persons series breaks this year (changes basis). */
  break_cities: string[];
  /** Cities without an employed-persons value. */
  missing_employment: string[];
  /** Cities with employment but without one of the three sector shares of employment. */
  missing_sector_share: string[];
}

/**
 * Every year in which some city's employment series breaks ({@link employmentBreaks}), some
 * city lacks employed persons, or some city lacks a sector share of employment
 * (`employment_primary_share`, `…_secondary_share`, `…_tertiary_share`); years with none of
 * these are left out. This is what {@link employmentSectorMix} and {@link employmentByRegion}
 * flag per unit, gathered by year for the province, so a report can list the gaps instead of
 * filling them (中山 lacks the shares 2009–2019, 东莞 in 2014, every city after 2019).
 * @example
 * ```ts
 * employmentDataGaps(loadGuangdongPanel()).find((r) => r.year === 2010)?.missing_sector_share // ['中山']
 * ```
 */
export function employmentDataGaps(panel: TableInput, options: EmploymentDataGapOptions = {}): EmploymentDataGapRow[] {
  const cols = ['employment_primary_share', 'employment_secondary_share', 'employment_tertiary_share'];
  const rows = readCityYears(panel, 'employmentDataGaps', ['employment', ...cols]);
  const breaks = employmentBreakCities(panel, options.breakThresholdPp);
  const byYear = new Map<number, EmploymentDataGapRow>();
  const get = (year: number): EmploymentDataGapRow => {
    const g = byYear.get(year) ?? { year, break_cities: [], missing_employment: [], missing_sector_share: [] };
    byYear.set(year, g);
    return g;
  };
  for (const r of rows) {
    if (r.values.employment === null) get(r.year).missing_employment.push(r.city_zh);
    else if (cols.some((c) => r.values[c] === null)) get(r.year).missing_sector_share.push(r.city_zh);
    if ((breaks.get(r.year) ?? []).some((b) => b.city_zh === r.city_zh)) get(r.year).break_cities.push(r.city_zh);
  }
  return Array.from(byYear.values()).sort((a, b) => a.year - b.year);
}
