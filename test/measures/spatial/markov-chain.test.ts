import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markovChain } from '../../../src/measures/spatial/markov-chain.js';
import { quantileClasses } from '../../../src/measures/spatial/quantile-classes.js';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { usIncome } from './fixtures.js';

/** giddy test_markov: q5 = per-year quintile classes of the 48 states' incomes, units × years. */
function q5(): number[][] {
  const { pci } = usIncome();
  const T = pci[0]!.length;
  const byYear = Array.from({ length: T }, (_, t) => quantileClasses(pci.map((r) => r[t]!), 5));
  return pci.map((_, u) => byYear.map((c) => c[u]!));
}

const close = (a: number[][] | number[], b: number[][] | number[], digits = 6): void => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => {
    if (Array.isArray(v)) close(v, b[i] as number[], digits);
    else if (!Number.isFinite(b[i] as number)) expect(v).toBe(b[i]);
    else expect(v).toBeCloseTo(b[i] as number, digits);
  });
};

describe('markovChain', () => {
  it("matches giddy's test_markov on US state income quintiles 1929–2009", () => {
    const m = markovChain(q5());
    expect(m.counts).toEqual([
      [729, 71, 1, 0, 0],
      [72, 567, 80, 3, 0],
      [0, 81, 631, 86, 2],
      [0, 3, 86, 573, 56],
      [0, 0, 1, 57, 741],
    ]);
    close(m.probabilities, [
      [0.91011236, 0.0886392, 0.00124844, 0, 0],
      [0.09972299, 0.78531856, 0.11080332, 0.00415512, 0],
      [0, 0.10125, 0.78875, 0.1075, 0.0025],
      [0, 0.00417827, 0.11977716, 0.79805014, 0.07799443],
      [0, 0, 0.00125156, 0.07133917, 0.92740926],
    ]);
    close(m.steadyState!, [0.20774716, 0.18725774, 0.20740537, 0.18821787, 0.20937187]);
    close(m.meanFirstPassage!, [
      [4.81354357, 11.50292712, 29.60921231, 53.38594954, 103.59816743],
      [42.04774505, 5.34023324, 18.74455332, 42.50023268, 92.71316899],
      [69.25849753, 27.21075248, 4.82147603, 25.27184624, 75.43305672],
      [84.90689329, 42.85914824, 17.18082642, 5.31299186, 51.60953369],
      [98.41295543, 56.36521038, 30.66046735, 14.21158356, 4.77619083],
    ], 5);
    close(m.sojournTime, [11.125, 4.65806452, 4.73372781, 4.95172414, 13.77586207]);
    expect(m.irreducible).toBe(true);
    expect(m.warnings).toEqual([]);
    m.meanFirstPassage!.forEach((row, j) => expect(row[j]).toBeCloseTo(1 / m.steadyState![j]!, 10));
  });

  it('reports the reducible two-year chain instead of a steady state (giddy: two closed classes)', () => {
    const seen: string[] = [];
    const before = setWarningHandler((w) => seen.push(w.message));
    try {
      const m = markovChain(q5().map((r) => r.slice(0, 2)));
      expect(m.counts).toEqual([[10, 0, 0, 0, 0], [0, 8, 1, 0, 0], [0, 1, 9, 1, 0], [0, 0, 0, 8, 0], [0, 0, 0, 1, 9]]);
      close(m.sojournTime, [Infinity, 9, 5.5, Infinity, 10]);
      expect(m.steadyState).toBeNull();
      expect(m.meanFirstPassage).toBeNull();
      expect(m.irreducible).toBe(false);
      // giddy's steady_state_general gives [1,0,0,0,0] and [0,0,0,1,0]: the closed classes {0} and {3}
      expect(m.closedClasses).toEqual([[0], [3]]);
      expect(m.transientClasses).toEqual([1, 2, 4]);
      expect(m.warnings.map((w) => w.code)).toEqual(['reducible-chain']);
    } finally {
      setWarningHandler(before);
    }
    expect(seen[0]).toMatch(/closed classes \{0\}, \{3\}/);
  });

  it("gives giddy's test_ergodic steady state and first passage times for a 3-state chain", () => {
    // P = [[.5,.25,.25],[.5,0,.5],[.25,.25,.5]] as four two-year transitions from each class
    const seqs = [[0, 0], [0, 0], [0, 1], [0, 2], [1, 0], [1, 0], [1, 2], [1, 2], [2, 0], [2, 1], [2, 2], [2, 2]];
    const m = markovChain(seqs);
    close(m.probabilities, [[0.5, 0.25, 0.25], [0.5, 0, 0.5], [0.25, 0.25, 0.5]], 12);
    close(m.steadyState!, [0.4, 0.2, 0.4], 12);
    close(m.meanFirstPassage!, [[2.5, 4, 3.33333333], [2.66666667, 5, 2.66666667], [3.33333333, 4, 2.5]], 7);
  });

  it('rows of the transition matrix sum to 1 (or 0 for a never-left class)', () => {
    const before = setWarningHandler(() => {});
    try {
      fc.assert(
        fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 10 }), (s) => {
          const m = markovChain(s, { k: 4 });
          m.probabilities.forEach((row, i) => {
            const total = row.reduce((a, b) => a + b, 0);
            expect(total).toBeCloseTo(m.counts[i]!.some((c) => c > 0) ? 1 : 0, 12);
          });
          if (m.steadyState) expect(m.steadyState.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
        }),
      );
    } finally {
      setWarningHandler(before);
    }
  });

  it('refuses bad input', () => {
    expect(() => markovChain([])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => markovChain([[0, 1], [0]])).toThrow(expect.objectContaining({ code: 'length-mismatch', index: 1 }));
    expect(() => markovChain([[0, 1.5]])).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => markovChain([[0, 4]], { k: 3 })).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => markovChain([[0]])).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
