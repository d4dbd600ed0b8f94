/**
 * Absolute β-convergence: OLS of annualised log growth on the initial log level.
 * @module
 */
import { linearRegression, variance } from 'simple-statistics';
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireFiniteScalar, requireNonNegative, requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { studentTTwoSidedP } from './distributions.js';

/** Speed of convergence implied by a β coefficient. */
export interface ConvergenceSpeed {
  /**
   * λ = −ln(1 + Tβ)/T per year. Positive: convergence; 0 or negative: none or divergence.
   * `null` when 1 + Tβ ≤ 0 (the regression implies overshooting within the period; λ undefined).
   */
  speed: number | null;
  /** ln 2 / λ in years; `null` when λ ≤ 0 or undefined (no convergence, no half-life). */
  halfLife: number | null;
}

/**
 * Speed of convergence λ and half-life implied by a β coefficient from the regression of
 * **annualised** log growth, ln(y_T/y_0)/T, on ln y_0 over T years.
 *
 * Formula: from ln(y_T/y_0)/T = α − [(1 − e^{−λT})/T] ln y_0 (Barro & Sala-i-Martin 1992),
 * β = −(1 − e^{−λT})/T, so λ = −ln(1 + Tβ)/T and half-life = ln 2 / λ.
 *
 * Conventions: REAT `betaconv.ols` regresses the same annualised growth but then computes
 * λ = −ln(1 + β)/T (`betaconv.speed(beta, tinterval)`), i.e. it divides by T twice; the two
 * agree only for T = 1. Units: λ per year, half-life in years.
 *
 * @param beta slope of annualised log growth on initial log level
 * @param years length T of the period in years, > 0
 * @throws MeasureError `not-finite`, `out-of-domain` (years ≤ 0).
 * @see Barro, R. J. & Sala-i-Martin, X. (1992) Convergence. Journal of Political Economy
 *   100(2), 223–251. https://doi.org/10.1086/261816
 * @example
 * ```ts
 * convergenceSpeed(-0.008070533, 1) // { speed: 0.008103276…, halfLife: 85.539129… }
 * ```
 */
export function convergenceSpeed(beta: number, years: number): ConvergenceSpeed {
  const measure = 'convergenceSpeed';
  requireFiniteScalar(measure, 'beta', beta);
  requireFiniteScalar(measure, 'years', years);
  if (!(years > 0)) throw new MeasureError('out-of-domain', measure, `years ${years} must be positive`, { argument: 'years' });
  const arg = 1 + years * beta;
  if (!(arg > 0)) return { speed: null, halfLife: null };
  const speed = -Math.log1p(years * beta) / years;
  return { speed, halfLife: speed > 0 ? Math.LN2 / speed : null };
}

/** Result of {@link betaConvergence}. */
export interface BetaConvergence extends ConvergenceSpeed {
  /** Number of units. */
  n: number;
  /** Intercept α. */
  alpha: number;
  /** Slope β (negative: poorer units grew faster). */
  beta: number;
  /** OLS standard error of β (residual variance with n − 2 degrees of freedom). */
  standardError: number;
  /** t = β / SE(β); ±Infinity when the fit is exact. */
  t: number;
  /** Two-sided p-value of t under Student's t with n − 2 degrees of freedom. */
  p: number;
  /** Coefficient of determination R² (1 − SSR/SST; 0 when all growth rates are equal). */
  rSquared: number;
  /** Residual degrees of freedom, n − 2. */
  df: number;
}

/**
 * Absolute β-convergence: whether units that started poorer grew faster, from the OLS
 * regression g_i = α + β ln y_i0 + ε_i of annualised log growth g_i = ln(y_iT/y_i0)/T.
 *
 * Formula: β = Σ(x − x̄)(g − ḡ)/Σ(x − x̄)², α = ḡ − β x̄ (x = ln y_0);
 * SE(β) = sqrt(SSR/(n − 2) / Σ(x − x̄)²); t = β/SE; p = 2 P(T_{n−2} ≥ |t|) (Student t CDF
 * via the regularized incomplete beta); R² = 1 − SSR/SST; λ and half-life as in
 * {@link convergenceSpeed} (λ = −ln(1 + Tβ)/T, **not** REAT's −ln(1 + β)/T).
 *
 * Conventions: unweighted OLS, homoskedastic standard error (as R `lm`/REAT). Values must be
 * positive (logs). Needs n ≥ 3 and initial values that are not all equal. p is 0 when the fit
 * is exact and β ≠ 0.
 *
 * @param initial per-capita values at the start, > 0
 * @param final per-capita values at the end (same units, same order), > 0
 * @param years length of the period T in years, > 0
 * @throws MeasureError `empty`, `not-finite` (names argument and index), `out-of-domain`
 *   (value ≤ 0, years ≤ 0), `length-mismatch`, `degenerate` (n < 3, equal initial values).
 * @see Barro, R. J. & Sala-i-Martin, X. (1992) https://doi.org/10.1086/261816
 * @example
 * ```ts
 * const r = betaConvergence([1, 2, 4], [2, 3, 5], 1);
 * r.beta // -0.33904… (log growth 0.693, 0.405, 0.223 on ln 1, ln 2, ln 4)
 * ```
 */
export function betaConvergence(initial: Numbers, final: Numbers, years: number): BetaConvergence {
  const measure = 'betaConvergence';
  requireFinite(measure, 'initial', initial);
  requireFinite(measure, 'final', final);
  requireSameLength(measure, initial, 'initial', final, 'final');
  requireNonNegative(measure, 'initial', initial, true);
  requireNonNegative(measure, 'final', final, true);
  requireFiniteScalar(measure, 'years', years);
  if (!(years > 0)) throw new MeasureError('out-of-domain', measure, `years ${years} must be positive`, { argument: 'years' });
  const n = initial.length;
  if (n < 3) {
    throw new MeasureError('degenerate', measure, `needs at least 3 units for a slope with a standard error, got ${n}`, { argument: 'initial' });
  }
  const x = Array.from(initial, (v) => Math.log(v));
  const g = Array.from(initial, (v, i) => Math.log(final[i]! / v) / years);
  if (!(variance(x) > 0)) {
    throw new MeasureError('degenerate', measure, 'all initial values are equal, so the slope is undefined', { argument: 'initial' });
  }
  // OLS slope and intercept: simple-statistics' linearRegression (deviation form).
  const { m: beta, b: alpha } = linearRegression(x.map((v, i) => [v, g[i]!]));
  const sxx = n * variance(x);
  const ssr = Math.max(0, sum(x.map((v, i) => { const e = g[i]! - alpha - beta * v; return e * e; })));
  const sst = n * variance(g);
  const df = n - 2;
  const standardError = Math.sqrt(ssr / df / sxx);
  let t: number;
  let p: number;
  if (standardError > 0) {
    t = beta / standardError;
    p = studentTTwoSidedP(t, df);
  } else {
    t = beta === 0 ? 0 : beta > 0 ? Infinity : -Infinity;
    p = beta === 0 ? 1 : 0;
  }
  const rSquared = sst > 0 ? Math.min(1, Math.max(0, 1 - ssr / sst)) : 0;
  return { n, alpha, beta, standardError, t, p, rSquared, df, ...convergenceSpeed(beta, years) };
}
