/**
 * Employed persons by region and the regions' shares.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { employmentBreakCities, sumAll, unitYears, type LabourUnit } from './aggregate.js';
import { readCityYears } from './rows.js';

/** Options of {@link employmentByRegion}. */
export interface EmploymentByRegionOptions {
  /** Employment break threshold, pp ({@link employmentBreaks}); default 20. */
  breakThresholdPp?: number;
}

/** One region-year (or province-year) of {@link employmentByRegion}. */
export interface EmploymentRegionRow {
  unit: LabourUnit;
  year: number;
  /** Σ employed persons of the member cities, 万人; null unless every member has a value. */
  employment: number | null;
  /** employment / Σ employment of the 21 cities × 100, %; null unless both are complete. */
  share_pct: number | null;
  n_units: number;
  n_expected: number;
  /** Some city of the province has an employment break this year (shares change basis). */
  break_before: boolean;
  /** Cities of this unit with a break this year. */
  break_cities: string[];
  /** `emp:${n}`: province-wide stretch of years without any city's break; compare shares and levels within one. */
  segment_id: string;
}

/**
 * Employed persons (panel `employment`, 万人) summed by region and for the 21 cities, and each
 * region's share of the 21-city total (%). Share_r = Σ_{i∈r} E_i / Σ_i E_i × 100. A region-year
 * is null unless every member city has a value (nothing is filled). Because the bundled series
 * changes basis city by city ({@link employmentBreaks}: 社会从业人员 → 单位从业人员 around
 * 1998–2001, wider count from 2013), a province-wide `segment_id` changes in every year where
 * any city breaks: compare years only within one segment.
 * @example
 * ```ts
 * employmentByRegion(loadGuangdongPanel()).find((r) => r.unit === 'PRD' && r.year === 2015)?.share_pct
 * ```
 */
export function employmentByRegion(panel: TableInput, options: EmploymentByRegionOptions = {}): EmploymentRegionRow[] {
  const rows = readCityYears(panel, 'employmentByRegion', ['employment']);
  const breaks = employmentBreakCities(panel, options.breakThresholdPp);
  const groups = unitYears(rows);
  const totals = new Map(groups.filter((g) => g.unit === 'Guangdong').map((g) => [g.year, sumAll(g.members, 'employment')]));
  const years = Array.from(totals.keys()).sort((a, b) => a - b);
  const segment = new Map<number, number>();
  let seg = 0;
  years.forEach((y, i) => {
    if (i > 0 && (breaks.has(y) || y !== years[i - 1]! + 1)) seg += 1;
    segment.set(y, seg);
  });
  return groups.map((g) => {
    const e = sumAll(g.members, 'employment');
    const total = totals.get(g.year) ?? null;
    const b = breaks.get(g.year) ?? [];
    return {
      unit: g.unit, year: g.year, employment: e,
      share_pct: e !== null && total !== null && total > 0 ? (e / total) * 100 : null,
      n_units: g.members.filter((m) => m.values.employment !== null).length, n_expected: g.members.length,
      break_before: b.length > 0,
      break_cities: b.filter((c) => g.unit === 'Guangdong' || c.region === g.unit).map((c) => c.city_zh),
      segment_id: `emp:${segment.get(g.year)!}`,
    };
  });
}
