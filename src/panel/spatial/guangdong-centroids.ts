/**
 * Centroids of Guangdong's 21 cities.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { guangdongCities } from '../../data/cities.js';
import { featureCentroids } from '../../measures/spatial/feature-centroids.js';
import type { PolygonFeatureLike } from '../../measures/spatial/types.js';

/** One city's centroid. */
export interface CityCentroidRow {
  city_code: string;
  city_zh: string;
  /** Longitude, degrees. */
  lon: number;
  /** Latitude, degrees. */
  lat: number;
}

/**
 * Area-weighted centroid of each city's boundary polygons (see `featureCentroids`), in city-code
 * order — the points for `knnWeights` / `distanceBandWeights` (great-circle km) over the 21 cities.
 *
 * @param boundaries the 21 city features (e.g. `guangdongCityBoundaries()`)
 * @throws DataError when a feature's code is not one of the 21 cities or a city is missing.
 * @example
 * ```ts
 * const c = guangdongCentroids(guangdongCityBoundaries());
 * knnWeights(c.map((r) => [r.lon, r.lat]), { k: 4, ids: c.map((r) => r.city_code) })
 * ```
 */
export function guangdongCentroids(boundaries: { readonly features: readonly PolygonFeatureLike[] }): CityCentroidRow[] {
  const fn = 'guangdongCentroids';
  const features = boundaries?.features;
  if (!Array.isArray(features)) throw new DataError('invalid', 'boundaries must be a GeoJSON FeatureCollection', { file: fn });
  const byCode = new Map(guangdongCities.map((c) => [String(c.city_code), c.city_zh]));
  const { ids, points } = featureCentroids(features, 'city_code');
  ids.forEach((id, i) => {
    if (!byCode.has(id)) throw new DataError('unknown-city', `feature ${i} has city_code "${id}", not one of Guangdong's 21 cities`, { file: fn, row: i + 1, column: 'city_code' });
  });
  if (ids.length !== byCode.size) throw new DataError('invalid', `expected the 21 cities, got ${ids.length} features`, { file: fn });
  return ids
    .map((id, i) => ({ city_code: id, city_zh: byCode.get(id)!, lon: points[i]![0], lat: points[i]![1] }))
    .sort((a, b) => Number(a.city_code) - Number(b.city_code));
}
