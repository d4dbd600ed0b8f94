import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { share, shares } from '../../../src/measures/structure/share.js';
import { sum } from '../../../src/core/validate.js';
import { MeasureError } from '../../../src/core/errors.js';

describe('share', () => {
  it('divides a part by its total', () => {
    expect(share(45, 100)).toBe(0.45);
    expect(share(10748.2828 * 0.3724, 10748.2828)).toBeCloseTo(0.3724, 14);
  });
  it('refuses a zero or negative total and non-finite input', () => {
    expect(() => share(1, 0)).toThrowError(/share: argument "total"/);
    expect(() => share(Number.NaN, 1)).toThrow(MeasureError);
  });
});

describe('shares', () => {
  it('turns sector value added into shares of the total', () => {
    expect(shares([5, 45, 50])).toEqual([0.05, 0.45, 0.5]);
  });
  it('refuses negative parts, all-zero parts and empty input', () => {
    expect(() => shares([1, -1])).toThrowError(/index 1/);
    expect(() => shares([0, 0])).toThrow(MeasureError);
    expect(() => shares([])).toThrow(MeasureError);
  });
  it('does not modify its input', () => {
    const parts = Object.freeze([3, 4, 5]);
    shares(parts);
    expect(parts).toEqual([3, 4, 5]);
  });
  it('gives shares of any partition that sum to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }), (parts) => {
        fc.pre(sum(parts) > 0);
        expect(sum(shares(parts))).toBeCloseTo(1, 12);
      }),
    );
  });
});
