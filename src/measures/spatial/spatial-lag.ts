/**
 * Spatial lag Wy.
 * @module
 */
import type { Numbers } from '../../core/validate.js';
import { csr, requireValues } from './internal.js';
import type { SpatialWeights } from './types.js';

/**
 * Spatial lag of `y`: (Wy)_i = Σ_j w_ij y_j — with row-standardised weights, the mean of the
 * neighbours' values; 0 for an island. Equals libpysal `weights.lag_spatial(w, y)`.
 *
 * @param y one value per unit, in the order of `w.ids`
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch` (not one value per unit).
 * @example
 * ```ts
 * spatialLag([1, 2, 3], weightsFromNeighbors([[1], [0, 2], [1]])) // [2, 2, 2]
 * ```
 */
export function spatialLag(y: Numbers, w: SpatialWeights): number[] {
  requireValues('spatialLag', y, w);
  const { offsets, indices, values } = csr(w);
  const out = new Array<number>(w.n);
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) s += values[p]! * y[indices[p]!]!;
    out[i] = s;
  }
  return out;
}
