import { describe, expect, it } from 'vitest';
import { advancedStructureTS } from '../../../src/measures/structure/advanced-structure-ts.js';
import { MeasureError } from '../../../src/core/errors.js';
import { structureCase } from './fixture.js';

describe('advancedStructureTS', () => {
  it('matches the fixture: tertiary 50 over secondary 45 is 1.1111111111', () => {
    const c = structureCase('advancedStructureTS');
    expect(advancedStructureTS(c.input.secondary as number, c.input.tertiary as number)).toBeCloseTo(c.expected as number, 10);
  });
  it('gives 广州 2010 TS from its published shares (61.01 / 37.24)', () => {
    expect(advancedStructureTS(37.24, 61.01)).toBeCloseTo(1.638292159, 9);
  });
  it('is the same for levels and shares', () => {
    expect(advancedStructureTS(4500, 5000)).toBeCloseTo(advancedStructureTS(0.45, 0.5), 14);
  });
  it('refuses a zero secondary sector and a negative tertiary one', () => {
    expect(() => advancedStructureTS(0, 1)).toThrowError(/argument "secondary"/);
    expect(() => advancedStructureTS(1, -1)).toThrow(MeasureError);
  });
});
