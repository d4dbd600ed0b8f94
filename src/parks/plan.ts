/**
 * The 2011 action plan as typed data (`data/plan-2011.json`, built from the seed text in
 * `seeds/`), and target tracking against published outcomes.
 * @module
 */
import { DataError } from '../core/errors.js';
import { loadParkAggregateFacts, type ParkAggregateFact } from '../data/index.js';
import { readBundledJson } from './bundled.js';
import type { BilingualText } from './rule-set.js';

/** How an actual is compared with a target (see {@link PlanTarget}). */
export type TargetComparison = 'at-least' | 'at-most' | 'approximately';

/** Every {@link TargetComparison}. */
export const TARGET_COMPARISONS: readonly TargetComparison[] = Object.freeze(['at-least', 'at-most', 'approximately']);

/**
 * A quantitative target. `'at-least'`: met when actual ≥ target. `'at-most'` (a ceiling, e.g.
 * energy use per unit of output): met when actual ≤ target. `'approximately'` (the plan's
 * 左右, "about"): met when actual ≥ target − tolerance (a shortfall within the tolerance still
 * counts; overshooting counts as met, since the plan sets growth floors to reach).
 */
export interface PlanTarget {
  id: string;
  indicator: BilingualText;
  /** 亿元 or % (growth, year on year). */
  unit: string;
  year: number;
  target: number;
  /** The higher "strive for" (争取) level, where the plan gives one. */
  stretch?: number;
  comparison: TargetComparison;
  /** Tolerance of an `'approximately'` target in its own unit (percentage points for growth); overrides the call's default. */
  tolerance?: number;
  /** The target as written, in Chinese. */
  asWritten?: string;
  /** Where the target comes from (the seed text, or a source id of data/SOURCES.md). */
  source: string;
}

/** One of the plan's 16 dated tasks. */
export interface PlanTask {
  number: number;
  text: string;
  textEn: string;
  /** Schedule as written, e.g. "3月", "6-10月", "全年". */
  schedule: string;
  departmentsAsWritten: string;
  departments: string[];
  /** The lead department where the plan says 牵头 or 会 (leads, with others). */
  lead?: string;
}

/** The 2011 action plan. */
export interface Plan2011 {
  title: BilingualText;
  year: number;
  source: string;
  targets: PlanTarget[];
  qualitativeTargets: BilingualText[];
  /** Path of the rule file that encodes the plan's evaluation rules. */
  evaluationRules: string;
  tasks: PlanTask[];
}

function validatePlan(x: unknown): Plan2011 {
  const file = 'data/plan-2011.json';
  const p = x as Plan2011;
  if (!p || !Array.isArray(p.targets) || !Array.isArray(p.tasks)) throw new DataError('invalid', 'expected { targets: [...], tasks: [...] }', { file });
  p.targets.forEach((t, i) => {
    if (typeof t.id !== 'string' || !Number.isFinite(t.target) || !Number.isInteger(t.year) || !TARGET_COMPARISONS.includes(t.comparison)) {
      throw new DataError('invalid', `target ${i} needs id, year, a finite target and comparison ${TARGET_COMPARISONS.map((c) => `'${c}'`).join(' | ')}`, { file, row: i + 1, column: 'targets' });
    }
  });
  if (p.tasks.length !== 16) throw new DataError('invalid', `the plan lists 16 tasks, the file has ${p.tasks.length}`, { file, column: 'tasks' });
  p.tasks.forEach((t, i) => {
    if (t.number !== i + 1 || typeof t.text !== 'string' || typeof t.schedule !== 'string' || !Array.isArray(t.departments) || t.departments.length === 0) {
      throw new DataError('invalid', `task ${i + 1} needs number ${i + 1}, text, schedule and departments`, { file, row: i + 1, column: 'tasks' });
    }
  });
  const freeze = <T>(v: T): T => { if (typeof v === 'object' && v !== null) { Object.values(v).forEach(freeze); Object.freeze(v); } return v; };
  return freeze(p);
}

/**
 * The 2011 action plan of the Guangdong Economic and Information Commission on industrial
 * transfer: its quantitative targets (parks' gross industrial output 2600亿元, stretch 3000亿元;
 * tax 130亿元; growth about 30 % each) and its 16 dated tasks, as written. Frozen.
 * Source: `seeds/gd-2011-action-plan.zh.txt` (the only source of the 2600/130 targets we have).
 *
 * @example
 * ```ts
 * plan2011.targets[0].target; // → 2600
 * plan2011.tasks[4].schedule; // → '6-10月'
 * ```
 */
export const plan2011: Plan2011 = validatePlan(readBundledJson('plan-2011.json'));

