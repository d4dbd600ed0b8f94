import type { ColumnTable } from 'arquero';
import { setWarningHandler, type DataWarning } from '../../../src/core/warnings.js';

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
