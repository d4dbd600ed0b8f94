/**
 * Labour productivity (GDP per employed person) by region and its gap.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { employmentBreakCities, sumAll, unitYears, type LabourUnit } from './aggregate.js';
import { readCityYears } from './rows.js';

/** Options of {@link labourProductivity}. */
export interface LabourProductivityOptions {
  /** Employment break threshold, pp; default 20. */
  breakThresholdPp?: number;
}

/** One unit-year of {@link labourProductivity}. */
export interface LabourProductivityRow {
  unit: LabourUnit;
  year: number;
  /** Σ GDP, 亿元 (current prices). */
  gdp: number | null;
  /** Σ employed persons, 万人. */
  employment: number | null;
  /** gdp / employment × 10 000: 元 of GDP per employed person (current prices); null unless both are complete. */
  productivity: number | null;
  /** productivity / productivity of the PRD (the gap; PRD = 1). */
  ratio_to_prd: number | null;
  /** productivity / productivity of the 21 cities. */
  ratio_to_province: number | null;
  /** A member's employment series breaks this year. */
  break_before: boolean;
  break_cities: string[];
}

/**
 * GDP per employed person by region and for the 21 cities:
 * productivity = Σ GDP (亿元) × 10⁸ / (Σ employment (万人) × 10⁴) = Σ GDP / Σ E × 10 000 元 per
 * person, current prices; the gap is the ratio to the PRD (and to the 21 cities). A unit-year is
 * null unless every member has both. Caveat: the bundled `employment` counts all employed persons
 * only until 1997–2000 and unit employment (单位从业人员) afterwards, widened again in 2013
 * ({@link employmentBreaks}); levels after the switch overstate productivity, so read the ratios
 * within one basis and never across a `break_before` year.
 * @example
 * ```ts
 * labourProductivity(loadGuangdongPanel()).find((r) => r.unit === 'North' && r.year === 1995)?.ratio_to_prd
 * ```
 */
export function labourProductivity(panel: TableInput, options: LabourProductivityOptions = {}): LabourProductivityRow[] {
  const rows = readCityYears(panel, 'labourProductivity', ['gdp', 'employment']);
  const breaks = employmentBreakCities(panel, options.breakThresholdPp);
  const base = unitYears(rows).map((g) => {
    const gdp = sumAll(g.members, 'gdp');
    const e = sumAll(g.members, 'employment');
    const b = (breaks.get(g.year) ?? []).filter((c) => g.unit === 'Guangdong' || c.region === g.unit).map((c) => c.city_zh);
    return { unit: g.unit, year: g.year, gdp, employment: e, productivity: gdp !== null && e !== null && e > 0 ? (gdp / e) * 1e4 : null, b };
  });
  const prd = new Map(base.filter((r) => r.unit === 'PRD').map((r) => [r.year, r.productivity]));
  const gd = new Map(base.filter((r) => r.unit === 'Guangdong').map((r) => [r.year, r.productivity]));
  const ratio = (x: number | null, y: number | null | undefined): number | null => (x !== null && y !== null && y !== undefined && y > 0 ? x / y : null);
  return base.map((r) => ({
    unit: r.unit, year: r.year, gdp: r.gdp, employment: r.employment, productivity: r.productivity,
    ratio_to_prd: ratio(r.productivity, prd.get(r.year)), ratio_to_province: ratio(r.productivity, gd.get(r.year)),
    break_before: r.b.length > 0, break_cities: r.b,
  }));
}
