/**
 * 产业结构层次系数 H: the share-weighted rank of sectors.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, sum, type Numbers } from '../../core/validate.js';

/** How far from 1 a share vector may sum (published percentages are rounded). */
export const SHARE_SUM_TOLERANCE = 0.01;

/**
 * The level of the industrial structure (产业结构层次系数): sectors ranked primary = 1,
 * secondary = 2, tertiary = 3, weighted by their shares.
 *
 * Formula: `H = Σ_{i=1..n} i · s_i` (n = 3 for the three sectors), ranging from 1 (all primary)
 * to n (all in the last sector).
 *
 * Convention: shares are **fractions** that sum to 1 within {@link SHARE_SUM_TOLERANCE}
 * (rounded published percentages divided by 100 pass); they are not renormalised. Some
 * authors use percentages (H from 100 to 300): divide those results by 100 to compare.
 *
 * Units: dimensionless, in [1, n].
 *
 * Reference: 徐德云 (2008) 产业结构升级形态决定、测度的一个理论解释及验证, 财政研究 (1): 46–49.
 *
 * @param shares - sector shares in rank order (primary, secondary, tertiary), fractions.
 * @throws MeasureError when `shares` is empty, not finite, negative, or does not sum to 1.
 * @example
 * ```ts
 * structureLevelH([0.05, 0.45, 0.5]) // 2.45
 * ```
 */
export function structureLevelH(shares: Numbers): number {
  const name = 'structureLevelH';
  requireFinite(name, 'shares', shares);
  requireNonNegative(name, 'shares', shares);
  const total = sum(shares);
  if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
    throw new MeasureError(
      'out-of-domain',
      name,
      `shares sum to ${total}, not 1 — pass fractions (divide percentages by 100) of a complete partition`,
      { argument: 'shares' },
    );
  }
  return sum(shares.map((s, i) => (i + 1) * s));
}
