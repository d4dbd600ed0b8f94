/**
 * The subset of the Jupyter notebook format (nbformat 4) the report reads and writes, and a
 * canonical serialisation so that both engines produce byte-identical files for the same outputs.
 * @module
 */
import { readFileSync } from 'node:fs';

/** A Jupyter output of a code cell (the kinds the report produces). */
export type NotebookOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { output_type: 'display_data'; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: 'execute_result'; data: Record<string, unknown>; metadata: Record<string, unknown>; execution_count: number | null }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** A notebook cell. */
export interface NotebookCell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  source: string;
  metadata: Record<string, unknown> & { tags?: string[] };
  outputs?: NotebookOutput[];
  execution_count?: number | null;
}

/** A notebook. */
export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

function joinText(x: unknown): string {
  return Array.isArray(x) ? x.join('') : typeof x === 'string' ? x : '';
}

/** Kernel metadata written into every executed notebook (both engines). */
export const TSLAB_METADATA = {
  kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' },
  language_info: {
    codemirror_mode: { mode: 'typescript', name: 'javascript', typescript: true },
    file_extension: '.ts',
    mimetype: 'text/typescript',
    name: 'typescript',
    version: '5.0.4',
  },
};

function normaliseData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    out[k] = /^application\/(.*\+)?json$/.test(k) ? v : joinText(v);
  }
  return out;
}

/**
 * Parse notebook JSON into the normalised form: multi-line strings joined, consecutive stream
 * outputs of the same name merged, timing metadata and execution counts dropped.
 */
export function parseNotebook(text: string): Notebook {
  const raw = JSON.parse(text) as { nbformat: number; nbformat_minor: number; metadata?: Record<string, unknown>; cells: Record<string, unknown>[] };
  const cells = raw.cells.map((c): NotebookCell => {
    const metadata = { ...((c['metadata'] as Record<string, unknown> | undefined) ?? {}) };
    delete metadata['execution'];
    const cell: NotebookCell = {
      cell_type: c['cell_type'] as NotebookCell['cell_type'],
      source: joinText(c['source']),
      metadata,
    };
    if (typeof c['id'] === 'string') cell.id = c['id'];
    if (cell.cell_type === 'code') {
      cell.execution_count = null;
      const outs: NotebookOutput[] = [];
      for (const o of (c['outputs'] as Record<string, unknown>[] | undefined) ?? []) {
        const type = o['output_type'];
        if (type === 'stream') {
          const name = o['name'] === 'stderr' ? 'stderr' : 'stdout';
          const text = joinText(o['text']);
          const last = outs[outs.length - 1];
          if (last && last.output_type === 'stream' && last.name === name) last.text += text;
          else outs.push({ output_type: 'stream', name, text });
        } else if (type === 'display_data' || type === 'execute_result') {
          outs.push({
            output_type: 'display_data',
            data: normaliseData((o['data'] as Record<string, unknown>) ?? {}),
            metadata: (o['metadata'] as Record<string, unknown>) ?? {},
          });
        } else if (type === 'error') {
          outs.push({
            output_type: 'error',
            ename: String(o['ename'] ?? ''),
            evalue: String(o['evalue'] ?? ''),
            traceback: ((o['traceback'] as unknown[]) ?? []).map(String),
          });
        }
      }
      cell.outputs = outs;
    }
    return cell;
  });
  return { nbformat: raw.nbformat, nbformat_minor: raw.nbformat_minor, metadata: raw.metadata ?? {}, cells };
}

/** Read and normalise a notebook file. */
export function readNotebook(path: string): Notebook {
  return parseNotebook(readFileSync(path, 'utf8'));
}

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) o[k] = sortKeys((x as Record<string, unknown>)[k]);
    return o;
  }
  return x;
}

/**
 * Serialise an executed notebook canonically: sorted keys, one-space indent (Jupyter's own
 * layout), tslab kernel metadata, no timings, `execution_count: null`.
 */
export function serialiseNotebook(nb: Notebook): string {
  const metadata = { ...nb.metadata, ...TSLAB_METADATA };
  const cells = nb.cells.map((c) => {
    const o: Record<string, unknown> = { cell_type: c.cell_type, metadata: c.metadata, source: c.source };
    if (c.id !== undefined) o['id'] = c.id;
    if (c.cell_type === 'code') {
      o['execution_count'] = null;
      o['outputs'] = c.outputs ?? [];
    }
    return o;
  });
  return JSON.stringify(sortKeys({ cells, metadata, nbformat: 4, nbformat_minor: Math.max(5, nb.nbformat_minor) }), null, 1) + '\n';
}

/** Index of a notebook's code cells that are tagged `parameters` (first one), or -1. */
export function parametersCell(nb: Notebook): number {
  return nb.cells.findIndex((c) => c.cell_type === 'code' && (c.metadata.tags ?? []).includes('parameters'));
}
