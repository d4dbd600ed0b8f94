/**
 * The 梅州 2016 park score sheets (source S17) as {@link ScoreSheet} inputs for
 * {@link scoreParks}.
 * @module
 */
import { DataError } from '../core/errors.js';
import { loadMeizhouScores2016 } from '../data/facts.js';
import { loadRubric, type ScoreSheet, type ScoringRubric } from './scoring.js';

/** The self-scored and the reviewed sheets of the 梅州 2016 pre-review, one each a park. */
export interface MeizhouScoreSheets2016 {
  /** The parks in file order. */
  parks: string[];
  /** The bundled rubric the sheets are keyed by (`'meizhou-2016'`). */
  rubric: ScoringRubric;
  /** Self scores (自评), one sheet a park, in the order of `parks`. */
  self: ScoreSheet[];
  /** Review scores (评审), one sheet a park, in the order of `parks`. */
  review: ScoreSheet[];
}

/** The indicator name of the total row in the source table. */
const TOTAL_ROW = '总得分';

/**
 * The published 梅州 2016 score table as score sheets: each row is matched to a component of
 * the bundled `meizhou-2016` rubric by its Chinese indicator name (`label.zh`); the 总得分 row
 * becomes `reportedTotal` as printed (not corrected — 梅江区东升's self-score total 88 does not
 * equal its items' sum 81.5, which {@link scoreParks} flags).
 * @throws {DataError} `unknown-category` for an indicator name that is neither a rubric
 *   component nor 总得分; `duplicate-key` for a name repeated within a park; `missing-column`
 *   for a component a park lacks.
 * @example
 * ```ts
 * const m = meizhouScoreSheets2016();
 * m.parks.length // 4
 * scoreParks(m.self, m.rubric).find((s) => s.parkId === '梅江区东升产业园')?.difference // 6.5 (88 reported vs 81.5)
 * ```
 */
export function meizhouScoreSheets2016(): MeizhouScoreSheets2016 {
  const rubric = loadRubric('meizhou-2016');
  const rows = loadMeizhouScores2016();
  const file = 'data/facts/meizhou_park_scores_2016.csv';
  const idOf = new Map(rubric.components.map((c) => [c.label.zh, c.id]));
  const parks = Array.from(new Set(rows.map((r) => r.park)));
  type Acc = { year: number; self: Record<string, number>; review: Record<string, number>; totalSelf: number | null; totalReview: number | null };
  const acc = new Map<string, Acc>(parks.map((p) => [p, { year: 0, self: {}, review: {}, totalSelf: null, totalReview: null }]));
  rows.forEach((r, i) => {
    const a = acc.get(r.park)!;
    a.year = r.year;
    if (r.indicator === TOTAL_ROW) {
      if (a.totalSelf !== null) throw new DataError('duplicate-key', `${r.park} has two ${TOTAL_ROW} rows`, { file, row: i + 1, column: 'indicator' });
      a.totalSelf = r.self_score;
      a.totalReview = r.review_score;
      return;
    }
    const id = idOf.get(r.indicator);
    if (id === undefined) {
      throw new DataError('unknown-category', `indicator "${r.indicator}" of ${r.park} is not an item of rubric ${rubric.id}`, { file, row: i + 1, column: 'indicator' },
        `use one of ${Array.from(idOf.keys()).join('、')} or ${TOTAL_ROW}`);
    }
    if (id in a.self) throw new DataError('duplicate-key', `${r.park} has two "${r.indicator}" rows`, { file, row: i + 1, column: 'indicator' });
    a.self[id] = r.self_score;
    a.review[id] = r.review_score;
  });
  const sheet = (park: string, which: 'self' | 'review'): ScoreSheet => {
    const a = acc.get(park)!;
    for (const c of rubric.components) {
      if (!(c.id in a[which])) throw new DataError('missing-column', `${park} has no row for ${c.label.zh}`, { file, column: 'indicator' });
    }
    return { parkId: park, year: a.year, components: { ...a[which] }, reportedTotal: which === 'self' ? a.totalSelf : a.totalReview };
  };
  return { parks, rubric, self: parks.map((p) => sheet(p, 'self')), review: parks.map((p) => sheet(p, 'review')) };
}
