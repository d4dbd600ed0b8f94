/**
 * 产业结构合理化 TL: the Theil-type index of Gan, Zheng and Yu (2011).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, requireSameLength, sum, type Numbers } from '../../core/validate.js';

/**
 * How far sectors' labour productivities are from the economy-wide average (产业结构合理化):
 * 0 when output and employment are distributed alike across sectors (equilibrium), larger when
 * they diverge. Lower is "more rational".
 *
 * Formula: `TL = Σ_i (Y_i / Y) · ln( (Y_i / L_i) / (Y / L) )`, with Y = Σ Y_i, L = Σ L_i.
 * Equivalently `Σ_i y_i ln(y_i / l_i)` with output shares y and employment shares l, so levels
 * or shares give the same result.
 *
 * Convention: a sector with zero output contributes 0 (the limit of y ln y); a sector with
 * output but no employment is refused (infinite productivity). Natural logarithm. This is the
 * Gan et al. Theil form, not the older `E = Σ |(Y_i/L_i)/(Y/L) − 1|` deviation index.
 *
 * Units: dimensionless (nats), ≥ 0.
 *
 * Reference: 干春晖, 郑若谷, 余典范 (2011) 中国产业结构变迁对经济增长和波动的影响, 经济研究 46(5): 4–16.
 *
 * @param valueAdded - value added by sector (or shares), non-negative, not all zero.
 * @param employment - employment by sector (or shares), same order; positive where value added is.
 * @throws MeasureError on empty, non-finite, negative or mismatched input, all-zero totals, or
 *   a sector with output and zero employment.
 * @example
 * ```ts
 * rationalizationTL([5, 45, 50], [20, 40, 40]) // 0.0952594236464829
 * ```
 */
export function rationalizationTL(valueAdded: Numbers, employment: Numbers): number {
  const name = 'rationalizationTL';
  requireFinite(name, 'valueAdded', valueAdded);
  requireFinite(name, 'employment', employment);
  requireSameLength(name, valueAdded, 'valueAdded', employment, 'employment');
  requireNonNegative(name, 'valueAdded', valueAdded);
  requireNonNegative(name, 'employment', employment);
  const Y = sum(valueAdded);
  const L = sum(employment);
  if (Y <= 0 || L <= 0) {
    throw new MeasureError('degenerate', name, 'total value added and total employment must be positive', {
      argument: Y <= 0 ? 'valueAdded' : 'employment',
    });
  }
  const terms = valueAdded.map((y, i) => {
    if (y === 0) return 0;
    const l = employment[i]!;
    if (l === 0) {
      throw new MeasureError('out-of-domain', name, 'sector has value added but zero employment', {
        argument: 'employment',
        index: i,
      });
    }
    const ys = y / Y;
    return ys * Math.log(ys / (l / L));
  });
  return sum(terms);
}
