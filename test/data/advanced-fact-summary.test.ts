import { describe, expect, it } from 'vitest';
import { advancedIndustryFactSummary } from '../../src/data/advanced-fact-summary.js';
import { advancedIndustryFacts } from '../../src/data/facts.js';

describe('advancedIndustryFactSummary', () => {
  it('counts the bundled figures as the report states them (28 points, 5 denominators)', () => {
    const s = advancedIndustryFactSummary(advancedIndustryFacts());
    expect(s.points).toBe(28);
    expect(s.byAggregate).toEqual({ 'advanced-manufacturing': 14, 'high-tech-manufacturing': 6, 'modern-services': 8 });
    expect(s.shares).toBe(16); // 9 + 4 + 3
    expect(s.denominators).toEqual(['all-industry', 'industry-unspecified', 'above-scale-industry', 'gdp', 'tertiary']);
    expect(s.unusable).toBe(4); // CB05 ×2, CB36 ×2
    expect(s.places).toEqual(['广东', '广州', '东莞', '深圳', '珠海', '湛江']);
  });
  it('is all zeros for no facts', () => {
    expect(advancedIndustryFactSummary([])).toEqual({ points: 0, byAggregate: { 'advanced-manufacturing': 0, 'high-tech-manufacturing': 0, 'modern-services': 0 }, places: [], shares: 0, denominators: [], unusable: 0 });
  });
});
