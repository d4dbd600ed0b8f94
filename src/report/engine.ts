/**
 * What a notebook engine does: execute a notebook top to bottom with given environment
 * variables, keep every output, and stop at the first failing cell with its real message.
 * @module
 */
import type { Notebook } from './ipynb.js';

/** The engines `prd-report --engine` accepts. */
export type EngineName = 'tslab' | 'jupyter';

/** The first failing cell of a notebook. */
export interface CellFailure {
  /** Index into `notebook.cells` (markdown cells included), 0-based. */
  cellIndex: number;
  /** 1-based number among the code cells, as a reader counts them. */
  codeCell: number;
  source: string;
  /** The error as the kernel printed it (type errors with line:column, or the thrown error). */
  message: string;
}

/** The executed notebook (outputs filled in up to a failure). */
export interface ExecutionResult {
  notebook: Notebook;
  failure: CellFailure | null;
  /** Seconds per executed code cell (tslab engine; the jupyter engine reports only the total). */
  cellSeconds: number[];
}

/** A notebook engine. */
export interface Engine {
  readonly name: EngineName;
  /** Start what is slow to start (the tslab TypeScript converter), so per-notebook times are fair. */
  warm?(): void;
  execute(nb: Notebook, env: Readonly<Record<string, string>>, notebookPath?: string): Promise<ExecutionResult>;
  close(): void;
}
