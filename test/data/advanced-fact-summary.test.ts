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
    expect(s.sources.map((x) => x.id)).toEqual(['CB40', 'T18', 'CB16', 'CB05', 'CB36', 'T21', 'CB13', 'CB17', 'CB41', 'CB07', 'T19', 'CB04', 'CB01', 'CB37', 'CB18']);
    expect(s.sources.find((x) => x.id === 'CB41')).toMatchObject({ url: 'https://tjj.sz.gov.cn/zwgk/zfxxgkml/tjsj/tjgb/content/post_3085063.html', grade: 'statistics-bulletin' });
  });
  it('is all zeros for no facts', () => {
    expect(advancedIndustryFactSummary([])).toEqual({ points: 0, byAggregate: { 'advanced-manufacturing': 0, 'high-tech-manufacturing': 0, 'modern-services': 0 }, places: [], shares: 0, denominators: [], unusable: 0, sources: [] });
  });
});
