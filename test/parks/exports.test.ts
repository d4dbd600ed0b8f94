import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

describe('package root', () => {
  it('exports the parks and MCDM API', () => {
    const names = [
      'evaluateParks', 'loadRuleSet', 'validateRuleSet', 'scoreParks', 'loadRubric', 'validateRubric',
      'plan2011', 'trackTargets', 'plan2011Outcomes', 'laterParkTargets', 'taskSchedule', 'taskStatus',
      'allocateTransferRewards', 'readParks', 'parkRowsFromRecords', 'parkEvaluationRecords', 'loadIllustrativeParks',
      'entropyWeights', 'topsis', 'ahp', 'SAATY_RANDOM_INDEX',
    ];
    const rec = root as unknown as Record<string, unknown>;
    expect(names.filter((n) => rec[n] === undefined)).toEqual([]);
    expect((root.plan2011 as { tasks: unknown[] }).tasks.length).toBe(16);
  });
});
