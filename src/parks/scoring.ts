/**
 * Points rubrics as data, and score sheets checked against them.
 * @module
 */
import { DataError } from '../core/errors.js';
import { sum } from '../core/validate.js';
import { warn } from '../core/warnings.js';
import { readBundledJson } from './bundled.js';
import type { BilingualText } from './rule-set.js';

/** A points rubric: named components with maximum points (shape of `data/rules/rubric-*.json`). */
export interface ScoringRubric {
  id: string;
  name: BilingualText;
  source: string;
  /** True when the maxima were inferred from a sheet rather than published. */
  maxInferred?: boolean;
  /** Maximum total (the sum of component maxima). */
  total: number;
  /** Largest |reported total − sum of components| still accepted as consistent (rounding). */
  tolerance: number;
  components: { id: string; label: BilingualText; max: number }[];
}

/** One park's score sheet. */
export interface ScoreSheet {
  parkId: string;
  year?: number;
  /** Points per component id of the rubric. */
  components: Readonly<Record<string, number>>;
  /** The total printed on the sheet, if any. */
  reportedTotal?: number | null;
}

/** A score sheet checked against its rubric. */
export interface ParkScore {
  parkId: string;
  year: number | null;
  /** Sum of the components (the score the engine uses). */
  score: number;
  reportedTotal: number | null;
  /** reportedTotal − score (null without a reported total). */
  difference: number | null;
  /** Components add up to the reported total within the rubric's tolerance (null without a reported total). */
  consistent: boolean | null;
  /** Bilingual notes; a mismatch is stated here. */
  reasons: string[];
}

/**
 * Validate a points rubric and return a frozen copy.
 * @throws {DataError} missing fields, duplicate component ids, non-positive maxima, or a
 *   `total` that is not the sum of the maxima.
 * @example
 * ```ts
 * validateRubric(loadRubric('meizhou-2016')).total; // → 100
 * ```
 */
export function validateRubric(rubric: unknown, file = 'rubric'): ScoringRubric {
  const r = rubric as ScoringRubric;
  const bad = (column: string, problem: string): never => { throw new DataError('invalid', problem, { file, column }); };
  if (typeof r !== 'object' || r === null) bad('(root)', 'a rubric must be an object');
  if (typeof r.id !== 'string' || !r.id) bad('id', 'must be a non-empty string');
  if (!Array.isArray(r.components) || r.components.length === 0) bad('components', 'must be a non-empty array');
  const ids = new Set<string>();
  r.components.forEach((c, i) => {
    if (typeof c?.id !== 'string' || !c.id) bad(`components[${i}].id`, 'must be a non-empty string');
    if (ids.has(c.id)) bad(`components[${i}].id`, `component "${c.id}" is listed twice`);
    ids.add(c.id);
    if (!(Number.isFinite(c.max) && c.max > 0)) bad(`components[${i}].max`, 'must be a positive number');
  });
  if (!Number.isFinite(r.tolerance) || r.tolerance < 0) bad('tolerance', 'must be a number ≥ 0');
  const maxSum = sum(r.components.map((c) => c.max));
  if (Math.abs(maxSum - r.total) > 1e-9) bad('total', `total ${r.total} is not the sum of the component maxima (${maxSum})`);
  const freeze = <T>(v: T): T => { if (typeof v === 'object' && v !== null) { Object.values(v).forEach(freeze); Object.freeze(v); } return v; };
  return freeze(JSON.parse(JSON.stringify(r)) as ScoringRubric);
}

/**
 * A bundled points rubric. `'meizhou-2016'`: the 梅州 2016 provincial park evaluation
 * sheet (fixed-asset investment 25, value-added growth 20, tax growth 20, environment 15,
 * land 15, transfer 5; maxima inferred from the published sheet, source S17).
 * @example
 * ```ts
 * loadRubric('meizhou-2016').components.map((c) => c.max); // → [25, 20, 20, 15, 15, 5]
 * ```
 */
export function loadRubric(id: 'meizhou-2016'): ScoringRubric {
  if (id !== 'meizhou-2016') throw new DataError('unknown-category', `unknown bundled rubric ${JSON.stringify(id)}`, { column: 'rubric' }, "use 'meizhou-2016' or pass your own rubric");
  return validateRubric(readBundledJson(`rules/rubric-${id}.json`), `data/rules/rubric-${id}.json`);
}

