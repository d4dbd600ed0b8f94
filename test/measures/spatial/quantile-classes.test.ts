import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileBreaks } from '../../../src/measures/spatial/quantile-breaks.js';
import { quantileClasses } from '../../../src/measures/spatial/quantile-classes.js';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { usIncome } from './fixtures.js';

describe('quantileBreaks / quantileClasses', () => {
  it('use numpy linear percentiles and right-closed classes', () => {
    expect(quantileBreaks([1, 2, 3, 4, 5], 4)).toEqual([2, 3, 4, 5]);
    expect(quantileBreaks([1, 2, 3, 4], 4)).toEqual([1.75, 2.5, 3.25, 4]);
    expect(quantileClasses([5, 1, 4, 2, 3], 5)).toEqual([4, 0, 3, 1, 2]);
    // a value equal to a bound falls in the lower class (x ≤ upper bound)
    expect(quantileClasses([1, 2, 3, 4, 5], 4)).toEqual([0, 0, 1, 2, 3]);
  });

  it("reproduces giddy's pooled quintile cut-offs of relative US state incomes 1929–2009", () => {
    const { pci } = usIncome();
    const T = pci[0]!.length;
    const means = Array.from({ length: T }, (_, t) => pci.reduce((s, r) => s + r[t]!, 0) / pci.length);
    const rpci = pci.flatMap((r) => r.map((v, t) => v / means[t]!));
    // giddy Spatial_Markov docstring: sm.cutoffs (the last bound, the maximum, is dropped there)
    const b = quantileBreaks(rpci, 5);
    [0.83999133, 0.94707545, 1.03242697, 1.14911154].forEach((c, i) => expect(b[i]).toBeCloseTo(c, 8));
    expect(b[4]).toBe(Math.max(...rpci));
  });

  it('puts about n/k values in each class and records a warning on ties', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 10, maxLength: 200 }), fc.integer({ min: 2, max: 7 }), (v, k) => {
        const before = setWarningHandler(() => {});
        try {
          const c = quantileClasses(v, k);
          const b = quantileBreaks(v, k);
          c.forEach((cls, i) => {
            expect(v[i]!).toBeLessThanOrEqual(b[cls]!);
            if (cls > 0) expect(v[i]!).toBeGreaterThan(b[cls - 1]!);
          });
        } finally {
          setWarningHandler(before);
        }
      }),
    );
    const seen: string[] = [];
    const before = setWarningHandler((w) => seen.push(w.code));
    try {
      expect(quantileClasses([1, 1, 1, 1, 2], 4)).toEqual([0, 0, 0, 0, 1]);
    } finally {
      setWarningHandler(before);
    }
    expect(seen).toEqual(['quantile-ties']);
  });

  it('refuses bad input', () => {
    expect(() => quantileBreaks([], 3)).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => quantileBreaks([1, 2], 0)).toThrow(expect.objectContaining({ argument: 'k' }));
    expect(() => quantileClasses([1, Number.NaN], 2)).toThrow(expect.objectContaining({ code: 'not-finite', index: 1 }));
  });
});
