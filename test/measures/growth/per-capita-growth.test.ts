import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { perCapitaGrowth } from '../../../src/measures/growth/per-capita-growth.js';
import { MeasureError } from '../../../src/core/errors.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/growth.json', import.meta.url), 'utf8')) as {
  identity: { gdpGrowth: number; populationGrowth: number; perCapitaGrowth: number };
};

describe('perCapitaGrowth', () => {
  it('reproduces the fixture identity: 8 % GDP and 0.48 % population give 7.48407643 %', () => {
    const { gdpGrowth, populationGrowth, perCapitaGrowth: expected } = fixture.identity;
    expect(perCapitaGrowth(gdpGrowth, populationGrowth)).toBeCloseTo(expected, 10);
  });
  it('equals GDP growth when population is constant', () => {
    expect(perCapitaGrowth(0.125, 0)).toBe(0.125);
  });
  it('is the exact identity, not the approximation g − p', () => {
    // 10 % GDP, 10 % population → exactly 0, while g − p would also be 0; 20 % and 10 % → 1/11.
    expect(perCapitaGrowth(0.2, 0.1)).toBeCloseTo(1 / 11, 14);
  });
  it('refuses rates ≤ −1 with a hint about percent', () => {
    expect(() => perCapitaGrowth(-1, 0)).toThrowError(/divide by 100/);
    expect(() => perCapitaGrowth(0.05, -2)).toThrow(MeasureError);
    expect(() => perCapitaGrowth(Number.NaN, 0)).toThrow(MeasureError);
  });
  it('satisfies (1 + g_pc)(1 + p) = 1 + g for any rates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        (g, p) => {
          expect((1 + perCapitaGrowth(g, p)) * (1 + p)).toBeCloseTo(1 + g, 12);
        },
      ),
    );
  });
});
