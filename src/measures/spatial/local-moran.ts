/**
 * Local Moran's I (LISA).
 * @module
 */
import type { Numbers } from '../../core/validate.js';
import { MeasureError } from '../../core/errors.js';
import { csr, deviations, foldedP, permutationOptions, requireValues, requireVariation } from './internal.js';
import { conditionalDraws } from './conditional-draws.js';
import type { LisaQuadrant, PermutationOptions, SpatialWeights } from './types.js';

/** One unit of {@link localMoran}. */
export interface LocalMoranRow {
  /** Unit id (from the weights). */
  id: string;
  /** Local Moran I_i = (n − 1) z_i (Wz)_i / Σ_j z_j² (esda's scaling). */
  Ii: number;
  /** Quadrant of the Moran scatter plot: own deviation z_i > 0 (H) or ≤ 0 (L), then lag (Wz)_i > 0 or ≤ 0. */
  quadrant: LisaQuadrant;
  /** Deviation of the unit's value from the mean, z_i = y_i − ȳ. */
  z: number;
  /** Spatial lag of the deviations, (Wz)_i. */
  lag: number;
  /** Folded conditional-permutation p (esda `p_sim`); 1 for an island or when permutations = 0. */
  pSim: number;
  /** (I_i − mean of the simulated I_i) / their sd (ddof 0); 0 for an island or when permutations = 0. */
  zSim: number;
  /** True when the unit has no neighbour (I_i = 0, not testable). */
  island: boolean;
}

/**
 * Local Moran's I of every unit (Anselin 1995), with conditional permutation inference.
 *
 * Formula: z = y − ȳ, I_i = (n − 1) · z_i · Σ_j w_ij z_j / Σ_k z_k², so that Σ_i I_i = (n − 1)·(S0/n)·I
 * = (n − 1)·I with row-standardised weights (esda `Moran_Local`). Quadrants as esda: HH (z_i > 0,
 * lag > 0), LH, LL, HL; a zero deviation or lag counts as low.
 *
 * Inference: conditional randomisation — y_i is held fixed and its k_i neighbours' values are
 * drawn without replacement from the other n − 1 values. As esda's `crand`, one matrix of P draws
 * of max_k indices into "the others" is generated once and shared by every unit (unit i maps
 * index r to r if r < i else r + 1), so the simulated null distributions of different units are
 * correlated, exactly as in esda. p is folded to the smaller tail, (min(larger, P − larger) + 1)/(P + 1).
 * The random stream is this module's seeded xoshiro128** (numpy's is not reproduced), so pSim and
 * zSim match esda's only up to Monte-Carlo error; I_i and quadrants match exactly.
 *
 * @param y one value per unit, in the order of `w.ids`
 * @param w spatial weights (row-standardised for the usual LISA)
 * @param options permutations (default 999) and seed (default 12345)
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `degenerate` (constant y, < 3 units),
 *   `out-of-domain` (bad permutations or seed).
 * @see Anselin, L. (1995) Local Indicators of Spatial Association — LISA, Geographical Analysis 27(2),
 *   https://doi.org/10.1111/j.1538-4632.1995.tb00338.x; esda `Moran_Local`.
 * @example
 * ```ts
 * localMoran(y, w, { permutations: 9999, seed: 7 }).filter((r) => r.pSim <= 0.05)
 * ```
 */
export function localMoran(y: Numbers, w: SpatialWeights, options: PermutationOptions = {}): LocalMoranRow[] {
  const measure = 'localMoran';
  requireValues(measure, y, w);
  const { permutations, seed } = permutationOptions(measure, options);
  const n = w.n;
  if (n < 3) throw new MeasureError('degenerate', measure, 'needs at least 3 units', { argument: 'y' });
  const { z, m2 } = deviations(y);
  requireVariation(measure, m2);
  const { offsets, indices, values } = csr(w);
  const scaling = (n - 1) / m2;
  const rows: LocalMoranRow[] = [];
  const kmax = w.cardinalities.reduce((m, c) => Math.max(m, c), 0);
  const draws = permutations > 0 && kmax > 0 ? conditionalDraws(n - 1, kmax, permutations, seed) : undefined;
  const sim = new Float64Array(permutations);
  const others = new Float64Array(Math.max(0, n - 1));
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let lag = 0;
    for (let p = start; p < end; p++) lag += values[p]! * z[indices[p]!]!;
    const zi = z[i]!;
    const Ii = scaling * zi * lag;
    const quadrant: LisaQuadrant = zi > 0 ? (lag > 0 ? 'HH' : 'HL') : lag > 0 ? 'LH' : 'LL';
    const island = end === start;
    let pSim = 1;
    let zSim = 0;
    if (draws && !island) {
      const k = end - start;
      // the other n − 1 deviations, so draw r indexes them directly (esda's z without unit i)
      others.set(z.subarray(0, i), 0);
      others.set(z.subarray(i + 1), i);
      let equal = true;
      for (let p = start + 1; p < end; p++) if (values[p] !== values[start]) equal = false;
      const w0 = values[start]!;
      let larger = 0;
      let total = 0;
      for (let p = 0; p < permutations; p++) {
        const base = p * kmax;
        let s = 0;
        if (equal) {
          for (let q = 0; q < k; q++) s += others[draws[base + q]!]!;
          s *= w0;
        } else {
          for (let q = 0; q < k; q++) s += values[start + q]! * others[draws[base + q]!]!;
        }
        const v = zi * s * scaling;
        sim[p] = v;
        total += v;
        if (v >= Ii) larger++;
      }
      const mean = total / permutations;
      let ss = 0;
      for (let p = 0; p < permutations; p++) ss += (sim[p]! - mean) ** 2;
      const sd = Math.sqrt(ss / permutations);
      pSim = foldedP(larger, permutations);
      zSim = sd > 0 ? (Ii - mean) / sd : 0;
    }
    rows.push({ id: w.ids[i]!, Ii, quadrant, z: zi, lag, pSim, zSim, island });
  }
  return rows;
}
