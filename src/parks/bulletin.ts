/**
 * `parkBulletin`: everything a one-to-three-page park evaluation circular (考评结果通报) needs
 * for one year — counts, results by category, the parks commended, warned (黄牌), demoted and
 * disqualified with the rule clause, and the reward list when a fund is given.
 * @module
 */
import { DataError } from '../core/errors.js';
import type { DataWarning } from '../core/warnings.js';
import { evaluateParks, type ParkDecision } from './evaluate.js';
import { parkEvaluationRecords, PARK_CATEGORY_LABELS, type ParkCategory, type ParkTable, type ParkYearRow } from './read-parks.js';
import { allocateTransferRewards, type RewardAllocation, type TransferMoved } from './rewards.js';
import { loadRuleSet, validateRuleSet, type BilingualText, type BundledRuleSetId, type ParkRuleSet } from './rule-set.js';

/** Evaluation grade: 优秀 (excellent), 达标 (passed), 不达标 (failed). */
export type ParkGrade = '优秀' | '达标' | '不达标';

/** English wording of the grades. */
export const PARK_GRADE_EN: Readonly<Record<ParkGrade, string>> = Object.freeze({ 优秀: 'excellent', 达标: 'passed', 不达标: 'failed' });

/** One park's result in the bulletin year. */
export interface BulletinParkResult {
  park_id: string;
  park_name: string;
  host_city: string;
  partner_city: string | null;
  category: ParkCategory;
  category_zh: string;
  score: number;
  /** Rank within the category that year (score descending; equal scores ordered by park id). */
  categoryRank: number;
  categorySize: number;
  /** The rules engine's rank and its group (`all` or the category, as the rule set says). */
  rank: number;
  rankGroup: string;
  groupSize: number;
  /** Parks of the same category with the same score. */
  tiedWith: string[];
  grade: ParkGrade;
  yellowCard: boolean;
  yellowCardStreak: number;
  statusBefore: string;
  statusAfter: string;
  statusBefore_zh: string;
  statusAfter_zh: string;
  statusBefore_en: string;
  statusAfter_en: string;
  /** First record of the park (entered the evaluation this year). */
  entered: boolean;
  /** What failed (see `ParkDecision.failed`). */
  failed: string[];
  /** The engine's reasons, "中文 / English" each. */
  reasons: string[];
}

/** A park named in one of the bulletin's lists, with the clause that puts it there. */
export interface BulletinEntry {
  park_id: string;
  park_name: string;
  host_city: string;
  category_zh: string;
  score: number;
  categoryRank: number;
  statusBefore_zh: string;
  statusAfter_zh: string;
  statusBefore_en: string;
  statusAfter_en: string;
  /** The rule clause or criterion, in Chinese and English. */
  clause: BilingualText;
}

/** Counts of parks. */
export interface BulletinCounts {
  parks: number;
  /** 优秀. */
  excellent: number;
  /** 达标, not counting the 优秀 ones (excellent + passed + failed = parks). */
  passed: number;
  /** 不达标. */
  failed: number;
  yellowCards: number;
  demoted: number;
  disqualified: number;
}

/** One category's results. */
export interface BulletinCategory {
  category: ParkCategory;
  category_zh: string;
  counts: BulletinCounts;
  /** By category rank. */
  parks: BulletinParkResult[];
}

/** The reward allocation of the bulletin (when a fund is given). */
export interface BulletinRewards {
  /** Fund, in the unit of the transfers' output's caller (e.g. 万元 of fund); amounts sum to it exactly. */
  fund: number;
  cap: number | null;
  allocations: RewardAllocation[];
  capInfeasible: boolean;
  /** How the fund is split, in words. */
  basis: BilingualText;
}

