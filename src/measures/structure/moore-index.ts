/**
 * Moore structural-change index: cosine (and angle) between two share vectors.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, requireSameLength, sum, type Numbers } from '../../core/validate.js';

/**
 * How similar the sector composition is between two periods (Moore index): the cosine of the
 * angle between the two share vectors. 1 means no structural change; lower means more change.
 *
 * Formula: `M = Σ_i s_i,0 · s_i,1 / ( √Σ s_i,0² · √Σ s_i,1² )`.
 *
 * Convention: returns the **cosine** (some papers report the angle θ = arccos M; use
 * {@link mooreAngle}). Shares or levels may be passed — the cosine is scale-free. The result
 * is clamped to [−1, 1] only against float round-off.
 *
 * Units: dimensionless, in [0, 1] for non-negative shares.
 *
 * Reference: Moore, J. H. (1978) A measure of structural change in output,
 * Review of Income and Wealth 24(1): 105–118, https://doi.org/10.1111/j.1475-4991.1978.tb00034.x
 *
 * @param fromShares - sector shares in the first period.
 * @param toShares - sector shares in the second period, same order.
 * @throws MeasureError on empty, non-finite, negative or mismatched input, or an all-zero vector.
 * @example
 * ```ts
 * mooreIndex([0.1, 0.5, 0.4], [0.05, 0.45, 0.5]) // 0.9836443733741065
 * ```
 */
export function mooreIndex(fromShares: Numbers, toShares: Numbers): number {
  const name = 'mooreIndex';
  requireFinite(name, 'fromShares', fromShares);
  requireFinite(name, 'toShares', toShares);
  requireSameLength(name, fromShares, 'fromShares', toShares, 'toShares');
  requireNonNegative(name, 'fromShares', fromShares);
  requireNonNegative(name, 'toShares', toShares);
  const dot = sum(fromShares.map((a, i) => a * toShares[i]!));
  const na = Math.sqrt(sum(fromShares.map((a) => a * a)));
  const nb = Math.sqrt(sum(toShares.map((b) => b * b)));
  if (na === 0 || nb === 0) {
    throw new MeasureError('degenerate', name, 'a share vector is all zero', {
      argument: na === 0 ? 'fromShares' : 'toShares',
    });
  }
  return Math.min(1, Math.max(-1, dot / (na * nb)));
}

/**
 * The Moore structural-change angle θ = arccos(M) between two share vectors, in degrees
 * (0 = no change, 90 = complete reallocation).
 *
 * Formula: `θ = arccos(M) · 180 / π`, computed as `2·atan2(|â − b̂|, |â + b̂|)` on the unit
 * vectors, which equals arccos(M) but stays exact for small angles.
 *
 * Units: degrees.
 *
 * Reference: as {@link mooreIndex}.
 *
 * @throws MeasureError as {@link mooreIndex}.
 * @example
 * ```ts
 * mooreAngle([0.1, 0.5, 0.4], [0.05, 0.45, 0.5]) // 10.376835615722337
 * ```
 */
export function mooreAngle(fromShares: Numbers, toShares: Numbers): number {
  mooreIndex(fromShares, toShares); // validates
  // θ = 2·atan2(|â − b̂|, |â + b̂|) with unit vectors: exact near 0°, where acos(M) is not.
  const na = Math.sqrt(sum(fromShares.map((a) => a * a)));
  const nb = Math.sqrt(sum(toShares.map((b) => b * b)));
  const diff = Math.sqrt(sum(fromShares.map((a, i) => (a / na - toShares[i]! / nb) ** 2)));
  const plus = Math.sqrt(sum(fromShares.map((a, i) => (a / na + toShares[i]! / nb) ** 2)));
  return (2 * Math.atan2(diff, plus) * 180) / Math.PI;
}
