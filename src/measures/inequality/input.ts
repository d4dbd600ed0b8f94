/**
 * Internal input handling shared by the inequality measures (not exported from the package):
 * checks values and weights once, with the library's one missing-data policy (refuse empty
 * input and NaN with a {@link MeasureError} naming the position), and turns weights into
 * population shares.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, requireSameLength, sum, type Numbers } from '../../core/validate.js';

/** What a measure accepts among the values. */
export interface ValueDomain {
  /** `'non-negative'` allows zeros; `'positive'` refuses them. */
  readonly domain: 'non-negative' | 'positive';
}

/**
 * Check `values` (and `weights` when given) and return the population shares
 * p_i = w_i / Σw (or 1/n when unweighted) together with the weighted mean μ = Σ p_i y_i.
 * Weights must be strictly positive: a unit with no population has no per-capita value.
 */
export function prepare(
  measure: string,
  values: Numbers,
  weights: Numbers | undefined,
  { domain }: ValueDomain,
): { shares: number[]; mean: number } {
  requireFinite(measure, 'values', values);
  requireNonNegative(measure, 'values', values, domain === 'positive');
  const n = values.length;
  let shares: number[];
  if (weights === undefined) {
    shares = new Array<number>(n).fill(1 / n);
  } else {
    requireFinite(measure, 'weights', weights);
    requireSameLength(measure, values, 'values', weights, 'weights');
    requireNonNegative(measure, 'weights', weights, true);
    const total = sum(weights);
    shares = weights.map((w) => w / total);
  }
  const mean = weightedMean(values, shares);
  return { shares, mean };
}

/** Σ p_i y_i, compensated. */
export function weightedMean(values: Numbers, shares: Numbers): number {
  const terms = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) terms[i] = shares[i]! * values[i]!;
  return sum(terms);
}

/** Refuse a zero mean (all values zero): relative inequality is undefined there. */
export function requirePositiveMean(measure: string, mean: number): void {
  if (!(mean > 0)) {
    throw new MeasureError(
      'degenerate',
      measure,
      'all values are zero, so the mean is zero and relative inequality is undefined; drop the all-zero input or report it separately',
      { argument: 'values' },
    );
  }
}
