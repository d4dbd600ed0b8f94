import { describe, expect, it } from 'vitest';
import { shorrocksMobility } from '../../../src/measures/spatial/shorrocks-mobility.js';
import { kendallTau } from '../../../src/measures/spatial/kendall-tau.js';
import { markovChain } from '../../../src/measures/spatial/markov-chain.js';
import { quantileClasses } from '../../../src/measures/spatial/quantile-classes.js';
import { usIncome } from './fixtures.js';

describe('shorrocksMobility', () => {
  it("matches giddy's test_mobility (US income quintile chain, measure 'P')", () => {
    const { pci } = usIncome();
    const T = pci[0]!.length;
    const byYear = Array.from({ length: T }, (_, t) => quantileClasses(pci.map((r) => r[t]!), 5));
    const m = markovChain(pci.map((_, u) => byYear.map((c) => c[u]!)));
    expect(shorrocksMobility(m.probabilities)).toBeCloseTo(0.19758992000997844, 10);
  });
  it('is 0 for the identity and k/(k − 1) for an empty diagonal', () => {
    expect(shorrocksMobility([[1, 0], [0, 1]])).toBe(0);
    expect(shorrocksMobility([[0, 1], [1, 0]])).toBe(2);
    expect(shorrocksMobility([[0, 0.5, 0.5], [0.5, 0, 0.5], [0.5, 0.5, 0]])).toBe(1.5);
    expect(shorrocksMobility([[0.9, 0.1], [0.2, 0.8]])).toBeCloseTo(0.3, 15);
    expect(() => shorrocksMobility([[1]])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => shorrocksMobility([[1, 0], [0]])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => shorrocksMobility([[1.5, 0], [0, 1]])).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
  });
});

describe('kendallTau', () => {
  it("matches giddy's test_rank TestTau", () => {
    const kt = kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]);
    expect(kt.tau).toBeCloseTo(-0.47140452079103173, 12);
    // giddy's p (0.24821309157521476) uses Numerical Recipes' erfcc (relative error < 1.2e-7);
    // ours is the exact erfc: scipy special.erfc gives 0.24821307898992362.
    expect(Math.abs(kt.pValue / 0.24821309157521476 - 1)).toBeLessThan(1.2e-7);
    expect(kt.pValue).toBeCloseTo(0.24821307898992362, 13);
    const x1 = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1];
    const x2 = [1, 4, 7, 1, 1, 3, 1, 6, 7, 7, 3, 6, 2, 7, 2, 8];
    expect(kendallTau(x1, x2).tau).toBe(kendallTau(x2, x1).tau);
    expect(kendallTau(x1, x2).tau).toBeCloseTo(0.15494494670022804, 12);
  });
  it('is 1 for identical rankings and −1 for reversed ones', () => {
    expect(kendallTau([1, 2, 3, 4], [10, 20, 30, 40]).tau).toBe(1);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1]).tau).toBe(-1);
    expect(() => kendallTau([1, 1], [1, 2])).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => kendallTau([1, 2], [1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });
});
