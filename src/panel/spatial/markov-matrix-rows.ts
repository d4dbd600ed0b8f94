/**
 * A Markov transition matrix (of {@link markovTable}) as table rows, with its class labels.
 * @module
 */
import type { MarkovTable } from './markov-table.js';

/** One class of the matrix (a column of the rows of {@link markovMatrixRows}). */
export interface MarkovClassColumn {
  /** The column key in the rows: `p_0` … `p_{k−1}`. */
  key: `p_${number}`;
  /** 0 = lowest. */
  class: number;
  /** Lower and upper bound of relative per-capita GDP (value ÷ that year's mean of the cities); null = open (pooled classes only, else both null). */
  lower: number | null;
  upper: number | null;
  /** e.g. `第1类（≤0.50）`, `第4类（>1.52）`; per-year (rank) classes: `第1类` … without a range. */
  label_zh: string;
  /** e.g. `Class 1 (≤0.50)`. */
  label_en: string;
}

/** One row of {@link markovMatrixRows}: a starting class and its transition probabilities, or the steady state. */
export type MarkovMatrixRow = {
  kind: 'transition' | 'steady-state';
  /** The starting class (null for the steady state). */
  from_class: number | null;
  label_zh: string;
  label_en: string;
  /** City-year transitions starting in the class (null for the steady state). */
  n: number | null;
} & { [key: `p_${number}`]: number | null };

/** Result of {@link markovMatrixRows}. */
export interface MarkovMatrixRows {
  classes: MarkovClassColumn[];
  /** k transition rows, then the steady-state row (its p_j null when the chain has none). */
  rows: MarkovMatrixRow[];
}

const fmt = (x: number): string => x.toFixed(2);

/**
 * The transition matrix of a {@link markovTable} laid out for a report table: one row per
 * starting class (its transition count `n` and the probabilities `p_0` … `p_{k−1}` of ending the
 * year in each class; a class never left empty gives a row of nulls), then a row with the steady
 * state. `classes` names the columns with the pooled cut-offs of relative per-capita GDP
 * (value ÷ that year's unweighted mean of the cities), e.g. `第1类（≤0.50）`, `第2类（0.50–0.64）`.
 *
 * @example
 * ```ts
 * const { classes, rows } = markovMatrixRows(markovTable(panel, { from: 2005, to: 2019, k: 4, weights: w }));
 * rows[4].p_2 // steady-state share of class 3: 0.497
 * ```
 */
export function markovMatrixRows(mk: MarkovTable): MarkovMatrixRows {
  const pooled = mk.classes === 'pooled' && mk.cutoffs.length === mk.k - 1;
  const classes: MarkovClassColumn[] = Array.from({ length: mk.k }, (_, j) => {
    const lower = pooled && j > 0 ? mk.cutoffs[j - 1]! : null;
    const upper = pooled && j < mk.k - 1 ? mk.cutoffs[j]! : null;
    const range = !pooled ? '' : lower === null ? `≤${fmt(upper!)}` : upper === null ? `>${fmt(lower)}` : `${fmt(lower)}–${fmt(upper)}`;
    return {
      key: `p_${j}` as const, class: j, lower, upper,
      label_zh: `第${j + 1}类${range ? `（${range}）` : ''}`,
      label_en: `Class ${j + 1}${range ? ` (${range})` : ''}`,
    };
  });
  const probs = (p: readonly (number | null)[] | null): { [key: `p_${number}`]: number | null } =>
    Object.fromEntries(classes.map((c, j) => [c.key, p ? (p[j] ?? null) : null]));
  const rows: MarkovMatrixRow[] = classes.map((c, i) => {
    const n = mk.counts[i]!.reduce((a, b) => a + b, 0);
    return { kind: 'transition' as const, from_class: i, label_zh: c.label_zh, label_en: c.label_en, n, ...probs(n === 0 ? null : mk.probabilities[i]!) };
  });
  rows.push({ kind: 'steady-state', from_class: null, label_zh: '稳态分布', label_en: 'Steady state', n: null, ...probs(mk.steadyState) });
  return { classes, rows };
}
