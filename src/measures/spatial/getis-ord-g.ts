/**
 * General G of Getis and Ord.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireNonNegative, type Numbers } from '../../core/validate.js';
import { normalSf } from './distributions.js';
import { csr, foldedP, meanStd, permutationOptions, requireValues } from './internal.js';
import { createRng } from './random.js';
import type { PermutationOptions, SpatialWeights } from './types.js';

/** Result of {@link getisOrdG}. */
export interface GetisOrdGResult {
  /** G = Σ_i Σ_j w_ij y_i y_j / Σ_i Σ_{j≠i} y_i y_j. */
  G: number;
  /** E[G] = S0 / (n(n − 1)). */
  expected: number;
  /** Var[G] (randomisation moments of Getis & Ord 1992). */
  variance: number;
  /** (G − E[G]) / √Var. */
  z: number;
  /** One-sided p = 1 − Φ(|z|) (esda `p_norm`). */
  p: number;
  /** Folded permutation p; present when permutations > 0. */
  pSim?: number;
  /** (G − mean simulated G)/sd (ddof 0); present when permutations > 0. */
  zSim?: number;
  /** Number of permutations used. */
  permutations: number;
  /** Seed used. */
  seed: number;
}

/**
 * General G statistic (Getis & Ord 1992): high values near high values give G > E[G].
 *
 * Formula: G = Σ_i Σ_{j≠i} w_ij y_i y_j / Σ_i Σ_{j≠i} y_i y_j, E[G] = S0/(n(n − 1)), and
 * E[G²] = [B0 m2² + B1 m4 + B2 m1² m2 + B3 m1 m3 + B4 m1⁴] / [(m1² − m2)² n(n − 1)(n − 2)(n − 3)]
 * with m_r = Σ y_i^r, B0 = (n² − 3n + 3)S1 − nS2 + 3S0², B1 = −[(n² − n)S1 − 2nS2 + 6S0²],
 * B2 = −[2nS1 − (n + 3)S2 + 6S0²], B3 = 4(n − 1)S1 − 2(n + 1)S2 + 8S0², B4 = S1 − S2 + S0²;
 * Var = E[G²] − E[G]². p = 1 − Φ(|z|), one-sided, as esda `G`.
 *
 * Weights: used as given — binary, or distance weights built with `transform: 'O'`. esda's `G`
 * always binarises the weights (`w.transform = "B"`); pass binary weights to reproduce it.
 *
 * @param y non-negative values (G is defined for positive variables)
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `out-of-domain` (negative value),
 *   `degenerate` (< 4 units, no link, all zero).
 * @see Getis, A. & Ord, J. K. (1992) The analysis of spatial association by use of distance
 *   statistics, Geographical Analysis 24(3), https://doi.org/10.1111/j.1538-4632.1992.tb00261.x; esda `G`.
 * @example
 * ```ts
 * getisOrdG([2, 3, 3.2, 5, 8, 7], binaryW, { permutations: 0 }).G // 0.5571
 * ```
 */
export function getisOrdG(y: Numbers, w: SpatialWeights, options: PermutationOptions = {}): GetisOrdGResult {
  const measure = 'getisOrdG';
  requireValues(measure, y, w);
  requireNonNegative(measure, 'y', y);
  const { permutations, seed } = permutationOptions(measure, options);
  const n = w.n;
  if (n < 4) throw new MeasureError('degenerate', measure, 'needs at least 4 units', { argument: 'y' });
  if (!(w.s0 > 0)) throw new MeasureError('degenerate', measure, 'the weights have no link (S0 = 0)', { argument: 'w' });
  let m1 = 0, m2 = 0, m3 = 0, m4 = 0;
  for (const v of y) {
    m1 += v;
    m2 += v * v;
    m3 += v * v * v;
    m4 += v * v * v * v;
  }
  const denSum = m1 * m1 - m2;
  if (!(denSum > 0)) throw new MeasureError('degenerate', measure, 'needs at least two positive values', { argument: 'y' });
  const { offsets, indices, values } = csr(w);
  const calc = (v: Numbers | Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      let l = 0;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) l += values[p]! * v[indices[p]!]!;
      s += v[i]! * l;
    }
    return s / denSum;
  };
  const G = calc(y);
  const { s0, s1, s2 } = w;
  const s02 = s0 * s0;
  const n2 = n * n;
  const expected = s0 / (n * (n - 1));
  const b0 = (n2 - 3 * n + 3) * s1 - n * s2 + 3 * s02;
  const b1 = -((n2 - n) * s1 - 2 * n * s2 + 6 * s02);
  const b2 = -(2 * n * s1 - (n + 3) * s2 + 6 * s02);
  const b3 = 4 * (n - 1) * s1 - 2 * (n + 1) * s2 + 8 * s02;
  const b4 = s1 - s2 + s02;
  const eg2 = (b0 * m2 * m2 + b1 * m4 + b2 * m1 * m1 * m2 + b3 * m1 * m3 + b4 * m1 ** 4) / (denSum * denSum * n * (n - 1) * (n - 2) * (n - 3));
  const variance = eg2 - expected * expected;
  const z = (G - expected) / Math.sqrt(variance);
  const result: GetisOrdGResult = { G, expected, variance, z, p: normalSf(Math.abs(z)), permutations, seed };
  if (permutations > 0) {
    const rng = createRng(seed);
    const perm = Float64Array.from(y);
    const sim = new Float64Array(permutations);
    let larger = 0;
    for (let p = 0; p < permutations; p++) {
      for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = t;
      }
      const v = calc(perm);
      sim[p] = v;
      if (v >= G) larger++;
    }
    const { mean, sd } = meanStd(sim);
    result.pSim = foldedP(larger, permutations);
    result.zSim = (G - mean) / sd;
  }
  return result;
}
