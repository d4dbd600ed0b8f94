import { describe, expect, it } from 'vitest';
import { loadRuleSet, validateRuleSet } from '../../src/parks/rule-set.js';
import { DataError } from '../../src/core/errors.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('rule sets as data', () => {
  it('loads both bundled rule sets', () => {
    expect(loadRuleSet('gd-2011').statuses.map((s) => s.id)).toEqual(['demonstration', 'ordinary', 'disqualified']);
    expect(loadRuleSet('gd-2014').compliance).toEqual({
      scoreBelowPassMark: false,
      required: ['investment', 'environment'],
      atMostFailures: [{ of: ['tax', 'valueAdded', 'land'], max: 1 }],
    });
    expect(Object.isFrozen(loadRuleSet('gd-2011').transitions[0])).toBe(true);
  });

  it('names the JSON path of each problem', () => {
    const bad = (mutate: (r: Record<string, unknown>) => void) => {
      const r = clone(loadRuleSet('gd-2011')) as unknown as Record<string, unknown>;
      mutate(r);
      try { validateRuleSet(r, 'mine.json'); } catch (e) { return [(e as DataError).column, (e as DataError).message]; }
      throw new Error('accepted');
    };
    expect(bad((r) => { (r.transitions as { to: string }[])[0]!.to = 'gold'; })[0]).toBe('transitions[0].to');
    expect(bad((r) => { (r.transitions as { when: unknown }[])[1]!.when = { any: [{ fact: 'luck' }] }; })[0]).toBe('transitions[1].when.any[0].fact');
    expect(bad((r) => { (r.yellowCard as { when: unknown }).when = { fact: 'yellowCardStreak', atLeast: 2 }; })[1]).toMatch(/depends on this very decision/);
    expect(bad((r) => { (r.compliance as { required: string[] }).required = ['investment']; })[1]).toMatch(/unknown indicator "investment"/);
    expect(bad((r) => { r.defaultStatus = 'disqualified'; })[1]).toMatch(/terminal/);
    expect(bad((r) => { (r.ranking as { within: string }).within = 'city'; })[0]).toBe('ranking.within');
    expect(bad((r) => { (r.name as { en: string }).en = ''; })[0]).toBe('name');
  });

  it('refuses an unknown bundled id', () => {
    expect(() => loadRuleSet('gd-2099' as 'gd-2011')).toThrow(DataError);
  });
});
