/**
 * Internal helpers of the spatial measures: building and checking {@link SpatialWeights},
 * compressed-row arrays for the hot loops, input checks and the permutation p-value.
 * Not exported from the package.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, type Numbers } from '../../core/validate.js';
import { checkSeed } from './random.js';
import type { PermutationOptions, SpatialWeights, WeightsTransform } from './types.js';

/**
 * Build frozen weights from 0-based neighbour index lists and their original per-link weights.
 * Checks: indices in range, no self-link, no duplicate link, weights finite and > 0.
 */
export function buildWeights(
  measure: string,
  ids: readonly string[],
  neighbors: readonly (readonly number[])[],
  original: readonly (readonly number[])[],
  transform: WeightsTransform,
): SpatialWeights {
  const n = ids.length;
  if (!['B', 'R', 'O'].includes(transform)) {
    throw new MeasureError('out-of-domain', measure, `transform "${String(transform)}" is not 'B', 'R' or 'O'`, { argument: 'transform' });
  }
  const nb: number[][] = [];
  const orig: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = neighbors[i] ?? [];
    const wrow = original[i] ?? [];
    const pairs: [number, number][] = [];
    const seen = new Set<number>();
    for (let k = 0; k < row.length; k++) {
      const j = row[k]!;
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        throw new MeasureError('out-of-domain', measure, `unit ${ids[i]} lists neighbour ${String(j)}, not a unit index in [0, ${n})`, { argument: 'neighbors', index: i });
      }
      if (j === i) throw new MeasureError('out-of-domain', measure, `unit ${ids[i]} lists itself as a neighbour`, { argument: 'neighbors', index: i });
      if (seen.has(j)) throw new MeasureError('out-of-domain', measure, `unit ${ids[i]} lists neighbour ${ids[j]} twice`, { argument: 'neighbors', index: i });
      seen.add(j);
      const v = wrow[k] ?? 1;
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new MeasureError('out-of-domain', measure, `weight ${String(v)} of link ${ids[i]} → ${ids[j]} must be a finite number > 0`, { argument: 'weights', index: i });
      }
      pairs.push([j, v]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    nb.push(pairs.map((p) => p[0]));
    orig.push(pairs.map((p) => p[1]));
  }
  return finish(ids, nb, orig, transform);
}

/** Apply a transform to already-checked lists and compute S0, S1, S2. */
export function finish(
  ids: readonly string[],
  nb: number[][],
  orig: number[][],
  transform: WeightsTransform,
): SpatialWeights {
  const n = ids.length;
  const weights: number[][] = orig.map((row) => {
    if (transform === 'B') return row.map(() => 1);
    if (transform === 'O') return row.slice();
    let s = 0;
    for (const v of row) s += v;
    return row.map((v) => v / s);
  });
  const link = new Map<number, number>();
  for (let i = 0; i < n; i++) for (let k = 0; k < nb[i]!.length; k++) link.set(i * n + nb[i]![k]!, weights[i]![k]!);
  let s0 = 0;
  let s1 = 0;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  let symmetric = true;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < nb[i]!.length; k++) {
      const j = nb[i]![k]!;
      const wij = weights[i]![k]!;
      const wji = link.get(j * n + i) ?? 0;
      if (Math.abs(wij - wji) > 1e-12 * Math.max(1, Math.abs(wij))) symmetric = false;
      s0 += wij;
      // ½ Σ_ij (w_ij + w_ji)²: each ordered pair with w_ij > 0 contributes; pairs with only w_ji > 0 are
      // added when visiting row j.
      s1 += wji > 0 ? 0.5 * (wij + wji) ** 2 : (wij * wij);
      rowSum[i]! += wij;
      colSum[j]! += wij;
    }
  }
  // A link present in one direction only contributes (w_ij)² to S1 (½·2 from the (i,j) and (j,i) terms).
  let s2 = 0;
  for (let i = 0; i < n; i++) s2 += (rowSum[i]! + colSum[i]!) ** 2;
  const islands = ids.filter((_, i) => nb[i]!.length === 0);
  return deepFreeze({
    n,
    ids: ids.slice(),
    transform,
    neighbors: nb,
    weights,
    original: orig,
    islands,
    cardinalities: nb.map((r) => r.length),
    s0,
    s1,
    s2,
    symmetric,
  });
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** Compressed-row form of W for the hot loops. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

