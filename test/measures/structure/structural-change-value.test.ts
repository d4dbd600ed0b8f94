import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { structuralChangeValue } from '../../../src/measures/structure/structural-change-value.js';
import { MeasureError } from '../../../src/core/errors.js';
import { structureCase } from './fixture.js';

describe('structuralChangeValue', () => {
  it('matches the fixture: 0.10 of output reallocated', () => {
    const c = structureCase('structuralChangeValue');
    expect(structuralChangeValue(c.input.from as number[], c.input.to as number[])).toBeCloseTo(c.expected as number, 12);
  });
  it('is 0 without change and 1 for a complete reallocation', () => {
    expect(structuralChangeValue([0.3, 0.7], [0.3, 0.7])).toBe(0);
    expect(structuralChangeValue([1, 0], [0, 1])).toBe(1);
  });
  it('refuses mismatched lengths', () => {
    expect(() => structuralChangeValue([0.5, 0.5], [1])).toThrow(MeasureError);
  });
  it('is symmetric and at most 1 between share vectors', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 8 }), (pairs) => {
        const ta = pairs.reduce((s, p) => s + p[0], 0);
        const tb = pairs.reduce((s, p) => s + p[1], 0);
        fc.pre(ta > 1e-6 && tb > 1e-6);
        const a = pairs.map((p) => p[0] / ta);
        const b = pairs.map((p) => p[1] / tb);
        expect(structuralChangeValue(a, b)).toBeCloseTo(structuralChangeValue(b, a), 14);
        expect(structuralChangeValue(a, b)).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
