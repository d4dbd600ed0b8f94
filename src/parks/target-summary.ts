/**
 * `targetSummary`: tracked targets split into met, missed and without data.
 * @module
 */
import type { TargetTracking } from './plan.js';

/** What {@link targetSummary} returns: the targets in input order, split by outcome. */
export interface TargetSummary {
  all: TargetTracking[];
  met: TargetTracking[];
  missed: TargetTracking[];
  /** No published actual: `met` is null. */
  unknown: TargetTracking[];
  /** Those with an actual (what a completion chart can draw). */
  withActual: TargetTracking[];
}

/**
 * Split tracked targets (one or more `trackTargets` results, concatenated in order) by outcome.
 * @example
 * ```ts
 * const s = targetSummary(trackTargets(plan2011.targets, plan2011Outcomes()));
 * [s.met.length, s.missed.length, s.unknown.length] // [3, 1, 0]
 * ```
 */
export function targetSummary(...tracked: ReadonlyArray<ReadonlyArray<TargetTracking>>): TargetSummary {
  const all = tracked.flatMap((t) => [...t]);
  return {
    all,
    met: all.filter((t) => t.met === true),
    missed: all.filter((t) => t.met === false),
    unknown: all.filter((t) => t.met === null),
    withActual: all.filter((t) => t.actual !== null),
  };
}
