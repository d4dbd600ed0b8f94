import { DataError, type DataLocation } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import {
  loadRuleSet,
  validateRuleSet,
  checkParkScore,
  checkMaxScore,
  type BilingualText,
  type BundledRuleSetId,
  type ParkFact,
  type ParkRuleSet,
  type RuleCondition,
} from './rule-set.js';

/** Actual and target of one indicator; the indicator passes when `actual >= target`. */
export interface IndicatorOutcome {
  actual: number;
  target: number;
}

/** One park-year as the rules engine reads it. */
export interface ParkEvaluationRecord {
  /** Stable park identifier (ties in score are broken by it, in code-unit order). */
  parkId: string;
  year: number;
  /** Status at the start of the year. Used for a park's first record (and a re-entry); later it must agree with the engine. */
  status?: string | undefined;
  /** Category (e.g. 示范园 / 专业园 / 一般); the ranking group under rule sets that rank within category. */
  category?: string | undefined;
  /** Composite evaluation score (higher is better). */
  score: number;
  /** `false` declares the park non-compliant whatever else holds (e.g. an environmental violation). */
  compliant?: boolean | undefined;
  /** Pass/fail per indicator id of the rule set (wins over `indicators`). */
  passes?: Readonly<Record<string, boolean>> | undefined;
  /** Actual vs target per indicator id, from which pass/fail is derived when `passes` lacks it. */
  indicators?: Readonly<Record<string, IndicatorOutcome>> | undefined;
}

/** Options of {@link evaluateParks}. */
export interface EvaluateParksOptions {
  /** A bundled rule set id or your own rule-set object (validated with `validateRuleSet`). */
  rules: BundledRuleSetId | ParkRuleSet;
  /** Pass mark on the score (default: the rule set's `passMark`, else 60). */
  passMark?: number;
  /** Maximum score of the rubric (default 100): scores outside [0, maxScore] are refused, the same range rule as `readParks`. */
  maxScore?: number;
  /** Mark the result and every decision as coming from illustrative (invented) data, e.g. `loadIllustrativeParks().illustrative`. */
  illustrative?: boolean;
}

/** The engine's decision for one park-year, with its reasons in Chinese and English. */
export interface ParkDecision {
  parkId: string;
  year: number;
  category: string | null;
  score: number;
  /** 1-based rank within `rankGroup`, by score descending; equal scores ordered by `parkId`. */
  rank: number;
  /** The ranking group: `"all"` or the category. */
  rankGroup: string;
  /** Number of parks in the ranking group that year. */
  groupSize: number;
  /** Passed the evaluation (no compliance rule failed). */
  compliant: boolean;
  /** What failed: `"score"` (below the pass mark), `"declared"` (`compliant: false` in the input), indicator ids. */
  failed: string[];
  yellowCard: boolean;
  /** Consecutive years in the bottom / with a yellow card, this one included. */
  bottomStreak: number;
  yellowCardStreak: number;
  statusBefore: string;
  statusAfter: string;
  /** Set when the input status disagreed with the engine's own status for this year. */
  conflict: { input: string; derived: string } | null;
  /** Why: one line each, "中文 / English". */
  reasons: string[];
  /** Id of the rule set applied. */
  ruleSet: string;
  /** True when the input was illustrative (invented) data: never present it as real. */
  illustrative: boolean;
}

/** Result of {@link evaluateParks}. */
export interface ParkEvaluation {
  /** One decision per park-year, ordered by year, ranking group (code-unit order), rank. */
  decisions: ParkDecision[];
  /** The rule set applied (frozen). */
  ruleSet: ParkRuleSet;
  passMark: number;
  /** Conflicting input statuses and other recorded warnings. */
  warnings: DataWarning[];
  /** True when the input was illustrative (invented) data. */
  illustrative: boolean;
}

interface ParkState {
  status: string;
  lastYear: number;
  bottomStreak: number;
  yellowCardStreak: number;
  failedStreak: number;
}

const line = (t: BilingualText): string => `${t.zh} / ${t.en}`;
const FILE = 'records';

