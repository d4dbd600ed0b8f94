/**
 * The sector mix of employment (primary / secondary / tertiary) by region.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { employmentBreakCities, unitYears, type LabourUnit } from './aggregate.js';
import { readCityYears } from './rows.js';

/** Options of {@link employmentSectorMix}. */
export interface EmploymentSectorMixOptions {
  /**
   * When true, a unit-year where some member lacks employment or a sector share is computed over
   * the members that have them and flagged `partial` (with `missing_cities`); default false:
   * such a unit-year is null. Nothing is ever filled in.
   */
  partial?: boolean;
  /** Employment break threshold, pp; default 20. */
  breakThresholdPp?: number;
}

/** One unit-year of {@link employmentSectorMix}. */
export interface EmploymentSectorMixRow {
  unit: LabourUnit;
  year: number;
  /** Σ employment of the cities used, 万人. */
  employment: number | null;
  /** Σ E_i·s1_i/100 over the cities used, 万人 (employed in farming, forestry, fishing…). */
  primary_employment: number | null;
  /** Σ E_i·(s2_i + s3_i)/100, 万人. */
  non_farm_employment: number | null;
  /** Employment-weighted shares, %. */
  primary_share: number | null;
  secondary_share: number | null;
  tertiary_share: number | null;
  /** Members lacking employment or a share this year. */
  missing_cities: string[];
  /** Computed over part of the members (`partial` option). */
  partial: boolean;
  /** A member's employment series breaks this year (see employmentBreaks). */
  break_before: boolean;
  break_cities: string[];
}

/**
 * How employment splits over the three sectors in each region (and the 21 cities): the shares
 * of each city (panel `employment_primary_share` etc., %) weighted by its employed persons,
 * s_k(r) = Σ_i E_i s_k,i / Σ_i E_i, and the implied head counts E·s/100 (万人). Known gaps are
 * flagged, not filled: 中山 has no primary share 2009–2019, 东莞 none in 2014, no city after
 * 2019; such unit-years are null unless `partial: true` (then `missing_cities` names who is left
 * out). Caveat: after the basis switch to unit employment (单位从业人员, 1998–2001) farm labour
 * is almost absent from the count (primary shares of 0–5 %): the drop is a coverage change,
 * not labour leaving farming. Use `break_before` and compare within a basis.
 * @example
 * ```ts
 * employmentSectorMix(loadGuangdongPanel()).find((r) => r.unit === 'North' && r.year === 1994)?.primary_share
 * ```
 */
export function employmentSectorMix(panel: TableInput, options: EmploymentSectorMixOptions = {}): EmploymentSectorMixRow[] {
  const cols = ['employment_primary_share', 'employment_secondary_share', 'employment_tertiary_share'] as const;
  const rows = readCityYears(panel, 'employmentSectorMix', ['employment', ...cols]);
  const breaks = employmentBreakCities(panel, options.breakThresholdPp);
  return unitYears(rows).map((g) => {
    const have = g.members.filter((m) => m.values.employment !== null && cols.every((c) => m.values[c] !== null));
    const missing = g.members.filter((m) => !have.includes(m)).map((m) => m.city_zh);
    const b = (breaks.get(g.year) ?? []).filter((c) => g.unit === 'Guangdong' || c.region === g.unit).map((c) => c.city_zh);
    const usable = have.length > 0 && (missing.length === 0 || options.partial === true);
    if (!usable) {
      return {
        unit: g.unit, year: g.year, employment: null, primary_employment: null, non_farm_employment: null,
        primary_share: null, secondary_share: null, tertiary_share: null, missing_cities: missing, partial: false,
        break_before: b.length > 0, break_cities: b,
      };
    }
    let e = 0; let p1 = 0; let p2 = 0; let p3 = 0;
    for (const m of have) {
      const E = m.values.employment!;
      e += E;
      p1 += (E * m.values.employment_primary_share!) / 100;
      p2 += (E * m.values.employment_secondary_share!) / 100;
      p3 += (E * m.values.employment_tertiary_share!) / 100;
    }
    return {
      unit: g.unit, year: g.year, employment: e, primary_employment: p1, non_farm_employment: p2 + p3,
      primary_share: e > 0 ? (p1 / e) * 100 : null, secondary_share: e > 0 ? (p2 / e) * 100 : null, tertiary_share: e > 0 ? (p3 / e) * 100 : null,
      missing_cities: missing, partial: missing.length > 0, break_before: b.length > 0, break_cities: b,
    };
  });
}
