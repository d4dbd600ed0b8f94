/**
 * Spatial Markov chain conditioned on the neighbours' class (giddy `Spatial_Markov`).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import type { DataWarning } from '../../core/warnings.js';
import { chiSquareSf } from './distributions.js';
import { requireWeights } from './internal.js';
import { summariseChain, type MarkovChainResult } from './markov-chain.js';
import { quantileBreaks } from './quantile-breaks.js';
import { spatialLag } from './spatial-lag.js';
import type { SpatialWeights } from './types.js';

/** Options of {@link spatialMarkov}. */
export interface SpatialMarkovOptions {
  /** Number of quantile classes of the values and of their spatial lags. Default 5 (quintiles). */
  k?: number;
  /** Divide each year's values by that year's unweighted mean across units first. Default false. */
  relative?: boolean;
}

/** Homogeneity test of the lag-conditioned matrices (Bickenbach & Bode 2003). */
export interface HomogeneityTest {
  /** Pearson-type Q = Σ_l Σ_i n_i(l) Σ_j (p_ij(l) − p_ij)² / p_ij. */
  Q: number;
  /** p of Q under χ²(dof). */
  QPValue: number;
  /** Likelihood ratio LR = 2 Σ_l Σ_i Σ_j n_ij(l) ln(p_ij(l)/p_ij) over cells with n_ij(l) > 0 and p_ij > 0. */
  LR: number;
  /** p of LR under χ²(dof). */
  LRPValue: number;
  /** Degrees of freedom Σ_i (b_i − 1)(a_i − 1): b_i lag classes with transitions from class i, a_i non-zero cells of row i of the pooled matrix. */
  dof: number;
}

/** Result of {@link spatialMarkov}. */
export interface SpatialMarkovResult {
  /** Number of classes (values and lags). */
  k: number;
  /** Upper bounds of the value classes except the last (pooled over all years; giddy `cutoffs`). */
  cutoffs: number[];
  /** Upper bounds of the lag classes except the last (giddy `lag_cutoffs`). */
  lagCutoffs: number[];
  /** Value class of each unit and year (units × years). */
  classes: number[][];
  /** Lag class of each unit and year (units × years). */
  lagClasses: number[][];
  /** One chain per lag class l (transitions of units whose neighbours were in class l at the start year). */
  conditional: MarkovChainResult[];
  /** The chain pooled over lag classes (giddy `transitions`, `p`). */
  pooled: MarkovChainResult;
  /** Homogeneity of the conditional matrices. */
  homogeneity: HomogeneityTest;
  /** Warnings of the chains (reducible matrices) and of the classification. */
  warnings: DataWarning[];
}

/**
 * Spatial Markov chain (Rey 2001), as giddy `Spatial_Markov(y, w, fixed=True, k, m=k)`.
 *
 * Values are put in k quantile classes pooled over all units and years (giddy's `fixed=True`
 * default), and so are their spatial lags Wy (lags computed year by year with `w` as built —
 * row-standardised for the usual neighbour mean). A transition of unit i from year t to t + 1 is
 * counted in the matrix of the lag class of unit i in year t. Each conditional matrix gets its
 * steady state and mean first passage times as {@link markovChain} (null, with a warning, when
 * reducible). Homogeneity: Bickenbach & Bode's Q and LR, with giddy's degrees of freedom
 * (corrected for empty rows and cells), p from χ².
 *
 * Classes are closed on the right (x ≤ bound), as mapclassify. With `relative: true`, each year is
 * first divided by its unweighted cross-unit mean (as giddy's examples, `pci / pci.mean(axis=0)`).
 *
 * @param y units × years of values (finite; positive means with `relative`)
 * @param w spatial weights over the same units
 * @throws MeasureError `empty`, `not-finite` (index = unit), `length-mismatch`, `out-of-domain` (k), `degenerate` (zero yearly mean with `relative`).
 * @see Rey, S. J. (2001) Spatial empirics for economic growth and convergence, Geographical
 *   Analysis 33(3); Bickenbach, F. & Bode, E. (2003) Evaluating the Markov property in studies of
 *   economic convergence, International Regional Science Review 26(3); giddy `Spatial_Markov`.
 * @example
 * ```ts
 * const sm = spatialMarkov(pcgdp, w, { k: 4, relative: true });
 * sm.conditional[0].probabilities // transitions of units with poor neighbours
 * ```
 */
