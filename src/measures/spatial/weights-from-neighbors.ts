/**
 * Spatial weights from a neighbour list (the GAL form).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { buildWeights } from './internal.js';
import type { SpatialWeights, WeightsTransform } from './types.js';

/** A neighbour list: id → neighbour ids (object or Map), or 0-based index arrays. */
export type NeighborList =
  | Readonly<Record<string, readonly (string | number)[]>>
  | ReadonlyMap<string | number, readonly (string | number)[]>
  | readonly (readonly number[])[];

/** Per-link weights in the same shape as the {@link NeighborList}. */
export type LinkWeights =
  | Readonly<Record<string, readonly number[]>>
  | ReadonlyMap<string | number, readonly number[]>
  | readonly (readonly number[])[];

/** Options of {@link weightsFromNeighbors}. */
export interface WeightsFromNeighborsOptions {
  /**
   * Order of the units (the rows of W and the order of every value vector used with it). Required
   * for an object whose keys look like array indices ("0", "17"…), because JavaScript lists such
   * keys in ascending numeric order, not in the order written. For index arrays: labels of the
   * units (default "0", "1", …).
   */
  ids?: readonly (string | number)[];
  /** Weight of each link, aligned with the neighbour list (default 1 each). Must be > 0. */
  weights?: LinkWeights;
  /** 'R' row-standardised (default), 'B' binary, 'O' the given weights unchanged. */
  transform?: WeightsTransform;
}

const INDEX_LIKE = /^(0|[1-9]\d*)$/;

/**
 * Build a {@link SpatialWeights} from a neighbour list, as libpysal `W(neighbors, weights)`
 * followed by `w.transform = …`.
 *
 * Row-standardised ('R', the default): w_ij = v_ij / Σ_k v_ik; binary ('B'): w_ij = 1;
 * original ('O'): w_ij = v_ij, where v_ij is the given link weight (1 when none is given).
 * Links may be asymmetric (k-nearest neighbours are). Units with no neighbour ("islands") are
 * allowed: their row is zero, their spatial lag is 0, and they are listed in `islands`.
 * S0, S1, S2 (Cliff & Ord 1981) are computed once for the global statistics.
 *
 * Unit order: index arrays keep their order; a `Map` keeps its insertion order; a plain object
 * keeps its key order only when no key looks like an array index (JavaScript moves such keys to
 * the front, sorted numerically), so such an object needs `ids`, or it is refused.
 *
 * @param neighbors id → neighbour ids, or neighbour index arrays
 * @throws MeasureError `out-of-domain` (unknown neighbour id, a unit listing itself or a neighbour
 *   twice, weight ≤ 0 or not finite, index-like object keys without `ids`, `ids` not matching the
 *   keys), `length-mismatch` (weights not aligned with the neighbours), `empty` (no unit).
 * @see Anselin, L. & Rey, S. J. (2014) Modern Spatial Econometrics in Practice, ch. 3;
 *   libpysal `weights.W`.
 * @example
 * ```ts
 * const w = weightsFromNeighbors({ a: ['b'], b: ['a', 'c'], c: ['b'] });
 * w.weights[1] // [0.5, 0.5]
 * weightsFromNeighbors([[1], [0], []], { transform: 'B' }).islands // ['2']
 * ```
 */
