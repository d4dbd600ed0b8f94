/**
 * Queen and rook contiguity weights from polygon boundaries.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { featureIds, polygonsOf } from './geometry.js';
import { buildWeights } from './internal.js';
import type { PolygonFeatureLike, SpatialWeights, WeightsTransform } from './types.js';

/** Largest accepted vertex tolerance, degrees (≈ 1.1 km of latitude). */
export const MAX_CONTIGUITY_TOLERANCE = 0.01;

/** Options of {@link contiguityWeights}. */
export interface ContiguityWeightsOptions {
  /** 'queen': sharing at least one boundary vertex; 'rook': sharing at least one boundary edge. */
  criterion: 'queen' | 'rook';
  /** Property holding each feature's id ("id" also accepts the feature's own `id`). */
  idField: string;
  /**
   * Two vertices of different features are the same point when both coordinates differ by at most
   * this many degrees (default 0: exact equality, right for boundaries that share vertices, like
   * the bundled Guangdong map). At most {@link MAX_CONTIGUITY_TOLERANCE} (≈ 1 km), so no tolerance
   * can bridge an estuary or strait of several km (e.g. the Pearl River estuary).
   */
  tolerance?: number;
  /** Transform of the result; default 'R'. */
  transform?: WeightsTransform;
}

/**
 * Contiguity weights from GeoJSON Polygon/MultiPolygon features, as libpysal `Queen` / `Rook`
 * (`from_dataframe`), which also compare vertices exactly.
 *
 * Queen: features i and j are neighbours when a vertex of i coincides with a vertex of j (within
 * `tolerance`). Rook: when two consecutive vertices of a ring of i (an edge) both coincide with
 * vertices of j — a shared edge; touching at a single point is not enough. All rings (exterior and
 * holes) of all polygons of a feature count. Features without any neighbour are islands.
 * Vertices are matched by hashing coordinates (on a grid of cell `tolerance` when > 0), so the cost is
 * linear in the number of vertices.
 *
 * @param features GeoJSON features with polygonal geometry (unchanged)
 * @throws MeasureError `empty`, `out-of-domain` (missing or duplicate id, non-polygon geometry, bad
 *   criterion, tolerance < 0 or > {@link MAX_CONTIGUITY_TOLERANCE}).
 * @see libpysal `weights.Queen`, `weights.Rook`; Anselin & Rey (2014) ch. 3.
 * @example
 * ```ts
 * const w = contiguityWeights(guangdongCityBoundaries().features, { criterion: 'queen', idField: 'city_code' });
 * ```
 */
export function contiguityWeights(features: readonly PolygonFeatureLike[], options: ContiguityWeightsOptions): SpatialWeights {
  const measure = 'contiguityWeights';
  const { criterion, idField } = options;
  const tolerance = options.tolerance ?? 0;
  if (criterion !== 'queen' && criterion !== 'rook') {
    throw new MeasureError('out-of-domain', measure, `criterion must be 'queen' or 'rook', got ${String(criterion)}`, { argument: 'criterion' });
  }
  if (!(tolerance >= 0 && tolerance <= MAX_CONTIGUITY_TOLERANCE)) {
    throw new MeasureError('out-of-domain', measure, `tolerance must be between 0 and ${MAX_CONTIGUITY_TOLERANCE} degrees, got ${String(tolerance)}`, { argument: 'tolerance' });
  }
  const ids = featureIds(measure, features, idField);
  const n = ids.length;
  // vertex hash: cell key → list of [feature, x, y]
  const cell = (v: number): number => (tolerance > 0 ? Math.floor(v / tolerance) : v);
  const grid = new Map<string, [number, number, number][]>();
  features.forEach((f, fi) => {
    for (const poly of polygonsOf(f)) {
      for (const ring of poly) {
        for (const p of ring) {
          if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
            throw new MeasureError('not-finite', measure, `feature "${ids[fi]}" has a non-finite coordinate`, { argument: 'features', index: fi });
          }
          const key = `${cell(p[0]!)},${cell(p[1]!)}`;
          const list = grid.get(key);
          if (list) list.push([fi, p[0]!, p[1]!]);
          else grid.set(key, [[fi, p[0]!, p[1]!]]);
        }
      }
    }
  });
  /** Features other than `self` with a vertex matching p. */
  const matches = (p: readonly number[], self: number): Set<number> => {
    const out = new Set<number>();
    if (tolerance === 0) {
      for (const [g] of grid.get(`${p[0]},${p[1]}`) ?? []) if (g !== self) out.add(g);
      return out;
    }
    const cx = cell(p[0]!);
    const cy = cell(p[1]!);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const [g, x, y] of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (g !== self && Math.abs(x - p[0]!) <= tolerance && Math.abs(y - p[1]!) <= tolerance) out.add(g);
        }
      }
    }
    return out;
  };
  const links = Array.from({ length: n }, () => new Set<number>());
  features.forEach((f, fi) => {
    for (const poly of polygonsOf(f)) {
      for (const ring of poly) {
        let prev: Set<number> | undefined;
        for (let v = 0; v < ring.length; v++) {
          const m = matches(ring[v]!, fi);
          if (criterion === 'queen') {
            for (const g of m) links[fi]!.add(g);
          } else if (prev) {
            for (const g of m) if (prev.has(g)) links[fi]!.add(g);
          }
          prev = m;
        }
      }
    }
  });
  // contiguity is symmetric: keep a link found from either side
  for (let i = 0; i < n; i++) for (const j of links[i]!) links[j]!.add(i);
  const neighbors = links.map((s) => [...s].sort((a, b) => a - b));
  return buildWeights(measure, ids, neighbors, neighbors.map((r) => r.map(() => 1)), options.transform ?? 'R');
}
