/**
 * Krugman specialisation index.
 * @module
 */
import { requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { toShares } from './shares.js';

/**
 * Krugman specialisation index: how different a region's industry mix is from the nation's,
 * from 0 (identical) to 2 (no industry in common).
 *
 * Formula: K = Σ_i |s_ri − s_ni|, with s_ri = e_ri / Σ_i e_ri and s_ni = E_i / Σ_i E_i.
 *
 * Conventions: the full sum in [0, 2] (Krugman 1991; REAT `krugman.spec`); some authors
 * report half of it (the dissimilarity index, [0, 1]) — that is 2 × {@link hoover} of the
 * two vectors. Inputs are levels (converted to shares); scale-free.
 *
 * @param regionValues the region's value by industry, ≥ 0
 * @param nationValues the nation's value by industry (same order), ≥ 0
 * @throws MeasureError `empty`, `not-finite`, `out-of-domain` (negative), `length-mismatch`,
 *   `degenerate` (all zero).
 * @see Krugman, P. (1991) Geography and Trade. MIT Press.
 * @example
 * ```ts
 * krugmanSpecialization([30, 50, 20], [20, 40, 40]) // 0.4
 * ```
 */
export function krugmanSpecialization(regionValues: Numbers, nationValues: Numbers): number {
  const measure = 'krugmanSpecialization';
  const r = toShares(measure, 'regionValues', regionValues);
  const n = toShares(measure, 'nationValues', nationValues);
  requireSameLength(measure, regionValues, 'regionValues', nationValues, 'nationValues');
  return sum(r.map((s, i) => Math.abs(s - n[i]!)));
}