/** A published outcome for one target id. */
export interface TargetActual {
  /** The {@link PlanTarget.id} it measures. */
  id: string;
  value: number;
  /** Source id (data/SOURCES.md) or citation of the value. */
  source: string;
}

/** Options of {@link trackTargets}. */
export interface TrackTargetsOptions {
  /**
   * Tolerance of `'approximately'` targets (左右) in the target's unit, used when the target
   * has none of its own. Default 2 (percentage points for growth: "about 30 %" is met from 28 %).
   */
  tolerance?: number;
  /**
   * Last year the report covers (e.g. `--year 2015`): targets for a later year are left out, so
   * nothing after it is counted as met or missed. Default: every target.
   */
  asOf?: number | null;
}

/** How one target fared. */
export interface TargetTracking {
  id: string;
  indicator: BilingualText;
  unit: string;
  year: number;
  target: number;
  stretch: number | null;
  comparison: TargetComparison;
  /** Tolerance applied (0 for `'at-least'` and `'at-most'`). */
  tolerance: number;
  /** null when no published outcome was found. */
  actual: number | null;
  /** actual / target (1 = exactly on target); null without an actual. */
  completion: number | null;
  met: boolean | null;
  /** Whether the stretch level was reached (null without a stretch or an actual). */
  stretchMet: boolean | null;
  /** "target: …; actual: …" */
  source: string;
  /** A sentence in Chinese and English. */
  note: string;
}

/**
 * Track plan targets against published outcomes: completion ratio and whether each was met.
 *
 * Rule: `'at-least'` targets are met when actual ≥ target; `'at-most'` targets when
 * actual ≤ target (the stretch, if any, when actual ≤ stretch); `'approximately'` targets (the
 * plan's 左右) when actual ≥ target − tolerance (default 2 in the target's unit, i.e. 2
 * percentage points for growth rates). completion = actual / target. A target with no
 * actual is kept, with `actual`, `met` and `completion` null, and says so. With `asOf`, targets
 * of a later year are dropped (a report up to 2015 does not judge the 2016 target).
 *
 * @throws {DataError} null/undefined arguments (named); an actual for an unknown target id,
 *   two actuals for one target, a non-finite actual; a target that is not a finite number
 *   (NaN included) or zero, a non-finite stretch, an unknown comparison (not silently read as
 *   at-least), a tolerance (per target or in the options) that is negative or not finite.
 * @example
 * ```ts
 * trackTargets(plan2011.targets, plan2011Outcomes()).map((t) => [t.id, t.met]);
 * // → [['output-2011', true], ['output-growth-2011', true], ['tax-2011', true], ['tax-growth-2011', false]]
 * ```
 */
