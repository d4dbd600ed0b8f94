/**
 * Multi-stage nested Theil decomposition (Akita 2003).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';
import { theilDecompose, type GroupLabel, type TheilIndex } from './theil-decompose.js';
import { theilL, theilT } from './theil.js';

/** One stage of a nested decomposition. */
export interface TheilNestedStage {
  /**
   * `'between'` at level j: inequality between the level-j groups inside their level-(j−1)
   * parent (level 0: between the top groups). `'within'`: inequality among the units inside
   * the finest groups.
   */
  kind: 'between' | 'within';
  /** 0-based level the stage refers to (the finest level for `'within'`). */
  level: number;
  value: number;
  /** value / total; `null` when total is 0. */
  contribution: number | null;
}

/** One group at one level of a nested decomposition. */
export interface TheilNestedGroup {
  level: number;
  group: GroupLabel;
  /** The label of the enclosing group one level up; `null` at level 0. */
  parent: GroupLabel | null;
  n: number;
  populationShare: number;
  valueShare: number;
  /** Theil index among the group's units (null for a T group whose values are all zero). */
  index: number | null;
  /**
   * The group's term in its stage: weight × (between its subgroups) for levels above the
   * finest, weight × index for the finest level; weight = value share (T) or population share (L).
   */
  term: number;
}

/** Result of {@link theilNested}; `Σ stages[].value === total` (compensated sum). */
export interface TheilNestedDecomposition {
  index: TheilIndex;
  total: number;
  stages: TheilNestedStage[];
  groups: TheilNestedGroup[];
}

/**
 * Two-stage (or k-stage) nested Theil decomposition: splits inequality among units (cities,
 * counties) into between top-level groups (e.g. Guangdong's four regions), between sub-groups
 * within those groups (e.g. cities within regions, when units are counties), and within the
 * finest groups.
 *
 * Formula (Akita 2003, for T; L alike with population shares P in place of value shares S):
 * T = Σ_r S_r ln(S_r/P_r) [between regions]
 *   + Σ_r S_r Σ_{c∈r} (S_rc/S_r) ln[(S_rc/S_r)/(P_rc/P_r)] [between cities within regions]
 *   + Σ_r Σ_c S_rc T_rc [within cities].
 * With one level the result is the ordinary {@link theilDecompose} (between + within).
 *
 * Conventions: `levels` lists labels outermost first, one label per unit at each level; each
 * finer group must lie in exactly one coarser group (a county cannot belong to two cities).
 * `total` is the compensated sum of the stage values and equals {@link theilT}/{@link theilL}
 * of all units to float precision.
 *
 * @param values per-capita values of the units (≥ 0 for T, > 0 for L)
 * @param weights population of each unit (> 0), or `undefined` to count every unit once
 * @param levels one array of labels per level, outermost first
 * @throws MeasureError `empty` when `levels` is empty, `length-mismatch`, `out-of-domain` when a
 *   group is not nested in one parent (names the index), plus the errors of {@link theilT}.
 * @see Akita, T. (2003) Decomposing regional income inequality in China and Indonesia using
 *   two-stage nested Theil decomposition method. Annals of Regional Science 37, 55–77.
 *   https://doi.org/10.1007/s001680200111
 * @example
 * ```ts
 * const r = theilNested([1, 2, 3, 6], undefined, [['a', 'a', 'b', 'b']]);
 * r.stages.map((s) => s.value) // [0.13081… (between), 0.05663… (within)]
 * ```
 */
export function theilNested(
  values: Numbers,
  weights: Numbers | undefined,
  levels: ReadonlyArray<ReadonlyArray<GroupLabel>>,
  options: { index?: TheilIndex } = {},
): TheilNestedDecomposition {
  const measure = 'theilNested';
  const index = options.index ?? 'T';
  const { values: y, shares, mean } = prepare(measure, values, weights, { domain: index === 'L' ? 'positive' : 'non-negative' });
  requirePositiveMean(measure, mean);
  if (!Array.isArray(levels) || levels.length === 0) {
    throw new MeasureError('empty', measure, 'needs at least one level of group labels', { argument: 'levels' });
  }
  const n = y.length;
  levels.forEach((lv, j) => {
    requireSameLength(measure, values, 'values', lv as unknown as Numbers, `levels[${j}]`);
    for (let i = 0; i < n; i++) {
      if (lv[i] === undefined || lv[i] === null) {
        throw new MeasureError('not-finite', measure, `group label at level ${j} is missing`, { argument: `levels[${j}]`, index: i });
      }
    }
  });
  // Nesting check: each finer label has one parent.
  for (let j = 1; j < levels.length; j++) {
    const parentOf = new Map<GroupLabel, GroupLabel>();
    for (let i = 0; i < n; i++) {
      const child = levels[j]![i]!;
      const parent = levels[j - 1]![i]!;
      const seen = parentOf.get(child);
      if (seen === undefined) parentOf.set(child, parent);
      else if (seen !== parent) {
        throw new MeasureError(
          'out-of-domain',
          measure,
          `group "${String(child)}" at level ${j} lies in both "${String(seen)}" and "${String(parent)}" at level ${j - 1}; give finer groups labels that are unique within one parent (e.g. "parent/child")`,
          { argument: `levels[${j}]`, index: i },
        );
      }
    }
  }

  const w = weights ?? shares; // any positive sizes proportional to the shares
  const groups: TheilNestedGroup[] = [];
  const stageTerms: number[][] = levels.map(() => []);
  const withinTerms: number[] = [];

  for (let j = 0; j < levels.length; j++) {
    // Partition units by their level-j label (keeping first-appearance order).
    const members = new Map<GroupLabel, number[]>();
    for (let i = 0; i < n; i++) {
      const g = levels[j]![i]!;
      const list = members.get(g);
      if (list) list.push(i);
      else members.set(g, [i]);
    }
    for (const [g, idx] of members) {
      const pShare = sum(idx.map((i) => shares[i]!));
      const vShare = sum(idx.map((i) => shares[i]! * y[i]!)) / mean;
      const gv = idx.map((i) => y[i]!);
      const gw = idx.map((i) => w[i]!);
      const allZero = gv.every((v) => v === 0);
      const gIndex = allZero ? null : index === 'T' ? theilT(gv, gw) : theilL(gv, gw);
      const weight = index === 'T' ? vShare : pShare;
      let term: number;
      if (j < levels.length - 1) {
        const sub = idx.map((i) => levels[j + 1]![i]!);
        term = allZero ? 0 : weight * theilDecompose(gv, sub, { weights: gw, index }).between;
        stageTerms[j + 1]!.push(term);
      } else {
        term = weight * (gIndex ?? 0);
        withinTerms.push(term);
      }
      groups.push({
        level: j,
        group: g,
        parent: j === 0 ? null : levels[j - 1]![idx[0]!]!,
        n: idx.length,
        populationShare: pShare,
        valueShare: vShare,
        index: gIndex,
        term,
      });
    }
  }
  const top = theilDecompose(y, levels[0]!, { weights: w, index });
  const stageValues = [top.between, ...stageTerms.slice(1).map((t) => sum(t)), sum(withinTerms)];
  const total = sum(stageValues);
  const stages: TheilNestedStage[] = stageValues.map((value, s) => ({
    kind: s < levels.length ? 'between' : 'within',
    level: s < levels.length ? s : levels.length - 1,
    value,
    contribution: total > 0 ? value / total : null,
  }));
  return { index, total, stages, groups };
}
