/**
 * `compareScoreSheets`: self-scored against reviewed park score sheets — the table rows, the
 * review ranking, each park's change from self to review, and the sheets whose printed total
 * does not add up.
 * @module
 */
import { DataError } from '../core/errors.js';
import { scoreParks, type ParkScore, type ScoreSheet, type ScoringRubric } from './scoring.js';

/** One sheet as a table row: park, scorer, the component points (keyed by component id), printed total, sum, check. */
export type ScoreSheetTableRow = {
  park: string;
  /** 自评 (self) or 评审 (review). */
  who: '自评' | '评审';
  /** Total printed on the sheet (null when none). */
  reported: number | null;
  /** Sum of the components. */
  score: number;
  /** '一致', '不一致（相差d）' or '' without a printed total. */
  check: string;
} & Record<string, string | number | null>;

/** One park's self and review score (sums of the components). */
export interface ScoreChange {
  park: string;
  self: number;
  review: number;
  /** review − self. */
  change: number;
}

/** What {@link compareScoreSheets} returns. */
export interface ScoreSheetComparison {
  /** Two rows a park (自评, then 评审), parks in input order. */
  rows: ScoreSheetTableRow[];
  selfScores: ParkScore[];
  reviewScores: ParkScore[];
  /** Review scores, highest first (equal scores in input order). */
  reviewRanking: { park: string; score: number }[];
  /** Per park, in input order. */
  changes: ScoreChange[];
  /** No park's review score is above its self score. */
  reviewNeverAboveSelf: boolean;
  /** Sheets (self and review) whose printed total differs from the sum of the components. */
  mismatches: ParkScore[];
  /** Of those, the review sheets. */
  reviewMismatches: ParkScore[];
  /** The comparison in one paragraph (Chinese), numbers filled in. */
  summaryZh: string;
}

/**
 * Compare self-scored and reviewed score sheets of the same parks: score both with
 * {@link scoreParks} (score = sum of the components; a printed total that differs beyond the
 * rubric's tolerance is flagged, never corrected), rank the review scores (descending), and
 * give each park's self → review change.
 * @param self one sheet a park; `review` the same parks in the same order.
 * @throws DataError when the two lists differ in length or park order; everything `scoreParks` refuses.
 * @example
 * ```ts
 * const m = meizhouScoreSheets2016();
 * const c = compareScoreSheets(m.self, m.review, m.rubric);
 * c.mismatches.map((s) => [s.parkId, s.difference]) // [['梅江区东升产业园', 6.5]]
 * ```
 */
export function compareScoreSheets(self: ReadonlyArray<ScoreSheet>, review: ReadonlyArray<ScoreSheet>, rubric: ScoringRubric): ScoreSheetComparison {
  if (self.length !== review.length) {
    throw new DataError('invalid', `${self.length} self sheets but ${review.length} review sheets`, { function: 'compareScoreSheets', input: 'review' });
  }
  self.forEach((s, i) => {
    if (review[i]!.parkId !== s.parkId) {
      throw new DataError('invalid', `sheet ${i + 1}: self sheet of ${s.parkId} but review sheet of ${review[i]!.parkId}`, { function: 'compareScoreSheets', input: 'review', row: i + 1 },
        'give the review sheets in the order of the self sheets');
    }
  });
  const selfScores = scoreParks([...self], rubric);
  const reviewScores = scoreParks([...review], rubric);
  const rowOf = (who: '自评' | '评审', sheet: ScoreSheet, s: ParkScore): ScoreSheetTableRow => ({
    ...sheet.components, park: sheet.parkId, who, reported: s.reportedTotal, score: s.score,
    check: s.consistent === null ? '' : s.consistent ? '一致' : `不一致（相差${s.difference}）`,
  });
  const rows = self.flatMap((sheet, i) => [rowOf('自评', sheet, selfScores[i]!), rowOf('评审', review[i]!, reviewScores[i]!)]);
  const reviewRanking = reviewScores.map((s) => ({ park: s.parkId, score: s.score })).sort((a, b) => b.score - a.score);
  const changes = self.map((sheet, i) => ({ park: sheet.parkId, self: selfScores[i]!.score, review: reviewScores[i]!.score, change: reviewScores[i]!.score - selfScores[i]!.score }));
  const reviewNeverAboveSelf = changes.every((c) => c.review <= c.self);
  const mismatches = selfScores.concat(reviewScores).filter((s) => s.consistent === false);
  const reviewMismatches = reviewScores.filter((s) => s.consistent === false);
  const mm = mismatches.map((s) => `${s.parkId}${selfScores.includes(s) ? '自评' : '评审'}表上总分为 ${s.reportedTotal} 分，而各项之和为 ${s.score} 分（相差 ${s.difference} 分）`).join('；');
  const summaryZh = `评审得分由高到低为：${reviewRanking.map((s) => `${s.park} ${s.score} 分`).join('、')}。` +
    `${reviewNeverAboveSelf ? '各园区评审得分均不高于自评' : '并非各园区评审得分都不高于自评'}（${changes.map((d) => `${d.park} ${d.self}→${d.review}`).join('，')}）。` +
    (mismatches.length ? `核对发现 ${mismatches.length} 份表总分与各项合计不符：${mm}；程序库按各项合计计分并给出提示，不改动原表。` : '各表总分与各项合计一致。');
  return { rows, selfScores, reviewScores, reviewRanking, changes, reviewNeverAboveSelf, mismatches, reviewMismatches, summaryZh };
}
