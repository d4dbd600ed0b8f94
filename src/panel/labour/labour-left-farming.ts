/**
 * How much labour left farming between two years, by region, within one employment basis.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { TableInput } from '../../data/table-input.js';
import type { LabourUnit } from './aggregate.js';
import { employmentSectorMix } from './employment-sector-mix.js';

/** Options of {@link labourLeftFarming}. */
export interface LabourLeftFarmingOptions {
  /** First year (default 1994, the first year of the employment series). */
  from?: number;
  /** Last year (default 1997, the last year before any city switches to unit employment). */
  to?: number;
  /** Employment break threshold, pp; default 20. */
  breakThresholdPp?: number;
}

/** One unit of {@link labourLeftFarming}. */
export interface LabourLeftFarmingRow {
  unit: LabourUnit;
  from: number;
  to: number;
  /** Primary share of employment at `from` and `to`, %. */
  primary_share_from: number | null;
  primary_share_to: number | null;
  /** primary_share_to − primary_share_from, percentage points (negative: labour left farming). */
  primary_share_change_pp: number | null;
  /** Employed in the primary sector, 万人, and its change. */
  primary_employment_from: number | null;
  primary_employment_to: number | null;
  primary_employment_change: number | null;
  /** Non-farm employment change, 万人. */
  non_farm_employment_change: number | null;
  /** False when a member city's employment series breaks in (from, to]: then every change is null. */
  comparable: boolean;
  /** Years in (from, to] where a member breaks. */
  break_years: number[];
  /** Members lacking a value at either year (then the unit's values are null). */
  missing_cities: string[];
}

/**
 * The shift of employment out of farming between two years, by region and for the 21 cities:
 * the change in the primary share of employment (pp, {@link employmentSectorMix}) and in the
 * head counts (万人). Changes are given only when no member city's employment series breaks in
 * between ({@link employmentBreaks}); otherwise `comparable: false` and the changes are null, so a
 * coverage change is never read as labour leaving farming. On the bundled panel 1994–1997 is one
 * basis (all employed persons) for every city but 珠海, which breaks in 1996 and 1997 (so the PRD
 * and the province are comparable only over 1994–1995); after the switch to unit employment
 * (1997–2001) the primary share no longer measures farm labour.
 * @throws DataError when `from` is not before `to`.
 * @example
 * ```ts
 * labourLeftFarming(loadGuangdongPanel()).find((r) => r.unit === 'Guangdong')?.primary_share_change_pp // 1994 → 1997
 * ```
 */
export function labourLeftFarming(panel: TableInput, options: LabourLeftFarmingOptions = {}): LabourLeftFarmingRow[] {
  const from = options.from ?? 1994;
  const to = options.to ?? 1997;
  if (!(from < to)) throw new DataError('out-of-range', `from (${from}) must be before to (${to})`, { function: 'labourLeftFarming', column: 'year' });
  const mix = employmentSectorMix(panel, options.breakThresholdPp === undefined ? {} : { breakThresholdPp: options.breakThresholdPp });
  const units = Array.from(new Set(mix.map((r) => r.unit)));
  return units.map((unit) => {
    const a = mix.find((r) => r.unit === unit && r.year === from);
    const b = mix.find((r) => r.unit === unit && r.year === to);
    const breakYears = mix.filter((r) => r.unit === unit && r.year > from && r.year <= to && r.break_before).map((r) => r.year);
    const comparable = breakYears.length === 0;
    const missing = Array.from(new Set([...(a?.missing_cities ?? []), ...(b?.missing_cities ?? [])]));
    const d = (x: number | null | undefined, y: number | null | undefined): number | null => (comparable && x != null && y != null ? y - x : null);
    return {
      unit, from, to,
      primary_share_from: a?.primary_share ?? null, primary_share_to: b?.primary_share ?? null,
      primary_share_change_pp: d(a?.primary_share, b?.primary_share),
      primary_employment_from: a?.primary_employment ?? null, primary_employment_to: b?.primary_employment ?? null,
      primary_employment_change: d(a?.primary_employment, b?.primary_employment),
      non_farm_employment_change: d(a?.non_farm_employment, b?.non_farm_employment),
      comparable, break_years: breakYears, missing_cities: missing,
    };
  });
}
