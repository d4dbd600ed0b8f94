/**
 * Local G and G* of Getis and Ord.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireNonNegative, type Numbers } from '../../core/validate.js';
import { normalSf } from './distributions.js';
import { requireValues } from './internal.js';
import type { SpatialWeights } from './types.js';

/** Options of {@link localG}. */
export interface LocalGOptions {
  /** Gi* (the unit itself counts among its neighbours) instead of Gi. Default false. */
  star?: boolean;
  /** 'R' row-standardised (default, as esda) or 'B' binary, applied to the links of `w` (and the self-link for Gi*). */
  transform?: 'R' | 'B';
}

/** One unit of {@link localG}. */
export interface LocalGRow {
  /** Unit id. */
  id: string;
  /** Gi (or Gi*): the weighted share of the total value held by the unit's neighbourhood. */
  G: number;
  /** E[Gi] under randomisation. */
  expected: number;
  /** Var[Gi] under randomisation. */
  variance: number;
  /** (Gi − E)/√Var (esda `Zs`); 0 for an island. */
  z: number;
  /** One-sided p = 1 − Φ(|z|) (esda `p_norm`); 1 for an island. */
  p: number;
  /** True when the unit has no neighbour (not testable). */
  island: boolean;
}

/**
 * Local Getis–Ord statistics Gi and Gi* with their analytic z and one-sided p, as esda `G_Local`.
 *
 * Weights: the links of `w` (its `original` link weights) transformed here as esda does —
 * Gi* adds a self-link weighing the row's largest link weight (1 for binary links); then
 * 'R' divides each row by its sum (self-link included), 'B' sets every link to 1.
 * Formula (Ord & Getis 1995, as coded in esda): with N = n − 1 for Gi (the unit left out) or n for
 * Gi*, Gi = Σ_j w_ij y_j / (Σ_k y_k − y_i) (Gi: j ≠ i) or Σ_j w_ij y_j / Σ_k y_k (Gi*); the
 * mean and variance of the values left in, ȳ_(i) and s²_(i) (population form, divided by N);
 * W_i = Σ_j w_ij; E[Gi] = W_i/N; Var[Gi] = W_i(N − W_i)/(N − 1) · s²_(i)/(N² ȳ_(i)²);
 * z = (Gi − E)/√Var, p = 1 − Φ(|z|) (one-sided, esda `p_norm`). No permutation inference here.
 *
 * @param y non-negative values, one per unit
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `out-of-domain` (negative value),
 *   `degenerate` (< 3 units, zero total).
 * @see Ord, J. K. & Getis, A. (1995) Local spatial autocorrelation statistics: distributional issues
 *   and an application, Geographical Analysis 27(4); esda `G_Local`.
 * @example
 * ```ts
 * localG([2, 3, 3.2, 5, 8, 7], w, { transform: 'B' }).map((r) => r.z)
 * ```
 */
export function localG(y: Numbers, w: SpatialWeights, options: LocalGOptions = {}): LocalGRow[] {
  const measure = 'localG';
  requireValues(measure, y, w);
  requireNonNegative(measure, 'y', y);
  const star = options.star ?? false;
  const transform = options.transform ?? 'R';
  if (transform !== 'R' && transform !== 'B') throw new MeasureError('out-of-domain', measure, `transform must be 'R' or 'B', got ${String(transform)}`, { argument: 'transform' });
  const n = w.n;
  if (n < 3) throw new MeasureError('degenerate', measure, 'needs at least 3 units', { argument: 'y' });
  let total = 0;
  let total2 = 0;
  for (const v of y) {
    total += v;
    total2 += v * v;
  }
  if (!(total > 0)) throw new MeasureError('degenerate', measure, 'all values are zero', { argument: 'y' });
  const N = star ? n : n - 1;
  return w.ids.map((id, i) => {
    const nb = w.neighbors[i]!;
    const orig = w.original[i]!;
    if (nb.length === 0) return { id, G: 0, expected: 0, variance: 0, z: 0, p: 1, island: true };
    const selfWeight = star ? orig.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY) : 0;
    let raw = nb.map((_, k) => (transform === 'B' ? 1 : orig[k]!));
    let self = transform === 'B' ? (star ? 1 : 0) : selfWeight;
    if (transform === 'R') {
      const s = raw.reduce((a, b) => a + b, 0) + self;
      raw = raw.map((v) => v / s);
      self /= s;
    }
    let num = self * y[i]!;
    nb.forEach((j, k) => (num += raw[k]! * y[j]!));
    const left = star ? 0 : 1;
    const denom = total - y[i]! * left;
    const G = num / denom;
    const mean = denom / N;
    const meanSq = (total2 - y[i]! * y[i]! * left) / N;
    const s2 = meanSq - mean * mean;
    const card = raw.reduce((a, b) => a + b, 0) + self;
    const expected = card / N;
    const variance = ((card * (N - card)) / (N - 1)) * (1 / (N * N)) * (s2 / (mean * mean));
    const z = (G - expected) / Math.sqrt(variance);
    return { id, G, expected, variance, z, p: normalSf(Math.abs(z)), island: false };
  });
}
