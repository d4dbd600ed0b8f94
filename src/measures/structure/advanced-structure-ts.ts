/**
 * 产业结构高级化 (advanced industrial structure): tertiary over secondary.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFiniteScalar } from '../../core/validate.js';

/**
 * How far the economy has moved from industry to services (产业结构高级化, "TS"): the ratio of
 * tertiary to secondary value added (or of their shares).
 *
 * Formula: `TS = Y₃ / Y₂`.
 *
 * Convention: levels or shares may be passed (the ratio is the same), as long as both are in
 * the same unit. TS > 1 means services are larger than industry. This is the index of
 * 干春晖、郑若谷、余典范 (2011), not the Clark-style non-agricultural share.
 *
 * Units: dimensionless ratio.
 *
 * Reference: 干春晖, 郑若谷, 余典范 (2011) 中国产业结构变迁对经济增长和波动的影响, 经济研究 46(5): 4–16.
 *
 * @param secondary - secondary-industry value added (or share); must be positive.
 * @param tertiary - tertiary-industry value added (or share); must be non-negative.
 * @throws MeasureError when an input is not finite, `secondary` ≤ 0 or `tertiary` < 0.
 * @example
 * ```ts
 * advancedStructureTS(45, 50) // 1.1111111111111112
 * ```
 */
export function advancedStructureTS(secondary: number, tertiary: number): number {
  const name = 'advancedStructureTS';
  requireFiniteScalar(name, 'secondary', secondary);
  requireFiniteScalar(name, 'tertiary', tertiary);
  if (secondary <= 0) {
    throw new MeasureError('out-of-domain', name, `secondary ${secondary} must be positive`, { argument: 'secondary' });
  }
  if (tertiary < 0) {
    throw new MeasureError('out-of-domain', name, `tertiary ${tertiary} must be non-negative`, { argument: 'tertiary' });
  }
  return tertiary / secondary;
}
