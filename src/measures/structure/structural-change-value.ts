/**
 * 结构变化值 K: half the sum of absolute share changes.
 * @module
 */
import { requireFinite, requireSameLength, sum, type Numbers } from '../../core/validate.js';

/**
 * How much of the economy changed sector between two periods (结构变化值, the Lilien/
 * dissimilarity form): the share of output that would have to move to turn one composition
 * into the other.
 *
 * Formula: `K = ½ · Σ_i |s_i,1 − s_i,0|`.
 *
 * Convention: shares are **fractions**; with the ½ factor K is in [0, 1] (0.10 = 10 % of output
 * reallocated). Many Chinese papers omit the ½ (K' = Σ|Δs| = 2K) and use percent: convert before
 * comparing.
 *
 * Units: a fraction of output.
 *
 * Reference: Duncan, O. D. & Duncan, B. (1955) A methodological analysis of segregation
 * indexes, American Sociological Review 20(2): 210–217, https://doi.org/10.2307/2088328
 *
 * @param from - sector shares in the first period.
 * @param to - sector shares in the second period, same order.
 * @throws MeasureError on empty, non-finite or mismatched input.
 * @example
 * ```ts
 * structuralChangeValue([0.1, 0.5, 0.4], [0.05, 0.45, 0.5]) // 0.09999999999999998 (0.1 up to float round-off)
 * ```
 */
export function structuralChangeValue(from: Numbers, to: Numbers): number {
  const name = 'structuralChangeValue';
  requireFinite(name, 'from', from);
  requireFinite(name, 'to', to);
  requireSameLength(name, from, 'from', to, 'to');
  return 0.5 * sum(from.map((a, i) => Math.abs(to[i]! - a)));
}