const csrCache = new WeakMap<SpatialWeights, Csr>();

/** CSR arrays of `w` (cached per weights object). */
export function csr(w: SpatialWeights): Csr {
  const hit = csrCache.get(w);
  if (hit) return hit;
  const offsets = new Int32Array(w.n + 1);
  for (let i = 0; i < w.n; i++) offsets[i + 1] = offsets[i]! + w.neighbors[i]!.length;
  const nnz = offsets[w.n]!;
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  for (let i = 0; i < w.n; i++) {
    const base = offsets[i]!;
    const nb = w.neighbors[i]!;
    const wt = w.weights[i]!;
    for (let k = 0; k < nb.length; k++) {
      indices[base + k] = nb[k]!;
      values[base + k] = wt[k]!;
    }
  }
  const out = { offsets, indices, values };
  csrCache.set(w, out);
  return out;
}

/** Check that `w` looks like {@link SpatialWeights}. */
export function requireWeights(measure: string, w: SpatialWeights): void {
  if (!w || typeof w !== 'object' || !Array.isArray(w.neighbors) || typeof w.n !== 'number') {
    throw new MeasureError('out-of-domain', measure, 'weights must be built by weightsFromNeighbors, contiguityWeights, knnWeights or distanceBandWeights', { argument: 'w' });
  }
}

/** Check values against weights: finite, one per unit. */
export function requireValues(measure: string, y: Numbers, w: SpatialWeights, argument = 'y'): void {
  requireWeights(measure, w);
  requireFinite(measure, argument, y);
  if (y.length !== w.n) {
    throw new MeasureError('length-mismatch', measure, `"${argument}" has ${y.length} values but the weights have ${w.n} units`, { argument });
  }
}

/** Check and default the permutation options. */
export function permutationOptions(measure: string, o: PermutationOptions | undefined): { permutations: number; seed: number } {
  const permutations = o?.permutations ?? 999;
  const seed = o?.seed ?? 12345;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new MeasureError('out-of-domain', measure, `permutations must be a non-negative integer, got ${String(permutations)}`, { argument: 'permutations' });
  }
  if (!checkSeed(seed)) {
    throw new MeasureError('out-of-domain', measure, `seed must be an integer in [0, 2^32), got ${String(seed)}`, { argument: 'seed' });
  }
  return { permutations, seed };
}

/**
 * esda's folded permutation p-value: with `larger` = number of simulated values ≥ the observed
 * one, take the smaller tail min(larger, P − larger) and return (that + 1)/(P + 1).
 */
export function foldedP(larger: number, permutations: number): number {
  const tail = Math.min(larger, permutations - larger);
  return (tail + 1) / (permutations + 1);
}

/** Deviations from the mean, Σz², Σz⁴. */
export function deviations(y: Numbers): { z: Float64Array; m2: number; m4: number; mean: number } {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = y[i]! - mean;
    z[i] = d;
    m2 += d * d;
    m4 += d * d * d * d;
  }
  return { z, m2, m4, mean };
}

/** Refuse constant values (the statistics divide by Σ(y − ȳ)²). */
export function requireVariation(measure: string, m2: number): void {
  if (!(m2 > 0)) {
    throw new MeasureError('degenerate', measure, 'all values are equal, so there is no variation to correlate', { argument: 'y' });
  }
}

/** Mean and population standard deviation (ddof = 0, as numpy `std`) of simulated values. */
export function meanStd(sim: Float64Array | number[]): { mean: number; sd: number } {
  let m = 0;
  for (const v of sim) m += v;
  m /= sim.length;
  let s = 0;
  for (const v of sim) s += (v - m) ** 2;
  return { mean: m, sd: Math.sqrt(s / sim.length) };
}
