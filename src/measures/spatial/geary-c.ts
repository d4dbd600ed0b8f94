/**
 * Geary's C.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import type { Numbers } from '../../core/validate.js';
import { normalCdf, normalSf } from './distributions.js';
import { csr, deviations, foldedP, meanStd, permutationOptions, requireValues, requireVariation } from './internal.js';
import { createRng } from './random.js';
import type { PermutationOptions, SpatialWeights } from './types.js';

/** Result of {@link gearyC}. */
export interface GearyResult {
  /** Geary's C (< 1: positive autocorrelation, > 1: negative). */
  C: number;
  /** E[C] = 1. */
  expected: number;
  /** Var[C] under normality. */
  varianceNormal: number;
  /** (C − 1)/√Var_normal. */
  zNormal: number;
  /** One-sided p under normality, in the direction of C − 1 (esda). */
  pNormal: number;
  /** Var[C] under randomisation. */
  varianceRandomization: number;
  /** (C − 1)/√Var_randomisation. */
  zRandomization: number;
  /** One-sided p under randomisation (esda). */
  pRandomization: number;
  /** Folded permutation p; present when permutations > 0. */
  pSim?: number;
  /** (C − mean simulated C)/sd (ddof 0); present when permutations > 0. */
  zSim?: number;
  /** Mean of the simulated C; present when permutations > 0. */
  expectedSim?: number;
  /** Number of permutations used. */
  permutations: number;
  /** Seed used. */
  seed: number;
}

/**
 * Geary's contiguity ratio C of `y` under `w` (as built; esda's default is row-standardised).
 *
 * Formula: C = (n − 1) Σ_i Σ_j w_ij (y_i − y_j)² / (2 S0 Σ_i z_i²), z = y − ȳ; E[C] = 1.
 * Var_normal = ((2S1 + S2)(n − 1) − 4S0²) / (2(n + 1)S0²); Var_randomisation =
 * [(n − 1)S1(n² − 3n + 3 − (n − 1)b2) − ¼(n − 1)S2(n² + 3n − 6 − (n² − n + 2)b2) + S0²(n² − 3 − (n − 1)²b2)]
 * / (n(n − 2)(n − 3)S0²), b2 = (Σz⁴/n)/(Σz²/n)² (Cliff & Ord 1981). p-values are one-sided in the
 * direction of C − 1, as esda `Geary` (Φ(z) when C < 1, 1 − Φ(z) otherwise). Permutations and the
 * folded pSim as {@link moranI} (seeded xoshiro128**; pSim agrees with esda's up to Monte-Carlo error).
 *
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `degenerate` (constant y, < 4 units,
 *   no link), `out-of-domain` (bad permutations or seed).
 * @see Geary, R. C. (1954) The contiguity ratio and statistical mapping, The Incorporated
 *   Statistician 5(3); esda `Geary`.
 * @example
 * ```ts
 * gearyC(y, w, { permutations: 0 }).C
 * ```
 */
export function gearyC(y: Numbers, w: SpatialWeights, options: PermutationOptions = {}): GearyResult {
  const measure = 'gearyC';
  requireValues(measure, y, w);
  const { permutations, seed } = permutationOptions(measure, options);
  const n = w.n;
  if (n < 4) throw new MeasureError('degenerate', measure, 'needs at least 4 units', { argument: 'y' });
  if (!(w.s0 > 0)) throw new MeasureError('degenerate', measure, 'the weights have no link (S0 = 0)', { argument: 'w' });
  const { m2, m4 } = deviations(y);
  requireVariation(measure, m2);
  const { offsets, indices, values } = csr(w);
  const den = 2 * w.s0 * m2;
  const calc = (v: Numbers | Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const vi = v[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = vi - v[indices[p]!]!;
        s += values[p]! * d * d;
      }
    }
    return ((n - 1) * s) / den;
  };
  const C = calc(y);
  const { s0, s1, s2 } = w;
  const s02 = s0 * s0;
  const n2 = n * n;
  const k = m4 / n / (m2 / n) ** 2;
  const A = (n - 1) * s1 * (n2 - 3 * n + 3 - (n - 1) * k);
  const B = 0.25 * ((n - 1) * s2 * (n2 + 3 * n - 6 - (n2 - n + 2) * k));
  const Cc = s02 * (n2 - 3 - (n - 1) ** 2 * k);
  const varianceRandomization = (A - B + Cc) / (n * (n - 2) * (n - 3) * s02);
  const varianceNormal = (1 / (2 * (n + 1) * s02)) * ((2 * s1 + s2) * (n - 1) - 4 * s02);
  const de = C - 1;
  const zNormal = de / Math.sqrt(varianceNormal);
  const zRandomization = de / Math.sqrt(varianceRandomization);
  const tail = (z: number): number => (de > 0 ? normalSf(z) : normalCdf(z));
  const result: GearyResult = {
    C,
    expected: 1,
    varianceNormal,
    zNormal,
    pNormal: tail(zNormal),
    varianceRandomization,
    zRandomization,
    pRandomization: tail(zRandomization),
    permutations,
    seed,
  };
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
      if (v >= C) larger++;
    }
    const { mean, sd } = meanStd(sim);
    result.pSim = foldedP(larger, permutations);
    result.zSim = (C - mean) / sd;
    result.expectedSim = mean;
  }
  return result;
}
