/**
 * Atkinson index.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFiniteScalar, sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';

/**
 * Atkinson index: the share of the mean that could be given up, with the rest shared equally,
 * without lowering welfare for a society whose aversion to inequality is ε.
 *
 * Formula: A_ε = 1 − (Σ p_i (y_i/μ)^{1−ε})^{1/(1−ε)} for ε ≠ 1; A_1 = 1 − exp(Σ p_i ln y_i)/μ
 * (1 − geometric mean / arithmetic mean), with p_i = w_i/Σw (1/n unweighted), μ = Σ p_i y_i.
 *
 * Conventions: ε ≥ 0 (ε = 0 gives 0); zeros are allowed for ε < 1 and refused for ε ≥ 1
 * (the index would be 1 by a limit, hiding a data problem). Same as REAT `atkinson()` and
 * PySAL `inequality.atkinson` for unweighted data. In [0, 1); scale- and replication-invariant.
 *
 * @param values per-capita values, ≥ 0 (> 0 when ε ≥ 1)
 * @param epsilon inequality aversion ε ≥ 0
 * @param weights optional population of each unit, > 0
 * @throws MeasureError `out-of-domain` for ε < 0, a negative value, or a zero with ε ≥ 1; and the
 *   errors of every measure (`empty`, `not-finite`, `length-mismatch`, `degenerate`).
 * @see Atkinson, A. B. (1970) On the measurement of inequality. https://doi.org/10.1016/0022-0531(70)90039-6
 * @example
 * ```ts
 * atkinson([10, 20, 30, 40, 50], 0.5) // 0.06315339…
 * ```
 */
export function atkinson(values: Numbers, epsilon: number, weights?: Numbers): number {
  const measure = 'atkinson';
  requireFiniteScalar(measure, 'epsilon', epsilon);
  if (epsilon < 0) {
    throw new MeasureError('out-of-domain', measure, `epsilon ${epsilon} must be ≥ 0 (0 = no aversion to inequality)`, { argument: 'epsilon' });
  }
  const { values: y, shares, mean } = prepare(measure, values, weights, { domain: epsilon >= 1 ? 'positive' : 'non-negative' });
  requirePositiveMean(measure, mean);
  if (epsilon === 0) return 0;
  const n = y.length;
  const terms = new Array<number>(n);
  if (epsilon === 1) {
    for (let i = 0; i < n; i++) terms[i] = shares[i]! * Math.log(y[i]! / mean);
    return Math.max(0, -Math.expm1(sum(terms)));
  }
  const e = 1 - epsilon;
  for (let i = 0; i < n; i++) terms[i] = shares[i]! * Math.pow(y[i]! / mean, e);
  return Math.max(0, 1 - Math.pow(sum(terms), 1 / e));
}
