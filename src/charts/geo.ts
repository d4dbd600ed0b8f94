/**
 * The cached city boundaries of Guangdong (`data/geo/guangdong.json`, built by
 * `scripts/build-geo.ts` from echarts 4.9.0's map, Apache-2.0).
 * @module
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../core/errors.js';

/** A longitude/latitude pair in degrees. */
export type Position = [number, number];

/** A GeoJSON Polygon geometry (rings of positions; the first ring is the exterior). */
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}

/** A GeoJSON MultiPolygon geometry. */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

/** Properties kept on each decoded city feature. */
export interface CityFeatureProperties {
  /** Six-digit administrative division code of the city, e.g. `"440100"`. */
  city_code: string;
  /** Chinese city name as in the source, e.g. `"广州市"`. */
  name: string;
  /** Label anchor (longitude, latitude) as given by the source (`cp`), when present. */
  cp?: Position;
}

/** A decoded GeoJSON feature of one city. */
export interface CityFeature {
  type: 'Feature';
  id: string;
  properties: CityFeatureProperties;
  geometry: PolygonGeometry | MultiPolygonGeometry;
}

/** A decoded GeoJSON FeatureCollection of cities. */
export interface CityFeatureCollection {
  type: 'FeatureCollection';
  features: CityFeature[];
}

let cache: CityFeatureCollection | undefined;

/**
 * The 21 prefecture-level cities of Guangdong as GeoJSON (features with `id` = city code and
 * `properties` `{ city_code, name, cp }`; rings oriented for d3-geo/vega). Read once and cached;
 * callers get the same frozen object.
 * @throws DataError when the file is missing (run `npx tsx scripts/build-geo.ts`).
 * @example
 * ```ts
 * guangdongCityBoundaries().features.length // 21
 * ```
 */
export function guangdongCityBoundaries(): CityFeatureCollection {
  if (cache) return cache;
  const url = new URL('../../data/geo/guangdong.json', import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch {
    throw new DataError('unreadable', 'data/geo/guangdong.json not found', { file: 'data/geo/guangdong.json' },
      'run `npx tsx scripts/build-geo.ts` (needs the echarts@4.9.0 devDependency)');
  }
  cache = deepFreeze(JSON.parse(text) as CityFeatureCollection);
  return cache;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
