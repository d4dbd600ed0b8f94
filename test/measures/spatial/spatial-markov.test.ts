import { describe, expect, it } from 'vitest';
import { spatialMarkov } from '../../../src/measures/spatial/spatial-markov.js';
import { weightsFromNeighbors } from '../../../src/measures/spatial/weights-from-neighbors.js';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { readGal, usIncome } from './fixtures.js';

type Nested = number | Nested[];
const close = (a: Nested[], b: Nested[], digits = 6): void => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => (Array.isArray(v) ? close(v, b[i] as Nested[], digits) : expect(v).toBeCloseTo(b[i] as number, digits)));
};

describe('spatialMarkov', () => {
  const { pci } = usIncome();
  const w = weightsFromNeighbors(readGal('states48.gal'));
  const sm = spatialMarkov(pci, w, { k: 5, relative: true });

  it("matches giddy's Spatial_Markov (fixed=True, k = m = 5) on relative US state incomes 1929–2009", () => {
    close(sm.cutoffs, [0.83999133, 0.94707545, 1.03242697, 1.14911154], 7);
    close(sm.lagCutoffs, [0.88973386, 0.95891917, 1.01469758, 1.1183566], 7);
    close(sm.conditional.map((c) => c.probabilities), [
      [[0.96341463, 0.0304878, 0.00609756, 0, 0], [0.06040268, 0.83221477, 0.10738255, 0, 0], [0, 0.14, 0.74, 0.12, 0], [0, 0.03571429, 0.32142857, 0.57142857, 0.07142857], [0, 0, 0, 0.16666667, 0.83333333]],
      [[0.79831933, 0.16806723, 0.03361345, 0, 0], [0.0754717, 0.88207547, 0.04245283, 0, 0], [0.00537634, 0.06989247, 0.8655914, 0.05913978, 0], [0, 0, 0.06372549, 0.90196078, 0.03431373], [0, 0, 0, 0.19444444, 0.80555556]],
      [[0.84693878, 0.15306122, 0, 0, 0], [0.08133971, 0.78947368, 0.1291866, 0, 0], [0.00518135, 0.0984456, 0.79274611, 0.0984456, 0.00518135], [0, 0, 0.09411765, 0.87058824, 0.03529412], [0, 0, 0, 0.10204082, 0.89795918]],
      [[0.8852459, 0.09836066, 0, 0.01639344, 0], [0.03875969, 0.81395349, 0.13953488, 0, 0.00775194], [0.0049505, 0.09405941, 0.77722772, 0.11881188, 0.0049505], [0, 0.02339181, 0.12865497, 0.75438596, 0.09356725], [0, 0, 0, 0.09661836, 0.90338164]],
      [[0.33333333, 0.66666667, 0, 0, 0], [0.0483871, 0.77419355, 0.16129032, 0.01612903, 0], [0.01149425, 0.16091954, 0.74712644, 0.08045977, 0], [0, 0.01036269, 0.06217617, 0.89637306, 0.03108808], [0, 0, 0, 0.02352941, 0.97647059]],
    ]);
    close(sm.pooled.probabilities, [
      [0.91461837, 0.07503234, 0.00905563, 0.00129366, 0],
      [0.06570302, 0.82654402, 0.10512484, 0.00131406, 0.00131406],
      [0.00520833, 0.10286458, 0.79427083, 0.09505208, 0.00260417],
      [0, 0.00913838, 0.09399478, 0.84856397, 0.04830287],
      [0, 0, 0, 0.06217617, 0.93782383],
    ]);
    close(sm.conditional.map((c) => c.steadyState!), [
      [0.43509425, 0.2635327, 0.20363044, 0.06841983, 0.02932278],
      [0.13391287, 0.33993305, 0.25153036, 0.23343016, 0.04119356],
      [0.12124869, 0.21137444, 0.2635101, 0.29013417, 0.1137326],
      [0.0776413, 0.19748806, 0.25352636, 0.22480415, 0.24654013],
      [0.01776781, 0.19964349, 0.19009833, 0.25524697, 0.3372434],
    ]);
    close(sm.conditional[0]!.meanFirstPassage!, [
      [2.29835259, 28.95614035, 46.14285714, 80.80952381, 279.42857143],
      [33.86549708, 3.79459555, 22.57142857, 57.23809524, 255.85714286],
      [43.60233918, 9.73684211, 4.91085714, 34.66666667, 233.28571429],
      [46.62865497, 12.76315789, 6.25714286, 14.61564626, 198.61904762],
      [52.62865497, 18.76315789, 12.25714286, 6, 34.1031746],
    ], 5);
  });

  it("gives giddy's homogeneity tests (LR 170.659, Q 200.624, dof 60)", () => {
    expect(sm.homogeneity.LR).toBeCloseTo(170.659, 3);
    expect(sm.homogeneity.Q).toBeCloseTo(200.624, 3);
    expect(sm.homogeneity.dof).toBe(60);
    expect(sm.homogeneity.LRPValue).toBeLessThan(0.0005);
    expect(sm.homogeneity.QPValue).toBeLessThan(0.0005);
  });

  it("k = 5, lags in quartiles would differ; with k = 4 rows still sum to 1 and counts add up to n(T − 1)", () => {
    const before = setWarningHandler(() => {});
    try {
      const s4 = spatialMarkov(pci, w, { k: 4, relative: true });
      const total = s4.conditional.reduce((s, c) => s + c.counts.flat().reduce((a, b) => a + b, 0), 0);
      expect(total).toBe(48 * 80);
      for (const c of s4.conditional) c.probabilities.forEach((r, i) => expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(c.counts[i]!.some((v) => v > 0) ? 1 : 0, 12));
    } finally {
      setWarningHandler(before);
    }
  });

  it('refuses bad input', () => {
    expect(() => spatialMarkov(pci.slice(1), w)).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => spatialMarkov(pci.map((r) => r.slice(0, 1)), w)).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => spatialMarkov(pci, w, { k: 1 })).toThrow(expect.objectContaining({ argument: 'k' }));
    expect(() => spatialMarkov(pci.map((r, i) => (i === 2 ? [...r.slice(0, -1), Number.NaN] : r)), w)).toThrow(expect.objectContaining({ code: 'not-finite', index: 2 }));
  });
});
