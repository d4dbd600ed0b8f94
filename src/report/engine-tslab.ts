/**
 * The in-process tslab engine: tslab's own converter (TypeScript 5.0 → CommonJS) and executor,
 * driven from Node without Jupyter or Python. Display calls (`tslab.display.*` and the report
 * protocol) go through `tslab/dist/jupyter`'s `lastWriteDisplayData`, exactly as in the kernel.
 *
 * These are tslab's internal modules: tslab is pinned at 1.0.22 in package.json and this engine
 * is tested (test/report/engine.test.ts) against the Jupyter engine on the same notebook.
 * @module
 */
import { Console } from 'node:console';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { format } from 'node:util';
import type { Notebook, NotebookOutput } from './ipynb.js';
import type { CellFailure, Engine, ExecutionResult } from './engine.js';

/** What tslab's converter returns for one cell (`tslab/dist/converter` `ConvertResult`). */
interface ConvertResult {
  output?: string;
  declOutput?: string;
  diagnostics: unknown[];
  lastExpressionVar?: string;
  hasToplevelAwait?: boolean;
  sideOutputs?: { path: string; data: string }[];
}
interface TslabConverter {
  convert(prevDecl: string, src: string): ConvertResult;
  addModule(name: string, src: string, meta?: unknown): unknown[];
  close(): void;
}
interface TslabExecutor {
  execute(src: string): Promise<boolean>;
  close(): void;
}
interface TslabInternals {
  createConverter(options?: { isJS?: boolean; isBrowser?: boolean }): TslabConverter;
  version: string;
  createExecutor(
    rootDir: string,
    convs: { node: TslabConverter; browser: TslabConverter; close(): void },
    console: { log(...a: unknown[]): void; error(...a: unknown[]): void },
  ): TslabExecutor;
  jupyter: { lastWriteDisplayData: ((d: { data: Record<string, unknown>; metadata?: Record<string, unknown>; transient?: { display_id?: string } }, update: boolean) => void) | null };
}

function loadTslab(): TslabInternals {
  const req = createRequire(import.meta.url);
  const conv = req('tslab/dist/converter') as Pick<TslabInternals, 'createConverter'>;
  const exe = req('tslab/dist/executor') as Pick<TslabInternals, 'createExecutor'>;
  const jupyter = req('tslab/dist/jupyter') as TslabInternals['jupyter'];
  // tslab's TypeScript caches the working directory on first use, so a second converter for another
  // notebook folder in the same process would resolve imports from the first folder: make it live.
  const ts = createRequire(req.resolve('tslab/dist/converter'))('@tslab/typescript-for-tslab') as { sys: { getCurrentDirectory(): string } };
  ts.sys.getCurrentDirectory = () => process.cwd();
  const version = (req('tslab/package.json') as { version: string }).version;
  return { createConverter: conv.createConverter, createExecutor: exe.createExecutor, jupyter, version };
}

/**
 * Create the tslab engine for notebooks in one folder. The TypeScript converter (the costly part,
 * ~1–2 s) is created once, with the notebook folder as its root, and shared by all notebooks; each
 * notebook gets a fresh executor (fresh variables).
 */
/** Options of {@link createTslabEngine}. */
export interface TslabEngineOptions {
  /**
   * Called with the notebook's `require` (resolving from the notebook folder, sharing the cells'
   * module cache) before each notebook runs — e.g. to reset per-kernel state of the built library.
   */
  beforeNotebook?: (require: NodeJS.Require) => void;
  /**
   * Keep each cell's TypeScript conversion on disk, so that the converter (seconds to start, most
   * of a notebook's time) is created only when a cell or what it depends on changed. A converted
   * cell is looked up by the SHA-256 of: the cache format, the tslab version, `key` (what the
   * caller knows the cells' types depend on — the runner gives a hash of `dist/**\/*.d.ts` and
   * package-lock.json), the notebook folder, the declarations of the cells before it, and the
   * cell's source. A cell whose conversion wrote side outputs (a `%module` cell) is not kept.
   */
  cache?: { dir: string; key: string };
}

/** Statistics of the cell cache of one engine. */
export interface CellCacheStats {
  hits: number;
  misses: number;
}

const CACHE_FORMAT = 'prd-report-cell-cache-1';

/**
 * The hash the runner keys the cell cache on: every `.d.ts` file under `distDir` (path and bytes)
 * and the lock file (the installed packages' types).
 */
export function typesKey(distDir: string, lockFile: string): string {
  const h = createHash('sha256');
  const walk = (dir: string, rel: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p, r);
      else if (e.name.endsWith('.d.ts')) h.update(`${r}\u0000`).update(readFileSync(p)).update('\u0000');
    }
  };
  walk(distDir, '');
  h.update('lock\u0000');
  if (existsSync(lockFile)) h.update(readFileSync(lockFile));
  return h.digest('hex');
}

