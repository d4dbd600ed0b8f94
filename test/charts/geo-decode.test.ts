import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import {
  decodeEchartsGeoJson, decodeRing, orientForD3, type EncodedFeatureCollection, type Position,
} from '../../src/charts/geo-decode.js';
import { cityCodes } from './examples.js';

const require = createRequire(import.meta.url);
const sourceText = readFileSync(require.resolve('echarts/map/json/province/guangdong.json'), 'utf8');

/** Test-side encoder (the inverse of ECharts' decoding): zigzag, +64, deltas from the offset. */
function encodeRing(points: Position[], scale = 1024): { text: string; offset: [number, number] } {
  const q = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let px = offset[0];
  let py = offset[1];
  let text = '';
  const zig = (d: number): number => (d << 1) ^ (d >> 31);
  for (const [x, y] of q) {
    text += String.fromCharCode(zig(x - px) + 64, zig(y - py) + 64);
    px = x;
    py = y;
  }
  return { text, offset };
}

function signedArea(ring: Position[]): number {
  let s = 0;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  });
  return s / 2;
}

describe('decodeRing', () => {
  it('decodes a hand-encoded ring: B=+1, @=0, A=−1 in 1/1024 degree steps from the offset', () => {
    expect(decodeRing('B@@A', [1024, 2048])).toEqual([[1025 / 1024, 2], [1025 / 1024, 2047 / 1024]]);
  });

  it('round-trips a ring encoded by the inverse algorithm', () => {
    const ring: Position[] = [[113.25, 23.125], [113.5, 23.0], [113.75, 23.5], [113.25, 23.125]];
    const { text, offset } = encodeRing(ring);
    expect(decodeRing(text, offset)).toEqual(ring);
  });

  it('refuses an odd-length string, a character below "@" and a bad offset', () => {
    expect(() => decodeRing('B@@', [0, 0])).toThrow(DataError);
    expect(() => decodeRing('B?', [0, 0])).toThrow(/below 64/);
    expect(() => decodeRing('B@', [0])).toThrow(/encodeOffsets/);
  });
});

describe('orientForD3', () => {
  it('makes the exterior ring clockwise and holes counter-clockwise, without changing the input', () => {
    const ccw: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const input = Object.freeze([Object.freeze(ccw.map((p) => Object.freeze([...p]) as Position)), Object.freeze([...ccw])]) as Position[][];
    const [outer, hole] = orientForD3(input);
    expect(signedArea(outer!)).toBeLessThan(0);
    expect(signedArea(hole!)).toBeGreaterThan(0);
    expect(input[0]).toEqual(ccw);
  });
});

describe('decodeEchartsGeoJson on echarts 4.9.0 guangdong.json', () => {
  const encoded = JSON.parse(sourceText) as EncodedFeatureCollection;
  const before = JSON.stringify(encoded);
  const decoded = decodeEchartsGeoJson(encoded, 'guangdong.json');

  it('has the 21 cities with their GB/T 2260 codes and names', () => {
    expect(decoded.features).toHaveLength(21);
    expect(decoded.features.map((f) => f.id).sort()).toEqual(cityCodes);
    const gz = decoded.features.find((f) => f.id === '440100')!;
    expect(gz.properties.name).toBe('广州市');
    expect(gz.properties.city_code).toBe('440100');
    expect(decoded.features.find((f) => f.id === '440300')!.properties.name).toBe('深圳市');
  });

  it('puts every coordinate inside Guangdong (109.6–117.4°E, 20.2–25.6°N)', () => {
    let n = 0;
    for (const f of decoded.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys) for (const r of p) for (const [x, y] of r) {
        n++;
        expect(x).toBeGreaterThan(109.6);
        expect(x).toBeLessThan(117.4);
        expect(y).toBeGreaterThan(20.1);
        expect(y).toBeLessThan(25.6);
      }
    }
    expect(n).toBeGreaterThan(10_000);
  });

  it("agrees point for point with ECharts' own decoder (up to ring direction)", () => {
    const parse = require('echarts/lib/coord/geo/parseGeoJson.js') as (j: unknown) => { name: string; geometries: { exterior: Position[] }[] }[];
    const regions = parse(JSON.parse(sourceText));
    expect(regions).toHaveLength(21);
    for (const region of regions) {
      const f = decoded.features.find((x) => x.properties.name === region.name)!;
      const ours = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(ours).toHaveLength(region.geometries.length);
      region.geometries.forEach((g, k) => {
        const ring = ours[k]![0]!;
        const same = JSON.stringify(ring) === JSON.stringify(g.exterior)
          || JSON.stringify([...ring].reverse()) === JSON.stringify(g.exterior);
        expect(same, `${region.name} polygon ${k}`).toBe(true);
      });
    }
  });

  it('orients every exterior ring clockwise (d3-geo convention); only zero-area slivers have no direction', () => {
    let clockwise = 0;
    let flat = 0;
    for (const f of decoded.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys) {
        const a = signedArea(p[0]!);
        expect(a).toBeLessThanOrEqual(0);
        if (a < 0) clockwise++;
        else flat++;
      }
    }
    expect(clockwise).toBe(250);
    expect(flat).toBe(10); // 260 polygons in the source, 10 of them zero-area slivers
  });

  it('does not modify its input (ECharts decodes in place; we do not)', () => {
    expect(JSON.stringify(encoded)).toBe(before);
  });

  it('gives the result stated in its TSDoc example', () => {
    const tiny = { type: 'FeatureCollection', UTF8Encoding: true, features: [{
      id: '1', type: 'Feature', properties: { name: 'x' },
      geometry: { type: 'Polygon', coordinates: ['@@B@@B'], encodeOffsets: [[0, 0]] } }] } as EncodedFeatureCollection;
    expect(decodeEchartsGeoJson(tiny).features[0]!.geometry.coordinates).toEqual([[[1 / 1024, 1 / 1024], [1 / 1024, 0], [0, 0]]]);
  });

  it('refuses a feature without id', () => {
    const bad = { type: 'FeatureCollection', UTF8Encoding: true, features: [{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Polygon', coordinates: ['@@'], encodeOffsets: [[0, 0]] } }] };
    expect(() => decodeEchartsGeoJson(bad as EncodedFeatureCollection)).toThrow(/no id/);
  });
});

describe('data/geo/guangdong.json', () => {
  it('is exactly what scripts/build-geo.ts builds from echarts 4.9.0 (rebuild with `npx tsx scripts/build-geo.ts`)', () => {
    const cached = readFileSync(new URL('../../data/geo/guangdong.json', import.meta.url), 'utf8');
    const fresh = decodeEchartsGeoJson(JSON.parse(sourceText) as EncodedFeatureCollection, 'echarts/map/json/province/guangdong.json');
    fresh.features.sort((a, b) => a.id.localeCompare(b.id));
    expect(cached).toBe(JSON.stringify(fresh) + '\n');
  });
});
