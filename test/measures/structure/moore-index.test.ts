import { describe, expect, it } from 'vitest';
import { mooreAngle, mooreIndex } from '../../../src/measures/structure/moore-index.js';
import { MeasureError } from '../../../src/core/errors.js';
import { structureCase } from './fixture.js';

describe('mooreIndex', () => {
  const c = structureCase('mooreIndex');
  const from = c.input.from as number[];
  const to = c.input.to as number[];
  it('matches the fixture cosine 0.9836443734', () => {
    expect(mooreIndex(from, to)).toBeCloseTo(c.expected as number, 10);
  });
  it('matches the fixture angle 10.3768°', () => {
    expect(mooreAngle(from, to)).toBeCloseTo(c.angleDegrees!, 4);
  });
  it('is 1 (angle 0) without change and 0 (angle 90°) for disjoint compositions', () => {
    expect(mooreIndex([0.2, 0.8], [2, 8])).toBeCloseTo(1, 14);
    expect(mooreAngle([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(mooreIndex([1, 0], [0, 1])).toBe(0);
    expect(mooreAngle([1, 0], [0, 1])).toBeCloseTo(90, 12);
  });
  it('refuses all-zero vectors and mismatched lengths', () => {
    expect(() => mooreIndex([0, 0], [1, 1])).toThrowError(/argument "fromShares"/);
    expect(() => mooreIndex([1], [1, 1])).toThrow(MeasureError);
  });
});
