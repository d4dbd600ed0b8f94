/**
 * Discrete Markov chain of class transitions (giddy `Markov`).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { warn, type DataWarning } from '../../core/warnings.js';
import { chainStructure, meanFirstPassage, steadyState } from './ergodic.js';

/** Options of {@link markovChain}. */
export interface MarkovChainOptions {
  /** Number of classes (labels 0…k−1). Default: the largest label + 1. */
  k?: number;
}

/** Result of {@link markovChain}. */
export interface MarkovChainResult {
  /** Number of classes. */
  k: number;
  /** counts[i][j]: transitions from class i in year t to class j in year t + 1, over all units and years. */
  counts: number[][];
  /** probabilities[i][j] = counts[i][j] / Σ_j counts[i][j] (a row of zeros when class i was never left from). */
  probabilities: number[][];
  /** Stationary distribution π (π P = π, Σπ = 1); null when the chain is not irreducible. */
  steadyState: number[] | null;
  /** Mean first passage times m_ij (periods to first reach j from i); diagonal = mean recurrence time 1/π_j. Null when not irreducible. */
  meanFirstPassage: number[][] | null;
  /** Expected stay in class i, 1/(1 − p_ii) periods (Infinity when p_ii = 1; giddy `sojourn_time`). */
  sojournTime: number[];
  /** True when every class communicates with every other (one closed class of size k). */
  irreducible: boolean;
  /** Closed communicating classes (a reducible chain has several, or transient states). */
  closedClasses: number[][];
  /** States outside every closed class (including never-left classes). */
  transientClasses: number[];
  /** Recorded warnings (reducible chain, empty rows). */
  warnings: DataWarning[];
}

/**
 * Markov transition matrix of class labels, as giddy `Markov(class_ids)`, with its steady state and
 * mean first passage times (giddy `ergodic.steady_state`, `fmpt`).
 *
 * Formula: n_ij = #{(unit, t): c_{unit,t} = i, c_{unit,t+1} = j}; p_ij = n_ij / Σ_j n_ij. For an
 * irreducible chain the steady state solves π(P − I) = 0 with Σπ = 1, and the mean first passage
 * matrix is M = (I − Z + E Z_dg) D with Z = (I − P + 1π)⁻¹ and D = diag(1/π) (Kemeny & Snell 1976),
 * so M_jj = 1/π_j as in giddy. A reducible chain (more than one closed class, or transient or
 * never-left classes) gets no made-up steady state: `steadyState` and `meanFirstPassage` are null,
 * the closed classes are listed and a `reducible-chain` warning is recorded. (giddy instead returns
 * one steady state per closed class.)
 *
 * @param classSequences units × years of 0-based class labels (each row ≥ 2 years, all rows equal length)
 * @throws MeasureError `empty`, `length-mismatch` (ragged rows), `out-of-domain` (label not an integer in [0, k)).
 * @see Kemeny, J. G. & Snell, J. L. (1976) Finite Markov Chains; Rey, S. J. (2001) Spatial
 *   empirics for economic growth and convergence, Geographical Analysis 33(3); giddy `Markov`.
 * @example
 * ```ts
 * markovChain([[0, 1, 1], [1, 0, 0]]).probabilities // [[0.5, 0.5], [0.5, 0.5]]
 * ```
 */
export function markovChain(classSequences: readonly (readonly number[])[], options: MarkovChainOptions = {}): MarkovChainResult {
  const measure = 'markovChain';
  if (!Array.isArray(classSequences) || classSequences.length === 0) {
    throw new MeasureError('empty', measure, 'needs at least one unit', { argument: 'classSequences' });
  }
  const T = classSequences[0]!.length;
  let maxLabel = -1;
  classSequences.forEach((row, u) => {
    if (!Array.isArray(row) || row.length !== T) {
      throw new MeasureError('length-mismatch', measure, `unit ${u} has ${Array.isArray(row) ? row.length : 0} years, unit 0 has ${T}`, { argument: 'classSequences', index: u });
    }
    for (const c of row) {
      if (!Number.isInteger(c) || c < 0) throw new MeasureError('out-of-domain', measure, `class label ${String(c)} of unit ${u} is not a non-negative integer`, { argument: 'classSequences', index: u });
      if (c > maxLabel) maxLabel = c;
    }
  });
  if (T < 2) throw new MeasureError('empty', measure, 'needs at least two years to count transitions', { argument: 'classSequences' });
  const k = options.k ?? maxLabel + 1;
  if (!Number.isInteger(k) || k < 1) throw new MeasureError('out-of-domain', measure, `k must be a positive integer, got ${String(k)}`, { argument: 'k' });
  if (maxLabel >= k) throw new MeasureError('out-of-domain', measure, `class label ${maxLabel} is outside 0…${k - 1}`, { argument: 'classSequences' });
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const row of classSequences) for (let t = 0; t + 1 < T; t++) counts[row[t]!]![row[t + 1]!]! += 1;
  return summariseChain(measure, counts);
}

/** Probabilities, ergodic results and warnings of a count matrix (shared with spatialMarkov). */
export function summariseChain(measure: string, counts: number[][], label = ''): MarkovChainResult {
  const k = counts.length;
  const probabilities = counts.map((row) => {
    const s = row.reduce((a, b) => a + b, 0);
    return row.map((c) => (s > 0 ? c / s : 0));
  });
  const structure = chainStructure(probabilities);
  const warnings: DataWarning[] = [];
  let ss: number[] | null = null;
  let fmpt: number[][] | null = null;
  if (structure.irreducible) {
    ss = steadyState(probabilities) ?? null;
    if (ss) fmpt = meanFirstPassage(probabilities, ss) ?? null;
  } else {
    const parts = [
      structure.closed.length ? `closed classes ${structure.closed.map((c) => `{${c.join(', ')}}`).join(', ')}` : '',
      structure.transient.length ? `transient or never-left classes {${structure.transient.join(', ')}}` : '',
    ].filter(Boolean);
    warnings.push(
      warn({
        code: 'reducible-chain',
        message: `${measure}${label}: the chain is reducible (${parts.join('; ')}), so it has no unique steady state; steadyState and meanFirstPassage are left null`,
      }),
    );
  }
  return {
    k,
    counts,
    probabilities,
    steadyState: ss,
    meanFirstPassage: fmpt,
    sojournTime: probabilities.map((row, i) => 1 / (1 - row[i]!)),
    irreducible: structure.irreducible,
    closedClasses: structure.closed,
    transientClasses: structure.transient,
    warnings,
  };
}
