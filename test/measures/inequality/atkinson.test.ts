import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atkinson } from '../../../src/measures/inequality/atkinson.js';
import { cases } from './laender.js';

describe('atkinson', () => {
  it('matches the REAT-documented examples for ε = 0.5 and ε = 1', () => {
    for (const c of cases('atkinson')) expect(atkinson(Object.freeze(c.input.values), c.input.epsilon!)).toBeCloseTo(c.expected, 8);
  });

  it('is 1 − geometric/arithmetic mean at ε = 1 and 1 − harmonic/arithmetic mean at ε = 2', () => {
    expect(atkinson([1, 4], 1)).toBeCloseTo(1 - 2 / 2.5, 14);
    expect(atkinson([1, 4], 2)).toBeCloseTo(1 - 1.6 / 2.5, 14);
  });

  it('with integer weights equals replication, and ignores scale', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 4, noNaN: true }), (v, e) => {
        expect(atkinson(v, e, v.map(() => 2))).toBeCloseTo(atkinson([...v, ...v], e), 9);
        expect(atkinson(v.map((x) => x * 7), e)).toBeCloseTo(atkinson(v, e), 9);
        const a = atkinson(v, e);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThan(1);
      }),
    );
  });

  it('allows zeros for ε < 1, refuses them for ε ≥ 1, and refuses ε < 0', () => {
    expect(atkinson([0, 4], 0.5)).toBeCloseTo(1 - (0.5 * Math.sqrt(2)) ** 2, 14);
    expect(() => atkinson([0, 4], 1)).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 0 }));
    expect(() => atkinson([1, 4], -1)).toThrow(expect.objectContaining({ argument: 'epsilon' }));
    expect(atkinson([3, 3], 2)).toBe(0);
    expect(atkinson([3, 9], 0)).toBe(0);
  });
});