/**
 * Score parks with a points rubric: the score is the sum of the component points, each
 * checked against its maximum, and a sheet whose components do not add up to its reported
 * total is flagged (reason + warning `score-sheet-total-mismatch`), never corrected.
 * (The published 梅州 2016 sheet has one: 梅江区东升 self-score 88 vs components 81.5.)
 *
 * @param sheets score sheets (not modified).
 * @param rubric `'meizhou-2016'` or your own rubric object.
 * @throws {DataError} a missing, unknown, negative or non-finite component, a component above
 *   its maximum, a duplicate park-year.
 * @example
 * ```ts
 * scoreParks([{ parkId: '梅江区东升', components: { fixedAssetInvestment: 25, valueAddedGrowth: 4, taxGrowth: 20,
 *   environment: 14.5, landUse: 13, transfer: 5 }, reportedTotal: 88 }], 'meizhou-2016')[0];
 * // → { parkId: '梅江区东升', year: null, score: 81.5, reportedTotal: 88, difference: 6.5, consistent: false, reasons: [...] }
 * ```
 */
export function scoreParks(sheets: ReadonlyArray<ScoreSheet>, rubric: 'meizhou-2016' | ScoringRubric): ParkScore[] {
  const r = typeof rubric === 'string' ? loadRubric(rubric) : validateRubric(rubric);
  const file = 'sheets';
  const seen = new Set<string>();
  return sheets.map((s, i) => {
    const row = i + 1;
    if (typeof s.parkId !== 'string' || !s.parkId) throw new DataError('invalid', 'parkId must be a non-empty string', { file, row, column: 'parkId' });
    const key = `${s.parkId}\u0000${s.year ?? ''}`;
    if (seen.has(key)) throw new DataError('duplicate-key', `park "${s.parkId}" has two sheets${s.year !== undefined ? ` for ${s.year}` : ''}`, { file, row, column: 'parkId' });
    seen.add(key);
    for (const k of Object.keys(s.components ?? {})) {
      if (!r.components.some((c) => c.id === k)) throw new DataError('unknown-category', `unknown component "${k}" for rubric ${r.id}`, { file, row, column: k }, `use ${r.components.map((c) => c.id).join(', ')}`);
    }
    const points = r.components.map((c) => {
      const v = s.components?.[c.id];
      if (v === undefined) throw new DataError('missing-column', `component "${c.id}" (${c.label.zh}) is missing`, { file, row, column: c.id });
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new DataError('not-a-number', `component "${c.id}" = ${String(v)} is not a number`, { file, row, column: c.id });
      if (v < 0) throw new DataError('out-of-range', `component "${c.id}" = ${v} is negative`, { file, row, column: c.id });
      if (v > c.max) throw new DataError('out-of-range', `component "${c.id}" = ${v} is above its maximum ${c.max}`, { file, row, column: c.id }, 'check the sheet or the rubric');
      return v;
    });
    const score = Math.round(sum(points) * 1e9) / 1e9;
    const reported = s.reportedTotal ?? null;
    if (reported !== null && !Number.isFinite(reported)) throw new DataError('not-a-number', `reportedTotal ${String(reported)} is not a number`, { file, row, column: 'reportedTotal' });
    if (reported !== null && reported > r.total) throw new DataError('out-of-range', `reported total ${reported} is above the rubric maximum ${r.total}`, { file, row, column: 'reportedTotal' });
    const difference = reported === null ? null : Math.round((reported - score) * 1e9) / 1e9;
    const consistent = difference === null ? null : Math.abs(difference) <= r.tolerance;
    const reasons = [`各项得分合计${score}（满分${r.total}） / components add up to ${score} (of ${r.total})`];
    if (consistent === false) {
      const msg = `报告总分${reported}与各项合计${score}不符（相差${difference}），按各项合计计分 / reported total ${reported} does not equal the sum of the components ${score} (difference ${difference}); the sum is used`;
      reasons.push(msg);
      warn({ code: 'score-sheet-total-mismatch', message: `park ${s.parkId}: ${msg}`, file, row, column: 'reportedTotal' });
    }
    return { parkId: s.parkId, year: s.year ?? null, score, reportedTotal: reported, difference, consistent, reasons };
  });
}