export function weightsFromNeighbors(neighbors: NeighborList, options: WeightsFromNeighborsOptions = {}): SpatialWeights {
  const measure = 'weightsFromNeighbors';
  const transform = options.transform ?? 'R';
  if (Array.isArray(neighbors)) {
    const lists = neighbors as readonly (readonly number[])[];
    const n = lists.length;
    if (n === 0) throw new MeasureError('empty', measure, 'needs at least one unit', { argument: 'neighbors' });
    const ids = options.ids ? options.ids.map(String) : lists.map((_, i) => String(i));
    if (ids.length !== n) {
      throw new MeasureError('length-mismatch', measure, `${ids.length} ids for ${n} units`, { argument: 'ids' });
    }
    requireUnique(measure, ids);
    const wl = options.weights === undefined ? undefined : (options.weights as readonly (readonly number[])[]);
    if (wl !== undefined && (!Array.isArray(wl) || wl.length !== n)) {
      throw new MeasureError('length-mismatch', measure, 'weights must be index arrays aligned with the neighbour arrays', { argument: 'weights' });
    }
    const orig = lists.map((row, i) => alignWeights(measure, row.length, wl?.[i], ids[i]!, i));
    return buildWeights(measure, ids, lists, orig, transform);
  }
  const isMap = neighbors instanceof Map;
  const entries: [string, readonly (string | number)[]][] = isMap
    ? [...(neighbors as ReadonlyMap<string | number, readonly (string | number)[]>).entries()].map(([k, v]) => [String(k), v])
    : Object.entries(neighbors as Readonly<Record<string, readonly (string | number)[]>>);
  if (entries.length === 0) throw new MeasureError('empty', measure, 'needs at least one unit', { argument: 'neighbors' });
  const byId = new Map(entries);
  let ids: string[];
  if (options.ids) {
    ids = options.ids.map(String);
    requireUnique(measure, ids);
    if (ids.length !== entries.length || ids.some((id) => !byId.has(id))) {
      const missing = ids.find((id) => !byId.has(id)) ?? entries.map((e) => e[0]).find((k) => !ids.includes(k));
      throw new MeasureError('out-of-domain', measure, `ids must list exactly the units of the neighbour list (mismatch at "${String(missing)}")`, { argument: 'ids' });
    }
  } else {
    if (!isMap && entries.some(([k]) => INDEX_LIKE.test(k))) {
      throw new MeasureError(
        'out-of-domain',
        measure,
        'object keys that look like array indices are reordered by JavaScript (ascending), so the unit order is lost; pass `ids` with the order, or use a Map or index arrays',
        { argument: 'ids' },
      );
    }
    ids = entries.map((e) => e[0]);
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const wget = (id: string): readonly number[] | undefined => {
    if (options.weights === undefined) return undefined;
    const src = options.weights;
    if (src instanceof Map) return (src as ReadonlyMap<string | number, readonly number[]>).get(id) ?? (src as ReadonlyMap<string | number, readonly number[]>).get(Number(id));
    if (Array.isArray(src)) throw new MeasureError('out-of-domain', measure, 'weights must be keyed like the neighbour list', { argument: 'weights' });
    return (src as Readonly<Record<string, readonly number[]>>)[id];
  };
  const lists: number[][] = [];
  const orig: number[][] = [];
  ids.forEach((id, i) => {
    const row = byId.get(id)!;
    if (!Array.isArray(row)) throw new MeasureError('out-of-domain', measure, `neighbours of "${id}" must be an array`, { argument: 'neighbors', index: i });
    lists.push(
      row.map((nbId) => {
        const j = index.get(String(nbId));
        if (j === undefined) throw new MeasureError('out-of-domain', measure, `unit "${id}" lists unknown neighbour "${String(nbId)}"`, { argument: 'neighbors', index: i });
        return j;
      }),
    );
    orig.push(alignWeights(measure, row.length, wget(id), id, i));
  });
  return buildWeights(measure, ids, lists, orig, transform);
}

function alignWeights(measure: string, k: number, wrow: readonly number[] | undefined, id: string, i: number): number[] {
  if (wrow === undefined) return new Array<number>(k).fill(1);
  if (!Array.isArray(wrow) || wrow.length !== k) {
    throw new MeasureError('length-mismatch', measure, `unit "${id}" has ${k} neighbours but ${Array.isArray(wrow) ? wrow.length : 'no'} link weights`, { argument: 'weights', index: i });
  }
  return wrow.slice();
}

function requireUnique(measure: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new MeasureError('out-of-domain', measure, `id "${id}" appears twice`, { argument: 'ids', index: i });
    seen.add(id);
  });
}
