/**
 * Shares of a total.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireFiniteScalar, requireNonNegative, sum, type Numbers } from '../../core/validate.js';

/**
 * The share of a part in a total (e.g. secondary-industry value added in GDP).
 *
 * Formula: `s = part / total`.
 *
 * Convention: a **fraction** (0.45 for 45 %); panel tables show percent. `part` may be negative
 * (a sector with negative value added) or exceed `total`: the ratio is returned as is, since a
 * share is only bounded by [0, 1] when the parts are non-negative components of the total.
 *
 * Units: a fraction.
 *
 * Reference: NBS, 三次产业划分规定 (2012/2018), http://www.stats.gov.cn/sj/tjbz/.
 *
 * @throws MeasureError when an input is not finite or `total` is not positive.
 * @example
 * ```ts
 * share(45, 100) // 0.45
 * ```
 */
export function share(part: number, total: number): number {
  const name = 'share';
  requireFiniteScalar(name, 'part', part);
  requireFiniteScalar(name, 'total', total);
  if (total <= 0) {
    throw new MeasureError('out-of-domain', name, `total ${total} must be positive`, { argument: 'total' });
  }
  return part / total;
}

/**
 * The shares of each part in the sum of all parts (a partition), which add up to 1.
 *
 * Formula: `s_i = x_i / Σ_j x_j`, the sum compensated (Neumaier) so the shares add up to 1
 * to float precision.
 *
 * Convention: fractions; parts must be non-negative and not all zero.
 *
 * Units: fractions.
 *
 * Reference: as {@link share}.
 *
 * @throws MeasureError when `parts` is empty, holds a non-finite or negative value, or sums to 0.
 * @example
 * ```ts
 * shares([5, 45, 50]) // [0.05, 0.45, 0.5]
 * ```
 */
export function shares(parts: Numbers): number[] {
  const name = 'shares';
  requireFinite(name, 'parts', parts);
  requireNonNegative(name, 'parts', parts);
  const total = sum(parts);
  if (total <= 0) {
    throw new MeasureError('degenerate', name, 'all parts are zero, so shares are undefined', { argument: 'parts' });
  }
  return Array.from(parts, (x) => x / total);
}
