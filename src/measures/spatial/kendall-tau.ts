/**
 * Kendall's rank correlation (giddy `Tau`).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireSameLength, type Numbers } from '../../core/validate.js';
import { erfc } from './distributions.js';

/** Result of {@link kendallTau}. */
export interface KendallTauResult {
  /** Kendall's tau-b. */
  tau: number;
  /** Two-sided p from the normal approximation without tie correction, erfc(|τ|/√(2σ²)), σ² = (4n + 10)/(9n(n − 1)), as giddy. */
  pValue: number;
  /** Number of concordant pairs. */
  concordant: number;
  /** Number of discordant pairs. */
  discordant: number;
}

/**
 * Kendall's tau-b between two rankings (e.g. the cities' per-capita GDP in two years), as giddy
 * `rank.Tau`: τ_b = (C − D)/√((n0 − n1)(n0 − n2)), n0 = n(n − 1)/2, n1 and n2 the pairs tied in x
 * and in y. p = erfc(|τ|/√(2σ²)) with σ² = (4n + 10)/(9n(n − 1)) — giddy's (and Numerical Recipes'
 * `kendl1`) large-sample approximation with no tie correction, so it differs from scipy's p. giddy
 * evaluates erfc with Numerical Recipes' `erfcc` (relative error < 1.2e-7); this function uses an
 * accurate erfc, so its p agrees with giddy's to about 1e-7 relative.
 * O(n²) pair count (n is a few hundred units at most here).
 *
 * @throws MeasureError `empty`, `not-finite`, `length-mismatch`, `degenerate` (n < 2 or all values tied in x or y).
 * @see Kendall, M. G. (1938) A new measure of rank correlation, Biometrika 30; giddy `Tau`.
 * @example
 * ```ts
 * kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) // { tau: −0.4714…, pValue: 0.2482… }
 * ```
 */
export function kendallTau(x: Numbers, y: Numbers): KendallTauResult {
  const measure = 'kendallTau';
  requireFinite(measure, 'x', x);
  requireFinite(measure, 'y', y);
  requireSameLength(measure, x, 'x', y, 'y');
  const n = x.length;
  let C = 0, D = 0, tx = 0, ty = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = Math.sign(x[i]! - x[j]!);
      const b = Math.sign(y[i]! - y[j]!);
      if (a === 0) tx++;
      if (b === 0) ty++;
      if (a !== 0 && b !== 0) {
        if (a === b) C++;
        else D++;
      }
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const den = Math.sqrt((n0 - tx) * (n0 - ty));
  if (!(den > 0)) throw new MeasureError('degenerate', measure, 'needs at least two distinct values in each of x and y', { argument: n0 - tx > 0 ? 'y' : 'x' });
  const tau = (C - D) / den;
  const svar = (4 * n + 10) / (9 * n * (n - 1));
  return { tau, pValue: erfc(Math.abs(tau) / Math.sqrt(2 * svar)), concordant: C, discordant: D };
}
