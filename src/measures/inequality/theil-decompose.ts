/**
 * Between/within decomposition of Theil T or L over one grouping.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireSameLength, sum, type Numbers } from '../../core/validate.js';
import { prepare, requirePositiveMean } from './input.js';
import { theilL, theilT } from './theil.js';

/** Which Theil index to decompose: `'T'` = GE(1), `'L'` = GE(0) (mean log deviation). */
export type TheilIndex = 'T' | 'L';

/** A group label: a region name, a code… Compared with `===`. */
export type GroupLabel = string | number;

/** Options of {@link theilDecompose}. */
export interface TheilDecomposeOptions {
  /** Population (or size) of each unit, > 0. Omitted: every unit counts once. */
  weights?: Numbers;
  /** Index to decompose; default `'T'`. */
  index?: TheilIndex;
}

/** One group's part of a Theil decomposition. */
export interface TheilGroupPart {
  group: GroupLabel;
  /** Number of units in the group. */
  n: number;
  /** P_g/P: the group's share of population (of units when unweighted). */
  populationShare: number;
  /** Y_g/Y: the group's share of total value (e.g. of GDP). */
  valueShare: number;
  /** Group mean of the per-capita values (weighted by population when weights are given). */
  mean: number;
  /** The Theil index within the group (T_g or L_g); `null` for a T group whose values are all zero. */
  index: number | null;
  /** The group's term in `within`: S_g·T_g for T, P_g·L_g for L. */
  withinTerm: number;
  /** withinTerm / total: the group's contribution rate (贡献率); `null` when total is 0. */
  contribution: number | null;
}

/** Result of {@link theilDecompose}. `between + within === total` by construction. */
export interface TheilDecomposition {
  index: TheilIndex;
  total: number;
  between: number;
  within: number;
  /** between / total; `null` when total is 0 (no inequality to attribute). */
  betweenContribution: number | null;
  /** within / total; `null` when total is 0. */
  withinContribution: number | null;
  /** Groups in order of first appearance; `betweenContribution + Σ contribution = 1`. */
  groups: TheilGroupPart[];
}

/**
 * Split Theil inequality into inequality between groups and inequality within them, and give
 * each group's contribution.
 *
 * With population shares P_g, value shares S_g = Y_g/Y and within-group indices T_g, L_g:
 * - T: total = Σ_g S_g ln(S_g/P_g) [between] + Σ_g S_g T_g [within];
 * - L: total = Σ_g P_g ln(P_g/S_g) [between] + Σ_g P_g L_g [within].
 *
 * Conventions: `total` is returned as `between + within` (both summed with Neumaier
 * compensation), so the identity holds exactly; it equals {@link theilT}/{@link theilL} of all
 * units to float precision (tests hold it to 1e-12). Contribution rates are shares of the total:
 * `betweenContribution + Σ groups[].contribution = 1`. Groups keep the order in which they first
 * appear. One group: between = 0. Zeros as in {@link theilT} / refused by L. REAT's
 * `theil()` has no decomposition; its weighted variants compute shares differently (see
 * docs/conventions.md). PySAL's `TheilD` is the unweighted T version of this.
 *
 * @param values per-capita values (≥ 0 for T, > 0 for L)
 * @param groups one label per value
 * @throws MeasureError as {@link theilT}/{@link theilL}, `length-mismatch` when `groups` differs
 *   in length, `not-finite` for a missing group label (names the index).
 * @see Shorrocks, A. F. (1980) https://doi.org/10.2307/1913546 ; Akita, T. (2003)
 *   https://doi.org/10.1007/s001680200111
 * @example
 * ```ts
 * const d = theilDecompose([1, 2, 3, 6], ['a', 'a', 'b', 'b'], { index: 'T' });
 * d.between + d.within === d.total // true; d.between ≈ 0.13081, d.within ≈ 0.05663, d.total ≈ 0.18745
 * ```
 */
export function theilDecompose(
  values: Numbers,
  groups: ReadonlyArray<GroupLabel>,
  options: TheilDecomposeOptions = {},
): TheilDecomposition {
  const index = options.index ?? 'T';
  const measure = 'theilDecompose';
  if (index !== 'T' && index !== 'L') {
    throw new MeasureError('out-of-domain', measure, `index must be 'T' or 'L', got ${String(index)}`, { argument: 'index' });
  }
  const { values: y, shares, mean, scale } = prepare(measure, values, options.weights, {
    domain: index === 'L' ? 'positive' : 'non-negative',
  });
  requirePositiveMean(measure, mean);
  requireSameLength(measure, values, 'values', groups as unknown as Numbers, 'groups');
  const n = y.length;

  // Pass 1: group ids, group population and value totals.
  const ids = new Int32Array(n);
  const labels: GroupLabel[] = [];
  const lookup = new Map<GroupLabel, number>();
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    if (g === undefined || g === null || (typeof g === 'number' && Number.isNaN(g))) {
      throw new MeasureError('not-finite', measure, `group label ${String(g)} is missing`, { argument: 'groups', index: i });
    }
    let id = lookup.get(g);
    if (id === undefined) {
      id = labels.length;
      lookup.set(g, id);
      labels.push(g);
    }
    ids[i] = id;
  }
  const k = labels.length;
  // Each group's units, population shares and weights (kept in input order).
  const members: number[][] = labels.map(() => []);
  for (let i = 0; i < n; i++) members[ids[i]!]!.push(i);
  const P = members.map((m) => sum(m.map((i) => shares[i]!)));
  const M = members.map((m, g) => sum(m.map((i) => shares[i]! * y[i]!)) / P[g]!);

  // Within each group: the Theil index of its own units; between groups: the same index of the
  // group means weighted by group population (= Σ S_g ln(S_g/P_g) for T, Σ P_g ln(P_g/S_g) for L).
  const theil = index === 'T' ? theilT : theilL;
  const withinTerms: number[] = [];
  const parts: Omit<TheilGroupPart, 'contribution'>[] = [];
  for (let g = 0; g < k; g++) {
    const populationShare = P[g]!;
    const valueShare = (populationShare * M[g]!) / mean;
    const m = members[g]!;
    const gv = m.map((i) => y[i]!);
    const gw = options.weights === undefined ? undefined : m.map((i) => options.weights![i]!);
    const idx = index === 'T' && !(M[g]! > 0) ? null : theil(gv, gw);
    const withinTerm = index === 'T' ? valueShare * (idx ?? 0) : populationShare * idx!;
    withinTerms.push(withinTerm);
    parts.push({ group: labels[g]!, n: m.length, populationShare, valueShare, mean: M[g]! * scale, index: idx, withinTerm });
  }
  const between = k === 1 ? 0 : theil(M, P);
  const within = sum(withinTerms);
  const total = between + within;
  const share = (x: number): number | null => (total > 0 ? x / total : null);
  return {
    index,
    total,
    between,
    within,
    betweenContribution: share(between),
    withinContribution: share(within),
    groups: parts.map((p) => ({ ...p, contribution: share(p.withinTerm) })),
  };
}
