import { MeasureError } from '../../core/errors.js';
import { requireObject, sum } from '../../core/validate.js';
import { requireBenefit, requireMatrix, type DecisionMatrix } from './matrix.js';

/** Options of {@link entropyWeights}. */
export interface EntropyWeightsOptions {
  /**
   * One flag per criterion: `true` when more is better, `false` when less is better.
   * Used by `'cn-minmax'` only (the direction decides the min-max formula). Default: all `true`.
   */
  benefit?: ReadonlyArray<boolean>;
  /**
   * `'cn-minmax'` (熵权法 as usually taught in Chinese textbooks): min-max normalise each
   * criterion first. `'raw'`: use the non-negative values as they are (direction ignored,
   * since entropy only measures dispersion).
   */
  convention: 'cn-minmax' | 'raw';
}

/** Result of {@link entropyWeights}. */
export interface EntropyWeightsResult {
  /** Weight of each criterion, in [0, 1], summing to 1. */
  weights: number[];
  /** Shannon entropy e_j of each criterion, in [0, 1] (1 = no dispersion, no information). */
  entropy: number[];
}

/**
 * Entropy weights (熵权法): criteria whose values differ more across alternatives get more weight.
 *
 * Formula: with n alternatives (rows) and x'_ij the normalised value,
 * p_ij = x'_ij / Σ_i x'_ij, e_j = −(1/ln n) Σ_i p_ij ln p_ij (0 ln 0 = 0),
 * w_j = (1 − e_j) / Σ_k (1 − e_k).
 *
 * Convention: `'cn-minmax'` normalises benefit criteria as (x − min)/(max − min) and cost
 * criteria as (max − x)/(max − min); `'raw'` uses x as is and needs x ≥ 0. A criterion with
 * no spread (all values equal, or all normalised values 0) has p_ij = 1/n, e_j = 1 and
 * weight 0. This is a research-style composite, not an official evaluation method.
 * Unitless. (No REAT/PySAL equivalent; R's `topsis` packages do not ship it.)
 *
 * @throws {MeasureError} fewer than 2 alternatives, a ragged matrix, non-finite cells, a
 *   negative cell under `'raw'`, or no criterion with any spread (all weights undefined).
 * @see Zou, Yun & Sun (2006), "Entropy method for determination of weight of evaluating
 *   indicators in fuzzy synthetic evaluation for water quality assessment",
 *   J. Environmental Sciences 18(5), https://doi.org/10.1016/S1001-0742(06)60032-6
 * @example
 * ```ts
 * entropyWeights([[1, 10], [2, 10], [3, 10]], { convention: 'raw' }).weights; // → [1, 0]
 * ```
 */
export function entropyWeights(matrix: DecisionMatrix, options: EntropyWeightsOptions): EntropyWeightsResult {
  const fn = 'entropyWeights';
  const [n, m] = requireMatrix(fn, 'matrix', matrix, 2);
  requireObject(fn, 'options', options);
  const convention = options?.convention;
  if (convention !== 'cn-minmax' && convention !== 'raw') {
    throw new MeasureError('out-of-domain', fn, `convention must be 'cn-minmax' or 'raw', got ${String(convention)}`, { argument: 'convention' });
  }
  const benefit = options.benefit ?? new Array<boolean>(m).fill(true);
  requireBenefit(fn, benefit, m);
  const entropy: number[] = [];
  const lnN = Math.log(n);
  for (let j = 0; j < m; j++) {
    const col = matrix.map((r) => r[j]!);
    let x: number[];
    if (convention === 'raw') {
      col.forEach((v, i) => {
        if (v < 0) throw new MeasureError('out-of-domain', fn, `cell [${i}][${j}] = ${v} is negative: 'raw' needs x ≥ 0 (use 'cn-minmax')`, { argument: 'matrix', index: i });
      });
      x = col;
    } else {
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of col) { // a loop, not Math.min(...col): a spread of a long array overflows the call stack
        if (c < lo) lo = c;
        if (c > hi) hi = c;
      }
      x = hi === lo ? col.map(() => 0) : col.map((v) => (benefit[j] ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo)));
    }
    const total = sum(x);
    if (total === 0) {
      entropy.push(1);
      continue;
    }
    let h = 0;
    for (const v of x) {
      const p = v / total;
      if (p > 0) h -= p * Math.log(p);
    }
    entropy.push(Math.min(1, Math.max(0, h / lnN)));
  }
  const divergence = entropy.map((e) => 1 - e);
  const d = sum(divergence);
  if (!(d > 0)) {
    throw new MeasureError('degenerate', fn, 'no criterion varies across alternatives, so every entropy is 1 and the weights are undefined', { argument: 'matrix' });
  }
  return { weights: divergence.map((v) => v / d), entropy };
}
