import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler } from '../../src/core/warnings.js';
import { meizhouScoreSheets2016 } from '../../src/parks/meizhou.js';
import { compareScoreSheets } from '../../src/parks/score-comparison.js';

setWarningHandler(() => {});

describe('compareScoreSheets — 梅州 2016 sheets (S17), values from the published table', () => {
  const m = meizhouScoreSheets2016();
  const c = compareScoreSheets(m.self, m.review, m.rubric);

  it('ranks the review scores and gives each park self → review', () => {
    expect(c.reviewRanking).toEqual([
      { park: '平远产业园', score: 97.5 }, { park: '梅江区东升产业园', score: 75 }, { park: '兴宁产业园', score: 74 }, { park: '广梅产业园', score: 67 },
    ]);
    expect(c.changes.map((d) => [d.park, d.self, d.review])).toEqual([
      ['广梅产业园', 71.2, 67], ['梅江区东升产业园', 81.5, 75], ['兴宁产业园', 95, 74], ['平远产业园', 100, 97.5],
    ]);
    expect(c.changes[2]!.change).toBe(-21);
    expect(c.reviewNeverAboveSelf).toBe(true);
  });

  it('finds the one self sheet whose printed total (88) is not its items’ sum (81.5); the review sheets add up', () => {
    expect(c.mismatches.map((s) => [s.parkId, s.reportedTotal, s.score, s.difference])).toEqual([['梅江区东升产业园', 88, 81.5, 6.5]]);
    expect(c.reviewMismatches).toEqual([]);
    expect(c.rows).toHaveLength(8);
    expect(c.rows[2]).toMatchObject({ park: '梅江区东升产业园', who: '自评', reported: 88, score: 81.5, check: '不一致（相差6.5）' });
    expect(c.rows[1]).toMatchObject({ park: '广梅产业园', who: '评审', score: 67, check: '一致' });
  });

  it('states it in one paragraph', () => {
    expect(c.summaryZh).toBe('评审得分由高到低为：平远产业园 97.5 分、梅江区东升产业园 75 分、兴宁产业园 74 分、广梅产业园 67 分。'
      + '各园区评审得分均不高于自评（广梅产业园 71.2→67，梅江区东升产业园 81.5→75，兴宁产业园 95→74，平远产业园 100→97.5）。'
      + '核对发现 1 份表总分与各项合计不符：梅江区东升产业园自评表上总分为 88 分，而各项之和为 81.5 分（相差 6.5 分）；程序库按各项合计计分并给出提示，不改动原表。');
  });

  it('says when a review is above the self score, and refuses mismatched lists', () => {
    const up = compareScoreSheets(m.self, m.review.map((s, i) => (i === 0 ? { ...s, components: { ...s.components, fixedAssetInvestment: (s.components['fixedAssetInvestment'] ?? 0) + 5 }, reportedTotal: null } : s)), m.rubric);
    expect(up.reviewNeverAboveSelf).toBe(false);
    expect(up.summaryZh).toContain('并非各园区评审得分都不高于自评');
    expect(() => compareScoreSheets(m.self, m.review.slice(1), m.rubric)).toThrow(DataError);
    expect(() => compareScoreSheets(m.self, [...m.review].reverse(), m.rubric)).toThrow(/review sheet of/);
  });
});