function byParkId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function evalCondition(c: RuleCondition, facts: Record<ParkFact, number>): { holds: boolean; because: BilingualText[] } {
  if ('any' in c) {
    const parts = c.any.map((p) => evalCondition(p, facts));
    const hit = parts.filter((p) => p.holds);
    return { holds: hit.length > 0, because: hit.flatMap((p) => p.because) };
  }
  if ('all' in c) {
    const parts = c.all.map((p) => evalCondition(p, facts));
    const holds = parts.every((p) => p.holds);
    return { holds, because: holds ? parts.flatMap((p) => p.because) : [] };
  }
  const holds = facts[c.fact] >= (c.atLeast ?? 1);
  return { holds, because: holds && c.reason ? [c.reason] : [] };
}

function describe(v: unknown): string {
  return typeof v === 'string' ? `the text "${v}"` : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v);
}

function requireBoolean(v: unknown, where: DataLocation): void {
  if (typeof v === 'boolean') return;
  const s = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  const hint = s === 'false' || s === 'true' ? `write ${s} without quotes (a boolean, not text)` : 'write true or false';
  throw new DataError('invalid', `${where.column} is ${describe(v)}, but a boolean (true or false) is expected`, where, hint);
}

function validateRecords(records: ReadonlyArray<ParkEvaluationRecord>, rules: ParkRuleSet, maxScore: number): void {
  if (records === null || records === undefined) {
    throw new DataError('invalid', `evaluateParks: argument "records" is ${String(records)}`, { function: 'evaluateParks', input: FILE }, 'pass an array of { parkId, year, score, … }');
  }
  if (!Array.isArray(records) || records.length === 0) {
    throw new DataError('empty', 'no park records to evaluate', { input: FILE }, 'pass an array of { parkId, year, score, … }');
  }
  const seen = new Map<string, number>();
  const statusIds = rules.statuses.map((s) => s.id);
  records.forEach((r, i) => {
    const row = i + 1;
    if (r === null || typeof r !== 'object') throw new DataError('invalid', `record is ${describe(r)}, not an object`, { input: FILE, row }, 'each record is { parkId, year, score, … }');
    if (typeof r.parkId !== 'string' || r.parkId.trim() === '') throw new DataError('invalid', 'parkId must be a non-empty string', { input: FILE, row, column: 'parkId' });
    if (!Number.isInteger(r.year)) throw new DataError('not-a-number', `year ${String(r.year)} is not an integer`, { input: FILE, row, column: 'year' });
    checkParkScore(r.score, maxScore, { input: FILE, row, column: 'score' });
    const key = `${r.parkId}\u0000${r.year}`;
    const prev = seen.get(key);
    if (prev !== undefined) throw new DataError('duplicate-key', `park "${r.parkId}" has two records for ${r.year} (rows ${prev} and ${row})`, { input: FILE, row, column: 'parkId' }, 'keep one record per park-year');
    seen.set(key, row);
    if (r.status !== undefined && r.status !== null && !statusIds.includes(r.status)) {
      throw new DataError('unknown-category', `status "${r.status}" is not a status of rule set ${rules.id}`, { input: FILE, row, column: 'status' }, `use one of ${statusIds.join(', ')}`);
    }
    if (r.compliant !== undefined) requireBoolean(r.compliant, { input: FILE, row, column: 'compliant' });
    if (r.passes !== undefined && r.passes !== null) {
      if (typeof r.passes !== 'object') throw new DataError('invalid', `passes is ${describe(r.passes)}, not an object`, { input: FILE, row, column: 'passes' }, 'write passes: { indicatorId: true|false }');
      for (const k of Object.keys(r.passes)) requireBoolean(r.passes[k], { input: FILE, row, column: `passes.${k}` });
    }
    const inds: Readonly<Record<string, IndicatorOutcome>> = r.indicators ?? {};
    for (const k of Object.keys(inds)) {
      const o = inds[k]!;
      if (!Number.isFinite(o?.actual) || !Number.isFinite(o?.target)) throw new DataError('not-a-number', `indicator "${k}" needs finite actual and target`, { input: FILE, row, column: `indicators.${k}` });
    }
  });
}

function indicatorPasses(r: ParkEvaluationRecord, id: string, row: number, rules: ParkRuleSet): boolean {
  const p = r.passes?.[id];
  if (typeof p === 'boolean') return p;
  const o = r.indicators?.[id];
  if (o) return o.actual >= o.target;
  throw new DataError('missing-column', `rule set ${rules.id} needs pass/fail for indicator "${id}" but the record gives neither passes.${id} nor indicators.${id}`,
    { input: FILE, row, column: `passes.${id}` }, `add passes: { ${id}: true|false } or indicators: { ${id}: { actual, target } }`);
}

