/**
 * Types shared by the chart builders.
 * @module
 */
import type { ColumnTable } from 'arquero';

/** Label language: Chinese (default) or English. */
export type Lang = 'zh' | 'en';

/** Rows a builder accepts: an array of plain records or an arquero table (read via `.objects()`). */
export type RowsInput<T> = ReadonlyArray<T> | ColumnTable;

/** Options every builder accepts. */
export interface ChartOptions {
  /** Label language; `'zh'` (default) or `'en'`. */
  lang?: Lang;
  /** Replace the default chart title. */
  title?: string;
  /** Plot width in pixels (a default suited to an A4 report page otherwise). */
  width?: number;
  /** Plot height in pixels. */
  height?: number;
}
