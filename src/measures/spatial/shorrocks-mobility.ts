/**
 * Shorrocks' mobility index of a transition matrix.
 * @module
 */
import { MeasureError } from '../../core/errors.js';

/**
 * Shorrocks (1978) mobility index M(P) = (k − tr P)/(k − 1): 0 when nobody changes class, 1 when
 * the diagonal is empty; giddy `markov_mobility(P, measure="P")`.
 *
 * @param P k × k transition probability matrix (rows sum to 1), k ≥ 2
 * @throws MeasureError `empty`, `length-mismatch` (not square), `not-finite`, `out-of-domain`
 *   (a probability outside [0, 1]).
 * @see Shorrocks, A. F. (1978) The measurement of mobility, Econometrica 46(5).
 * @example
 * ```ts
 * shorrocksMobility([[0.9, 0.1], [0.2, 0.8]]) // 0.3
 * ```
 */
export function shorrocksMobility(P: readonly (readonly number[])[]): number {
  const measure = 'shorrocksMobility';
  if (!Array.isArray(P) || P.length < 2) throw new MeasureError('empty', measure, 'needs a k × k matrix with k ≥ 2', { argument: 'P' });
  const k = P.length;
  let trace = 0;
  P.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== k) throw new MeasureError('length-mismatch', measure, `row ${i} has ${Array.isArray(row) ? row.length : 0} entries, not ${k}`, { argument: 'P', index: i });
    row.forEach((p) => {
      if (typeof p !== 'number' || !Number.isFinite(p)) throw new MeasureError('not-finite', measure, `entry ${String(p)} in row ${i}`, { argument: 'P', index: i });
      if (p < 0 || p > 1) throw new MeasureError('out-of-domain', measure, `probability ${p} in row ${i} is outside [0, 1]`, { argument: 'P', index: i });
    });
    trace += row[i]!;
  });
  return (k - trace) / (k - 1);
}