export function spatialMarkov(y: readonly (readonly number[])[], w: SpatialWeights, options: SpatialMarkovOptions = {}): SpatialMarkovResult {
  const measure = 'spatialMarkov';
  requireWeights(measure, w);
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 2) throw new MeasureError('out-of-domain', measure, `k must be an integer ≥ 2, got ${String(k)}`, { argument: 'k' });
  if (!Array.isArray(y) || y.length === 0) throw new MeasureError('empty', measure, 'needs at least one unit', { argument: 'y' });
  if (y.length !== w.n) throw new MeasureError('length-mismatch', measure, `y has ${y.length} units but the weights have ${w.n}`, { argument: 'y' });
  const T = y[0]!.length;
  if (T < 2) throw new MeasureError('empty', measure, 'needs at least two years', { argument: 'y' });
  y.forEach((row, u) => {
    if (!Array.isArray(row) || row.length !== T) throw new MeasureError('length-mismatch', measure, `unit ${w.ids[u]} has ${Array.isArray(row) ? row.length : 0} years, not ${T}`, { argument: 'y', index: u });
    row.forEach((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new MeasureError('not-finite', measure, `unit ${w.ids[u]} has value ${String(v)}`, { argument: 'y', index: u });
    });
  });
  const n = y.length;
  let values = y.map((r) => r.slice());
  if (options.relative) {
    for (let t = 0; t < T; t++) {
      let m = 0;
      for (let i = 0; i < n; i++) m += values[i]![t]!;
      m /= n;
      if (!(m !== 0)) throw new MeasureError('degenerate', measure, `the mean of year index ${t} is zero, so relative values are undefined`, { argument: 'y' });
      for (let i = 0; i < n; i++) values[i]![t] = values[i]![t]! / m;
    }
  }
  const lags: number[][] = values.map(() => new Array<number>(T));
  for (let t = 0; t < T; t++) {
    const lt = spatialLag(values.map((r) => r[t]!), w);
    lt.forEach((v, i) => (lags[i]![t] = v));
  }
  const classify = (m: number[][]): { classes: number[][]; bins: number[] } => {
    const flat = m.flat();
    const bins = quantileBreaks(flat, k);
    const cls = (v: number): number => {
      let c = 0;
      while (c < bins.length - 1 && v > bins[c]!) c++;
      return c;
    };
    return { classes: m.map((r) => r.map(cls)), bins };
  };
  const own = classify(values);
  const lag = classify(lags);
  values = [];
  const kk = own.bins.length;
  const mm = lag.bins.length;
  const counts = Array.from({ length: mm }, () => Array.from({ length: kk }, () => new Array<number>(kk).fill(0)));
  for (let i = 0; i < n; i++) {
    for (let t = 0; t + 1 < T; t++) counts[lag.classes[i]![t]!]![own.classes[i]![t]!]![own.classes[i]![t + 1]!]! += 1;
  }
  const conditional = counts.map((c, l) => summariseChain(measure, c, ` (lag class ${l})`));
  const pooledCounts = Array.from({ length: kk }, (_, a) => Array.from({ length: kk }, (_, b) => counts.reduce((s, c) => s + c[a]![b]!, 0)));
  const pooled = summariseChain(measure, pooledCounts, ' (pooled)');
  const warnings = [...conditional.flatMap((c) => c.warnings), ...pooled.warnings];
  return {
    k,
    cutoffs: own.bins.slice(0, -1),
    lagCutoffs: lag.bins.slice(0, -1),
    classes: own.classes,
    lagClasses: lag.classes,
    conditional,
    pooled,
    homogeneity: homogeneity(counts),
    warnings,
  };
}

/** Bickenbach–Bode Q and LR as giddy `Homogeneity_Results`. */
function homogeneity(M: number[][][]): HomogeneityTest {
  const k = M[0]!.length;
  const T = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => M.reduce((s, c) => s + c[i]![j]!, 0)));
  const ni = T.map((r) => r.reduce((a, b) => a + b, 0));
  const A = T.map((r) => r.filter((v) => v > 0).length);
  const pij = T.map((r, i) => r.map((v) => v / (ni[i]! || 1)));
  const b = new Array<number>(k).fill(0);
  let Q = 0;
  let LR = 0;
  for (const nm of M) {
    nm.forEach((row, i) => {
      const nim = row.reduce((a, c) => a + c, 0);
      if (nim > 0) b[i]! += 1;
      row.forEach((nijm, j) => {
        const pm = nijm / (nim || 1);
        const p = pij[i]![j]!;
        Q += (nim * (pm - p) ** 2) / (p === 0 ? 1 : p);
        if (nijm > 0 && p > 0) LR += nijm * Math.log(pm / p);
      });
    });
  }
  let dof = 0;
  for (let i = 0; i < k; i++) dof += (b[i]! - 1) * (A[i]! - 1);
  LR *= 2;
  return { Q, QPValue: chiSquareSf(Q, dof), LR, LRPValue: chiSquareSf(LR, dof), dof };
}
