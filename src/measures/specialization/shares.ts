/**
 * Internal: turn a non-negative vector into shares of its total, with the library's checks.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, sum, type Numbers } from '../../core/validate.js';

/** Check `values` (finite, ≥ 0, positive total) and return values / Σ values. */
export function toShares(measure: string, argument: string, values: Numbers): number[] {
  requireFinite(measure, argument, values);
  requireNonNegative(measure, argument, values);
  const total = sum(values);
  if (!(total > 0)) {
    throw new MeasureError('degenerate', measure, 'all values are zero, so shares are undefined', { argument });
  }
  return Array.from(values, (v) => v / total);
}
