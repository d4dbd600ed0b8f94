/**
 * Centroids of polygon features.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { featureIds, polygonsOf } from './geometry.js';
import type { PolygonFeatureLike } from './types.js';

/** Result of {@link featureCentroids}. */
export interface FeatureCentroids {
  /** Feature ids, in the order of the features. */
  ids: string[];
  /** [lon, lat] centroid of each feature, degrees. */
  points: [number, number][];
}

/**
 * Area-weighted centroid of each feature's polygons, computed in the plane of longitude/latitude
 * degrees (the shoelace formula per ring; exterior rings add, holes subtract, whatever their
 * winding; zero-area slivers add nothing). For regions of a few hundred km the planar error is
 * small next to the distances used with it (k nearest neighbours, distance bands).
 *
 * @param features GeoJSON polygon features
 * @param idField property with the feature id ("id" also accepts the feature's own `id`)
 * @throws MeasureError `empty`, `out-of-domain` (missing or duplicate id), `degenerate` (a feature of zero area).
 * @example
 * ```ts
 * featureCentroids(guangdongCityBoundaries().features, 'city_code').points[0] // ≈ [113.5, 23.4] (广州)
 * ```
 */
export function featureCentroids(features: readonly PolygonFeatureLike[], idField: string): FeatureCentroids {
  const measure = 'featureCentroids';
  const ids = featureIds(measure, features, idField);
  const points = features.map((f, fi): [number, number] => {
    let A = 0, X = 0, Y = 0;
    for (const poly of polygonsOf(f)) {
      poly.forEach((ring, r) => {
        let a = 0, cx = 0, cy = 0;
        for (let k = 0; k < ring.length; k++) {
          const p = ring[k]!;
          const q = ring[(k + 1) % ring.length]!;
          const cross = p[0]! * q[1]! - q[0]! * p[1]!;
          a += cross;
          cx += (p[0]! + q[0]!) * cross;
          cy += (p[1]! + q[1]!) * cross;
        }
        if (a === 0) return;
        const area = Math.abs(a) / 2;
        const sign = r === 0 ? 1 : -1;
        A += sign * area;
        X += sign * area * (cx / (3 * a));
        Y += sign * area * (cy / (3 * a));
      });
    }
    if (!(A > 0)) throw new MeasureError('degenerate', measure, `feature "${ids[fi]}" has zero area`, { argument: 'features', index: fi });
    return [X / A, Y / A];
  });
  return { ids, points };
}
