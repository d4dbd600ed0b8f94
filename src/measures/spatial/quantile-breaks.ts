/**
 * Quantile class breaks (mapclassify `Quantiles.bins`).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, type Numbers } from '../../core/validate.js';

/**
 * Upper bounds of k quantile classes, as mapclassify `Quantiles(y, k).bins`: the 100·i/k-th
 * percentiles (i = 1…k) with numpy's default linear interpolation — for sorted values
 * x_(0) ≤ … ≤ x_(n−1) and h = (n − 1)·i/k, x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) — with duplicates
 * removed (so fewer than k bounds come back when many values tie). The last bound is the maximum.
 *
 * @param values the values to classify (≥ 1)
 * @param k number of classes, integer ≥ 1
 * @throws MeasureError `empty`, `not-finite`, `out-of-domain` (k not a positive integer).
 * @see mapclassify `Quantiles`; Hyndman, R. J. & Fan, Y. (1996) Sample quantiles in statistical
 *   packages, type 7.
 * @example
 * ```ts
 * quantileBreaks([1, 2, 3, 4, 5], 4) // [2, 3, 4, 5]
 * ```
 */
export function quantileBreaks(values: Numbers, k: number): number[] {
  const measure = 'quantileBreaks';
  requireFinite(measure, 'values', values);
  if (!Number.isInteger(k) || k < 1) {
    throw new MeasureError('out-of-domain', measure, `k must be a positive integer, got ${String(k)}`, { argument: 'k' });
  }
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const out: number[] = [];
  // Percentiles as mapclassify builds them: numpy.arange(w, 100 + w, w), w = 100/k, last capped at 100;
  // then scipy scoreatpercentile's index p/100·(n − 1) (same arithmetic order, so ties match exactly).
  const step = 100 / k;
  for (let i = 1; i <= k; i++) {
    let pct = step + (i - 1) * step;
    if (i === k && pct > 100) pct = 100;
    const h = (pct / 100) * (n - 1);
    const lo = Math.floor(h);
    const frac = h - lo;
    const a = sorted[lo]!;
    const v = frac === 0 || lo + 1 >= n ? a : a + (sorted[lo + 1]! - a) * frac;
    if (out.length === 0 || v !== out[out.length - 1]) out.push(v);
  }
  return out;
}