/** What {@link parkBulletin} returns. */
export interface ParkBulletin {
  year: number;
  ruleSet: { id: string; name: BilingualText; source: string };
  passMark: number;
  /** How 优秀 was decided; `assumption` true when the default was used (no bundled rule set defines 优秀). */
  excellentRule: { minScore: number | null; top: number | null; assumption: boolean; text: BilingualText };
  /** True when the input is illustrative or synthetic: never present it as real. */
  illustrative: boolean;
  counts: BulletinCounts;
  categories: BulletinCategory[];
  /** Every park of the year, by category then category rank. */
  results: BulletinParkResult[];
  commended: BulletinEntry[];
  warned: BulletinEntry[];
  demoted: BulletinEntry[];
  disqualified: BulletinEntry[];
  /** Parks evaluated this year for the first time, and parks evaluated last year but not this year. */
  entered: string[];
  absent: string[];
  rewards: BulletinRewards | null;
  warnings: DataWarning[];
}

/** Options of {@link parkBulletin}. */
export interface ParkBulletinOptions {
  /** Rule set: `'gd-2011'`, `'gd-2014'` or your own. */
  rules: BundledRuleSetId | ParkRuleSet;
  /** The bulletin year; the years before it are evaluated too (streaks, statuses). */
  year: number;
  /** Reward fund to allocate (needs `transfers`). */
  fund?: number;
  /** Largest share of the fund one city may get, in (0, 1]. */
  cap?: number;
  /** Rounding unit of reward amounts (default 1). */
  unit?: number;
  /** Output moved out per PRD city (e.g. `transfersForYear(await readTransfers(f), year)` or `transferRecords(outputMovedOut(…))`). */
  transfers?: ReadonlyArray<TransferMoved>;
  /**
   * 优秀: compliant parks with score ≥ `minScore`, or the `top` n compliant parks of each
   * category. Default `{ minScore: 90 }` — an assumption, stated in the result: the bundled
   * rule sets define no 优秀 grade.
   */
  excellent?: { minScore?: number; top?: number };
  /** Pass mark on the score (default the rule set's). */
  passMark?: number;
  /** Ignore the template's status_start column (e.g. gd-2014 applied to a table written with gd-2011 statuses). */
  ignoreStatus?: boolean;
  /** Mark the bulletin illustrative (set automatically from a ParkTable read from an illustrative file). */
  illustrative?: boolean;
}

