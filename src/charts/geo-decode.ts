/**
 * Decoding of ECharts' compressed GeoJSON ("UTF8Encoding") into plain GeoJSON, in our own
 * code so the city boundaries can be rebuilt from the `echarts@4.9.0` package at build time
 * (see `scripts/build-geo.ts`) without running ECharts.
 * @module
 */
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

/** An ECharts-encoded feature as stored in `echarts/map/json/**`. */
export interface EncodedFeature {
  id?: string | number;
  type: 'Feature';
  properties: { name?: string; cp?: number[]; [key: string]: unknown };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: number[][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: number[][][] };
}

/** An ECharts-encoded FeatureCollection. */
export interface EncodedFeatureCollection {
  type: 'FeatureCollection';
  features: EncodedFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

/**
 * Decode one ECharts-encoded ring into positions.
 *
 * ECharts stores each ring as a string of character pairs (x, y). For each character,
 * `v = charCode − 64`, zigzag-decoded `d = (v >> 1) ^ −(v & 1)`; `d` is added to the previous
 * value (starting at `offset`), and the running value divided by `scale` gives degrees.
 * This mirrors `decodePolygon` in `echarts/lib/coord/geo/parseGeoJson.js` (echarts 4.9.0).
 *
 * @param encoded - the ring string (even length, every char code ≥ 64).
 * @param offset - the `encodeOffsets` pair for this ring (integers in 1/scale degrees).
 * @param scale - quantisation (`UTF8Scale`, 1024 when absent).
 * @param where - label for error messages (file or feature id).
 * @throws DataError when the string has odd length or a char code below 64, or the offset is not two finite numbers.
 * @see https://github.com/apache/echarts/blob/4.9.0/src/coord/geo/parseGeoJson.js
 * @example
 * ```ts
 * // 'B' = 66 → v = 2 → +1; '@' = 64 → 0; 'A' = 65 → v = 1 → −1
 * decodeRing('B@@A', [1024, 2048]) // [[1.0009765625, 2], [1.0009765625, 1.9990234375]]
 * ```
 */
export function decodeRing(
  encoded: string,
  offset: readonly number[],
  scale = 1024,
  where = 'encoded ring',
): Position[] {
  if (encoded.length % 2 !== 0) {
    throw new DataError('invalid', `encoded ring has odd length ${encoded.length}`, { file: where },
      'each position takes two characters (x, y); the file is probably truncated');
  }
  const [ox, oy] = offset;
  if (offset.length !== 2 || !Number.isFinite(ox) || !Number.isFinite(oy)) {
    throw new DataError('invalid', `encodeOffsets must be two finite numbers, got ${JSON.stringify(offset)}`,
      { file: where }, 'check the geometry.encodeOffsets entry for this ring');
  }
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new DataError('out-of-range', `UTF8Scale must be a positive number, got ${scale}`, { file: where });
  }
  const out: Position[] = [];
  let prevX = ox as number;
  let prevY = oy as number;
  for (let i = 0; i < encoded.length; i += 2) {
    const vx = encoded.charCodeAt(i) - 64;
    const vy = encoded.charCodeAt(i + 1) - 64;
    if (vx < 0 || vy < 0) {
      throw new DataError('invalid', `character code below 64 at position ${vx < 0 ? i : i + 1}`, { file: where },
        'this is not an ECharts UTF8-encoded ring');
    }
    prevX += (vx >> 1) ^ -(vx & 1);
    prevY += (vy >> 1) ^ -(vy & 1);
    out.push([prevX / scale, prevY / scale]);
  }
  return out;
}

/** Twice the planar signed area of a ring (positive = counter-clockwise with y up). */
function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[(i + 1) % n] as Position;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

/**
 * Orient a polygon's rings the way d3-geo (and so Vega's `geoshape`) expects: exterior ring
 * clockwise, holes counter-clockwise (in longitude/latitude, y up). This is the opposite of
 * RFC 7946's right-hand rule; d3 treats a counter-clockwise exterior as "the whole globe minus
 * this area", which would paint the map black. Returns new arrays; the input is not changed.
 */
