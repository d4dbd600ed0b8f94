import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { growthGap } from '../../../src/measures/growth/growth-gap.js';
import { perCapitaGrowth } from '../../../src/measures/growth/per-capita-growth.js';
import { MeasureError } from '../../../src/core/errors.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/growth.json', import.meta.url), 'utf8')) as {
  identity: { gdpGrowth: number; populationGrowth: number; gapPercentagePoints: number };
  guangdong2021Bulletin: { gdpGrowthPct: number; perCapitaGrowthPct: number; gapPercentagePoints: number };
};

describe('growthGap', () => {
  it('gives the fixture gap of 0.5159 pp from the identity', () => {
    const { gdpGrowth, populationGrowth, gapPercentagePoints } = fixture.identity;
    expect(growthGap(gdpGrowth, perCapitaGrowth(gdpGrowth, populationGrowth))).toBeCloseTo(gapPercentagePoints, 4);
  });
  it('reproduces the Guangdong 2021 bulletin gap: 8.0 % vs 7.1 % is 0.9 pp', () => {
    const b = fixture.guangdong2021Bulletin;
    expect(growthGap(b.gdpGrowthPct / 100, b.perCapitaGrowthPct / 100)).toBeCloseTo(b.gapPercentagePoints, 12);
  });
  it('reproduces the official 2010 provincial gap: 12.5 % vs 9.5 % is 3.0 pp', () => {
    expect(growthGap(0.125, 0.095)).toBeCloseTo(3.0, 12);
  });
  it('is negative when per-capita growth exceeds GDP growth (shrinking population)', () => {
    expect(growthGap(0.05, perCapitaGrowth(0.05, -0.01))).toBeLessThan(0);
  });
  it('refuses non-finite input', () => {
    expect(() => growthGap(Number.NaN, 0.1)).toThrow(MeasureError);
  });
});
