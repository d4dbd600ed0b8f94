/**
 * Spatial weights of Guangdong's 21 prefecture-level cities.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { guangdongCities } from '../../data/cities.js';
import { contiguityWeights } from '../../measures/spatial/contiguity-weights.js';
import type { PolygonFeatureLike, SpatialWeights, WeightsTransform } from '../../measures/spatial/types.js';

/** Options of {@link guangdongWeights}. */
export interface GuangdongWeightsOptions {
  /** 'queen' (default) or 'rook'; on the bundled boundaries both give the same 39 land borders. */
  criterion?: 'queen' | 'rook';
  /** 'R' row-standardised (default) or 'B' binary. */
  transform?: WeightsTransform;
}

/**
 * Contiguity weights of Guangdong's 21 cities from their boundaries (`properties.city_code`), with
 * the units in ascending city-code order (440100 广州 … 445300 云浮) and ids the six-digit codes as
 * strings. On the bundled boundaries (shared exact vertices, tolerance 0) queen contiguity gives the
 * 39 land borders of the administrative map: each city has 1 (湛江) to 6 neighbours, no island;
 * links across the Pearl River estuary (深圳–珠海, 深圳–中山) do not exist.
 *
 * The boundaries are passed in (the panel layer does not read chart files): the notebook calls
 * `guangdongWeights(guangdongCityBoundaries())`.
 *
 * @param boundaries a FeatureCollection of the 21 cities (e.g. `guangdongCityBoundaries()`)
 * @throws DataError when a feature has an unknown city code, or a city is missing or repeated.
 * @example
 * ```ts
 * const w = guangdongWeights(guangdongCityBoundaries());
 * w.cardinalities.reduce((a, b) => a + b) / 2 // 39
 * ```
 */
export function guangdongWeights(boundaries: { readonly features: readonly PolygonFeatureLike[] }, options: GuangdongWeightsOptions = {}): SpatialWeights {
  const fn = 'guangdongWeights';
  const features = boundaries?.features;
  if (!Array.isArray(features)) throw new DataError('invalid', 'boundaries must be a GeoJSON FeatureCollection', { file: fn });
  const known = new Set(guangdongCities.map((c) => String(c.city_code)));
  const codeOf = (f: PolygonFeatureLike): string => String((f.properties as Record<string, unknown> | null | undefined)?.city_code ?? f.id ?? '');
  features.forEach((f, i) => {
    if (!known.has(codeOf(f))) throw new DataError('unknown-city', `feature ${i} has city_code "${codeOf(f)}", not one of Guangdong's 21 cities`, { file: fn, row: i + 1, column: 'city_code' });
  });
  const present = new Set(features.map(codeOf));
  const missing = [...known].filter((c) => !present.has(c));
  if (missing.length || features.length !== known.size) {
    throw new DataError('invalid', `the boundaries must hold each of the 21 cities once (missing: ${missing.join(', ') || 'none'}, features: ${features.length})`, { file: fn });
  }
  const sorted = [...features].sort((a, b) => Number(codeOf(a)) - Number(codeOf(b)));
  return contiguityWeights(sorted, { criterion: options.criterion ?? 'queen', idField: 'city_code', transform: options.transform ?? 'R' });
}
