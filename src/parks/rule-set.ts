/**
 * Park evaluation rule sets as data. A rule set says which statuses a park may have, when
 * it fails the evaluation, how parks are ranked, who gets a yellow card and which status
 * changes follow. {@link evaluateParks} interprets any rule set of this shape with one
 * generic engine; the bundled ones live in `data/rules/*.json`.
 * @module
 */
import { DataError, type DataLocation } from '../core/errors.js';
import { readBundledJson } from './bundled.js';

/** A text in Chinese and English. */
export interface BilingualText {
  zh: string;
  en: string;
}

/**
 * Facts the engine computes for each park-year, usable in conditions:
 * - `failed`: the park failed the evaluation (not compliant);
 * - `inBottom`: among the lowest-ranked `ranking.bottom.count` parks of its ranking group
 *   (of all parks, or of the failed ones, per `ranking.bottom.among`);
 * - `yellowCard`: got a yellow card this year (not usable inside `yellowCard.when`);
 * - `bottomStreak`, `yellowCardStreak`, `failedStreak`: consecutive calendar years, this one
 *   included, with `inBottom` / `yellowCard` / `failed` (a gap year, a re-entry and — when
 *   `resetStreaksOnTransition` — a status change restart the count).
 */
export type ParkFact = 'failed' | 'inBottom' | 'yellowCard' | 'bottomStreak' | 'yellowCardStreak' | 'failedStreak';

/** A condition on the facts: a leaf (`fact`, true when the fact ≥ `atLeast`, default 1) or `any`/`all` of conditions. */
export type RuleCondition =
  | { fact: ParkFact; atLeast?: number; reason?: BilingualText }
  | { any: RuleCondition[] }
  | { all: RuleCondition[] };

/** One status a park may have under a rule set. */
export interface RuleStatus {
  id: string;
  label: BilingualText;
  /** A terminal status (disqualified, revoked) ends evaluation; a later record is a re-entry. */
  terminal?: boolean;
}

/** A status change: from `from`, when `when` holds, to `to`. The first matching transition applies. */
export interface RuleTransition {
  from: string;
  to: string;
  when: RuleCondition;
  reason: BilingualText;
}

/** A park evaluation rule set (the shape of `data/rules/gd-2011.json` and `gd-2014.json`). */
export interface ParkRuleSet {
  id: string;
  name: BilingualText;
  /** The document the rules come from, quoted where possible. */
  source: string;
  /** Pass mark on the score when `compliance.scoreBelowPassMark` (overridable per call); default 60. */
  passMark?: number;
  statuses: RuleStatus[];
  /** Status of a park whose first record gives none. */
  defaultStatus: string;
  /** Status of a park that comes back after a terminal status, when its record gives none. */
  reentryStatus: string;
  /** Per-indicator pass/fail criteria the compliance rules may refer to. */
  indicators?: { id: string; label: BilingualText }[];
  compliance: {
    /** A score below the pass mark fails the evaluation. */
    scoreBelowPassMark: boolean;
    /** Indicators that must each pass. */
    required: string[];
    /** Groups of indicators of which at most `max` may fail. */
    atMostFailures: { of: string[]; max: number }[];
  };
  ranking: {
    /** Rank all parks of a year together (`'year'`) or within each category (`'category'`). */
    within: 'year' | 'category';
    /** The "bottom" of a ranking group: the `count` lowest-ranked parks among all or among the failed ones. */
    bottom: { count: number; among: 'all' | 'failed' };
  };
  yellowCard: { when: RuleCondition; reason: BilingualText };
  /** Restart all streaks after a status change (a demotion "uses up" the streak that caused it). */
  resetStreaksOnTransition: boolean;
  transitions: RuleTransition[];
}

/** Names of the bundled rule sets. */
export type BundledRuleSetId = 'gd-2011' | 'gd-2014';

const FACTS: readonly ParkFact[] = ['failed', 'inBottom', 'yellowCard', 'bottomStreak', 'yellowCardStreak', 'failedStreak'];

