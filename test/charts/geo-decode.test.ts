/**
 * The city boundaries are decoded at build time (scripts/build-geo.ts) with ECharts' own parser;
 * these tests hold the build step and the cached file it writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/charts/geo.js';
import { buildGuangdongGeo, buildGuangdongGeoText, echartsVersion, orientForD3 } from '../../scripts/build-geo.js';
import { cityCodes } from './examples.js';

function signedArea(ring: Position[]): number {
  let s = 0;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  });
  return s / 2;
}

describe('orientForD3 (build step)', () => {
  it('makes the exterior clockwise and holes counter-clockwise, without changing its input', () => {
    const ccw: Position[] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole: Position[] = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
    const input = [ccw, hole];
    const [outer, inner] = orientForD3(input);
    expect(signedArea(outer!)).toBe(-16);
    expect(signedArea(inner!)).toBe(1);
    expect(input[0]).toEqual([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]);
  });
});

describe('scripts/build-geo.ts on echarts 4.9.0 guangdong.json', () => {
  const decoded = buildGuangdongGeo();

  it('builds from echarts 4.9.0', () => {
    expect(echartsVersion()).toBe('4.9.0');
  });

  it('has the 21 cities with their GB/T 2260 codes and names, sorted by code', () => {
    expect(decoded.features.map((f) => f.id)).toEqual(cityCodes);
    const gz = decoded.features.find((f) => f.id === '440100')!;
    expect([gz.properties.name, gz.properties.city_code]).toEqual(['广州市', '440100']);
    expect(decoded.features.find((f) => f.id === '440300')!.properties.name).toBe('深圳市');
  });

  it('puts every coordinate inside Guangdong (109.6–117.4°E, 20.1–25.6°N) on the 1/1024° grid', () => {
    let n = 0;
    for (const f of decoded.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys) for (const r of p) for (const [x, y] of r) {
        n++;
        expect(x > 109.6 && x < 117.4 && y > 20.1 && y < 25.6, `${f.id} ${x},${y}`).toBe(true);
        expect(Number.isInteger(x * 1024) && Number.isInteger(y * 1024)).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(10_000);
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
});

describe('data/geo/guangdong.json', () => {
  it('is exactly what scripts/build-geo.ts builds (rebuild with `npx tsx scripts/build-geo.ts`)', () => {
    const cached = readFileSync(new URL('../../data/geo/guangdong.json', import.meta.url), 'utf8');
    expect(cached).toBe(buildGuangdongGeoText());
  });
});
