/**
 * Williamson's population-weighted coefficient of variation.
 * @module
 */
import { mean as ssMean } from 'simple-statistics';
import { MeasureError } from '../../core/errors.js';
import { requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';

/** Options of {@link williamson}. */
export interface WilliamsonOptions {
  /**
   * Centre of the deviations. `'national'` (default, Williamson 1965): the population-weighted
   * (national) mean ȳ = Σ P_i y_i / P. `'unweighted'`: the plain mean of the regional values,
   * which is REAT `williamson()`'s default (`wmean = FALSE`; see docs/conventions.md).
   * The denominator is the national mean in both.
   */
  mean?: 'national' | 'unweighted';
}

/**
 * Williamson index: the dispersion of regional per-capita values around the national mean,
 * each region weighted by its share of population.
 *
 * Formula: V_w = sqrt(Σ (P_i/P)(y_i − ȳ)²) / ȳ, with ȳ = Σ (P_i/P) y_i the national per-capita
 * value. With `mean: 'unweighted'` the deviations are taken about m = (1/n) Σ y_i instead:
 * sqrt(Σ (P_i/P)(y_i − m)²) / ȳ.
 *
 * Conventions: national mean by default, as in Williamson (1965); REAT `williamson()` defaults
 * to `wmean = FALSE`: its `cv()` takes the deviations about the unweighted mean and divides by
 * the population-weighted mean (`mean2()` with the weights), which is exactly
 * `mean: 'unweighted'` here (x = [1, 3], w = [1, 3] gives 0.4 in both). On the German Länder
 * 2015 data: 0.18731 (ours) vs 0.19090 (REAT's default, the value published in our fixture;
 * docs/conventions.md). Scale- and
 * replication-invariant (national mean only). Unitless.
 *
 * @param values per-capita values of the regions, ≥ 0
 * @param populations population of each region, > 0
 * @throws MeasureError `empty`, `not-finite` (names the index), `out-of-domain` (negative value,
 *   non-positive population), `length-mismatch`, `degenerate` (zero national mean).
 * @see Williamson, J. G. (1965) Regional inequality and the process of national development.
 *   Economic Development and Cultural Change 13(4), 1–84. https://doi.org/10.1086/450136
 * @example
 * ```ts
 * williamson([1, 3], [1, 1]) // 0.5
 * williamson([1, 3], [1, 3], { mean: 'unweighted' }) // 0.4 (REAT's default)
 * ```
 */
export function williamson(values: Numbers, populations: Numbers, options: WilliamsonOptions = {}): number {
  const measure = 'williamson';
  if (populations === undefined) {
    throw new MeasureError('empty', measure, 'needs the population of each region (use coefficientOfVariation for an unweighted CV)', { argument: 'populations' });
  }
  requireSameLength(measure, values, 'values', populations, 'populations');
  const { values: y, shares, mean } = prepare(measure, values, populations, { domain: 'non-negative' });
  requirePositiveMean(measure, mean);
  const centre = options.mean ?? 'national';
  if (centre !== 'national' && centre !== 'unweighted') {
    throw new MeasureError('out-of-domain', measure, `mean must be 'national' or 'unweighted', got ${String(centre)}`, { argument: 'mean' });
  }
  const c = centre === 'national' ? mean : ssMean(y);
  const terms = y.map((v, i) => shares[i]! * (v - c) * (v - c));
  return Math.sqrt(Math.max(0, sum(terms))) / mean;
}
