import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  atkinson, coefficientOfVariation, gini, theilDecompose, theilL, theilT, williamson,
} from '../../../src/measures/inequality/index.js';
import { herfindahl, hoover } from '../../../src/measures/specialization/index.js';
import { convergenceSpeed, sigmaConvergence } from '../../../src/measures/convergence/index.js';
import { fisherFUpperTail } from '../../../src/measures/convergence/distributions.js';
import { eastWest, gdp, perCapita as y, population as p } from './laender.js';

// ---- The other tools' conventions, re-implemented from their documented formulas ----
const mean = (x: readonly number[]) => x.reduce((a, b) => a + b, 0) / x.length;
/** REAT theil(x): mean(log(mean(x)/x)), i.e. unweighted Theil L. */
const reatTheil = (x: readonly number[]) => mean(x.map((v) => Math.log(mean(x) / v)));
/** PySAL Theil(y): Σ s_i ln(N s_i), s_i = y_i/Σy (unweighted T). */
const pysalTheil = (x: readonly number[]) => {
  const t = x.reduce((a, b) => a + b, 0);
  return x.reduce((s, v) => s + (v / t) * Math.log((x.length * v) / t), 0);
};
/** PySAL TheilD between component: Σ_g s_g ln(N s_g / n_g), unweighted. */
const pysalTheilBetween = (x: readonly number[], g: readonly string[]) => {
  const t = x.reduce((a, b) => a + b, 0);
  return [...new Set(g)].reduce((s, lab) => {
    const xs = x.filter((_, i) => g[i] === lab);
    const sg = xs.reduce((a, b) => a + b, 0) / t;
    return s + sg * Math.log((x.length * sg) / xs.length);
  }, 0);
};
/** REAT gini(x, weighting = w): x sorted, weights left in input order (Dörsam 2004 p. 46–48 as coded). */
const reatGiniWeighted = (x: readonly number[], w: readonly number[]) => {
  const xs = [...x].sort((a, b) => a - b);
  const W = w.reduce((a, b) => a + b, 0);
  const tot = xs.reduce((s, v, i) => s + v * w[i]!, 0);
  let cum = 0;
  let prev = 0;
  let G = 1;
  xs.forEach((v, i) => {
    cum += (v * w[i]!) / tot;
    G -= (prev + cum) * (w[i]! / W);
    prev = cum;
  });
  return G;
};
const sampleCv = (x: readonly number[]) => Math.sqrt(x.reduce((s, v) => s + (v - mean(x)) ** 2, 0) / (x.length - 1)) / mean(x);
/**
 * REAT williamson() as its 3.0.x source reads: cv(x, is.sample = FALSE, weighting = w/Σw,
 * wmean = FALSE), i.e. the weighted SD about the unweighted mean(x), divided by
 * mean2(x, weighting = w), the population-weighted mean.
 */
const reatWilliamsonSource = (x: readonly number[], w: readonly number[]) => {
  const W = w.reduce((a, b) => a + b, 0);
  const m = mean(x);
  const wm = x.reduce((s, v, i) => s + (w[i]! / W) * v, 0);
  return Math.sqrt(x.reduce((s, v, i) => s + (w[i]! / W) * (v - m) ** 2, 0)) / wm;
};
const beta = -0.043545365573040715;
const periods = [[1, 2, 4, 8, 3], [3, 4, 5, 7, 5]];
const sg = sigmaConvergence(periods);

/** check id → [ours, REAT, PySAL] (null = "—"). */
const expected: Record<string, [number, number | null, number | null]> = {
  theilT: [theilT(y, p), reatTheil(y), pysalTheil(y)],
  theilL: [theilL(y, p), reatTheil(y), null],
  theilBetween: [theilDecompose(y, eastWest, { weights: p }).between, null, pysalTheilBetween(y, eastWest)],
  gini: [gini(y), gini(y), gini(y)],
  giniCorrected: [gini(y, { corrected: true }), (gini(y) * y.length) / (y.length - 1), null],
  giniWeighted: [gini(y, { weights: p }), reatGiniWeighted(y, p), null],
  cv: [coefficientOfVariation(y), sampleCv(y), null],
  williamson: [williamson(y, p), williamson(y, p, { mean: 'unweighted' }), null],
  williamsonReatSource: [williamson(y, p), reatWilliamsonSource(y, p), null],
  atkinson1: [atkinson(y, 1, p), atkinson(y, 1), atkinson(y, 1)],
  hoover: [hoover(gdp, p), hoover(gdp, p), null],
  herfindahl: [herfindahl(gdp), herfindahl(gdp), null],
  speed: [convergenceSpeed(beta, 10).speed!, -Math.log(1 + beta) / 10, null],
  sigmaRatio: [sg.ratio, Math.sqrt(sg.ratio), null],
  sigmaP: [sg.p, 2 * Math.min(fisherFUpperTail(sg.f, 4, 4), 1 - fisherFUpperTail(sg.f, 4, 4)), null],
};

const doc = readFileSync(fileURLToPath(new URL('../../../docs/conventions.md', import.meta.url)), 'utf8');
const rows = doc
  .split('\n')
  .filter((l) => /^\| `\w+`/.test(l))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));

describe('docs/conventions.md', () => {
  it('has a row for every checked convention and no unchecked row', () => {
    const ids = rows.map((r) => /`(\w+)`/.exec(r[0]!)![1]!);
    expect(ids.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('row %s: every number matches the recomputed value to 6 significant digits', (id) => {
    const row = rows.find((r) => /`(\w+)`/.exec(r[0]!)![1] === id)!;
    const [ours, reat, pysal] = expected[id]!;
    const cells = [row[3]!, row[5]!, row[7]!];
    [ours, reat, pysal].forEach((want, k) => {
      if (want === null) {
        expect(cells[k]).toBe('—');
      } else {
        const got = Number(cells[k]);
        expect(Number.isFinite(got), `${id} column ${k}: "${cells[k]}"`).toBe(true);
        expect(Math.abs(got - want) / Math.abs(want), `${id} column ${k}: doc ${got} vs computed ${want}`).toBeLessThan(5e-6);
      }
    });
  });

  it('the REAT-labelled Williamson value equals the published fixture', async () => {
    const { expected: fx } = await import('./laender.js');
    expect(williamson(y, p, { mean: 'unweighted' })).toBeCloseTo(fx.williamson_unweightedMean_REATdefault!, 10);
  });

  it("REAT's williamson() as its source reads equals williamson(…, { mean: 'unweighted' })", () => {
    // x = [1, 3], w = [1, 3]: unweighted mean 2, weighted mean 2.5, weighted SD about 2 is 1.
    expect(reatWilliamsonSource([1, 3], [1, 3])).toBeCloseTo(0.4, 15);
    expect(williamson([1, 3], [1, 3], { mean: 'unweighted' })).toBeCloseTo(0.4, 15);
    expect(reatWilliamsonSource(y, p)).toBeCloseTo(williamson(y, p, { mean: 'unweighted' }), 14);
    expect(reatWilliamsonSource(y, p)).toBeCloseTo(0.190902, 6);
  });
});
