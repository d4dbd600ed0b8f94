/**
 * Distance-band weights on great-circle distances.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { greatCircleKm, pointIds, requirePoints } from './geometry.js';
import { buildWeights } from './internal.js';
import type { LonLat, SpatialWeights, WeightsTransform } from './types.js';

/** Options of {@link distanceBandWeights}. */
export interface DistanceBandWeightsOptions {
  /** Units at most this far apart (km, great-circle) are neighbours. */
  threshold: number;
  /** Binary links (default true); false weighs each link by d^alpha. */
  binary?: boolean;
  /** Distance-decay exponent for non-binary weights (default −1: inverse distance). */
  alpha?: number;
  /** Unit ids (default "0", "1", …). */
  ids?: readonly (string | number)[];
  /** Transform of the result; default 'R' for binary, 'O' (the distance weights themselves) otherwise. */
  transform?: WeightsTransform;
}

/**
 * Distance-band weights, as libpysal `DistanceBand.from_array(points, threshold, binary, alpha,
 * radius=6371)`: j is a neighbour of i when the great-circle distance d_ij ≤ threshold (km, sphere of
 * radius 6371 km). Binary: w_ij = 1; otherwise w_ij = d_ij^alpha. Units with no neighbour within the
 * band are islands (listed). O(n²).
 *
 * @param points [lon, lat] in degrees
 * @throws MeasureError `empty`, `not-finite`, `out-of-domain` (threshold ≤ 0 or not finite, alpha
 *   not finite), `degenerate` (two distinct units at distance 0 with non-binary weights).
 * @see libpysal `weights.DistanceBand`.
 * @example
 * ```ts
 * distanceBandWeights(centroids, { threshold: 150 }).islands
 * ```
 */
export function distanceBandWeights(points: readonly LonLat[], options: DistanceBandWeightsOptions): SpatialWeights {
  const measure = 'distanceBandWeights';
  requirePoints(measure, points);
  const { threshold } = options;
  const binary = options.binary ?? true;
  const alpha = options.alpha ?? -1;
  if (!(Number.isFinite(threshold) && threshold > 0)) throw new MeasureError('out-of-domain', measure, `threshold must be a positive number of km, got ${String(threshold)}`, { argument: 'threshold' });
  if (!Number.isFinite(alpha)) throw new MeasureError('out-of-domain', measure, `alpha must be finite, got ${String(alpha)}`, { argument: 'alpha' });
  const n = points.length;
  const ids = pointIds(measure, n, options.ids);
  const neighbors: number[][] = [];
  const weights: number[][] = [];
  for (let i = 0; i < n; i++) {
    const nb: number[] = [];
    const wt: number[] = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = greatCircleKm(points[i]!, points[j]!);
      if (d <= threshold) {
        if (!binary && d === 0) throw new MeasureError('degenerate', measure, `units ${ids[i]} and ${ids[j]} are at distance 0, so d^alpha is undefined`, { argument: 'points', index: j });
        nb.push(j);
        wt.push(binary ? 1 : d ** alpha);
      }
    }
    neighbors.push(nb);
    weights.push(wt);
  }
  return buildWeights(measure, ids, neighbors, weights, options.transform ?? (binary ? 'R' : 'O'));
}
