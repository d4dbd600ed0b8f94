/**
 * Per-capita growth from aggregate growth and population growth (the accounting identity).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFiniteScalar } from '../../core/validate.js';

/**
 * Growth of a per-capita quantity implied by the growth of the aggregate and of population.
 *
 * Formula (exact identity, not the approximation g − p): `(1 + g_pc) = (1 + g) / (1 + p)`,
 * so `g_pc = (1 + g) / (1 + p) − 1`.
 *
 * Convention: all rates are **fractions** (0.08 means 8 %). This identity is the documented
 * *fallback*: official per-capita real growth published by a statistics bureau uses average
 * (not year-end) resident population and the bureau's own deflators, so where it is published
 * it is used as an input instead, and tables label which one they show (`method`). The result
 * inherits the population basis of `populationGrowth` (registered 户籍 vs resident 常住).
 *
 * Units: a fraction per period.
 *
 * Reference: the identity follows from Y/P; see e.g. Barro & Sala-i-Martin,
 * *Economic Growth* (2nd ed., MIT Press, 2004), ch. 1.
 *
 * @param gdpGrowth - growth of the aggregate (e.g. real GDP), a fraction > −1.
 * @param populationGrowth - growth of population over the same period, a fraction > −1.
 * @returns per-capita growth, a fraction.
 * @throws MeasureError when an input is not finite or is ≤ −1 (a level cannot fall by 100 % or more).
 * @example
 * ```ts
 * perCapitaGrowth(0.08, 0.0048) // 0.07484076433121034
 * ```
 */
export function perCapitaGrowth(gdpGrowth: number, populationGrowth: number): number {
  const name = 'perCapitaGrowth';
  requireFiniteScalar(name, 'gdpGrowth', gdpGrowth);
  requireFiniteScalar(name, 'populationGrowth', populationGrowth);
  for (const [argument, v] of [
    ['gdpGrowth', gdpGrowth],
    ['populationGrowth', populationGrowth],
  ] as const) {
    if (v <= -1) {
      throw new MeasureError(
        'out-of-domain',
        name,
        `${v} is ≤ −1; rates are fractions (0.08 for 8 %) — if you passed percent, divide by 100`,
        { argument },
      );
    }
  }
  return (1 + gdpGrowth) / (1 + populationGrowth) - 1;
}
