/**
 * Spatial Gini (Rey & Smith 2013).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireNonNegative, type Numbers } from '../../core/validate.js';
import { requireValues } from './internal.js';
import type { SpatialWeights } from './types.js';

/** Result of {@link spatialGini}. */
export interface SpatialGiniResult {
  /** Gini coefficient (population form, as PySAL `Gini`). */
  gini: number;
  /** Σ over neighbour pairs (ordered, both directions) of |y_i − y_j|. */
  wg: number;
  /** Σ over non-neighbour pairs (ordered, i ≠ j) of |y_i − y_j|. */
  wcg: number;
  /** Share of the Gini's pairwise differences that lies between neighbours, wg/(wg + wcg). */
  neighborShare: number;
}

/**
 * Spatial decomposition of the Gini coefficient (Rey & Smith 2013), as PySAL `inequality.gini.Gini_Spatial`.
 *
 * Formula: G = Σ_i Σ_j |y_i − y_j| / (2n²ȳ) = (Σ_i Σ_j w_ij |y_i − y_j| + Σ_i Σ_j (1 − w_ij)|y_i − y_j|)/(2n²ȳ)
 * with binary w (the links of `w`, whatever its transform): wg is the first sum (neighbour pairs),
 * wcg the second (non-neighbour pairs, i ≠ j), both over ordered pairs as PySAL. A Gini driven by
 * differences between distant units has a small neighbour share. No permutation test here.
 *
 * @param y non-negative values, one per unit, not all zero
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `out-of-domain` (negative), `degenerate` (all zero).
 * @see Rey, S. J. & Smith, R. J. (2013) A spatial decomposition of the Gini coefficient, Letters in
 *   Spatial and Resource Sciences 6, https://doi.org/10.1007/s12076-012-0086-z.
 * @example
 * ```ts
 * spatialGini([1, 2, 3, 4], weightsFromNeighbors([[1], [0, 2], [1, 3], [2]]))
 * // { gini: 0.25, wg: 6, wcg: 14, neighborShare: 0.3 }
 * ```
 */
export function spatialGini(y: Numbers, w: SpatialWeights): SpatialGiniResult {
  const measure = 'spatialGini';
  requireValues(measure, y, w);
  requireNonNegative(measure, 'y', y);
  const n = y.length;
  const sorted = Float64Array.from(y).sort();
  let total = 0;
  let ranked = 0;
  for (let k = 0; k < n; k++) {
    total += sorted[k]!;
    ranked += (2 * k - n + 1) * sorted[k]!;
  }
  if (!(total > 0)) throw new MeasureError('degenerate', measure, 'all values are zero', { argument: 'y' });
  // Σ_i Σ_j |y_i − y_j| = 2 Σ_k (2k − n + 1) y_(k) (0-based ranks)
  const d = 2 * ranked;
  const gini = d / (2 * n * n * (total / n));
  let wg = 0;
  w.neighbors.forEach((nb, i) => nb.forEach((j) => (wg += Math.abs(y[i]! - y[j]!))));
  return { gini, wg, wcg: d - wg, neighborShare: d > 0 ? wg / d : 0 };
}
