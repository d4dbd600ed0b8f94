/**
 * Gini coefficient and Lorenz curve.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { RunningSum, sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';

/** Options of {@link gini}. */
export interface GiniOptions {
  /** Population (class size) of each unit, > 0: grouped data. Omitted: each unit counts once. */
  weights?: Numbers;
  /** Multiply by n/(n−1) (the "small-sample" or REAT `coefnorm`-style correction); unweighted only. Default false. */
  corrected?: boolean;
}

/** Indices of `values` sorted ascending (stable). */
function order(values: Numbers): Uint32Array | number[] {
  const idx = new Uint32Array(values.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => values[a]! - values[b]!);
}

/**
 * Gini coefficient: the mean absolute difference between all pairs of people, relative to twice
 * the mean; 0 is perfect equality.
 *
 * Formula (population form, n² denominator): G = Σ_i Σ_j p_i p_j |y_i − y_j| / (2μ), with
 * p_i = w_i/Σw (1/n unweighted) and μ = Σ p_i y_i. Computed in O(n log n) by sorting:
 * G = Σ_(i) p_i y_i (F_{i−1} + F_i − 1) / μ, where F_i is the cumulative population share.
 *
 * Conventions: the default is the population formula, which equals PySAL `inequality.gini.Gini`
 * and REAT `gini()` with `coefnorm = FALSE`; it lies in [0, 1 − 1/n] unweighted and is invariant
 * to scaling and to replicating the population. `corrected: true` multiplies by n/(n−1) (the
 * n(n−1) denominator used by e.g. R `ineq::Gini(corr = TRUE)`), reaching 1 when one unit holds
 * everything; it is not replication-invariant and is refused with weights (no agreed n).
 * Zeros are allowed, negative values refused.
 *
 * @param values per-capita values (any unit; the index is scale-free), ≥ 0
 * @throws MeasureError `empty`, `not-finite` (names the index), `out-of-domain` (negative value,
 *   non-positive weight, `corrected` with weights), `degenerate` (all zero; `corrected` with n = 1).
 * @see Gini, C. (1912) Variabilità e mutabilità; Lambert, P. (2001) The Distribution and
 *   Redistribution of Income, 3rd ed., ch. 2.
 * @example
 * ```ts
 * gini([20, 50, 20, 10]) // 0.3
 * gini([20, 50, 20, 10], { corrected: true }) // 0.4
 * ```
 */
export function gini(values: Numbers, options: GiniOptions = {}): number {
  const measure = 'gini';
  const { values: y, shares, mean } = prepare(measure, values, options.weights, { domain: 'non-negative' });
  requirePositiveMean(measure, mean);
  const n = y.length;
  if (options.corrected && options.weights !== undefined) {
    throw new MeasureError(
      'out-of-domain',
      measure,
      'the n/(n−1) correction is defined for unweighted units only; drop `corrected` or the weights',
      { argument: 'corrected' },
    );
  }
  if (options.corrected && n < 2) {
    throw new MeasureError('degenerate', measure, 'the corrected Gini needs at least two values', { argument: 'values' });
  }
  const terms = new Array<number>(n);
  if (options.weights === undefined) {
    // Unweighted: F_i = i/n exactly, so G = Σ_(i) (2i − n − 1) y_(i) / (n² μ); a native numeric sort.
    const sorted = Float64Array.from(y).sort();
    for (let k = 0; k < n; k++) terms[k] = (2 * (k + 1) - n - 1) * sorted[k]!;
    let g = Math.max(0, sum(terms) / (n * n * mean));
    if (options.corrected) g *= n / (n - 1);
    return g;
  }
  const idx = order(y);
  // Compensated running sum of the cumulative population share F.
  const F = new RunningSum();
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    const p = shares[i]!;
    const before = F.value;
    F.add(p);
    terms[k] = p * y[i]! * (before + F.value - 1);
  }
  return Math.max(0, sum(terms) / mean);
}

/** Points of a Lorenz curve, from (0, 0) to (1, 1). */
export interface LorenzCurve {
  /** Cumulative population share after each unit (sorted by value ascending), starting at 0. */
  populationShare: number[];
  /** Cumulative value share, starting at 0. */
  valueShare: number[];
}

/**
 * Lorenz curve: the cumulative share of value held by the poorest fraction of people.
 *
 * Units are sorted by per-capita value ascending; point k is (Σ_{i≤k} p_i, Σ_{i≤k} p_i y_i / μ).
 * The area between the curve and the diagonal is half the {@link gini} (population form).
 *
 * @param values per-capita values, ≥ 0
 * @param weights optional population of each unit, > 0
 * @throws MeasureError as {@link gini}.
 * @see Lorenz, M. O. (1905) https://doi.org/10.2307/2276207
 * @example
 * ```ts
 * lorenzCurve([3, 1]) // { populationShare: [0, 0.5, 1], valueShare: [0, 0.25, 1] }
 * ```
 */
export function lorenzCurve(values: Numbers, weights?: Numbers): LorenzCurve {
  const { values: y, shares, mean } = prepare('lorenzCurve', values, weights, { domain: 'non-negative' });
  requirePositiveMean('lorenzCurve', mean);
  const idx = order(y);
  const populationShare = [0];
  const valueShare = [0];
  let P = 0;
  let V = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    P += shares[i]!;
    V += (shares[i]! * y[i]!) / mean;
    populationShare.push(k === idx.length - 1 ? 1 : P);
    valueShare.push(k === idx.length - 1 ? 1 : V);
  }
  return { populationShare, valueShare };
}
