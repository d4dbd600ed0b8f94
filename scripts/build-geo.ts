/**
 * Build `data/geo/guangdong.json` (plain GeoJSON of Guangdong's 21 prefecture-level cities)
 * from the ECharts-encoded map shipped in the `echarts@4.9.0` devDependency
 * (`map/json/province/guangdong.json`, Apache-2.0), decoded by our own `decodeEchartsGeoJson`.
 *
 * Usage: `npx tsx scripts/build-geo.ts [--check]`
 *   --check  do not write; exit 1 when the cached file differs from a fresh build.
 * Output is deterministic (same input → same bytes).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEchartsGeoJson, type EncodedFeatureCollection } from '../src/charts/geo-decode.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sourcePath = require.resolve('echarts/map/json/province/guangdong.json');
const echartsVersion = (JSON.parse(readFileSync(require.resolve('echarts/package.json'), 'utf8')) as { version: string }).version;
if (echartsVersion !== '4.9.0') {
  process.stderr.write(`build-geo: expected echarts 4.9.0, found ${echartsVersion}; the boundaries may differ\n`);
}
const encoded = JSON.parse(readFileSync(sourcePath, 'utf8')) as EncodedFeatureCollection;
const decoded = decodeEchartsGeoJson(encoded, 'echarts/map/json/province/guangdong.json');
decoded.features.sort((a, b) => a.id.localeCompare(b.id));
const text = JSON.stringify(decoded) + '\n';
const out = join(root, 'data', 'geo', 'guangdong.json');

if (process.argv.includes('--check')) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === text;
  process.stdout.write(same ? 'data/geo/guangdong.json is up to date\n' : 'data/geo/guangdong.json differs from a fresh build\n');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
process.stdout.write(`wrote data/geo/guangdong.json: ${decoded.features.length} features from echarts ${echartsVersion}\n`);
