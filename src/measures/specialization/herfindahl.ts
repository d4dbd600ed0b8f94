/**
 * Herfindahl–Hirschman concentration index.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { sum, type Numbers } from '../../core/validate.js';
import { toShares } from './shares.js';

/** Options of {@link herfindahl}. */
export interface HerfindahlOptions {
  /** Return the standardised index H* = (H − 1/n)/(1 − 1/n) in [0, 1]. Default false. */
  normalized?: boolean;
}

/**
 * Herfindahl–Hirschman index: the sum of squared shares, the probability that two draws of
 * the value land in the same unit; 1/H is the "equivalent number" of equal-sized units.
 *
 * Formula: H = Σ s_i² with s_i = x_i / Σ x; standardised H* = (H − 1/n)/(1 − 1/n).
 *
 * Conventions: shares as fractions (so H ∈ [1/n, 1]; multiply by 10 000 for the antitrust
 * scale); REAT `herf()` returns the same H (its `coefnorm = TRUE` is H*). Scale-free.
 *
 * @param values sizes of the units (output, employment…), ≥ 0
 * @throws MeasureError `empty`, `not-finite`, `out-of-domain`, `degenerate` (all zero; H* with n = 1).
 * @see Hirschman, A. O. (1964) https://www.jstor.org/stable/1818582
 * @example
 * ```ts
 * herfindahl([20, 50, 20, 10]) // 0.34
 * herfindahl([20, 50, 20, 10], { normalized: true }) // 0.12 (0.12000000000000004)
 * ```
 */
export function herfindahl(values: Numbers, options: HerfindahlOptions = {}): number {
  const measure = 'herfindahl';
  const s = toShares(measure, 'values', values);
  const h = sum(s.map((x) => x * x));
  if (!options.normalized) return h;
  const n = s.length;
  if (n < 2) throw new MeasureError('degenerate', measure, 'the standardised index needs at least two units', { argument: 'values' });
  return (h - 1 / n) / (1 - 1 / n);
}