/**
 * Apply a park evaluation rule set to park-year records across years: rank the parks, decide
 * compliance, yellow cards and status changes, and explain each decision.
 *
 * Procedure (one generic engine; everything rule-specific comes from the rule set):
 * 1. Years are processed in ascending order. A park's first record gives its starting status
 *    (`status`, else the rule set's `defaultStatus`); afterwards the status is the engine's own
 *    previous `statusAfter`. An input status that disagrees is reported (reason, `conflict`,
 *    warning `park-status-conflict`) and the engine's status is used. A park whose previous
 *    status is terminal re-enters with its input status (else `reentryStatus`).
 * 2. Compliance: fails if `compliant: false`; if `scoreBelowPassMark` and score < pass mark;
 *    if a `required` indicator fails; or if more than `max` of an `atMostFailures` group fail.
 * 3. Ranking within the year (or within category): score descending, ties by `parkId`
 *    ascending in code-unit order (stated in the reasons). Ranks are a permutation of 1..n.
 * 4. The "bottom" is the `bottom.count` lowest-ranked parks among all (or among the failed).
 * 5. Streaks count consecutive calendar years; a missing year, a re-entry, or a status change
 *    (when `resetStreaksOnTransition`) restarts them.
 * 6. Yellow card if `yellowCard.when`; then the first transition from the current status whose
 *    condition holds gives `statusAfter`.
 *
 * @param records park-year records (not modified).
 * @param options the rule set (`'gd-2011'`, `'gd-2014'` or your own) and an optional pass mark.
 * @throws {DataError} empty input, a duplicate park-year, a non-finite score or one outside
 *   [0, maxScore] (default 100, the range rule of `readParks`), a non-boolean `compliant` or
 *   `passes` value (the text "false" is named as text), an unknown status,
 *   a missing indicator pass/fail the rule set needs, a non-finite indicator value, a park starting in a terminal status.
 * @see seeds/gd-2011-action-plan.zh.txt (三(二)2) and data/rules/*.json
 * @example
 * ```ts
 * const { decisions } = evaluateParks([
 *   { parkId: 'A', year: 2011, status: 'demonstration', score: 90 },
 *   { parkId: 'B', year: 2011, status: 'demonstration', score: 55 },
 * ], { rules: 'gd-2011' });
 * decisions[1].statusAfter; // → 'ordinary' (score 55 below the pass mark 60)
 * decisions[1].reasons.at(-1); // → '考评不达标，降为非示范园 / failed the evaluation: demoted'
 * ```
 */