export function trackTargets(
  targets: ReadonlyArray<PlanTarget>,
  actuals: ReadonlyArray<TargetActual>,
  options: TrackTargetsOptions = {},
): TargetTracking[] {
  for (const [name, arg] of [['targets', targets], ['actuals', actuals]] as const) {
    if (!Array.isArray(arg)) {
      throw new DataError('invalid', `trackTargets: argument "${name}" is ${arg === null || arg === undefined ? String(arg) : 'not an array'}`, { file: name }, `pass an array of ${name === 'targets' ? 'PlanTarget' : '{ id, value, source }'}`);
    }
  }
  options ??= {};
  const defaultTolerance = options.tolerance ?? 2;
  if (typeof defaultTolerance !== 'number' || !(defaultTolerance >= 0) || !Number.isFinite(defaultTolerance)) {
    throw new DataError('out-of-range', `tolerance ${String(defaultTolerance)} must be a finite number ≥ 0`, { column: 'tolerance' });
  }
  targets.forEach((t, i) => {
    const where = (column: string) => ({ input: 'targets', row: i + 1, column });
    if (t === null || typeof t !== 'object') throw new DataError('invalid', `target is ${String(t)}, not an object`, { input: 'targets', row: i + 1 });
    if (typeof t.target !== 'number' || !Number.isFinite(t.target)) {
      throw new DataError('not-a-number', `target "${t.id}" is ${String(t.target)}, not a finite number`, where('target'), 'give the target value as a number');
    }
    if (t.stretch !== undefined && (typeof t.stretch !== 'number' || !Number.isFinite(t.stretch))) {
      throw new DataError('not-a-number', `stretch of target "${t.id}" is ${String(t.stretch)}, not a finite number`, where('stretch'), 'give a number or leave stretch out');
    }
    if (!TARGET_COMPARISONS.includes(t.comparison)) {
      throw new DataError('unknown-category', `comparison ${JSON.stringify(t.comparison)} of target "${t.id}" is not one of ${TARGET_COMPARISONS.join(', ')}`, where('comparison'),
        "use 'at-least' (a floor), 'at-most' (a ceiling) or 'approximately' (左右)");
    }
    if (t.tolerance !== undefined && (typeof t.tolerance !== 'number' || !Number.isFinite(t.tolerance) || t.tolerance < 0)) {
      throw new DataError('out-of-range', `tolerance ${String(t.tolerance)} of target "${t.id}" must be a finite number ≥ 0`, where('tolerance'));
    }
  });
  const byId = new Map<string, TargetActual>();
  actuals.forEach((a, i) => {
    if (a === null || typeof a !== 'object') throw new DataError('invalid', `actual is ${String(a)}, not an object`, { input: 'actuals', row: i + 1 });
    if (!targets.some((t) => t.id === a.id)) {
      throw new DataError('unknown-category', `actual for unknown target "${a.id}"`, { input: 'actuals', row: i + 1, column: 'id' }, `known targets: ${targets.map((t) => t.id).join(', ')}`);
    }
    if (byId.has(a.id)) throw new DataError('duplicate-key', `two actuals for target "${a.id}"`, { input: 'actuals', row: i + 1, column: 'id' });
    if (!Number.isFinite(a.value)) throw new DataError('not-a-number', `actual ${String(a.value)} is not a finite number`, { input: 'actuals', row: i + 1, column: 'value' });
    byId.set(a.id, a);
  });
  const asOf = options.asOf ?? null;
  if (asOf !== null && !Number.isInteger(asOf)) throw new DataError('invalid', `asOf ${String(asOf)} is not a year`, { function: 'trackTargets', column: 'asOf' });
  return targets.flatMap((t, i): TargetTracking[] => {
    if (asOf !== null && t.year > asOf) return [];
    if (t.target === 0) throw new DataError('out-of-range', `target "${t.id}" is zero: completion is undefined`, { input: 'targets', row: i + 1, column: 'target' });
    const tolerance = t.comparison === 'approximately' ? (t.tolerance ?? defaultTolerance) : 0;
    const a = byId.get(t.id);
    const base = {
      id: t.id, indicator: t.indicator, unit: t.unit, year: t.year, target: t.target, stretch: t.stretch ?? null,
      comparison: t.comparison, tolerance,
    };
    if (!a) {
      return [{ ...base, actual: null, completion: null, met: null, stretchMet: null, source: `target: ${t.source}; actual: none found`,
        note: `未找到${t.year}年实际值 / no published outcome for ${t.year} was found` }];
    }
    const atMost = t.comparison === 'at-most';
    const met = atMost ? a.value <= t.target : a.value >= t.target - tolerance;
    const stretchMet = t.stretch === undefined ? null : atMost ? a.value <= t.stretch : a.value >= t.stretch;
    const rule = t.comparison === 'approximately'
      ? { zh: `目标${t.target}${t.unit}左右（容差${tolerance}）`, en: `target about ${t.target} ${t.unit} (tolerance ${tolerance})` }
      : atMost
        ? { zh: `目标不超过${t.target}${t.unit}`, en: `target at most ${t.target} ${t.unit}` }
        : { zh: `目标${t.target}${t.unit}`, en: `target ${t.target} ${t.unit}` };
    const note = `${t.indicator.zh}实际${a.value}${t.unit}，${rule.zh}，${met ? '完成' : '未完成'}${stretchMet === null ? '' : stretchMet ? `，并达到争取目标${t.stretch}` : `，未达到争取目标${t.stretch}`} / ` +
      `${t.indicator.en}: actual ${a.value} ${t.unit}, ${rule.en}: ${met ? 'met' : 'not met'}${stretchMet === null ? '' : stretchMet ? `, stretch ${t.stretch} reached` : `, stretch ${t.stretch} not reached`}`;
    return [{ ...base, actual: a.value, completion: a.value / t.target, met, stretchMet, source: `target: ${t.source}; actual: ${a.source}`, note }];
  });
}

function requireFacts(fn: string, facts: unknown): void {
  if (!Array.isArray(facts)) {
    throw new DataError('invalid', `${fn}: argument "facts" is ${facts === null || facts === undefined ? String(facts) : 'not an array'}`, { function: fn, input: 'facts' },
      'pass park aggregate facts (loadParkAggregateFacts()) or nothing for the bundled ones');
  }
}

function fact(facts: ReadonlyArray<ParkAggregateFact>, period: string, indicatorZh: string): ParkAggregateFact | undefined {
  return facts.find((f) => f.period === period && f.indicator_zh === indicatorZh);
}

