import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { herfindahl } from '../../../src/measures/specialization/herfindahl.js';
import { cases } from '../inequality/laender.js';

describe('herfindahl', () => {
  it('matches the published example, standardised 0.12 and equivalent number 2.941176', () => {
    const c = cases('herfindahl')[0]!;
    const v = Object.freeze(c.input.values);
    expect(herfindahl(v)).toBeCloseTo(c.expected, 14);
    expect(herfindahl(v, { normalized: true })).toBeCloseTo(0.12, 14);
    expect(1 / herfindahl(v)).toBeCloseTo(2.941176, 6);
  });

  it('lies in [1/n, 1] and is scale-free', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 20 }), (v) => {
        const h = herfindahl(v);
        expect(h).toBeGreaterThanOrEqual(1 / v.length - 1e-12);
        expect(h).toBeLessThanOrEqual(1 + 1e-12);
        expect(herfindahl(v.map((x) => x * 3))).toBeCloseTo(h, 12);
      }),
    );
  });

  it('is 1 for one unit and refuses the standardised index for one unit', () => {
    expect(herfindahl([7])).toBe(1);
    expect(() => herfindahl([7], { normalized: true })).toThrow(expect.objectContaining({ code: 'degenerate' }));
    expect(() => herfindahl([])).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
