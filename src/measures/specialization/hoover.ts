/**
 * Hoover (dissimilarity / concentration) index.
 * @module
 */
import { requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { toShares } from './shares.js';

/**
 * Hoover index: the share of A that would have to move between units for A to be distributed
 * like B (e.g. the share of GDP to move between regions to match the population).
 *
 * Formula: H = ½ Σ_i |a_i/Σa − b_i/Σb|.
 *
 * Conventions: inputs are levels or shares (they are normalised); in [0, 1); equals REAT
 * `hoover(x, ref)`; equals half of {@link krugmanSpecialization} on the same vectors. Scale-free.
 *
 * @param shareA distribution A by unit (e.g. GDP), ≥ 0
 * @param shareB reference distribution B (e.g. population), ≥ 0
 * @throws MeasureError `empty`, `not-finite`, `out-of-domain`, `length-mismatch`, `degenerate`.
 * @see Hoover, E. M. (1936) https://doi.org/10.2307/1927875
 * @example
 * ```ts
 * hoover([1, 3], [1, 1]) // 0.25
 * ```
 */
export function hoover(shareA: Numbers, shareB: Numbers): number {
  const measure = 'hoover';
  const a = toShares(measure, 'shareA', shareA);
  const b = toShares(measure, 'shareB', shareB);
  requireSameLength(measure, shareA, 'shareA', shareB, 'shareB');
  return 0.5 * sum(a.map((s, i) => Math.abs(s - b[i]!)));
}
