/**
 * k-nearest-neighbour weights on great-circle distances.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { pointIds, requirePoints } from './geometry.js';
import { buildWeights } from './internal.js';
import type { LonLat, SpatialWeights, WeightsTransform } from './types.js';

/** Options of {@link knnWeights}. */
export interface KnnWeightsOptions {
  /** Number of neighbours of each unit, 1 ≤ k < n. */
  k: number;
  /** Unit ids (default "0", "1", …). */
  ids?: readonly (string | number)[];
  /** Transform of the result; default 'R'. */
  transform?: WeightsTransform;
}

/**
 * k-nearest-neighbour weights: each unit's k closest other units by great-circle distance (km on a
 * sphere of radius 6371 km, libpysal's `RADIUS_EARTH_KM`; haversine formula), as libpysal
 * `KNN.from_array(points, k, radius=6371)`. Asymmetric in general. Ties at the k-th distance are
 * broken by the lower unit index (libpysal breaks them by its k-d tree order). O(n² log n).
 *
 * @param points [lon, lat] in degrees, one per unit
 * @throws MeasureError `empty`, `not-finite`, `out-of-domain` (not lon/lat, k not in [1, n)), `length-mismatch` (ids).
 * @see libpysal `weights.KNN`.
 * @example
 * ```ts
 * knnWeights([[113.3, 23.1], [114.1, 22.5], [113.6, 22.3]], { k: 1 }).neighbors // [[2], [2], [0]] (by distance)
 * ```
 */
export function knnWeights(points: readonly LonLat[], options: KnnWeightsOptions): SpatialWeights {
  const measure = 'knnWeights';
  requirePoints(measure, points);
  const n = points.length;
  const { k } = options;
  if (!Number.isInteger(k) || k < 1 || k >= n) {
    throw new MeasureError('out-of-domain', measure, `k must be an integer in [1, ${n - 1}], got ${String(k)}`, { argument: 'k' });
  }
  const ids = pointIds(measure, n, options.ids);
  const rad = Math.PI / 180;
  const lat = points.map((p) => p[1]! * rad);
  const lon = points.map((p) => p[0]! * rad);
  const cosLat = lat.map(Math.cos);
  const neighbors: number[][] = [];
  const bestD = new Float64Array(k);
  const bestJ = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    // keep the k smallest haversine terms (monotone in distance), ties to the lower index
    let filled = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const s = Math.sin((lat[j]! - lat[i]!) / 2) ** 2 + cosLat[i]! * cosLat[j]! * Math.sin((lon[j]! - lon[i]!) / 2) ** 2;
      if (filled === k && s >= bestD[k - 1]!) continue;
      let pos = filled === k ? k - 1 : filled++;
      while (pos > 0 && bestD[pos - 1]! > s) {
        bestD[pos] = bestD[pos - 1]!;
        bestJ[pos] = bestJ[pos - 1]!;
        pos--;
      }
      bestD[pos] = s;
      bestJ[pos] = j;
    }
    neighbors.push(Array.from(bestJ.subarray(0, k)));
  }
  return buildWeights(measure, ids, neighbors, neighbors.map((r) => r.map(() => 1)), options.transform ?? 'R');
}
