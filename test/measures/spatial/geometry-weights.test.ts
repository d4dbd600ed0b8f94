import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contiguityWeights } from '../../../src/measures/spatial/contiguity-weights.js';
import { knnWeights } from '../../../src/measures/spatial/knn-weights.js';
import { distanceBandWeights } from '../../../src/measures/spatial/distance-band-weights.js';
import { featureCentroids } from '../../../src/measures/spatial/feature-centroids.js';
import { greatCircleKm } from '../../../src/measures/spatial/geometry.js';
import type { PolygonFeatureLike } from '../../../src/measures/spatial/types.js';

const gd = JSON.parse(readFileSync(new URL('../../../data/geo/guangdong.json', import.meta.url), 'utf8')) as {
  features: (PolygonFeatureLike & { properties: { city_code: string; name: string } })[];
};
const code: Record<string, string> = Object.fromEntries(gd.features.map((f) => [f.properties.name.replace(/市$/, ''), f.properties.city_code]));

/**
 * Land neighbours of each prefecture-level city inside Guangdong (borders with Guangxi, Hunan,
 * Jiangxi, Fujian, Hong Kong and Macau left out), written by hand from the administrative map of
 * Guangdong Province (广东省行政区划图, standard map of the Guangdong Department of Natural Resources,
 * 广东省标准地图服务), county by county — e.g. 佛山 (高明区) meets 云浮 (新兴县); 江门 meets 肇庆 nowhere
 * (佛山高明 lies between 鹤山 and 高要); the Pearl River estuary separates 深圳 from 珠海 and 中山.
 */
const LAND_NEIGHBOURS: Record<string, string[]> = {
  广州: ['韶关', '佛山', '惠州', '清远', '东莞', '中山'],
  韶关: ['广州', '惠州', '河源', '清远'],
  深圳: ['惠州', '东莞'],
  珠海: ['江门', '中山'],
  汕头: ['潮州', '揭阳'],
  佛山: ['广州', '江门', '肇庆', '清远', '中山', '云浮'],
  江门: ['珠海', '佛山', '阳江', '中山', '云浮'],
  湛江: ['茂名'],
  茂名: ['湛江', '阳江', '云浮'],
  肇庆: ['佛山', '清远', '云浮'],
  惠州: ['广州', '韶关', '深圳', '汕尾', '河源', '东莞'],
  梅州: ['汕尾', '河源', '潮州', '揭阳'],
  汕尾: ['惠州', '梅州', '河源', '揭阳'],
  河源: ['韶关', '惠州', '梅州', '汕尾'],
  阳江: ['江门', '茂名', '云浮'],
  清远: ['广州', '韶关', '佛山', '肇庆'],
  东莞: ['广州', '深圳', '惠州'],
  中山: ['广州', '珠海', '佛山', '江门'],
  潮州: ['汕头', '梅州', '揭阳'],
  揭阳: ['汕头', '梅州', '汕尾', '潮州'],
  云浮: ['佛山', '江门', '茂名', '肇庆', '阳江'],
};

const asNames = (w: ReturnType<typeof contiguityWeights>): Record<string, string[]> => {
  const name = Object.fromEntries(Object.entries(code).map(([n, c]) => [c, n]));
  return Object.fromEntries(w.ids.map((id, i) => [name[id]!, w.neighbors[i]!.map((j) => name[w.ids[j]!]!).sort()]));
};
const sortedHand = Object.fromEntries(Object.entries(LAND_NEIGHBOURS).map(([k, v]) => [k, [...v].sort()]));

