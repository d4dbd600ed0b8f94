import { mean } from 'simple-statistics';
import { MeasureError } from '../../core/errors.js';
import { sum } from '../../core/validate.js';
import { requireMatrix, type DecisionMatrix } from './matrix.js';

/**
 * Saaty's random consistency index RI(n) for n = 1..10: the mean consistency index of
 * randomly filled reciprocal matrices of order n.
 * Source: Saaty, T.L. (1987), "The analytic hierarchy process — what it is and how it is used",
 * Mathematical Modelling 9(3–5), 161–176, Table 1 (values first published in Saaty 1980,
 * The Analytic Hierarchy Process, McGraw-Hill), https://doi.org/10.1016/0270-0255(87)90473-8
 */
export const SAATY_RANDOM_INDEX: Readonly<Record<number, number>> = Object.freeze({
  1: 0, 2: 0, 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
});

/** Options of {@link ahp}. */
export interface AhpOptions {
  /**
   * `'eigenvector'` (default, Saaty): the principal right eigenvector by power iteration.
   * `'geometric'`: normalised geometric means of the rows (Crawford & Williams 1985).
   */
  method?: 'eigenvector' | 'geometric';
  /** Largest relative deviation tolerated between a_ji and 1/a_ij (default 0.01, i.e. 1 %). */
  reciprocalTolerance?: number;
}

/** Result of {@link ahp}. */
export interface AhpResult {
  /** Priority weight of each criterion, summing to 1. */
  weights: number[];
  /** λmax: mean of (A w)_i / w_i (the principal eigenvalue under `'eigenvector'`). */
  lambdaMax: number;
  /** Consistency index CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Consistency ratio CR = CI / RI(n) with Saaty's RI; 0 for n ≤ 2. */
  cr: number;
  /** `cr <= 0.1` (Saaty's threshold). */
  consistent: boolean;
}

/**
 * Analytic Hierarchy Process (AHP) weights and consistency of a pairwise comparison matrix.
 *
 * Formula: A is positive and reciprocal (a_ii = 1, a_ji = 1/a_ij); weights w solve
 * A w = λmax w (eigenvector method) or w_i ∝ (Π_j a_ij)^{1/n} (geometric mean);
 * λmax = (1/n) Σ_i (A w)_i / w_i; CI = (λmax − n)/(n − 1); CR = CI/RI(n) with
 * {@link SAATY_RANDOM_INDEX}; CR > 0.1 means `consistent: false`.
 *
 * Convention: for a perfectly consistent matrix both methods give the same weights and
 * CR = 0. Tiny negative CI from rounding is reported as 0. Orders above 10 are refused
 * (no RI in the cited table). Unitless.
 *
 * @throws {MeasureError} a non-square or non-finite matrix, a non-positive entry, a diagonal
 *   entry other than 1, a_ji not the reciprocal of a_ij, or an order above 10.
 * @see Saaty, T.L. (1987), https://doi.org/10.1016/0270-0255(87)90473-8
 * @example
 * ```ts
 * ahp([[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]);
 * // → weights ≈ [0.6370, 0.2583, 0.1047], lambdaMax ≈ 3.0385, ci ≈ 0.0193, cr ≈ 0.0332, consistent: true
 * ```
 */
export function ahp(pairwise: DecisionMatrix, options: AhpOptions = {}): AhpResult {
  const fn = 'ahp';
  const [n, m] = requireMatrix(fn, 'pairwise', pairwise, 1);
  if (n !== m) throw new MeasureError('length-mismatch', fn, `the pairwise matrix must be square, got ${n}×${m}`, { argument: 'pairwise' });
  if (n > 10) throw new MeasureError('out-of-domain', fn, `order ${n} is above 10, the largest order in Saaty's random index table`, { argument: 'pairwise' });
  const method = options.method ?? 'eigenvector';
  if (method !== 'eigenvector' && method !== 'geometric') {
    throw new MeasureError('out-of-domain', fn, `method must be 'eigenvector' or 'geometric', got ${String(method)}`, { argument: 'method' });
  }
  const tol = options.reciprocalTolerance ?? 0.01;
  for (let i = 0; i < n; i++) {
    const row = pairwise[i]!;
    if (row[i] !== 1) throw new MeasureError('out-of-domain', fn, `diagonal entry [${i}][${i}] = ${row[i]} must be 1`, { argument: 'pairwise', index: i });
    for (let j = 0; j < n; j++) {
      const a = row[j]!;
      if (!(a > 0)) throw new MeasureError('out-of-domain', fn, `entry [${i}][${j}] = ${a} must be positive`, { argument: 'pairwise', index: i });
      const b = pairwise[j]![i]!;
      if (Math.abs(a * b - 1) > tol) {
        throw new MeasureError('out-of-domain', fn, `entry [${j}][${i}] = ${b} is not the reciprocal of [${i}][${j}] = ${a} (expected ${1 / a})`, { argument: 'pairwise', index: j });
      }
    }
  }
  let w: number[];
  if (method === 'geometric') {
    const g = pairwise.map((row) => Math.exp(sum(row.map((a) => Math.log(a))) / n));
    const s = sum(g);
    w = g.map((x) => x / s);
  } else {
    w = new Array<number>(n).fill(1 / n);
    for (let iter = 0; iter < 10_000; iter++) {
      const next = pairwise.map((row) => sum(row.map((a, j) => a * w[j]!)));
      const s = sum(next);
      const normalised = next.map((x) => x / s);
      let delta = -Infinity; // a loop, not Math.max(...x): no spread of an array into a call
      for (let i = 0; i < normalised.length; i++) delta = Math.max(delta, Math.abs(normalised[i]! - w[i]!));
      w = normalised;
      if (delta < 1e-15) break;
    }
  }
  const aw = pairwise.map((row) => sum(row.map((a, j) => a * w[j]!)));
  const lambdaMax = mean(aw.map((x, i) => x / w[i]!));
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = SAATY_RANDOM_INDEX[n]!;
  const cr = ri === 0 ? 0 : ci / ri;
  return { weights: w, lambdaMax, ci, cr, consistent: cr <= 0.1 };
}
