/**
 * Gap between aggregate growth and per-capita growth, in percentage points.
 * @module
 */
import { requireFiniteScalar } from '../../core/validate.js';

/**
 * How many percentage points faster the aggregate (GDP) grew than GDP per person — the seed
 * plan's headline contrast between GDP growth and per-capita GDP growth.
 *
 * Formula: `gap_pp = 100 · (g − g_pc)`.
 *
 * Convention: inputs are **fractions** (0.08 for 8 %); the result is in **percentage points**
 * (0.5159 means half a point). A positive gap means population grew (per-capita growth lags);
 * a negative gap means population shrank. No rounding: round only for display.
 *
 * Units: percentage points.
 *
 * Reference: 广东省统计局, 广东省2021年国民经济和社会发展统计公报 (GDP +8.0 %, per-capita
 * GDP +7.1 %, gap 0.9 pp), as reported by China News Service, 2022-03-02.
 *
 * @param gdpGrowth - GDP growth, a fraction.
 * @param perCapitaGrowth - per-capita GDP growth, a fraction (official, or from the `perCapitaGrowth()` measure).
 * @returns the gap in percentage points.
 * @throws MeasureError when an input is not finite.
 * @example
 * ```ts
 * growthGap(0.08, 0.071) // 0.9000000000000008 (pp)
 * ```
 */
export function growthGap(gdpGrowth: number, perCapitaGrowth: number): number {
  const name = 'growthGap';
  requireFiniteScalar(name, 'gdpGrowth', gdpGrowth);
  requireFiniteScalar(name, 'perCapitaGrowth', perCapitaGrowth);
  return 100 * (gdpGrowth - perCapitaGrowth);
}
