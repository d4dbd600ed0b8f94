/**
 * Theil's entropy indices: Theil T (GE(1)) and Theil L (GE(0), the mean log deviation).
 * @module
 */
import { sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';

/**
 * Theil T index (generalised entropy GE(1)): how far the distribution of value (income, GDP)
 * departs from the distribution of people, weighting each unit by its share of value.
 *
 * Formula, with per-capita values y_i, population shares p_i = w_i/Σw (1/n unweighted),
 * mean μ = Σ p_i y_i and value shares s_i = p_i y_i / μ:
 * T = Σ p_i (y_i/μ) ln(y_i/μ) = Σ s_i ln(s_i / p_i), i.e. with Y_i = y_i w_i,
 * T = Σ (Y_i/Y) ln[(Y_i/Y)/(P_i/P)].
 *
 * Conventions: natural logarithm; zeros allowed with 0·ln 0 = 0; negative values refused.
 * REAT's `theil()` is **not** this index: it returns Theil L (mean log deviation), see
 * {@link theilL}. PySAL's `inequality.theil.Theil` is this T (unweighted). Range [0, ln n]
 * unweighted; 0 when all values are equal; unitless; invariant to rescaling the values and to
 * replicating the population.
 *
 * @param values per-capita values (元, or any unit: the index is scale-free), ≥ 0
 * @param weights optional population (or other size) of each unit, > 0
 * @throws MeasureError `empty` for no values, `not-finite` for NaN/±∞ (naming the index),
 *   `out-of-domain` for a negative value or non-positive weight, `length-mismatch`,
 *   `degenerate` when every value is zero.
 * @see Theil, H. (1967) Economics and Information Theory. Amsterdam: North-Holland;
 *   Shorrocks, A. F. (1980) https://doi.org/10.2307/1913546
 * @example
 * ```ts
 * theilT([10, 10, 10, 20, 50]) // 0.2502012…
 * ```
 */
export function theilT(values: Numbers, weights?: Numbers): number {
  const { values: y, shares, mean } = prepare('theilT', values, weights, { domain: 'non-negative' });
  requirePositiveMean('theilT', mean);
  const terms = new Array<number>(y.length);
  for (let i = 0; i < y.length; i++) {
    const r = y[i]! / mean;
    terms[i] = r === 0 ? 0 : shares[i]! * r * Math.log(r);
  }
  return Math.max(0, sum(terms));
}

/**
 * Theil L index (generalised entropy GE(0), mean log deviation): the average log gap between
 * the mean and each unit's value, weighting each unit by its share of people.
 *
 * Formula: L = Σ p_i ln(μ / y_i) with p_i = w_i/Σw (1/n unweighted) and μ = Σ p_i y_i; with
 * Y_i = y_i w_i, L = Σ (P_i/P) ln[(P_i/P)/(Y_i/Y)].
 *
 * Conventions: natural logarithm; a zero value makes L infinite, so zeros are refused with a
 * typed error (use {@link theilT} for data with zeros). This is what REAT's `theil()` returns
 * (unweighted only); PySAL has no L in `inequality.theil`. 0 for equal values; scale-free and
 * replication-invariant.
 *
 * @param values per-capita values, > 0
 * @param weights optional population of each unit, > 0
 * @throws MeasureError `out-of-domain` for a zero or negative value (names its index), plus
 *   the errors of {@link theilT}.
 * @see Shorrocks, A. F. (1980) https://doi.org/10.2307/1913546
 * @example
 * ```ts
 * theilL([10, 10, 10, 20, 50]) // 0.2326301…
 * ```
 */
export function theilL(values: Numbers, weights?: Numbers): number {
  const { values: y, shares, mean } = prepare('theilL', values, weights, { domain: 'positive' });
  const terms = new Array<number>(y.length);
  for (let i = 0; i < y.length; i++) terms[i] = shares[i]! * Math.log(mean / y[i]!);
  return Math.max(0, sum(terms));
}