const split = (line: string): BilingualText => {
  const k = line.indexOf(' / ');
  return k < 0 ? { zh: line, en: line } : { zh: line.slice(0, k), en: line.slice(k + 3) };
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function emptyCounts(): BulletinCounts {
  return { parks: 0, excellent: 0, passed: 0, failed: 0, yellowCards: 0, demoted: 0, disqualified: 0 };
}

/**
 * The park evaluation bulletin of one year: evaluate the park-year table with a rule set
 * (`evaluateParks` over every year up to `year`, so that streaks and statuses carry over) and
 * gather, for `year`, the counts, the results by category, and the parks commended (优秀),
 * warned (黄牌), demoted and disqualified with the clause that applies — plus the reward fund's
 * allocation among PRD cities by output moved out when `fund` and `transfers` are given
 * (`allocateTransferRewards`: proportional, optional cap, largest-remainder rounding).
 *
 * Conventions: grade 不达标 = the rule set's non-compliance; 优秀 = compliant and meeting
 * `excellent` (default score ≥ 90, an assumption flagged in `excellentRule`); 达标 otherwise.
 * Category rank: score descending within the category, ties ordered by park id (the engine's
 * rule), tied parks listed in `tiedWith`. Demoted = the status changed to a non-terminal status;
 * disqualified = to a terminal one (取消资格 / 撤销). The clause is the engine's reason (the rule
 * set's wording, e.g. 连续两年排名后三，降为非示范园) and the rule set's source document.
 *
 * @param parks what `readParks` returns, or its rows (each with a score).
 * @throws DataError no park has a record in `year`; a fund without transfers; everything
 *   `evaluateParks`, `parkEvaluationRecords` and `allocateTransferRewards` refuse.
 * @example
 * ```ts
 * const b = parkBulletin(await readParks('data/examples/parks-synthetic.csv'), { rules: 'gd-2011', year: 2015 });
 * [b.counts.parks, b.warned.map((w) => w.park_name)];
 * renderParkBulletinMarkdown(b); // the 通报 in Chinese
 * ```
 */
export function parkBulletin(parks: ParkTable | ReadonlyArray<ParkYearRow>, options: ParkBulletinOptions): ParkBulletin {
  const rows: ReadonlyArray<ParkYearRow> = Array.isArray(parks) ? parks : (parks as ParkTable).rows;
  const illustrative = options.illustrative === true || (!Array.isArray(parks) && (parks as ParkTable).illustrative);
  const year = options.year;
  if (!Number.isInteger(year)) throw new DataError('invalid', `year ${String(year)} is not an integer`, { column: 'year' });
  const rules = typeof options.rules === 'string' ? loadRuleSet(options.rules) : validateRuleSet(options.rules);
  const upTo = rows.filter((r) => r.year <= year);
  if (!upTo.some((r) => r.year === year)) {
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    throw new DataError('empty', `no park has a record for ${year}`, { column: 'year' }, `the table covers ${years.join(', ') || 'no year'}`);
  }
  if (options.fund !== undefined && !options.transfers) {
    throw new DataError('missing-column', 'a reward fund was given without the output each city moved out', { column: 'transfers' },
      'pass transfers (e.g. transfersForYear(await readTransfers(file), year)) to allocate the fund');
  }
  const ev = evaluateParks(parkEvaluationRecords(upTo, options.ignoreStatus ? { ignoreStatus: true } : {}), {
    rules, ...(options.passMark !== undefined ? { passMark: options.passMark } : {}), illustrative,
  });
  const statusLabel = (id: string) => rules.statuses.find((s) => s.id === id)?.label ?? { zh: id, en: id };
  const terminal = (id: string) => rules.statuses.find((s) => s.id === id)?.terminal === true;
  const rowOf = new Map(upTo.filter((r) => r.year === year).map((r) => [r.park_id, r]));
  const decisions = ev.decisions.filter((d) => d.year === year);
  const firstYear = new Map<string, number>();
  for (const r of upTo) firstYear.set(r.park_id, Math.min(firstYear.get(r.park_id) ?? r.year, r.year));

  const exc = options.excellent ?? { minScore: 90 };
  const assumption = options.excellent === undefined;
  const excText: BilingualText = exc.top !== undefined
    ? { zh: `各类别达标园区中得分前${exc.top}名评为优秀`, en: `the top ${exc.top} compliant parks of each category are rated excellent` }
    : { zh: `达标且得分不低于${exc.minScore ?? 90}分评为优秀${assumption ? '（本库默认假设，规则集未规定优秀标准）' : ''}`,
      en: `compliant with a score of at least ${exc.minScore ?? 90}: excellent${assumption ? ' (library default, an assumption: the rule set defines no excellent grade)' : ''}` };

  // Results by category.
  const cats = (Object.keys(PARK_CATEGORY_LABELS) as ParkCategory[]).filter((c) => decisions.some((d) => rowOf.get(d.parkId)!.category === c));
  const results: BulletinParkResult[] = [];
  const categories: BulletinCategory[] = [];
  for (const category of cats) {
    const members = decisions.filter((d) => rowOf.get(d.parkId)!.category === category)
      .sort((a, b) => b.score - a.score || byId(a.parkId, b.parkId));
    let compliantRank = 0;
    const list = members.map((d: ParkDecision, k): BulletinParkResult => {
      const r = rowOf.get(d.parkId)!;
      if (d.compliant) compliantRank++;
      const excellent = d.compliant && (exc.top !== undefined ? compliantRank <= exc.top : d.score >= (exc.minScore ?? 90));
      return {
        park_id: d.parkId, park_name: r.park_name, host_city: r.host_city, partner_city: r.partner_city, category, category_zh: PARK_CATEGORY_LABELS[category],
        score: d.score, categoryRank: k + 1, categorySize: members.length, rank: d.rank, rankGroup: d.rankGroup, groupSize: d.groupSize,
        tiedWith: members.filter((o) => o !== d && o.score === d.score).map((o) => o.parkId),
        grade: !d.compliant ? '不达标' : excellent ? '优秀' : '达标',
        yellowCard: d.yellowCard, yellowCardStreak: d.yellowCardStreak,
        statusBefore: d.statusBefore, statusAfter: d.statusAfter, statusBefore_zh: statusLabel(d.statusBefore).zh, statusAfter_zh: statusLabel(d.statusAfter).zh,
        statusBefore_en: statusLabel(d.statusBefore).en, statusAfter_en: statusLabel(d.statusAfter).en,
        entered: firstYear.get(d.parkId) === year, failed: [...d.failed], reasons: [...d.reasons],
      };
    });
    results.push(...list);
    categories.push({ category, category_zh: PARK_CATEGORY_LABELS[category], counts: countOf(list, terminal), parks: list });
  }
  const entry = (p: BulletinParkResult, clause: BilingualText): BulletinEntry => ({
    park_id: p.park_id, park_name: p.park_name, host_city: p.host_city, category_zh: p.category_zh, score: p.score, categoryRank: p.categoryRank,
    statusBefore_zh: p.statusBefore_zh, statusAfter_zh: p.statusAfter_zh, statusBefore_en: p.statusBefore_en, statusAfter_en: p.statusAfter_en, clause,
  });
  const transitionClause = (p: BulletinParkResult): BilingualText => {
    const last = split(p.reasons.at(-1) ?? '');
    return { zh: `${last.zh}（${rules.name.zh}）`, en: `${last.en} (${rules.name.en})` };
  };
  const commended = results.filter((p) => p.grade === '优秀').map((p) => entry(p, excText));
  const warned = results.filter((p) => p.yellowCard).map((p) => entry(p, {
    zh: rules.yellowCard.reason.zh + (p.yellowCardStreak > 1 ? `（连续第${p.yellowCardStreak}年）` : ''),
    en: rules.yellowCard.reason.en + (p.yellowCardStreak > 1 ? ` (${p.yellowCardStreak} years running)` : ''),
  }));
  const changed = results.filter((p) => p.statusAfter !== p.statusBefore);
  const demoted = changed.filter((p) => !terminal(p.statusAfter)).map((p) => entry(p, transitionClause(p)));
  const disqualified = changed.filter((p) => terminal(p.statusAfter)).map((p) => entry(p, transitionClause(p)));
  const lastYear = [...new Set(upTo.map((r) => r.year))].filter((y) => y < year).sort((a, b) => a - b).at(-1);
  const absent = lastYear === undefined ? [] : [...new Set(upTo.filter((r) => r.year === lastYear && !rowOf.has(r.park_id)).map((r) => r.park_id))].sort(byId);

  let rewards: BulletinRewards | null = null;
  if (options.fund !== undefined) {
    const res = allocateTransferRewards(options.fund, options.transfers!, {
      ...(options.cap !== undefined ? { cap: options.cap } : {}), ...(options.unit !== undefined ? { unit: options.unit } : {}),
    });
    rewards = {
      fund: res.fund, cap: options.cap ?? null, allocations: res.allocations, capInfeasible: res.capInfeasible,
      basis: { zh: `产业转移奖励资金按各珠三角城市转出产值比例分配${options.cap !== undefined ? `，单个城市不超过${(options.cap * 100).toFixed(0)}%` : ''}（最大余额法取整）`,
        en: `The transfer reward fund is split among PRD cities in proportion to output moved out${options.cap !== undefined ? `, at most ${(options.cap * 100).toFixed(0)} % per city` : ''} (largest-remainder rounding)` },
    };
  }
  return {
    year, ruleSet: { id: rules.id, name: rules.name, source: rules.source }, passMark: ev.passMark,
    excellentRule: { minScore: exc.top !== undefined ? null : (exc.minScore ?? 90), top: exc.top ?? null, assumption, text: excText },
    illustrative, counts: countOf(results, terminal), categories, results, commended, warned, demoted, disqualified,
    entered: results.filter((p) => p.entered).map((p) => p.park_id), absent, rewards, warnings: ev.warnings,
  };
}

function countOf(list: ReadonlyArray<BulletinParkResult>, terminal: (id: string) => boolean): BulletinCounts {
  const c = emptyCounts();
  for (const p of list) {
    c.parks++;
    if (p.grade === '优秀') c.excellent++;
    else if (p.grade === '达标') c.passed++;
    else c.failed++;
    if (p.yellowCard) c.yellowCards++;
    if (p.statusAfter !== p.statusBefore) {
      if (terminal(p.statusAfter)) c.disqualified++; else c.demoted++;
    }
  }
  return c;
}
