/**
 * Coefficient of variation (unweighted or population-weighted).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';

/** Options of {@link coefficientOfVariation}. */
export interface CoefficientOfVariationOptions {
  /** Population of each unit, > 0: SD and mean are population-weighted (Williamson's index). */
  weights?: Numbers;
  /** Divide the squared deviations by n − 1 instead of n (unweighted only). Default false. */
  sample?: boolean;
}

/**
 * Coefficient of variation: the standard deviation of per-capita values divided by their mean.
 *
 * Formula: CV = sqrt(Σ p_i (y_i − μ)²) / μ with p_i = 1/n (population SD, default),
 * or sqrt(Σ (y_i − ȳ)²/(n − 1)) / ȳ with `sample: true`, or p_i = w_i/Σw and μ = Σ p_i y_i with
 * weights (population-weighted CV about the weighted mean = {@link williamson}).
 *
 * Conventions: population SD by default (scale- and replication-invariant, consistent with
 * {@link gini}); REAT `cv()` defaults to the sample SD (`is.sample = TRUE`) and, with weights,
 * takes deviations about the **unweighted** mean unless `wmean = TRUE`. PySAL has no CV.
 * `sample` with weights is refused (frequency vs. analytic weights is ambiguous). Negative values
 * are refused (per-capita levels are non-negative). Unitless.
 *
 * @throws MeasureError `empty`, `not-finite` (names the index), `out-of-domain` (negative value,
 *   non-positive weight, `sample` with weights), `degenerate` (zero mean; `sample` with n = 1).
 * @see Williamson, J. G. (1965) https://doi.org/10.1086/450136
 * @example
 * ```ts
 * coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9]) // 0.4 (SD 2, mean 5)
 * ```
 */
export function coefficientOfVariation(values: Numbers, options: CoefficientOfVariationOptions = {}): number {
  const measure = 'coefficientOfVariation';
  const { values: y, shares, mean } = prepare(measure, values, options.weights, { domain: 'non-negative' });
  requirePositiveMean(measure, mean);
  const n = y.length;
  if (options.sample && options.weights !== undefined) {
    throw new MeasureError('out-of-domain', measure, 'the sample (n − 1) SD is defined for unweighted values only; drop `sample` or the weights', { argument: 'sample' });
  }
  if (options.sample && n < 2) {
    throw new MeasureError('degenerate', measure, 'the sample SD needs at least two values', { argument: 'values' });
  }
  const terms = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const d = y[i]! - mean;
    terms[i] = options.sample ? (d * d) / (n - 1) : shares[i]! * d * d;
  }
  return Math.sqrt(Math.max(0, sum(terms))) / mean;
}
