import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { structureLevelH } from '../../../src/measures/structure/structure-level-h.js';
import { MeasureError } from '../../../src/core/errors.js';
import { structureCase } from './fixture.js';

describe('structureLevelH', () => {
  it('matches the fixture: shares 0.05/0.45/0.50 give 2.45', () => {
    const c = structureCase('structureLevelH');
    expect(structureLevelH(c.input.shares as number[])).toBeCloseTo(c.expected as number, 12);
  });
  it('is 1 for an all-primary and 3 for an all-tertiary economy', () => {
    expect(structureLevelH([1, 0, 0])).toBe(1);
    expect(structureLevelH([0, 0, 1])).toBe(3);
  });
  it('accepts rounded published shares (广州 2010: 1.75/37.24/61.01 %)', () => {
    expect(structureLevelH([0.0175, 0.3724, 0.6101])).toBeCloseTo(0.0175 + 2 * 0.3724 + 3 * 0.6101, 12);
  });
  it('refuses percentages and explains the fix', () => {
    expect(() => structureLevelH([5, 45, 50])).toThrowError(/divide percentages by 100/);
    expect(() => structureLevelH([0.5, -0.1, 0.6])).toThrow(MeasureError);
  });
  it('lies between 1 and n for any composition', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), (raw) => {
        const t = raw[0]! + raw[1]! + raw[2]!;
        fc.pre(t > 1e-6);
        const h = structureLevelH(raw.map((x) => x / t));
        expect(h).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(h).toBeLessThanOrEqual(3 + 1e-12);
      }),
    );
  });
});
