import { describe, expect, it } from 'vitest';
import { guangdongCityBoundaries } from '../../../src/charts/geo.js';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { guangdongWeights } from '../../../src/panel/spatial/guangdong-weights.js';
import { markovMatrixRows } from '../../../src/panel/spatial/markov-matrix-rows.js';
import { markovTable, type MarkovTable } from '../../../src/panel/spatial/markov-table.js';
import { recordWarnings } from '../helpers.js';

recordWarnings();

const base: MarkovTable = {
  k: 2, classes: 'pooled', years: [2000, 2001], cutoffs: [1], cityClasses: [],
  counts: [[3, 1], [0, 0]], probabilities: [[0.75, 0.25], [0, 0]], steadyState: null, shorrocks: 0,
  moversFirstToLast: [], jumps: [], warnings: [],
};

describe('markovMatrixRows', () => {
  it('lays out the matrix with counts, a row of nulls for a class never left, and the steady state (hand case)', () => {
    const { classes, rows } = markovMatrixRows(base);
    expect(classes.map((c) => [c.key, c.label_zh, c.lower, c.upper])).toEqual([['p_0', '第1类（≤1.00）', null, 1], ['p_1', '第2类（>1.00）', 1, null]]);
    expect(rows).toEqual([
      { kind: 'transition', from_class: 0, label_zh: '第1类（≤1.00）', label_en: 'Class 1 (≤1.00)', n: 3 + 1, p_0: 0.75, p_1: 0.25 },
      { kind: 'transition', from_class: 1, label_zh: '第2类（>1.00）', label_en: 'Class 2 (>1.00)', n: 0, p_0: null, p_1: null },
      { kind: 'steady-state', from_class: null, label_zh: '稳态分布', label_en: 'Steady state', n: null, p_0: null, p_1: null },
    ]);
    expect(markovMatrixRows({ ...base, classes: 'per-year', cutoffs: [] }).classes.map((c) => c.label_zh)).toEqual(['第1类', '第2类']);
  });

  it('Guangdong 2005–2019, k = 4: cut-offs 0.50 / 0.64 / 1.52 of the mean, steady state 0.058 / 0.178 / 0.497 / 0.266', () => {
    const mk = markovTable(loadGuangdongPanel({ from: 2005, to: 2019 }), { from: 2005, to: 2019, k: 4, weights: guangdongWeights(guangdongCityBoundaries()) });
    const { classes, rows } = markovMatrixRows(mk);
    expect(classes.map((c) => c.label_zh)).toEqual(['第1类（≤0.50）', '第2类（0.50–0.64）', '第3类（0.64–1.52）', '第4类（>1.52）']);
    expect(rows.map((r) => r.n)).toEqual([74, 75, 70, 75, null]); // 21 cities × 14 transitions = 294
    expect(rows[0]!.p_0).toBeCloseTo(71 / 74, 15);
    expect(rows[1]!.p_2).toBeCloseTo(6 / 75, 15);
    expect(rows[4]!.p_0).toBeCloseTo(0.0584, 4);
    expect(rows[4]!.p_2).toBeCloseTo(0.4974, 4);
    expect(rows[4]!.p_3).toBeCloseTo(0.2665, 4);
  });
});
