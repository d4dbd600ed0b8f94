/**
 * `parkHistory`: a park-year table evaluated year by year — each year's ranking, grade, yellow
 * card and status change with the rule clause behind it, and one row per park with its status in
 * every year (the history chapter 05 shows with `--parks`).
 * @module
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { parkBulletin, type BulletinCounts, type ParkGrade } from './bulletin.js';
import type { ParkTable, ParkYearRow } from './read-parks.js';
import { loadRuleSet, validateRuleSet, type BundledRuleSetId, type ParkRuleSet } from './rule-set.js';

/** One park in one year: rank, grade, yellow card, status before and after, and the clause. */
export interface ParkHistoryResult {
  year: number;
  park_id: string;
  /** The park id again, under the name `parkRankingChart` reads. */
  parkId: string;
  park_name: string;
  category_zh: string;
  /** Rank within the category (score descending, ties by park id). */
  categoryRank: number;
  /** The rules engine's rank and its group (`all` or the category, as the rule set says: what `parkRankingChart` reads). */
  rank: number;
  rankGroup: string;
  score: number;
  grade: ParkGrade;
  yellowCard: boolean;
  /** '黄牌' or '' (a table cell). */
  yellowCard_zh: '黄牌' | '';
  yellowCardStreak: number;
  /** Status id after the evaluation. */
  statusAfter: string;
  statusBefore_zh: string;
  statusAfter_zh: string;
  /** The engine's last reason for the year (Chinese), with the rule set's name: the clause behind the result. */
  clause: string;
}

/** One park's history: status after each year's evaluation, keyed `y<year>` (e.g. `y2015`); '' before the park entered or after it left. */
export type ParkHistoryRow = { park_id: string; park_name: string; category_zh: string } & Record<`y${number}`, string>;

/** What {@link parkHistory} returns. */
export interface ParkHistory {
  ruleSet: { id: string; name: string };
  /** Years evaluated, ascending. */
  years: number[];
  /** The last of them. */
  lastYear: number;
  /** Park names by id. */
  names: Record<string, string>;
  /** True when the input is illustrative or synthetic (示意数据): never present it as real. */
  illustrative: boolean;
  /** Whether the table's status_start column was ignored because its statuses are not the rule set's. */
  statusIgnored: boolean;
  /** Every park-year, by year then category then category rank. */
  results: ParkHistoryResult[];
  /** One row per park, by park id. */
  history: ParkHistoryRow[];
  /** Counts by year (parks, excellent, passed, failed, yellow cards, demoted, disqualified). */
  counts: ({ year: number } & BulletinCounts)[];
  /** The counts summed over the years (`parks` = park-years, i.e. yearly decisions). */
  totals: BulletinCounts;
  /** Pass mark on the score (the rule set's). */
  passMark: number;
}

/** Options of {@link parkHistory}. */
export interface ParkHistoryOptions {
  /**
   * Rule set: `'gd-2011'`, `'gd-2014'`, a rule-set object, or the path of a rules JSON file;
   * default by the last year evaluated: gd-2014 from 2014 (the 2014 rules), gd-2011 before.
   */
  rules?: BundledRuleSetId | ParkRuleSet | string | null;
  /** Last year evaluated (e.g. the report's `--year`); default the table's last year. */
  to?: number | null;
}

/**
 * The rule set a report uses: `rules` when given (`gd-2011`, `gd-2014`, or the path of a rules
 * JSON file, validated), else by year — `gd-2014` from 2014 on, `gd-2011` before.
 * @throws DataError when the file cannot be read or is not a valid rule set.
 * @example
 * ```ts
 * parkRulesFor(2016) // 'gd-2014'
 * parkRulesFor(2013) // 'gd-2011'
 * ```
 */
export function parkRulesFor(year: number, rules?: BundledRuleSetId | ParkRuleSet | string | null): BundledRuleSetId | ParkRuleSet {
  if (rules === undefined || rules === null) return year >= 2014 ? 'gd-2014' : 'gd-2011';
  if (typeof rules === 'object') return rules;
  if (rules === 'gd-2011' || rules === 'gd-2014') return rules;
  let text: string;
  try {
    text = readFileSync(rules, 'utf8');
  } catch (e) {
    throw new DataError('unreadable', `rules file ${rules} cannot be read: ${(e as Error).message}`, { file: rules, function: 'parkRulesFor' },
      "give 'gd-2011', 'gd-2014' or the path of a rules JSON file");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new DataError('invalid', `rules file ${rules} is not JSON: ${(e as Error).message}`, { file: rules, function: 'parkRulesFor' });
  }
  return validateRuleSet(parsed, rules);
}

