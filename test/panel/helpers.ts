import type { ColumnTable } from 'arquero';
import { afterEach, beforeEach } from 'vitest';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

/** Collect warnings while `fn` runs (the default handler is restored afterwards). */
export function collectWarnings<T>(fn: () => T): { result: T; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  const prev = setWarningHandler((w) => warnings.push(w));
  try {
    return { result: fn(), warnings };
  } finally {
    setWarningHandler(prev);
  }
}

/**
 * Record the warnings of each test of the calling file: returns an array that holds the current
 * test's warnings (emptied before each test; the previous handler is restored after it).
 */
export function recordWarnings(): DataWarning[] {
  const warnings: DataWarning[] = [];
  let previous: ReturnType<typeof setWarningHandler> | undefined;
  beforeEach(() => {
    warnings.length = 0;
    previous = setWarningHandler((w) => warnings.push(w));
  });
  afterEach(() => {
    if (previous) setWarningHandler(previous);
  });
  return warnings;
}

/** Deep-freeze an array of records, to prove a function does not modify its input. */
export function frozen<T extends object>(rows: T[]): ReadonlyArray<Readonly<T>> {
  return Object.freeze(rows.map((r) => Object.freeze({ ...r })));
}

/** Loosely typed output rows, for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rec = Record<string, any>;

/** The rows of an output table as records. */
export function objs(t: ColumnTable): Rec[] {
  return t.objects() as Rec[];
}