describe('contiguityWeights on the bundled Guangdong boundaries', () => {
  it('queen contiguity gives the 39 land borders of the administrative map, no island', () => {
    const w = contiguityWeights(gd.features, { criterion: 'queen', idField: 'city_code' });
    expect(asNames(w)).toEqual(sortedHand);
    expect(w.cardinalities.reduce((a, b) => a + b, 0) / 2).toBe(39);
    expect(w.islands).toEqual([]);
    expect(w.symmetric).toBe(false); // row-standardised
    expect(contiguityWeights(gd.features, { criterion: 'queen', idField: 'city_code', transform: 'B' }).symmetric).toBe(true);
  });

  it('rook equals queen here (every border shares an edge), and the largest tolerance bridges no estuary', () => {
    const rook = contiguityWeights(gd.features, { criterion: 'rook', idField: 'city_code' });
    expect(asNames(rook)).toEqual(sortedHand);
    const tol = contiguityWeights(gd.features, { criterion: 'queen', idField: 'city_code', tolerance: 0.01 });
    expect(asNames(tol)).toEqual(sortedHand);
    const sz = tol.ids.indexOf(code['深圳']!);
    for (const across of ['珠海', '中山']) expect(tol.neighbors[sz]).not.toContain(tol.ids.indexOf(code[across]!));
    expect(() => contiguityWeights(gd.features, { criterion: 'queen', idField: 'city_code', tolerance: 0.05 })).toThrow(expect.objectContaining({ argument: 'tolerance' }));
  });

  it('queen links a shared corner, rook needs a shared edge', () => {
    const sq = (x: number, y: number, id: string): PolygonFeatureLike => ({
      properties: { id },
      geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
    });
    const f = [sq(0, 0, 'a'), sq(1, 0, 'b'), sq(1, 1, 'c'), sq(5, 5, 'd')];
    expect(contiguityWeights(f, { criterion: 'queen', idField: 'id' }).neighbors).toEqual([[1, 2], [0, 2], [0, 1], []]);
    const rook = contiguityWeights(f, { criterion: 'rook', idField: 'id' });
    expect(rook.neighbors).toEqual([[1], [0, 2], [1], []]);
    expect(rook.islands).toEqual(['d']);
    expect(() => contiguityWeights([sq(0, 0, 'a'), sq(1, 0, 'a')], { criterion: 'queen', idField: 'id' })).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
    expect(() => contiguityWeights(f, { criterion: 'bishop' as 'queen', idField: 'id' })).toThrow(expect.objectContaining({ argument: 'criterion' }));
  });
});

describe('featureCentroids, knnWeights, distanceBandWeights', () => {
  const { ids, points } = featureCentroids(gd.features, 'city_code');

  it('puts every city centroid inside Guangdong and near its label anchor', () => {
    expect(ids).toHaveLength(21);
    gd.features.forEach((f, i) => {
      const cp = (f.properties as unknown as { cp: [number, number] }).cp;
      expect(greatCircleKm(points[i]!, cp)).toBeLessThan(120);
      expect(points[i]![0]).toBeGreaterThan(109.5);
      expect(points[i]![0]).toBeLessThan(117.5);
    });
    const sq = featureCentroids([{ properties: { id: 'x' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]], [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } }], 'id');
    expect(sq.points[0]![0]).toBeCloseTo(7 / 6, 12); // L-shape: 2×2 square minus the unit hole at the origin
  });

  it('great-circle distance on the 6371 km sphere', () => {
    expect(greatCircleKm([0, 0], [0, 1])).toBeCloseTo((6371 * Math.PI) / 180, 9);
    expect(greatCircleKm([0, 0], [180, 0])).toBeCloseTo(6371 * Math.PI, 6);
  });

  it('k nearest neighbours: k per unit, the k closest by great-circle distance', () => {
    const w = knnWeights(points, { k: 3, ids });
    w.neighbors.forEach((nb, i) => {
      expect(nb).toHaveLength(3);
      const d = points.map((p, j) => (j === i ? Infinity : greatCircleKm(points[i]!, p)));
      const kth = Math.max(...nb.map((j) => d[j]!));
      expect(d.filter((x) => x < kth).length).toBeLessThanOrEqual(2);
    });
    expect(w.weights[0]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    // ties go to the lower index
    expect(knnWeights([[0, 0], [1, 0], [-1, 0], [0, 5]], { k: 1 }).neighbors[0]).toEqual([1]);
    expect(() => knnWeights(points, { k: 21 })).toThrow(expect.objectContaining({ argument: 'k' }));
    expect(() => knnWeights([[0, 0], [200, 0]], { k: 1 })).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 1 }));
  });

  it('distance band: links within the threshold, inverse-distance weights, islands', () => {
    const pts = [[0, 0], [0, 1], [0, 3]];
    const km1 = greatCircleKm([0, 0], [0, 1]);
    const b = distanceBandWeights(pts, { threshold: km1 * 1.01, transform: 'B' });
    expect(b.neighbors).toEqual([[1], [0], []]);
    expect(b.islands).toEqual(['2']);
    const inv = distanceBandWeights(pts, { threshold: km1 * 3.5, binary: false });
    expect(inv.transform).toBe('O');
    expect(inv.weights[0]![0]).toBeCloseTo(1 / km1, 12);
    expect(inv.weights[0]![1]).toBeCloseTo(1 / (3 * km1), 9);
    expect(() => distanceBandWeights(pts, { threshold: 0 })).toThrow(expect.objectContaining({ argument: 'threshold' }));
    expect(() => distanceBandWeights([[0, 0], [0, 0]], { threshold: 1, binary: false })).toThrow(expect.objectContaining({ code: 'degenerate' }));
  });
});