function fail(file: string, path: string, problem: string, hint?: string): never {
  throw new DataError('invalid', problem, { file, column: path }, hint);
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function text(file: string, path: string, x: unknown): BilingualText {
  if (!isObj(x) || typeof x.zh !== 'string' || typeof x.en !== 'string' || !x.zh || !x.en) {
    fail(file, path, 'must be { "zh": "…", "en": "…" } with both texts non-empty');
  }
  return { zh: x.zh, en: x.en };
}

function str(file: string, path: string, x: unknown): string {
  if (typeof x !== 'string' || x === '') fail(file, path, `must be a non-empty string, got ${JSON.stringify(x)}`);
  return x;
}

function condition(file: string, path: string, x: unknown, forbidden: readonly ParkFact[]): RuleCondition {
  if (!isObj(x)) fail(file, path, 'must be a condition object: { "fact": … } or { "any": [...] } or { "all": [...] }');
  if ('any' in x || 'all' in x) {
    const key = 'any' in x ? 'any' : 'all';
    const list = x[key];
    if (!Array.isArray(list) || list.length === 0) fail(file, `${path}.${key}`, 'must be a non-empty array of conditions');
    const parts = list.map((c, i) => condition(file, `${path}.${key}[${i}]`, c, forbidden));
    return key === 'any' ? { any: parts } : { all: parts };
  }
  const fact = x.fact;
  if (typeof fact !== 'string' || !FACTS.includes(fact as ParkFact)) {
    fail(file, `${path}.fact`, `unknown fact ${JSON.stringify(fact)}`, `use one of ${FACTS.join(', ')}`);
  }
  if (forbidden.includes(fact as ParkFact)) fail(file, `${path}.fact`, `"${fact}" cannot be used here (it depends on this very decision)`);
  const out: { fact: ParkFact; atLeast?: number; reason?: BilingualText } = { fact: fact as ParkFact };
  if (x.atLeast !== undefined) {
    if (typeof x.atLeast !== 'number' || !Number.isInteger(x.atLeast) || x.atLeast < 1) fail(file, `${path}.atLeast`, 'must be a positive integer');
    out.atLeast = x.atLeast;
  }
  if (x.reason !== undefined) out.reason = text(file, `${path}.reason`, x.reason);
  return out;
}

/**
 * Check that an object is a valid {@link ParkRuleSet} and return a frozen, normalised copy.
 * Every problem is reported as a `DataError` whose `column` is the JSON path (e.g.
 * `transitions[1].when.any[0].fact`).
 *
 * @param ruleSet the object to check (e.g. parsed from your own JSON file).
 * @param file a label for messages (default `"rules"`).
 * @throws {DataError} a missing or mistyped field, an unknown status or indicator, an unknown
 *   fact, a yellow-card condition that refers to the yellow card itself, duplicate ids.
 * @example
 * ```ts
 * validateRuleSet(JSON.parse(readFileSync('my-rules.json', 'utf8')), 'my-rules.json').id; // → 'my-rules'
 * ```
 */
export function validateRuleSet(ruleSet: unknown, file = 'rules'): ParkRuleSet {
  if (!isObj(ruleSet)) fail(file, '(root)', 'a rule set must be a JSON object');
  const r = ruleSet;
  const id = str(file, 'id', r.id);
  const name = text(file, 'name', r.name);
  const source = str(file, 'source', r.source);
  let passMark: number | undefined;
  if (r.passMark !== undefined) {
    if (typeof r.passMark !== 'number' || !Number.isFinite(r.passMark)) fail(file, 'passMark', 'must be a finite number');
    passMark = r.passMark;
  }
  if (!Array.isArray(r.statuses) || r.statuses.length === 0) fail(file, 'statuses', 'must be a non-empty array');
  const statuses: RuleStatus[] = r.statuses.map((s: unknown, i: number) => {
    if (!isObj(s)) fail(file, `statuses[${i}]`, 'must be an object');
    const st: RuleStatus = { id: str(file, `statuses[${i}].id`, s.id), label: text(file, `statuses[${i}].label`, s.label) };
    if (s.terminal !== undefined) {
      if (typeof s.terminal !== 'boolean') fail(file, `statuses[${i}].terminal`, 'must be true or false');
      st.terminal = s.terminal;
    }
    return st;
  });
  const ids = statuses.map((s) => s.id);
  const dup = ids.find((s, i) => ids.indexOf(s) !== i);
  if (dup !== undefined) fail(file, 'statuses', `status "${dup}" is listed twice`);
  const known = (path: string, x: unknown, mustBeActive: boolean): string => {
    const s = str(file, path, x);
    const st = statuses.find((t) => t.id === s);
    if (!st) fail(file, path, `unknown status "${s}"`, `use one of ${ids.join(', ')}`);
    if (mustBeActive && st.terminal) fail(file, path, `"${s}" is terminal and cannot be a starting status`);
    return s;
  };
  const defaultStatus = known('defaultStatus', r.defaultStatus, true);
  const reentryStatus = known('reentryStatus', r.reentryStatus, true);
  let indicators: { id: string; label: BilingualText }[] | undefined;
  if (r.indicators !== undefined) {
    if (!Array.isArray(r.indicators)) fail(file, 'indicators', 'must be an array');
    indicators = r.indicators.map((d: unknown, i: number) => {
      if (!isObj(d)) fail(file, `indicators[${i}]`, 'must be an object');
      return { id: str(file, `indicators[${i}].id`, d.id), label: text(file, `indicators[${i}].label`, d.label) };
    });
  }
  const indicatorIds = (indicators ?? []).map((d) => d.id);
  const knownIndicator = (path: string, x: unknown): string => {
    const s = str(file, path, x);
    if (!indicatorIds.includes(s)) fail(file, path, `unknown indicator "${s}"`, `declare it under "indicators" (known: ${indicatorIds.join(', ') || 'none'})`);
    return s;
  };
  if (!isObj(r.compliance)) fail(file, 'compliance', 'must be an object');
  const c = r.compliance;
  if (typeof c.scoreBelowPassMark !== 'boolean') fail(file, 'compliance.scoreBelowPassMark', 'must be true or false');
  if (!Array.isArray(c.required)) fail(file, 'compliance.required', 'must be an array of indicator ids (may be empty)');
  if (!Array.isArray(c.atMostFailures)) fail(file, 'compliance.atMostFailures', 'must be an array (may be empty)');
  const compliance: ParkRuleSet['compliance'] = {
    scoreBelowPassMark: c.scoreBelowPassMark,
    required: c.required.map((x: unknown, i: number) => knownIndicator(`compliance.required[${i}]`, x)),
    atMostFailures: c.atMostFailures.map((g: unknown, i: number) => {
      if (!isObj(g) || !Array.isArray(g.of) || g.of.length === 0) fail(file, `compliance.atMostFailures[${i}].of`, 'must be a non-empty array of indicator ids');
      if (typeof g.max !== 'number' || !Number.isInteger(g.max) || g.max < 0) fail(file, `compliance.atMostFailures[${i}].max`, 'must be a non-negative integer');
      return { of: g.of.map((x: unknown, k: number) => knownIndicator(`compliance.atMostFailures[${i}].of[${k}]`, x)), max: g.max };
    }),
  };
  if (!isObj(r.ranking)) fail(file, 'ranking', 'must be an object');
  const within = r.ranking.within;
  if (within !== 'year' && within !== 'category') fail(file, 'ranking.within', `must be "year" or "category", got ${JSON.stringify(within)}`);
  const bottom = r.ranking.bottom;
  if (!isObj(bottom)) fail(file, 'ranking.bottom', 'must be an object { count, among }');
  if (typeof bottom.count !== 'number' || !Number.isInteger(bottom.count) || bottom.count < 0) fail(file, 'ranking.bottom.count', 'must be a non-negative integer');
  if (bottom.among !== 'all' && bottom.among !== 'failed') fail(file, 'ranking.bottom.among', 'must be "all" or "failed"');
  if (!isObj(r.yellowCard)) fail(file, 'yellowCard', 'must be an object { when, reason }');
  const yellowCard = {
    when: condition(file, 'yellowCard.when', r.yellowCard.when, ['yellowCard', 'yellowCardStreak']),
    reason: text(file, 'yellowCard.reason', r.yellowCard.reason),
  };
  if (typeof r.resetStreaksOnTransition !== 'boolean') fail(file, 'resetStreaksOnTransition', 'must be true or false');
  if (!Array.isArray(r.transitions)) fail(file, 'transitions', 'must be an array (may be empty)');
  const transitions: RuleTransition[] = r.transitions.map((t: unknown, i: number) => {
    if (!isObj(t)) fail(file, `transitions[${i}]`, 'must be an object');
    const from = known(`transitions[${i}].from`, t.from, false);
    if (statuses.find((s) => s.id === from)?.terminal) fail(file, `transitions[${i}].from`, `"${from}" is terminal: nothing is evaluated from it`);
    return {
      from,
      to: known(`transitions[${i}].to`, t.to, false),
      when: condition(file, `transitions[${i}].when`, t.when, []),
      reason: text(file, `transitions[${i}].reason`, t.reason),
    };
  });
  const out: ParkRuleSet = {
    id, name, source, statuses, defaultStatus, reentryStatus, compliance,
    ranking: { within, bottom: { count: bottom.count, among: bottom.among } },
    yellowCard, resetStreaksOnTransition: r.resetStreaksOnTransition, transitions,
  };
  if (passMark !== undefined) out.passMark = passMark;
  if (indicators !== undefined) out.indicators = indicators;
  return deepFreeze(out);
}

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

const cache = new Map<BundledRuleSetId, ParkRuleSet>();

/**
 * A bundled rule set, read from `data/rules/<id>.json` and validated: `'gd-2011'` (the 2011
 * action plan's yellow-card and demotion rules) or `'gd-2014'` (粤办函〔2014〕23号).
 *
 * @throws {DataError} an unknown id or a damaged file.
 * @example
 * ```ts
 * loadRuleSet('gd-2011').statuses.map((s) => s.id); // → ['demonstration', 'ordinary', 'disqualified']
 * ```
 */
export function loadRuleSet(id: BundledRuleSetId): ParkRuleSet {
  if (id !== 'gd-2011' && id !== 'gd-2014') {
    throw new DataError('unknown-category', `unknown bundled rule set ${JSON.stringify(id)}`, { column: 'rules' }, "use 'gd-2011', 'gd-2014' or pass your own rule-set object");
  }
  let r = cache.get(id);
  if (!r) {
    r = validateRuleSet(readBundledJson(`rules/${id}.json`), `data/rules/${id}.json`);
    cache.set(id, r);
  }
  return r;
}

/** Default maximum of a park score (a 100-point rubric). */
export const DEFAULT_MAX_SCORE = 100;

/**
 * The one range rule for park scores, shared by `readParks` and `evaluateParks`: a score must
 * be a finite number within [0, maxScore] (default {@link DEFAULT_MAX_SCORE}).
 * @returns the maximum score to use.
 * @throws {DataError} `out-of-range` when `maxScore` is not a positive finite number.
 */
export function checkMaxScore(maxScore: number | undefined): number {
  const m = maxScore ?? DEFAULT_MAX_SCORE;
  if (typeof m !== 'number' || !Number.isFinite(m) || m <= 0) {
    throw new DataError('out-of-range', `maxScore ${String(m)} must be a positive finite number`, { column: 'maxScore' }, 'give the rubric maximum, e.g. 100');
  }
  return m;
}

/**
 * Check one park score against the range rule (finite, within [0, maxScore]).
 * @throws {DataError} `not-a-number` or `out-of-range`, naming the file, row and column.
 */
export function checkParkScore(score: unknown, maxScore: number, where: DataLocation): number {
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    throw new DataError('not-a-number', `score ${typeof score === 'string' ? `"${score}"` : String(score)} is not a finite number`, where,
      typeof score === 'string' ? 'give the score as a number, not text' : 'every evaluated park-year needs a score to be ranked');
  }
  if (score < 0 || score > maxScore) {
    throw new DataError('out-of-range', `score ${score} is outside 0–${maxScore}`, where,
      `scores are on a 0–${maxScore} rubric (pass maxScore for another rubric); check the cell`);
  }
  return score;
}
