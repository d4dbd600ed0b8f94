import { describe, expect, it } from 'vitest';
import { sigmaConvergence } from '../../../src/measures/convergence/sigma.js';

// Reference values from NumPy/SciPy 1.17.1: np.std(np.log(p)), np.std(p)/np.mean(p),
// var(ddof=1) ratio, scipy.stats.f.sf(f, n1 − 1, n2 − 1), linregress(t, sdLog).slope.
const periods = Object.freeze([Object.freeze([1, 2, 4, 8, 3]), Object.freeze([2, 3, 5, 8, 4]), Object.freeze([3, 4, 5, 7, 5])]);

describe('sigmaConvergence', () => {
  it('reports SD of logs and CV per period, the first/last F-test and the trend', () => {
    const r = sigmaConvergence(periods);
    const sd = [0.6935473506962151, 0.46746700482441467, 0.28012449560474306];
    const cv = [0.6712803318663652, 0.4679831882266818, 0.27638539919628335];
    r.sdLog.forEach((s, i) => expect(s).toBeCloseTo(sd[i]!, 13));
    r.cv.forEach((c, i) => expect(c).toBeCloseTo(cv[i]!, 13));
    expect(r.f).toBeCloseTo(6.129852989635615, 11);
    expect(r.ratio).toBeCloseTo(r.f, 12); // same n in both periods
    expect(r.df).toEqual([4, 4]);
    expect(r.p).toBeCloseTo(0.05349660295643079, 12);
    expect(r.trend).toBeCloseTo(-0.206711427545736, 12);
  });

  it('allows periods of different sizes (F uses unbiased variances, ratio population ones)', () => {
    const r = sigmaConvergence([[1, 2, 4, 8, 3, 6], [3, 4, 5, 7]]);
    expect(r.f).toBeCloseTo(4.466181096938906, 11);
    expect(r.df).toEqual([5, 3]);
    expect(r.p).toBeCloseTo(0.12395033746248374, 11);
    expect(r.ratio).toBeCloseTo(4.962423441043229, 11);
  });

  it('uses the given times for the trend slope', () => {
    const r = sigmaConvergence(periods, { times: [2000, 2005, 2010] });
    expect(r.trend).toBeCloseTo(-0.206711427545736 / 5, 12);
  });

  it('refuses one period, tiny periods, zeros, NaN (naming period and index) and a constant last period', () => {
    expect(() => sigmaConvergence([[1, 2]])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => sigmaConvergence([[1, 2], [3]])).toThrow(expect.objectContaining({ code: 'degenerate', argument: 'periods[1]' }));
    expect(() => sigmaConvergence([[1, 2], [3, 0]])).toThrow(expect.objectContaining({ code: 'out-of-domain', argument: 'periods[1]', index: 1 }));
    expect(() => sigmaConvergence([[1, Number.NaN], [3, 4]])).toThrow(expect.objectContaining({ code: 'not-finite', argument: 'periods[0]', index: 1 }));
    expect(() => sigmaConvergence([[1, 2], [3, 3]])).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => sigmaConvergence([[1, 2], [3, 4]], { times: [1] })).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });

  it('is unchanged by rescaling every value (SD of logs, CV)', () => {
    const a = sigmaConvergence(periods);
    const b = sigmaConvergence(periods.map((p) => p.map((v) => v * 1000)));
    b.sdLog.forEach((s, i) => expect(s).toBeCloseTo(a.sdLog[i]!, 12));
    expect(b.p).toBeCloseTo(a.p, 12);
  });
});