/**
 * The published 2011 outcome of the plan's targets, taken from the bundled park aggregate
 * facts (`data/facts/park_aggregate_facts.csv`, source S5: 36 parks, output 3468.31亿元
 * +77.5 %, tax 137.39亿元 +26.2 %), each with its source id.
 *
 * @param facts park aggregate facts (default: the bundled ones).
 * @throws {DataError} when a needed fact is missing from `facts`.
 * @example
 * ```ts
 * plan2011Outcomes().find((a) => a.id === 'tax-growth-2011'); // → { id: 'tax-growth-2011', value: 26.2, source: 'S5' }
 * ```
 */
export function plan2011Outcomes(facts: ReadonlyArray<ParkAggregateFact> = loadParkAggregateFacts()): TargetActual[] {
  requireFacts('plan2011Outcomes', facts);
  const need = (indicatorZh: string) => {
    const f = fact(facts, '2011', indicatorZh);
    if (!f || f.value_number === null) throw new DataError('missing-column', `no 2011 fact "${indicatorZh}"`, { file: 'data/facts/park_aggregate_facts.csv', column: 'indicator_zh' });
    return f;
  };
  const output = need('工业总产值');
  const tax = need('税收');
  const growth = (f: ParkAggregateFact) => {
    if (f.yoy_growth_pct === null) throw new DataError('missing-column', `2011 fact "${f.indicator_zh}" has no growth`, { file: 'data/facts/park_aggregate_facts.csv', column: 'yoy_growth_pct' });
    return f.yoy_growth_pct;
  };
  return [
    { id: 'output-2011', value: output.value_number!, source: output.source_id },
    { id: 'output-growth-2011', value: growth(output), source: output.source_id },
    { id: 'tax-2011', value: tax.value_number!, source: tax.source_id },
    { id: 'tax-growth-2011', value: growth(tax), source: tax.source_id },
  ];
}

/**
 * Later park targets found in the published facts, with the matching outcomes where found:
 * 2012 gross output 5000亿元 (S6; no full-year 2012 total was found, so it stays unmatched),
 * 2015 fixed-asset investment 1250亿元 (S14, actual 1389) and 2016 1600亿元 (S15, actual 1628.6).
 * Targets are the facts whose indicator names a target (目标); each is paired with the
 * fact of the same period named in the table inside this function.
 *
 * @param facts park aggregate facts (default: the bundled ones).
 * @example
 * ```ts
 * const { targets, actuals } = laterParkTargets();
 * trackTargets(targets, actuals).map((t) => [t.id, t.met]);
 * // → [['output-2012', null], ['fai-2015', true], ['fai-2016', true]]
 * ```
 */
export function laterParkTargets(facts: ReadonlyArray<ParkAggregateFact> = loadParkAggregateFacts()): { targets: PlanTarget[]; actuals: TargetActual[] } {
  requireFacts('laterParkTargets', facts);
  const pairs: { targetIndicator: string; period: string; id: string; year: number; actualIndicator: string; actualPeriod: string; indicator: BilingualText }[] = [
    { targetIndicator: '产业转移工业园产值目标', period: '2012 (target)', id: 'output-2012', year: 2012, actualIndicator: '工业总产值', actualPeriod: '2012', indicator: { zh: '产业转移工业园工业总产值', en: 'gross industrial output of the transfer parks' } },
    { targetIndicator: '固定资产投资年度目标', period: '2015', id: 'fai-2015', year: 2015, actualIndicator: '固定资产投资(新建续建工业项目)', actualPeriod: '2015', indicator: { zh: '省产业园固定资产投资（新建续建工业项目）', en: 'fixed-asset investment of the provincial parks (industrial projects)' } },
    { targetIndicator: '固定资产投资年度目标', period: '2016', id: 'fai-2016', year: 2016, actualIndicator: '固定资产投资(新建续建工业项目)', actualPeriod: '2016', indicator: { zh: '省产业园固定资产投资（新建续建工业项目）', en: 'fixed-asset investment of the provincial parks (industrial projects)' } },
  ];
  const targets: PlanTarget[] = [];
  const actuals: TargetActual[] = [];
  for (const p of pairs) {
    const t = fact(facts, p.period, p.targetIndicator);
    if (!t || t.value_number === null) continue;
    targets.push({ id: p.id, indicator: p.indicator, unit: t.unit, year: p.year, target: t.value_number, comparison: 'at-least', asWritten: t.quote, source: t.source_id });
    const a = fact(facts, p.actualPeriod, p.actualIndicator);
    if (a && a.value_number !== null) actuals.push({ id: p.id, value: a.value_number, source: a.source_id });
  }
  return { targets, actuals };
}