/**
 * Evaluate a park-year table year by year (`parkBulletin` for each year up to `to`, so streaks and
 * statuses carry over) and gather every park-year's category rank, grade (优秀 / 达标 / 不达标,
 * the bulletin's convention), yellow card, status before and after, and the clause that applies
 * (the engine's last reason with the rule set's name), plus one history row per park (status
 * after each year's evaluation, marked ·黄牌 in a yellow-card year) and the counts by year.
 *
 * Convention: when the table's `status_start` values are not statuses of the rule set (a table
 * written with gd-2011 statuses evaluated under gd-2014), they are ignored and every park starts
 * at the rule set's initial status; `statusIgnored` says so.
 * @throws DataError when no year ≤ `to` has records; everything `parkBulletin` refuses.
 * @example
 * ```ts
 * const h = parkHistory(await readParks('data/examples/parks-synthetic.csv'));
 * h.ruleSet.id // 'gd-2014' (last year 2016)
 * h.history[0] // { park_id: 'S01', park_name: '示意园区01（汕头，虚构）', category_zh: '示范园', y2012: '省产业园', … }
 * ```
 */
export function parkHistory(parks: ParkTable | ReadonlyArray<ParkYearRow>, options: ParkHistoryOptions = {}): ParkHistory {
  const rows: ReadonlyArray<ParkYearRow> = Array.isArray(parks) ? parks : (parks as ParkTable).rows;
  const illustrative = !Array.isArray(parks) && (parks as ParkTable).illustrative;
  const to = options.to ?? null;
  const years = [...new Set(rows.map((r) => r.year))].filter((y) => to === null || y <= to).sort((a, b) => a - b);
  if (years.length === 0) {
    throw new DataError('empty', `no park record${to === null ? '' : ` up to ${to}`}`, { function: 'parkHistory', column: 'year' });
  }
  const last = years[years.length - 1]!;
  const chosen = parkRulesFor(last, options.rules);
  const rules = typeof chosen === 'string' ? loadRuleSet(chosen) : chosen;
  const statusIds = new Set(rules.statuses.map((s) => s.id));
  const statusIgnored = rows.some((r) => r.status_start !== null && !statusIds.has(r.status_start));
  const results: ParkHistoryResult[] = [];
  const counts: ({ year: number } & BulletinCounts)[] = [];
  const byPark = new Map<string, ParkHistoryRow>();
  const totals: BulletinCounts = { parks: 0, excellent: 0, passed: 0, failed: 0, yellowCards: 0, demoted: 0, disqualified: 0 };
  let passMark = 0;
  for (const year of years) {
    const b = parkBulletin(rows, { rules, year, illustrative, ...(statusIgnored ? { ignoreStatus: true } : {}) });
    counts.push({ year, ...b.counts });
    passMark = b.passMark;
    for (const k of Object.keys(totals) as (keyof BulletinCounts)[]) totals[k] += b.counts[k];
    for (const p of b.results) {
      const reason = p.reasons.at(-1) ?? '';
      const k = reason.indexOf(' / ');
      results.push({
        year, park_id: p.park_id, parkId: p.park_id, park_name: p.park_name, category_zh: p.category_zh, categoryRank: p.categoryRank,
        rank: p.rank, rankGroup: p.rankGroup, score: p.score, grade: p.grade, yellowCard: p.yellowCard, yellowCard_zh: p.yellowCard ? '黄牌' : '',
        yellowCardStreak: p.yellowCardStreak, statusAfter: p.statusAfter,
        statusBefore_zh: p.statusBefore_zh, statusAfter_zh: p.statusAfter_zh,
        clause: `${k < 0 ? reason : reason.slice(0, k)}（${rules.name.zh}）`,
      });
      let h = byPark.get(p.park_id);
      if (!h) {
        h = { park_id: p.park_id, park_name: p.park_name, category_zh: p.category_zh } as ParkHistoryRow;
        byPark.set(p.park_id, h);
      }
      h[`y${year}`] = p.statusAfter_zh + (p.yellowCard ? '·黄牌' : '');
    }
  }
  const history = [...byPark.values()].sort((a, b) => (a.park_id < b.park_id ? -1 : a.park_id > b.park_id ? 1 : 0));
  for (const h of history) for (const y of years) h[`y${y}`] ??= '';
  const names: Record<string, string> = {};
  for (const h of history) names[h.park_id] = h.park_name;
  return { ruleSet: { id: rules.id, name: rules.name.zh }, years, lastYear: last, names, illustrative, statusIgnored, results, history, counts, totals, passMark };
}
