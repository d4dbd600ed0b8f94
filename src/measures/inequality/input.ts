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

/** The checked input of an inequality measure. */
export interface Prepared {
  /**
   * The values as a plain array, divided by `scale`. Every inequality measure is scale-free, so it
   * computes on these; only results in the values' unit (group means) are multiplied back.
   */
  values: number[];
  /** Population shares p_i = w_i/Σw (1/n unweighted). */
  shares: number[];
  /** Weighted mean Σ p_i y_i of the scaled values. */
  mean: number;
  /** The power of two the values were divided by (1 unless they were huge or tiny). */
  scale: number;
}

/** Values whose magnitude lies outside [2^-400, 2^400] are rescaled. */
const BIG = 2 ** 400;
const SMALL = 2 ** -400;

/**
 * The power of two to divide `values` by so that the largest magnitude lies in [1, 2), or 1 when
 * it already lies in [2^-400, 2^400]. Dividing by a power of two is exact, so ordinary input is
 * computed exactly as before, while values near 1e308 (whose squares, sums or n-fold multiples
 * would overflow to Infinity and turn the index into NaN) or near 1e-308 are brought into range.
 */
export function powerOfTwoScale(values: Numbers): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]!));
  if (max === 0 || (max <= BIG && max >= SMALL)) return 1;
  return 2 ** Math.floor(Math.log2(max));
}

/**
 * Check `values` (and `weights` when given) and return them as plain arrays (a `Float64Array` is
 * accepted), rescaled by a power of two when they are huge or tiny (see {@link powerOfTwoScale}),
 * with the population shares p_i = w_i / Σw (or 1/n when unweighted) and the weighted mean
 * μ = Σ p_i y_i. Weights must be strictly positive: a unit with no population has no per-capita value.
 */
export function prepare(
  measure: string,
  values: Numbers,
  weights: Numbers | undefined,
  { domain }: ValueDomain,
): Prepared {
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
    const ws = powerOfTwoScale(weights);
    const total = sum(ws === 1 ? weights : Array.from(weights, (w) => w / ws));
    shares = Array.from(weights, (w) => w / ws / total);
  }
  const scale = powerOfTwoScale(values);
  const scaled = Array.from(values, (v) => v / scale);
  return { values: scaled, shares, mean: weightedMean(scaled, shares), scale };
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
