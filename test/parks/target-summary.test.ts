import { describe, expect, it } from 'vitest';
import { laterParkTargets, plan2011, plan2011Outcomes, trackTargets } from '../../src/parks/plan.js';
import { targetSummary } from '../../src/parks/target-summary.js';

describe('targetSummary — the 2011 plan and the later park targets', () => {
  const later = laterParkTargets();
  it('all years: 5 met, 1 missed (tax growth 26.2 % against about 30 %), 1 without data (2012 output)', () => {
    const s = targetSummary(trackTargets(plan2011.targets, plan2011Outcomes()), trackTargets(later.targets, later.actuals));
    expect(s.all.map((t) => t.id)).toEqual(['output-2011', 'output-growth-2011', 'tax-2011', 'tax-growth-2011', 'output-2012', 'fai-2015', 'fai-2016']);
    expect(s.met.map((t) => t.id)).toEqual(['output-2011', 'output-growth-2011', 'tax-2011', 'fai-2015', 'fai-2016']);
    expect(s.missed.map((t) => [t.id, t.actual])).toEqual([['tax-growth-2011', 26.2]]);
    expect(s.unknown.map((t) => t.id)).toEqual(['output-2012']);
    expect(s.withActual).toHaveLength(6);
  });

  it('a report up to 2015 does not count the 2016 investment target', () => {
    const s = targetSummary(trackTargets(plan2011.targets, plan2011Outcomes(), { asOf: 2015 }), trackTargets(later.targets, later.actuals, { asOf: 2015 }));
    expect(s.met.map((t) => t.id)).toEqual(['output-2011', 'output-growth-2011', 'tax-2011', 'fai-2015']);
    expect(s.all.some((t) => t.year > 2015)).toBe(false);
  });
});
