import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireNonNegative, requireObject, requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { requireBenefit, requireMatrix, type DecisionMatrix } from './matrix.js';

/** Options of {@link topsis}. */
export interface TopsisOptions {
  /** One flag per criterion: `true` when more is better, `false` when less is better. */
  benefit: ReadonlyArray<boolean>;
  /** `'vector'`: x/√Σx² (Hwang & Yoon). `'minmax'`: (x−min)/(max−min), cost criteria flipped. */
  normalization: 'vector' | 'minmax';
}

/** Result of {@link topsis}. */
export interface TopsisResult {
  /** Relative closeness C_i = D⁻/(D⁺ + D⁻) to the ideal, in [0, 1]; higher is better. */
  closeness: number[];
  /** 1-based rank of each alternative by closeness, descending; ties go to the lower row index. */
  rank: number[];
}

/**
 * TOPSIS: ranks alternatives by their relative closeness to the ideal solution and distance
 * from the anti-ideal one.
 *
 * Formula: r_ij = normalised x_ij; v_ij = w_j r_ij with w scaled to sum to 1;
 * A⁺_j = max_i v_ij for benefit and min_i v_ij for cost criteria (A⁻ the reverse);
 * D±_i = √Σ_j (v_ij − A±_j)²; C_i = D⁻_i / (D⁺_i + D⁻_i).
 *
 * Convention: `'vector'` normalisation as in Hwang & Yoon (1981) and the Python `topsispy`
 * package; under `'minmax'` cost criteria are flipped ((max − x)/(max − min)) so that every
 * normalised criterion is "more is better" (a constant criterion normalises to 0).
 * Weights are rescaled to sum to 1 (closeness does not depend on their scale).
 * Ranks are a permutation of 1..n: ties in closeness are broken by row order, stated.
 * A research-style composite, not an official evaluation method. Unitless.
 *
 * @throws {MeasureError} a ragged or non-finite matrix, weights of the wrong length,
 *   negative or all-zero weights, a zero column under `'vector'`, or all alternatives identical.
 * @see Hwang, C.L. & Yoon, K. (1981), Multiple Attribute Decision Making, Springer,
 *   https://doi.org/10.1007/978-3-642-48318-9_3
 * @example
 * ```ts
 * topsis([[250,16,12,5],[200,16,8,3],[300,32,16,4],[275,32,8,4],[225,16,16,2]],
 *   [0.25,0.25,0.25,0.25], { benefit: [false,true,true,true], normalization: 'vector' });
 * // → closeness ≈ [0.5343, 0.3084, 0.6916, 0.5347, 0.4010], rank [3, 5, 1, 2, 4]
 * ```
 */
export function topsis(matrix: DecisionMatrix, weights: Numbers, options: TopsisOptions): TopsisResult {
  const fn = 'topsis';
  const [n, m] = requireMatrix(fn, 'matrix', matrix, 1);
  requireObject(fn, 'options', options);
  requireFinite(fn, 'weights', weights);
  requireSameLength(fn, matrix[0]!, 'matrix columns', weights, 'weights');
  requireNonNegative(fn, 'weights', weights);
  const wSum = sum(weights);
  if (!(wSum > 0)) throw new MeasureError('degenerate', fn, 'weights are all zero', { argument: 'weights' });
  const w = Array.from(weights, (x) => x / wSum);
  const benefit = options?.benefit;
  requireBenefit(fn, benefit, m);
  const norm = options.normalization;
  if (norm !== 'vector' && norm !== 'minmax') {
    throw new MeasureError('out-of-domain', fn, `normalization must be 'vector' or 'minmax', got ${String(norm)}`, { argument: 'normalization' });
  }
  const v: number[][] = matrix.map(() => new Array<number>(m).fill(0));
  const effectiveBenefit: boolean[] = [];
  for (let j = 0; j < m; j++) {
    const col = matrix.map((r) => r[j]!);
    if (norm === 'vector') {
      const len = Math.sqrt(sum(col.map((x) => x * x)));
      if (len === 0) throw new MeasureError('degenerate', fn, `criterion ${j} is zero for every alternative: vector normalisation divides by 0`, { argument: 'matrix', index: j });
      col.forEach((x, i) => { v[i]![j] = (w[j]! * x) / len; });
      effectiveBenefit.push(benefit[j]!);
    } else {
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of col) { // a loop, not Math.min(...col): a spread of a long array overflows the call stack
        if (c < lo) lo = c;
        if (c > hi) hi = c;
      }
      col.forEach((x, i) => {
        const r = hi === lo ? 0 : benefit[j] ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
        v[i]![j] = w[j]! * r;
      });
      effectiveBenefit.push(true);
    }
  }
  const best: number[] = [];
  const worst: number[] = [];
  for (let j = 0; j < m; j++) {
    const col = v.map((r) => r[j]!);
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of col) {
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    best.push(effectiveBenefit[j] ? hi : lo);
    worst.push(effectiveBenefit[j] ? lo : hi);
  }
  const closeness = v.map((row, i) => {
    const dPlus = Math.sqrt(sum(row.map((x, j) => (x - best[j]!) ** 2)));
    const dMinus = Math.sqrt(sum(row.map((x, j) => (x - worst[j]!) ** 2)));
    if (dPlus + dMinus === 0) {
      throw new MeasureError('degenerate', fn, 'all alternatives are identical on every weighted criterion: closeness is undefined', { argument: 'matrix', index: i });
    }
    return dMinus / (dPlus + dMinus);
  });
  const order = closeness.map((c, i) => ({ c, i })).sort((a, b) => b.c - a.c || a.i - b.i);
  const rank = new Array<number>(n).fill(0);
  order.forEach((o, k) => { rank[o.i] = k + 1; });
  return { closeness, rank };
}
