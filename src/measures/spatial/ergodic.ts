/**
 * Ergodic properties of a transition matrix (internal, shared by markovChain and spatialMarkov):
 * communicating classes, steady state and mean first passage times, as giddy `ergodic`.
 * @module
 */
import { invert, solve } from './matrix.js';

/** Structure of a chain: its closed (recurrent) communicating classes and transient states. */
export interface ChainStructure {
  /** Closed communicating classes (each a list of class labels), ascending. */
  closed: number[][];
  /** States that are not in a closed class (left for good with positive probability), including empty rows. */
  transient: number[];
  /** States whose row has no observed transition (row of zeros). */
  empty: number[];
  /** True when the whole chain is one communicating class (irreducible). */
  irreducible: boolean;
}

/** Communicating classes by reachability (k is small). */
export function chainStructure(P: readonly (readonly number[])[]): ChainStructure {
  const k = P.length;
  const reach: boolean[][] = P.map((row, i) => row.map((p, j) => p > 0 || i === j));
  for (let m = 0; m < k; m++) for (let i = 0; i < k; i++) if (reach[i]![m]) for (let j = 0; j < k; j++) if (reach[m]![j]) reach[i]![j] = true;
  const empty = P.map((row, i) => (row.every((p) => p === 0) ? i : -1)).filter((i) => i >= 0);
  const seen = new Set<number>();
  const closed: number[][] = [];
  const transient: number[] = [];
  for (let i = 0; i < k; i++) {
    if (seen.has(i)) continue;
    const cls: number[] = [];
    for (let j = 0; j < k; j++) if (reach[i]![j] && reach[j]![i]) cls.push(j);
    cls.forEach((j) => seen.add(j));
    const isEmpty = cls.length === 1 && empty.includes(i);
    const leaves = cls.some((a) => P[a]!.some((p, b) => p > 0 && !cls.includes(b)));
    if (isEmpty || leaves) for (const c of cls) transient.push(c);
    else closed.push(cls);
  }
  transient.sort((a, b) => a - b);
  return { closed, transient, empty, irreducible: closed.length === 1 && closed[0]!.length === k };
}

/** Stationary distribution π of an irreducible P: π(P − I) = 0, Σπ = 1. */
export function steadyState(P: readonly (readonly number[])[]): number[] | undefined {
  const k = P.length;
  const A = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => P[j]![i]! - (i === j ? 1 : 0)));
  A[k - 1] = new Array<number>(k).fill(1);
  const b = new Array<number>(k).fill(0);
  b[k - 1] = 1;
  return solve(A, b);
}

/**
 * Mean first passage times (Kemeny & Snell 1976, th. 4.4.7), as giddy `fmpt`: with Z = (I − P + Π)⁻¹,
 * m_ij = (δ_ij − z_ij + z_jj)/π_j; the diagonal is the mean recurrence time 1/π_j.
 */
export function meanFirstPassage(P: readonly (readonly number[])[], pi: readonly number[]): number[][] | undefined {
  const k = P.length;
  const M = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0) - P[i]![j]! + pi[j]!));
  const Z = invert(M);
  if (!Z) return undefined;
  return Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => ((i === j ? 1 : 0) - Z[i]![j]! + Z[j]![j]!) / pi[j]!));
}
