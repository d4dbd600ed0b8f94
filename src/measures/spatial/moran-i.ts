/**
 * Global Moran's I.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import type { Numbers } from '../../core/validate.js';
import { normalSf } from './distributions.js';
import { csr, deviations, foldedP, meanStd, permutationOptions, requireValues, requireVariation } from './internal.js';
import { createRng } from './random.js';
import type { PermutationOptions, SpatialWeights } from './types.js';

/** Result of {@link moranI}. */
export interface MoranResult {
  /** Moran's I. */
  I: number;
  /** E[I] = −1/(n − 1). */
  expected: number;
  /** Var[I] under normality. */
  varianceNormal: number;
  /** (I − E[I]) / √Var_normal. */
  zNormal: number;
  /** Two-sided p under normality, 2·(1 − Φ(|z|)) (esda's default `two_tailed=True`). */
  pNormal: number;
  /** Var[I] under randomisation (uses the sample kurtosis). */
  varianceRandomization: number;
  /** (I − E[I]) / √Var_randomisation. */
  zRandomization: number;
  /** Two-sided p under randomisation. */
  pRandomization: number;
  /** Folded permutation p, (min(larger, P − larger) + 1)/(P + 1); present when permutations > 0. */
  pSim?: number;
  /** (I − mean of simulated I) / their standard deviation (ddof 0); present when permutations > 0. */
  zSim?: number;
  /** Mean of the simulated I; present when permutations > 0. */
  expectedSim?: number;
  /** Number of permutations used (0 = none). */
  permutations: number;
  /** Seed used for the permutations. */
  seed: number;
}

/**
 * Global Moran's I of `y` under the weights `w` (uses `w` as built: row-standardised by default).
 *
 * Formula: with z = y − ȳ, I = (n/S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²; E[I] = −1/(n − 1).
 * Under normality Var[I] = (n²S1 − nS2 + 3S0²)/((n² − 1)S0²) − E[I]²; under randomisation
 * Var[I] = [n((n² − 3n + 3)S1 − nS2 + 3S0²) − b2((n² − n)S1 − 2nS2 + 6S0²)] / ((n − 1)(n − 2)(n − 3)S0²)
 * − E[I]², with b2 = (Σz⁴/n)/(Σz²/n)² (Cliff & Ord 1981, pp. 21–22). p-values are two-sided, as
 * esda's `Moran(two_tailed=True)`. Permutation inference: y is permuted P times with the seeded
 * generator of this module (xoshiro128**, see the module docs) and the p-value is folded to the
 * smaller tail as esda. The analytic results equal esda's to rounding; pSim and zSim differ from
 * esda's by Monte-Carlo error only (different random streams).
 *
 * @param y one value per unit, in the order of `w.ids`
 * @param w spatial weights (at least 4 units for the randomisation variance)
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `degenerate` (constant y, no link,
 *   fewer than 4 units), `out-of-domain` (bad permutations or seed).
 * @see Cliff, A. D. & Ord, J. K. (1981) Spatial Processes: Models and Applications; esda `Moran`.
 * @example
 * ```ts
 * const r = moranI(homicideRates, stlWeights, { permutations: 999, seed: 1 });
 * r.I // 0.2436558
 * ```
 */
export function moranI(y: Numbers, w: SpatialWeights, options: PermutationOptions = {}): MoranResult {
  const measure = 'moranI';
  requireValues(measure, y, w);
  const { permutations, seed } = permutationOptions(measure, options);
  const n = w.n;
  if (n < 4) throw new MeasureError('degenerate', measure, 'needs at least 4 units (the randomisation variance divides by (n − 1)(n − 2)(n − 3))', { argument: 'y' });
  if (!(w.s0 > 0)) throw new MeasureError('degenerate', measure, 'the weights have no link (S0 = 0)', { argument: 'w' });
  const { z, m2, m4 } = deviations(y);
  requireVariation(measure, m2);
  const { offsets, indices, values } = csr(w);
  // rows whose links all weigh the same (binary or row-standardised contiguity/knn): factor the weight out
  const rowWeight = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    let same = offsets[i + 1]! > offsets[i]!;
    for (let p = offsets[i]! + 1; p < offsets[i + 1]!; p++) if (values[p] !== values[offsets[i]!]) same = false;
    if (same) rowWeight[i] = values[offsets[i]!]!;
  }
  const cross = (v: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      let l = 0;
      const rw = rowWeight[i]!;
      if (rw === rw) {
        for (let p = offsets[i]!; p < offsets[i + 1]!; p++) l += v[indices[p]!]!;
        l *= rw;
      } else {
        for (let p = offsets[i]!; p < offsets[i + 1]!; p++) l += values[p]! * v[indices[p]!]!;
      }
      s += v[i]! * l;
    }
    return s;
  };
  const scale = n / (w.s0 * m2);
  const I = scale * cross(z);
  const { s0, s1, s2 } = w;
  const s02 = s0 * s0;
  const expected = -1 / (n - 1);
  const varianceNormal = (n * n * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - expected * expected;
  const k = m4 / n / (m2 / n) ** 2;
  const A = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02);
  const B = k * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02);
  const varianceRandomization = (A - B) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected;
  const zNormal = (I - expected) / Math.sqrt(varianceNormal);
  const zRandomization = (I - expected) / Math.sqrt(varianceRandomization);
  const result: MoranResult = {
    I,
    expected,
    varianceNormal,
    zNormal,
    pNormal: 2 * normalSf(Math.abs(zNormal)),
    varianceRandomization,
    zRandomization,
    pRandomization: 2 * normalSf(Math.abs(zRandomization)),
    permutations,
    seed,
  };
  if (permutations > 0) {
    const rng = createRng(seed);
    const perm = Float64Array.from(z);
    const sim = new Float64Array(permutations);
    let larger = 0;
    for (let p = 0; p < permutations; p++) {
      for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = t;
      }
      const v = scale * cross(perm);
      sim[p] = v;
      if (v >= I) larger++;
    }
    const { mean, sd } = meanStd(sim);
    result.pSim = foldedP(larger, permutations);
    result.zSim = (I - mean) / sd;
    result.expectedSim = mean;
  }
  return result;
}
