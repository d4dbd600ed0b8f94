/**
 * Quantile classes (mapclassify `Quantiles.yb`).
 * @module
 */
import { warn } from '../../core/warnings.js';
import type { Numbers } from '../../core/validate.js';
import { quantileBreaks } from './quantile-breaks.js';

/**
 * 0-based quantile class of each value, as mapclassify `Quantiles(values, k).yb`: class c holds
 * the values in (b_{c−1}, b_c] — closed on the right, x ≤ upper bound — where b are the
 * {@link quantileBreaks} (numpy's linear-interpolation percentiles, duplicates removed) and
 * b_{−1} = −∞. When ties leave fewer than k distinct bounds, fewer classes are used and a
 * `quantile-ties` warning is recorded (mapclassify warns too).
 *
 * @param values the values to classify
 * @param k number of classes (e.g. 5 for quintiles)
 * @throws MeasureError as {@link quantileBreaks}.
 * @example
 * ```ts
 * quantileClasses([5, 1, 4, 2, 3], 5) // [4, 0, 3, 1, 2]
 * ```
 */
export function quantileClasses(values: Numbers, k: number): number[] {
  const bins = quantileBreaks(values, k);
  if (bins.length < k) {
    warn({
      code: 'quantile-ties',
      message: `quantileClasses: ties leave only ${bins.length} distinct class bounds for k = ${k}; values are put in ${bins.length} classes`,
    });
  }
  return Array.from(values, (v) => {
    // first bound with v ≤ bound (binary search; bins ascending, last = max)
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v <= bins[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  });
}
