import { describe, expect, it } from 'vitest';
import { hoover } from '../../../src/measures/specialization/hoover.js';
import { expected, gdp, population } from '../inequality/laender.js';

describe('hoover', () => {
  it('reproduces the German Länder 2015 GDP-vs-population index (REAT hoover example)', () => {
    expect(hoover(gdp, population)).toBeCloseTo(expected.hoover_gdp_vs_population!, 10);
  });

  it('is the share of A to move for A to match B', () => {
    expect(hoover([1, 3], [1, 1])).toBe(0.25);
    expect(hoover([5, 5], [1, 1])).toBe(0);
    expect(hoover([1, 0], [0, 1])).toBe(1);
  });

  it('refuses NaN with its index and negative values', () => {
    expect(() => hoover([1, Number.NaN], [1, 1])).toThrow(expect.objectContaining({ argument: 'shareA', index: 1 }));
    expect(() => hoover([1, 2], [1, -1])).toThrow(expect.objectContaining({ code: 'out-of-domain', argument: 'shareB' }));
  });
});
