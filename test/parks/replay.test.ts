import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { loadRuleSet } from '../../src/parks/rule-set.js';
import { replayParkEvents } from '../../src/parks/replay.js';

describe('replayParkEvents (gd-2014, bundled facts)', () => {
  const r = replayParkEvents();

  it('reads the rules: three lowest non-compliant per category, two cards in a row revoke', () => {
    expect(r.ruleSet).toBe('gd-2014');
    expect(r.revokeAfterYellowCards).toBe(2);
    expect(r.readings.map((x) => x.bottomCount)).toEqual([3, 1]);
  });

  it('checks the 2015 names: nine below standard, the three carded parks among them', () => {
    expect(r.belowStandard2015).toHaveLength(9);
    expect(r.yellowCards2015).toEqual(['惠州产业园', '乐昌产业园', '徐闻产业园']);
    expect(r.yellowCardsAmongBelowStandard).toBe(true);
  });

  it('checks the counts by enumerating category splits', () => {
    const c = (year: number, reading: string) => r.countChecks.find((x) => x.year === year && x.reading === reading)!;
    // 9 failed, 3 cards, Σ min(3, f_c) = 3 → only one category holding all nine
    expect(c(2015, 'rule-set')).toMatchObject({ consistent: true, categorySplits: [[9]] });
    expect(c(2015, 'rule-set').possibleYellowCards).toEqual([3, 4, 5, 6, 7, 8, 9]);
    // last of each category: 3 cards ⇔ 3 categories with failures: the 7 partitions of 9 into 3 parts
    expect(c(2015, 'last-per-category').categorySplits).toEqual([[7, 1, 1], [6, 2, 1], [5, 3, 1], [5, 2, 2], [4, 4, 1], [4, 3, 2], [3, 3, 3]]);
    // 2016: 6 failed → 3–6 cards under the rule set's reading (the count was not published); 11 partitions of 6
    expect(c(2016, 'rule-set')).toMatchObject({ yellowCards: null, possibleYellowCards: [3, 4, 5, 6], consistent: true });
    expect(c(2016, 'rule-set').categorySplits).toHaveLength(11);
  });

  it('leaves two parks that could have been disqualified in 2016', () => {
    expect(r.candidates2016.map((c) => [c.park, c.possible])).toEqual([['惠州产业园', false], ['乐昌产业园', true], ['徐闻产业园', true]]);
    expect(r.disqualified2016).toBe(1);
    expect(r.disqualificationConsistent).toBe(true);
  });

  it('follows the rule set it is given', () => {
    const strict = { ...loadRuleSet('gd-2014'), ranking: { within: 'category' as const, bottom: { count: 1, among: 'failed' as const } } };
    expect(replayParkEvents({ rules: strict }).countChecks[0]!.categorySplits).toHaveLength(7);
    const noRevocation = { ...loadRuleSet('gd-2014'), transitions: [] };
    expect(() => replayParkEvents({ rules: noRevocation })).toThrow(DataError);
  });
});