export function orientForD3(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, k) => {
    const clockwise = signedArea2(ring) < 0;
    const wantClockwise = k === 0;
    const copy = ring.map((p) => [p[0], p[1]] as Position);
    return clockwise === wantClockwise ? copy : copy.reverse();
  });
}

/**
 * Decode an ECharts-encoded FeatureCollection (`UTF8Encoding: true`) into plain GeoJSON.
 *
 * Each feature keeps its id (the six-digit city code for ECharts' province maps), its name
 * and `cp` label anchor; rings are decoded with {@link decodeRing} and oriented with
 * {@link orientForD3}. A collection without `UTF8Encoding` is copied with numeric rings as is
 * (re-oriented). The input is never modified (ECharts' own decoder modifies it in place).
 *
 * @param json - the parsed content of e.g. `echarts/map/json/province/guangdong.json`.
 * @param label - file name for error messages.
 * @throws DataError when a feature lacks an id, a name, a geometry, or a ring is malformed.
 * @see https://github.com/apache/echarts/blob/4.9.0/src/coord/geo/parseGeoJson.js
 * @example
 * ```ts
 * decodeEchartsGeoJson({ type: 'FeatureCollection', UTF8Encoding: true, features: [{
 *   id: '1', type: 'Feature', properties: { name: 'x' },
 *   geometry: { type: 'Polygon', coordinates: ['@@B@@B'], encodeOffsets: [[0, 0]] } }] })
 *   .features[0].geometry.coordinates
 * // [[[0.0009765625, 0.0009765625], [0.0009765625, 0], [0, 0]]]  (decoded counter-clockwise, reversed to clockwise)
 * ```
 */
export function decodeEchartsGeoJson(json: EncodedFeatureCollection, label = 'geojson'): CityFeatureCollection {
  if (json === null || typeof json !== 'object' || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError('invalid', 'expected a GeoJSON FeatureCollection', { file: label });
  }
  const scale = json.UTF8Scale ?? 1024;
  const encoded = json.UTF8Encoding === true;
  const features = json.features.map((f, row): CityFeature => {
    const where = `${label} feature ${row}`;
    if (f.id === undefined || f.id === null || String(f.id) === '') {
      throw new DataError('invalid', 'feature has no id', { file: label, row: row + 1, column: 'id' },
        'each city feature needs its six-digit city code as id');
    }
    const name = f.properties?.name;
    if (typeof name !== 'string' || name === '') {
      throw new DataError('invalid', 'feature has no name', { file: label, row: row + 1, column: 'properties.name' });
    }
    const id = String(f.id);
    const props: CityFeatureProperties = { city_code: id, name };
    const cp = f.properties.cp;
    if (Array.isArray(cp) && cp.length === 2 && cp.every((v) => Number.isFinite(v))) {
      props.cp = [cp[0] as number, cp[1] as number];
    }
    const ring = (r: unknown, off: unknown): Position[] => {
      if (encoded) {
        if (typeof r !== 'string' || !Array.isArray(off)) {
          throw new DataError('invalid', 'encoded ring must be a string with an encodeOffsets pair', { file: where });
        }
        return decodeRing(r, off as number[], scale, where);
      }
      if (!Array.isArray(r)) throw new DataError('invalid', 'ring must be an array of positions', { file: where });
      return (r as number[][]).map((p) => [Number(p[0]), Number(p[1])] as Position);
    };
    const g = f.geometry;
    if (g?.type === 'Polygon') {
      const rings = g.coordinates.map((r, k) => ring(r, g.encodeOffsets?.[k]));
      return { type: 'Feature', id, properties: props, geometry: { type: 'Polygon', coordinates: orientForD3(rings) } };
    }
    if (g?.type === 'MultiPolygon') {
      const polys = g.coordinates.map((poly, k) =>
        orientForD3(poly.map((r, k2) => ring(r, g.encodeOffsets?.[k]?.[k2]))),
      );
      return { type: 'Feature', id, properties: props, geometry: { type: 'MultiPolygon', coordinates: polys } };
    }
    throw new DataError('invalid', `unsupported geometry type ${JSON.stringify((g as { type?: unknown } | undefined)?.type)}`,
      { file: label, row: row + 1, column: 'geometry' }, 'only Polygon and MultiPolygon are supported');
  });
  return { type: 'FeatureCollection', features };
}
