/**
 * σ-convergence: the dispersion of log per-capita values over time.
 * @module
 */
import { linearRegression, mean, variance } from 'simple-statistics';
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, sum, type Numbers } from '../../core/validate.js';
import { fisherFUpperTail } from './distributions.js';

/** Options of {@link sigmaConvergence}. */
export interface SigmaConvergenceOptions {
  /** Time of each period (e.g. years) for the trend slope; default 0, 1, 2, … */
  times?: Numbers;
}

/** Result of {@link sigmaConvergence}. */
export interface SigmaConvergence {
  /** Standard deviation of ln y in each period (population SD, divide by n). */
  sdLog: number[];
  /** Coefficient of variation of y in each period (population SD / mean). */
  cv: number[];
  /** Variance of ln y in the first period over that in the last: > 1 means σ-convergence. */
  ratio: number;
  /** The F statistic: the ratio of the unbiased (n − 1) log variances, first over last. */
  f: number;
  /** Degrees of freedom (n_first − 1, n_last − 1). */
  df: [number, number];
  /** One-sided p-value P(F ≥ f) for H1: the log variance fell (convergence). */
  p: number;
  /** OLS slope of sdLog on `times` (per unit of time); negative means σ-convergence. */
  trend: number;
}

function meanSd(values: Numbers): { mean: number; variance: number } {
  const v = values as number[];
  return { mean: mean(v), variance: variance(v) };
}

/**
 * σ-convergence: whether the cross-sectional dispersion of log per-capita values falls over time.
 *
 * Formula: for each period t, sdLog_t = sqrt((1/n_t) Σ (ln y_it − mean ln y_t)²) and
 * cv_t = SD(y_t)/mean(y_t). The test compares the first and last periods:
 * f = s²_first / s²_last with unbiased variances s² = Σ(ln y − mean)²/(n − 1), and p = P(F ≥ f)
 * for F ~ F(n_first − 1, n_last − 1) (F CDF via the regularized incomplete beta). `ratio` is the
 * same quotient with population variances (equal to f when both periods have the same n).
 * `trend` is the OLS slope of sdLog on time.
 *
 * Conventions: population SDs for the reported series (as {@link coefficientOfVariation}), as
 * REAT `sigmaconv` (default `sigma.issample = FALSE`); REAT's quotient is of SDs (σ_first/σ_last,
 * the square root of our `ratio`) and its p is the two-sided `var.test` p (twice ours when f > 1).
 * The F-test assumes independent samples; with
 * the same units in both periods it is only indicative (Carree & Klomp 1997 give a test for
 * dependent samples). Periods may hold different numbers of units.
 *
 * @param periods one array of per-capita values (> 0) per period, at least two periods
 * @throws MeasureError `empty` (fewer than 2 periods, an empty period), `not-finite` (names the
 *   period and index), `out-of-domain` (value ≤ 0), `degenerate` (a period with < 2 values,
 *   zero log variance in the last period), `length-mismatch` (`times`).
 * @see Sala-i-Martin, X. (1996) https://doi.org/10.2307/2235377 ; Carree, M. & Klomp, L. (1997)
 *   https://doi.org/10.1162/003465397557105
 * @example
 * ```ts
 * sigmaConvergence([[1, 4], [2, 4]]).sdLog // [ln 4 / 2, ln 2 / 2] = [0.693…, 0.347…]
 * ```
 */
export function sigmaConvergence(periods: ReadonlyArray<Numbers>, options: SigmaConvergenceOptions = {}): SigmaConvergence {
  const measure = 'sigmaConvergence';
  if (!Array.isArray(periods) || periods.length < 2) {
    throw new MeasureError('empty', measure, 'needs at least two periods', { argument: 'periods' });
  }
  const k = periods.length;
  const times = options.times ?? periods.map((_, i) => i);
  requireFinite(measure, 'times', times);
  if (times.length !== k) {
    throw new MeasureError('length-mismatch', measure, `"times" has ${times.length} values for ${k} periods`, { argument: 'times' });
  }
  const sdLog: number[] = [];
  const cv: number[] = [];
  const sample: number[] = [];
  periods.forEach((vals: Numbers, t: number) => {
    const arg = `periods[${t}]`;
    requireFinite(measure, arg, vals);
    requireNonNegative(measure, arg, vals, true);
    if (vals.length < 2) throw new MeasureError('degenerate', measure, 'each period needs at least two values', { argument: arg });
    const logs = vals.map((v) => Math.log(v));
    const l = meanSd(logs);
    const lv = meanSd(vals);
    sdLog.push(Math.sqrt(l.variance));
    cv.push(Math.sqrt(lv.variance) / lv.mean);
    sample.push((l.variance * vals.length) / (vals.length - 1));
  });
  const first = periods[0]!.length;
  const last = periods[k - 1]!.length;
  const vFirst = sdLog[0]! ** 2;
  const vLast = sdLog[k - 1]! ** 2;
  if (!(vLast > 0)) {
    throw new MeasureError('degenerate', measure, 'the last period has no dispersion of log values, so the variance ratio is undefined', { argument: `periods[${k - 1}]` });
  }
  const ratio = vFirst / vLast;
  const f = sample[0]! / sample[k - 1]!;
  const df: [number, number] = [first - 1, last - 1];
  const p = fisherFUpperTail(f, df[0], df[1]);
  if (!(variance(times as number[]) > 0)) throw new MeasureError('degenerate', measure, 'all times are equal, so the trend is undefined', { argument: 'times' });
  const trend = linearRegression(Array.from(times, (x, i) => [x, sdLog[i]!])).m;
  return { sdLog, cv, ratio, f, df, p, trend };
}
