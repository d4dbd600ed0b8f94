/**
 * Build `data/geo/guangdong.json` (plain GeoJSON of Guangdong's 21 prefecture-level cities)
 * from the ECharts-encoded map shipped in the `echarts@4.9.0` devDependency
 * (`map/json/province/guangdong.json`, Apache-2.0), decoded by ECharts' own parser
 * (`echarts/lib/coord/geo/parseGeoJson.js`, which decodes the collection in place), with the
 * rings then oriented the way d3-geo / Vega's `geoshape` expects.
 *
 * This runs at build time only: the library reads the cached file (`guangdongCityBoundaries`)
 * and ships no decoder.
 *
 * Usage: `npx tsx scripts/build-geo.ts [--check]`
 *   --check  do not write; exit 1 when the cached file differs from a fresh build.
 * Output is deterministic (same input → same bytes).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CityFeature, CityFeatureCollection, CityFeatureProperties, Position } from '../src/charts/geo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The ECharts-encoded map as stored in `echarts/map/json/province/guangdong.json`. */
interface EncodedFeatureCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  features: Array<{
    id?: string | number;
    type: 'Feature';
    properties: { name?: string; cp?: number[] };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
  }>;
}

/** Twice the planar signed area of a ring (positive = counter-clockwise with y up). */
function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

/**
 * Orient a polygon's rings for d3-geo: exterior clockwise, holes counter-clockwise (the opposite
 * of RFC 7946; d3 reads a counter-clockwise exterior as "the globe minus this area"). Written by
 * hand: ECharts' parser leaves the winding as stored and no kept library rewinds rings.
 */
export function orientForD3(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, k) => {
    const copy = ring.map((p) => [p[0], p[1]] as Position);
    return (signedArea2(ring) < 0) === (k === 0) ? copy : copy.reverse();
  });
}

/** The echarts version the cached file was built from. */
export function echartsVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('echarts/package.json'), 'utf8')) as { version: string }).version;
}

/** Decode the echarts map with echarts' own parser and return the city boundaries, sorted by city code. */
export function buildGuangdongGeo(): CityFeatureCollection {
  const json = JSON.parse(readFileSync(require.resolve('echarts/map/json/province/guangdong.json'), 'utf8')) as EncodedFeatureCollection;
  const parseGeoJson = require('echarts/lib/coord/geo/parseGeoJson.js') as (geo: unknown) => Array<{ name: string }>;
  const regions = parseGeoJson(json); // decodes `json` in place (UTF8Encoding becomes false)
  if (json.UTF8Encoding !== false || regions.length !== json.features.length) {
    throw new Error('build-geo: echarts did not decode every feature of guangdong.json');
  }
  const features = json.features.map((f, row): CityFeature => {
    const id = String(f.id ?? '');
    const name = f.properties.name;
    if (!/^\d{6}$/.test(id) || typeof name !== 'string' || name === '') {
      throw new Error(`build-geo: feature ${row} has no six-digit id or no name`);
    }
    const properties: CityFeatureProperties = { city_code: id, name };
    const cp = f.properties.cp;
    if (Array.isArray(cp) && cp.length === 2 && cp.every((v) => Number.isFinite(v))) properties.cp = [cp[0]!, cp[1]!];
    const g = f.geometry;
    if (g.type === 'Polygon') {
      return { type: 'Feature', id, properties, geometry: { type: 'Polygon', coordinates: orientForD3(g.coordinates as Position[][]) } };
    }
    const polys = (g.coordinates as Position[][][]).map((p) => orientForD3(p));
    return { type: 'Feature', id, properties, geometry: { type: 'MultiPolygon', coordinates: polys } };
  });
  features.sort((a, b) => a.id.localeCompare(b.id));
  return { type: 'FeatureCollection', features };
}

/** The bytes of `data/geo/guangdong.json` as a fresh build would write them. */
export function buildGuangdongGeoText(): string {
  return JSON.stringify(buildGuangdongGeo()) + '\n';
}

function main(): void {
  const version = echartsVersion();
  if (version !== '4.9.0') process.stderr.write(`build-geo: expected echarts 4.9.0, found ${version}; the boundaries may differ\n`);
  const text = buildGuangdongGeoText();
  const out = join(root, 'data', 'geo', 'guangdong.json');
  if (process.argv.includes('--check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === text;
    process.stdout.write(same ? 'data/geo/guangdong.json is up to date\n' : 'data/geo/guangdong.json differs from a fresh build\n');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, text);
  process.stdout.write(`wrote data/geo/guangdong.json from echarts ${version}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
