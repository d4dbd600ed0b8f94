/**
 * Growth rate of a level between two periods.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFiniteScalar } from '../../core/validate.js';

/**
 * Growth rate of a level (GDP, population, value added) from one period to the next.
 *
 * Formula: `g = current / previous − 1`.
 *
 * Convention: rates are **fractions** throughout `measures` (0.08 means 8 %); the panel
 * tables use percent (8.0) and convert at their boundary. The rate is a plain ratio of the
 * two levels: applied to current-price GDP it gives *nominal* growth, which is not the
 * comparable-price (real) growth that Chinese statistical bulletins publish. Use the
 * published real rate where one exists.
 *
 * Units: a fraction (dimensionless), per period.
 *
 * Reference: OECD Glossary of Statistical Terms, "Growth rate"
 * (https://stats.oecd.org/glossary/).
 *
 * @param previous - level in the earlier period; must be positive.
 * @param current - level in the later period; must be non-negative.
 * @returns the growth rate as a fraction.
 * @throws MeasureError when an input is not finite, `previous` ≤ 0 or `current` < 0.
 * @example
 * ```ts
 * growthRate(100, 108) // 0.08 (to float precision: 0.08000000000000007)
 * ```
 */
export function growthRate(previous: number, current: number): number {
  const name = 'growthRate';
  requireFiniteScalar(name, 'previous', previous);
  requireFiniteScalar(name, 'current', current);
  if (previous <= 0) {
    throw new MeasureError('out-of-domain', name, `previous level ${previous} must be positive`, {
      argument: 'previous',
    });
  }
  if (current < 0) {
    throw new MeasureError('out-of-domain', name, `current level ${current} must be non-negative`, {
      argument: 'current',
    });
  }
  return current / previous - 1;
}
