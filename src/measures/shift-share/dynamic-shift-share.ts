/**
 * Dynamic (year-by-year) shift-share analysis (Barff & Knight 1988).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { sum, type Numbers } from '../../core/validate.js';
import { shiftShare, type ShiftShareIndustry, type ShiftShareOptions, type ShiftShareResult } from './shift-share.js';

/** Result of {@link dynamicShiftShare}: the sums of the yearly decompositions, and each year's. */
export interface DynamicShiftShareResult extends ShiftShareResult {
  /** The decomposition of each consecutive pair of periods (periods[t] → periods[t + 1]). */
  periods: ShiftShareResult[];
}

/**
 * Dynamic shift-share: the classic decomposition applied to each consecutive pair of periods
 * and summed, so that the national and industry growth rates are updated every year and the
 * region's changing industry mix is followed.
 *
 * Formula: component = Σ_t component(t → t + 1) for nationalShare, industrialMix, regionalShift
 * (and allocation), per industry and in total; growth telescopes to Σ (e_{T} − e_{0}).
 *
 * Conventions: as {@link shiftShare} (Dunn by default, Esteban-Marquillas on request).
 * Series are arrays of periods, each an array of industry values in the same order.
 *
 * @param regionSeries the region's values, one array per period (≥ 2 periods)
 * @param nationSeries the nation's values, same shape
 * @throws MeasureError `empty` (fewer than 2 periods), `length-mismatch` (different numbers of
 *   periods), and the errors of {@link shiftShare} for each pair (the message names the period).
 * @see Barff, R. A. & Knight, P. L. (1988) Dynamic shift-share analysis. Growth and Change 19(2),
 *   1–10. https://doi.org/10.1111/j.1468-2257.1988.tb00465.x
 * @example
 * ```ts
 * dynamicShiftShare([[10, 10], [12, 10], [12, 14]], [[100, 100], [110, 100], [110, 120]]).growth // 6
 * ```
 */
export function dynamicShiftShare(
  regionSeries: ReadonlyArray<Numbers>,
  nationSeries: ReadonlyArray<Numbers>,
  options: ShiftShareOptions = {},
): DynamicShiftShareResult {
  const measure = 'dynamicShiftShare';
  if (!Array.isArray(regionSeries) || regionSeries.length < 2) {
    throw new MeasureError('empty', measure, 'needs at least two periods', { argument: 'regionSeries' });
  }
  if (!Array.isArray(nationSeries) || nationSeries.length !== regionSeries.length) {
    throw new MeasureError('length-mismatch', measure, `"nationSeries" must have ${regionSeries.length} periods like "regionSeries"`, { argument: 'nationSeries' });
  }
  const periods: ShiftShareResult[] = [];
  for (let t = 0; t + 1 < regionSeries.length; t++) {
    try {
      periods.push(
        shiftShare(
          { regionBase: regionSeries[t]!, regionFinal: regionSeries[t + 1]!, nationBase: nationSeries[t]!, nationFinal: nationSeries[t + 1]! },
          options,
        ),
      );
    } catch (e) {
      if (e instanceof MeasureError) {
        throw new MeasureError(e.code, measure, `period ${t} → ${t + 1}: ${e.message}`, { argument: e.argument ?? 'regionSeries', ...(e.index !== undefined ? { index: e.index } : {}) });
      }
      throw e;
    }
  }
  const first = periods[0]!;
  const k = first.industries.length;
  const industries: ShiftShareIndustry[] = [];
  for (let i = 0; i < k; i++) {
    const col = (f: (x: ShiftShareIndustry) => number): number => sum(periods.map((p) => f(p.industries[i]!)));
    industries.push({
      growth: col((x) => x.growth),
      nationalShare: col((x) => x.nationalShare),
      industrialMix: col((x) => x.industrialMix),
      regionalShift: col((x) => x.regionalShift),
      allocation: first.method === 'dunn' ? null : col((x) => x.allocation ?? 0),
    });
  }
  const tot = (f: (p: ShiftShareResult) => number): number => sum(periods.map(f));
  return {
    method: first.method,
    growth: tot((p) => p.growth),
    nationalShare: tot((p) => p.nationalShare),
    industrialMix: tot((p) => p.industrialMix),
    regionalShift: tot((p) => p.regionalShift),
    allocation: first.method === 'dunn' ? null : tot((p) => p.allocation ?? 0),
    netShift: tot((p) => p.netShift),
    industries,
    periods,
  };
}