export function createTslabEngine(notebookDir: string, options: TslabEngineOptions = {}): Engine & { cacheStats(): CellCacheStats } {
  const tslab = loadTslab();
  let node: TslabConverter | null = null;
  const stats: CellCacheStats = { hits: 0, misses: 0 };
  const realConverter = (): TslabConverter => {
      if (!node) {
        const cwd = process.cwd();
        process.chdir(notebookDir);
        try {
          node = tslab.createConverter({ isJS: false, isBrowser: false });
        } finally {
          process.chdir(cwd);
        }
      }
      return node;
  };
  const cache = options.cache;
  const cachePrefix = cache ? createHash('sha256').update(`${CACHE_FORMAT}\u0000${tslab.version}\u0000${cache.key}\u0000${notebookDir}\u0000`) : null;
  /** The converter the executor sees: the real one, or the cache in front of it. */
  const cached: TslabConverter | null = cache
    ? {
        convert(prevDecl: string, src: string): ConvertResult {
          const id = cachePrefix!.copy().update(`${prevDecl.length}\u0000${prevDecl}\u0000${src}`).digest('hex');
          const file = join(cache.dir, id.slice(0, 2), `${id}.json`);
          if (existsSync(file)) {
            try {
              const hit = JSON.parse(readFileSync(file, 'utf8')) as ConvertResult;
              stats.hits++;
              return hit;
            } catch {
              // an unreadable entry is converted again and rewritten
            }
          }
          stats.misses++;
          const r = realConverter().convert(prevDecl, src);
          if (!r.sideOutputs) {
            try {
              mkdirSync(join(cache.dir, id.slice(0, 2)), { recursive: true });
              const tmp = `${file}.${process.pid}.tmp`;
              writeFileSync(tmp, JSON.stringify(r));
              renameSync(tmp, file); // atomic: a reader never sees half an entry
            } catch {
              // a read-only install: run without keeping the conversion
            }
          }
          return r;
        },
        addModule: (name, src, meta) => realConverter().addModule(name, src, meta),
        close: () => undefined,
      }
    : null;
  const convs = {
    get node(): TslabConverter {
      return cached ?? realConverter();
    },
    get browser(): TslabConverter {
      throw new Error('browser-mode cells (//%browser) are not supported by the report runner');
    },
    close(): void {
      node?.close();
      node = null;
    },
  };

  async function execute(nb: Notebook, env: Readonly<Record<string, string>>): Promise<ExecutionResult> {
    const cells = nb.cells.map((c) => ({ ...c, ...(c.cell_type === 'code' ? { outputs: [] as NotebookOutput[], execution_count: null } : {}) }));
    const result: ExecutionResult = { notebook: { ...nb, cells }, failure: null, cellSeconds: [] };
    const savedEnv: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(env)) {
      savedEnv[k] = process.env[k];
      process.env[k] = v;
    }
    const cwd = process.cwd();
    if (!cache) void convs.node; // create the converter before changing the working folder for the cells
    process.chdir(notebookDir);
    let outputs: NotebookOutput[] = [];
    let errorText = '';
    const stream = (name: 'stdout' | 'stderr', text: string): void => {
      if (text === '') return;
      const last = outputs[outputs.length - 1];
      if (last && last.output_type === 'stream' && last.name === name) last.text += text;
      else outputs.push({ output_type: 'stream', name, text });
    };
    const sink = (name: 'stdout' | 'stderr'): Writable =>
      new Writable({
        write(chunk: Buffer | string, _enc, cb): void {
          stream(name, typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
          cb();
        },
      });
    const cellConsole = new Console({ stdout: sink('stdout'), stderr: sink('stderr'), colorMode: false });
    const executor = tslab.createExecutor(notebookDir, convs, {
      log: (...a: unknown[]) => stream('stdout', format(...a) + '\n'),
      error: (...a: unknown[]) => {
        const text = format(...a) + '\n';
        errorText += text;
        stream('stderr', text);
      },
    });
    const tslabGlobal = globalThis as unknown as { __tslab__?: { require: NodeJS.Require } };
    if (options.beforeNotebook && tslabGlobal.__tslab__) options.beforeNotebook(tslabGlobal.__tslab__.require);
    const displays = new Map<string, number>();
    const realOut = process.stdout.write;
    const realErr = process.stderr.write;
    const realConsole = globalThis.console;
    try {
      let codeNumber = 0;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (cell.cell_type !== 'code') continue;
        codeNumber++;
        outputs = cell.outputs!;
        errorText = '';
        tslab.jupyter.lastWriteDisplayData = (d, update) => {
          const id = d.transient?.display_id;
          const out: NotebookOutput = { output_type: 'display_data', data: d.data, metadata: d.metadata ?? {} };
          if (update && id !== undefined && displays.has(id)) {
            outputs[displays.get(id)!] = out;
            return;
          }
          if (id !== undefined) displays.set(id, outputs.length);
          outputs.push(out);
        };
        const t0 = performance.now();
        let ok = false;
        process.stdout.write = ((chunk: string | Uint8Array) => {
          stream('stdout', typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
          return true;
        }) as typeof process.stdout.write;
        process.stderr.write = ((chunk: string | Uint8Array) => {
          stream('stderr', typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
          return true;
        }) as typeof process.stderr.write;
        globalThis.console = cellConsole;
        try {
          ok = await executor.execute(cell.source);
        } catch (e) {
          errorText += format(e) + '\n';
          stream('stderr', format(e) + '\n');
        } finally {
          process.stdout.write = realOut;
          process.stderr.write = realErr;
          globalThis.console = realConsole;
          tslab.jupyter.lastWriteDisplayData = null;
        }
        result.cellSeconds.push((performance.now() - t0) / 1000);
        if (!ok) {
          const failure: CellFailure = {
            cellIndex: i,
            codeCell: codeNumber,
            source: cell.source,
            message: errorText.trim() || 'the cell failed without an error message',
          };
          result.failure = failure;
          break;
        }
      }
    } finally {
      process.chdir(cwd);
      for (const [k, v] of Object.entries(savedEnv)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    return result;
  }

  return {
    name: 'tslab',
    ...(cache ? {} : { warm: () => void convs.node }),
    execute,
    close: () => convs.close(),
    cacheStats: () => ({ ...stats }),
  };
}
