/**
 * Where industry and people were at two dates: the regions' shares of GDP, of industry, of
 * employment and of census population side by side.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { employmentBreakCities, sumAll, unitYears, type LabourUnit } from './aggregate.js';
import { readCityYears } from './rows.js';

/** Options of {@link transferBalance}. */
export interface TransferBalanceOptions {
  /** First year, default 2010 (6th census). */
  from?: number;
  /** Last year, default 2020 (7th census). */
  to?: number;
  /** Employment break threshold, pp; default 20. */
  breakThresholdPp?: number;
}

/** One region of {@link transferBalance}; shares are % of the 21 cities, null where a member lacks the value. */
export interface TransferBalanceRow {
  unit: LabourUnit;
  from: number;
  to: number;
  gdp_share_from: number | null;
  gdp_share_to: number | null;
  /** Share of secondary-industry value added (panel `secondary_va`; derived as gdp × share outside 2017–2021). */
  secondary_share_from: number | null;
  secondary_share_to: number | null;
  employment_share_from: number | null;
  employment_share_to: number | null;
  /** False when some city's employment series breaks between `from` and `to` (then the two shares are on different bases). */
  employment_comparable: boolean;
  /** Years in (from, to] with an employment break somewhere in the province. */
  employment_break_years: number[];
  /** Census population share (panel `population_census`), null when the year is not a census year. */
  population_share_from: number | null;
  population_share_to: number | null;
}

/**
 * The regions' shares (% of the 21 cities) of GDP, of secondary-industry value added, of
 * employed persons and of census resident population at two years (default 2010 and 2020, the
 * census years), side by side, so a chapter can say whether industry left the PRD while people
 * kept moving in. Share_r = Σ_{i∈r} X_i / Σ_i X_i × 100. Employment shares at the two years are
 * marked not comparable when any city's series breaks in between (the 2013 widening does).
 * @example
 * ```ts
 * transferBalance(loadGuangdongPanel()).find((r) => r.unit === 'PRD')
 * ```
 */
export function transferBalance(panel: TableInput, options: TransferBalanceOptions = {}): TransferBalanceRow[] {
  const from = options.from ?? 2010;
  const to = options.to ?? 2020;
  const rows = readCityYears(panel, 'transferBalance', ['gdp', 'employment'], ['secondary_va', 'population_census'])
    .filter((r) => r.year === from || r.year === to);
  const groups = unitYears(rows);
  const breaks = employmentBreakCities(panel, options.breakThresholdPp);
  const breakYears = Array.from(breaks.keys()).filter((y) => y > from && y <= to).sort((a, b) => a - b);
  const share = (unit: LabourUnit, year: number, col: string): number | null => {
    const g = groups.find((x) => x.unit === unit && x.year === year);
    const t = groups.find((x) => x.unit === 'Guangdong' && x.year === year);
    const v = g ? sumAll(g.members, col) : null;
    const total = t ? sumAll(t.members, col) : null;
    return v !== null && total !== null && total > 0 ? (v / total) * 100 : null;
  };
  return (['PRD', 'East', 'West', 'North'] as LabourUnit[]).map((unit) => ({
    unit, from, to,
    gdp_share_from: share(unit, from, 'gdp'), gdp_share_to: share(unit, to, 'gdp'),
    secondary_share_from: share(unit, from, 'secondary_va'), secondary_share_to: share(unit, to, 'secondary_va'),
    employment_share_from: share(unit, from, 'employment'), employment_share_to: share(unit, to, 'employment'),
    employment_comparable: breakYears.length === 0, employment_break_years: breakYears,
    population_share_from: share(unit, from, 'population_census'), population_share_to: share(unit, to, 'population_census'),
  }));
}
