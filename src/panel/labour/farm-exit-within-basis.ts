/**
 * The move out of farming by region over the longest window on one employment basis.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { labourLeftFarming, type LabourLeftFarmingRow } from './labour-left-farming.js';

/** Options of {@link farmExitWithinBasis}. */
export interface FarmExitOptions {
  /** First year (default 1994, the first year of the employment series). */
  from?: number;
  /** Latest last year (default 1997, the last year before the switch to unit employment); a report year cuts it further. */
  to?: number;
  /** Employment break threshold, pp; default 20. */
  breakThresholdPp?: number;
}

/**
 * For each region and the 21 cities, {@link labourLeftFarming} from `from` to the last year
 * before the unit's first employment break in (from, to] (or `to` when there is none): the
 * longest window on which the primary share and head counts are comparable. A unit whose
 * series breaks right after `from` gets `comparable: false` and null changes (with `to` =
 * the requested `to`). On the bundled panel: East, West and North 1994→1997; the PRD and the
 * province 1994→1995 (珠海 breaks in 1996).
 * @example
 * ```ts
 * farmExitWithinBasis(loadGuangdongPanel()).find((r) => r.unit === 'PRD') // { from: 1994, to: 1995, comparable: true, … }
 * ```
 */
export function farmExitWithinBasis(panel: TableInput, options: FarmExitOptions = {}): LabourLeftFarmingRow[] {
  const from = options.from ?? 1994;
  const to = options.to ?? 1997;
  const t = options.breakThresholdPp === undefined ? {} : { breakThresholdPp: options.breakThresholdPp };
  const full = labourLeftFarming(panel, { ...t, from, to });
  return full.map((r) => {
    const first = r.break_years.reduce((m, y) => Math.min(m, y), Number.POSITIVE_INFINITY);
    if (r.comparable || first <= from + 1) return r;
    return labourLeftFarming(panel, { ...t, from, to: first - 1 }).find((x) => x.unit === r.unit) ?? r;
  });
}