export function evaluateParks(records: ReadonlyArray<ParkEvaluationRecord>, options: EvaluateParksOptions): ParkEvaluation {
  if (options === null || options === undefined || typeof options !== 'object') {
    throw new DataError('invalid', `evaluateParks: argument "options" is ${String(options)}`, { column: 'options' }, "pass { rules: 'gd-2011' } or your own rule set");
  }
  const rules = typeof options.rules === 'string' ? loadRuleSet(options.rules) : validateRuleSet(options.rules);
  const passMark = options.passMark ?? rules.passMark ?? 60;
  if (!Number.isFinite(passMark)) throw new DataError('invalid', `passMark ${String(passMark)} is not a finite number`, { column: 'passMark' });
  const maxScore = checkMaxScore(options.maxScore);
  validateRecords(records, rules, maxScore);
  const illustrative = options.illustrative === true;
  const statusOf = (id: string) => rules.statuses.find((s) => s.id === id)!;
  const label = (id: string) => statusOf(id).label;
  const indicatorLabel = (id: string) => rules.indicators?.find((d) => d.id === id)?.label ?? { zh: id, en: id };
  const warnings: DataWarning[] = [];
  const state = new Map<string, ParkState>();
  const decisions: ParkDecision[] = [];
  const indexed = records.map((r, i) => ({ r, row: i + 1 }));
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);

  for (const year of years) {
    const yearRecords = indexed.filter((x) => x.r.year === year);
    interface Work {
      r: ParkEvaluationRecord; row: number; statusBefore: string; reasons: string[]; conflict: ParkDecision['conflict'];
      prev: { bottomStreak: number; yellowCardStreak: number; failedStreak: number };
      failed: string[]; compliant: boolean; group: string;
    }
    const work: Work[] = yearRecords.map(({ r, row }) => {
      const reasons: string[] = [];
      let conflict: ParkDecision['conflict'] = null;
      const st = state.get(r.parkId);
      let statusBefore: string;
      let prev = { bottomStreak: 0, yellowCardStreak: 0, failedStreak: 0 };
      if (!st) {
        statusBefore = r.status ?? rules.defaultStatus;
        if (statusOf(statusBefore).terminal) {
          throw new DataError('invalid', `park "${r.parkId}" starts in terminal status "${statusBefore}" and cannot be evaluated`, { input: FILE, row, column: 'status' }, 'drop the record, or give the status it was restored to');
        }
        reasons.push(r.status !== undefined
          ? `首次参评，起始状态为${label(statusBefore).zh}（输入） / first record: starts as ${label(statusBefore).en} (from input)`
          : `首次参评，未给出状态，按规则默认为${label(statusBefore).zh} / first record without a status: starts as ${label(statusBefore).en} (rule-set default)`);
      } else if (statusOf(st.status).terminal) {
        statusBefore = r.status ?? rules.reentryStatus;
        if (statusOf(statusBefore).terminal) {
          throw new DataError('invalid', `park "${r.parkId}" re-enters in terminal status "${statusBefore}"`, { input: FILE, row, column: 'status' }, 'give the status it was restored to');
        }
        reasons.push(`${st.lastYear}年${label(st.status).zh}后重新参评，恢复为${label(statusBefore).zh}，连续计数重新开始 / re-entered after being ${label(st.status).en} in ${st.lastYear}: restored as ${label(statusBefore).en}, streaks restart`);
      } else {
        statusBefore = st.status;
        if (st.lastYear === year - 1) {
          prev = { bottomStreak: st.bottomStreak, yellowCardStreak: st.yellowCardStreak, failedStreak: st.failedStreak };
        } else {
          reasons.push(`上次参评为${st.lastYear}年，中间缺年，连续计数重新开始 / last evaluated in ${st.lastYear}: after the gap, streaks restart`);
        }
        if (r.status !== undefined && r.status !== st.status) {
          conflict = { input: r.status, derived: st.status };
          const msg = `输入状态${label(r.status).zh}与规则推导的状态${label(st.status).zh}不一致，采用推导状态 / input status ${r.status} conflicts with the status derived by the rules (${st.status}); the derived status is used`;
          reasons.push(msg);
          warnings.push(warn({ code: 'park-status-conflict', message: `park ${r.parkId} ${year}: ${msg}. Fix the input or drop its status column.`, input: FILE, row, column: 'status',
            advice: 'fix the input status or drop the status column after the first year' }));
        }
      }
      const failed: string[] = [];
      if (r.compliant === false) failed.push('declared');
      if (rules.compliance.scoreBelowPassMark && r.score < passMark) failed.push('score');
      let nonCompliant = failed.length > 0;
      const failedIndicators = new Set<string>();
      for (const id of rules.compliance.required) {
        if (!indicatorPasses(r, id, row, rules)) { failedIndicators.add(id); nonCompliant = true; }
      }
      for (const g of rules.compliance.atMostFailures) {
        const f = g.of.filter((id) => !indicatorPasses(r, id, row, rules));
        f.forEach((id) => failedIndicators.add(id));
        if (f.length > g.max) nonCompliant = true;
      }
      const order = (id: string) => rules.indicators?.findIndex((d) => d.id === id) ?? 0;
      failed.push(...[...failedIndicators].sort((a, b) => order(a) - order(b)));
      const group = rules.ranking.within === 'category' ? (r.category ?? '(none)') : 'all';
      return { r, row, statusBefore, reasons, conflict, prev, failed, compliant: !nonCompliant, group };
    });

    const groups = [...new Set(work.map((w) => w.group))].sort(byParkId);
    for (const g of groups) {
      const members = work.filter((w) => w.group === g).sort((a, b) => b.r.score - a.r.score || byParkId(a.r.parkId, b.r.parkId));
      const pool = rules.ranking.bottom.among === 'all' ? members : members.filter((w) => !w.compliant);
      const bottom = new Set(pool.slice(Math.max(0, pool.length - rules.ranking.bottom.count)));
      members.forEach((w, k) => {
        const r = w.r;
        const rank = k + 1;
        const tied = members.filter((o) => o !== w && o.r.score === r.score).map((o) => o.r.parkId);
        const groupText = g === 'all' ? { zh: '全部园区', en: 'all parks' } : { zh: `“${g}”类`, en: `category "${g}"` };
        w.reasons.push(`得分${r.score}，在${groupText.zh}${members.length}个中排名第${rank} / score ${r.score}: rank ${rank} of ${members.length} in ${groupText.en}` +
          (tied.length ? `（与${tied.join('、')}同分，按园区编号排序 / tied with ${tied.join(', ')}: ties ordered by parkId)` : ''));
        if (!w.compliant) {
          const parts: BilingualText[] = w.failed.map((f) => f === 'declared' ? { zh: '输入标明不达标', en: 'declared non-compliant in the input' }
            : f === 'score' ? { zh: `得分低于及格线${passMark}`, en: `score below the pass mark ${passMark}` }
            : { zh: `${indicatorLabel(f).zh}未达标`, en: `${indicatorLabel(f).en} not met` });
          w.reasons.push(`考评不达标：${parts.map((p) => p.zh).join('；')} / failed the evaluation: ${parts.map((p) => p.en).join('; ')}`);
        } else if (w.failed.length) {
          w.reasons.push(`考评达标（未达标指标：${w.failed.map((f) => indicatorLabel(f).zh).join('、')}，未触及不达标条件） / passed the evaluation (not met: ${w.failed.map((f) => indicatorLabel(f).en).join(', ')}; below the non-compliance threshold)`);
        }
        const inBottom = bottom.has(w);
        const facts: Record<ParkFact, number> = {
          failed: w.compliant ? 0 : 1,
          inBottom: inBottom ? 1 : 0,
          bottomStreak: inBottom ? w.prev.bottomStreak + 1 : 0,
          failedStreak: w.compliant ? 0 : w.prev.failedStreak + 1,
          yellowCard: 0,
          yellowCardStreak: 0,
        };
        const yc = evalCondition(rules.yellowCard.when, facts);
        facts.yellowCard = yc.holds ? 1 : 0;
        facts.yellowCardStreak = yc.holds ? w.prev.yellowCardStreak + 1 : 0;
        if (yc.holds) w.reasons.push(line(rules.yellowCard.reason) + (facts.yellowCardStreak > 1 ? `（连续第${facts.yellowCardStreak}年 / ${facts.yellowCardStreak} years running）` : ''));
        let statusAfter = w.statusBefore;
        const t = rules.transitions.find((tr) => tr.from === w.statusBefore && evalCondition(tr.when, facts).holds);
        if (t) {
          statusAfter = t.to;
          const because = evalCondition(t.when, facts).because;
          w.reasons.push(because.length
            ? `${because.map((b) => b.zh).join('且')}，${t.reason.zh} / ${because.map((b) => b.en).join(' and ')}: ${t.reason.en}`
            : line(t.reason));
        } else {
          w.reasons.push(`保持${label(statusAfter).zh} / remains ${label(statusAfter).en}`);
        }
        const reset = t !== undefined && rules.resetStreaksOnTransition;
        state.set(r.parkId, {
          status: statusAfter,
          lastYear: year,
          bottomStreak: reset ? 0 : facts.bottomStreak,
          yellowCardStreak: reset ? 0 : facts.yellowCardStreak,
          failedStreak: reset ? 0 : facts.failedStreak,
        });
        decisions.push({
          parkId: r.parkId, year, category: r.category ?? null, score: r.score, rank, rankGroup: g, groupSize: members.length,
          compliant: w.compliant, failed: [...w.failed], yellowCard: yc.holds,
          bottomStreak: facts.bottomStreak, yellowCardStreak: facts.yellowCardStreak,
          statusBefore: w.statusBefore, statusAfter, conflict: w.conflict, reasons: w.reasons, ruleSet: rules.id, illustrative,
        });
      });
    }
  }
  return { decisions, ruleSet: rules, passMark, warnings, illustrative };
}
