/**
 * The Jupyter engine: `jupyter nbconvert --to notebook --execute` with the tslab kernel registered
 * in a project-local folder (`<project>/.jupyter`, gitignored), Jupyter itself from the system
 * Python (`/usr/bin/python3`, override with `REPORT_PYTHON`).
 *
 * nbconvert reports a failing tslab cell only as `<Error>:`. On a failure the engine finds the cell
 * from nbconvert's message (it prints the cell source) and runs the notebook once more with
 * `--allow-errors` to read the cell's real error from its stderr output.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { parseNotebook, serialiseNotebook } from './ipynb.js';
import type { Notebook } from './ipynb.js';
import type { Engine, ExecutionResult } from './engine.js';

/** The Python that has Jupyter (Debian's `jupyter-nbconvert` lives under /usr/bin/python3). */
export function jupyterPython(): string {
  return process.env['REPORT_PYTHON'] ?? '/usr/bin/python3';
}

/**
 * Whether `jupyter nbconvert` and `nbclient` are importable by {@link jupyterPython}.
 * @returns `null` when usable, else the reason and how to install it.
 */
export function jupyterProblem(): string | null {
  const py = jupyterPython();
  if (!existsSync(py)) return `${py} not found: install Jupyter with apt-get install jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel`;
  const r = spawnSync(py, ['-c', 'import nbconvert, nbclient, jupyter_client'], { encoding: 'utf8' });
  if (r.status !== 0) return `Jupyter is not importable by ${py}: apt-get install jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel`;
  return null;
}

/**
 * Register the tslab kernel under `<projectRoot>/.jupyter` (idempotent) and return the
 * environment (`JUPYTER_PATH`, `PATH` with `node_modules/.bin`) under which Jupyter finds it.
 * @throws {Error} when `tslab install` fails.
 */
export function ensureTslabKernel(projectRoot: string): Record<string, string> {
  const prefix = join(projectRoot, '.jupyter');
  const bin = join(projectRoot, 'node_modules', '.bin');
  const env: Record<string, string> = {
    JUPYTER_PATH: join(prefix, 'share', 'jupyter'),
    PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
  };
  if (!existsSync(join(prefix, 'share', 'jupyter', 'kernels', 'tslab', 'kernel.json'))) {
    const r = spawnSync(join(bin, 'tslab'), ['install', `--python=${jupyterPython()}`, `--prefix=${prefix}`], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (r.status !== 0) throw new Error(`tslab install --prefix=${prefix} failed:\n${r.stdout}${r.stderr}`);
  }
  return env;
}

function nbconvert(py: string, input: string, outDir: string, env: NodeJS.ProcessEnv, allowErrors: boolean) {
  const args = ['-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=300', '--ExecutePreprocessor.kernel_name=tslab', '--output-dir', outDir, input];
  if (allowErrors) args.splice(5, 0, '--allow-errors');
  return spawnSync(py, args, { encoding: 'utf8', env, cwd: dirname(input), maxBuffer: 64 * 1024 * 1024 });
}

/** Create the Jupyter engine for a project (registers the kernel on first use). */
export function createJupyterEngine(projectRoot: string): Engine {
  const problem = jupyterProblem();
  if (problem) throw new Error(`--engine jupyter: ${problem}`);
  const kernelEnv = ensureTslabKernel(projectRoot);
  const py = jupyterPython();

  async function execute(nb: Notebook, env: Readonly<Record<string, string>>, notebookPath?: string): Promise<ExecutionResult> {
    if (!notebookPath) throw new Error('the jupyter engine needs the notebook file path');
    const tmp = mkdtempSync(join(tmpdir(), 'prd-report-nb-'));
    try {
      // Execute a copy next to the original (same folder, so `../dist/index.js` resolves).
      const input = join(dirname(notebookPath), `.${basename(notebookPath, '.ipynb')}.run.ipynb`);
      writeFileSync(input, serialiseNotebook(nb));
      try {
        const fullEnv = { ...process.env, ...kernelEnv, ...env };
        const t0 = performance.now();
        const r = nbconvert(py, input, tmp, fullEnv, false);
        const seconds = (performance.now() - t0) / 1000;
        const outFile = join(tmp, basename(input));
        if (r.status === 0) {
          return { notebook: parseNotebook(readFileSync(outFile, 'utf8')), failure: null, cellSeconds: [seconds] };
        }
        const m = /An error occurred while executing the following cell:\n-+\n([\s\S]*?)\n-+\n/.exec(r.stderr ?? '');
        if (!m) throw new Error(`jupyter nbconvert failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-4000)}`);
        const failedSource = m[1]!;
        const cellIndex = nb.cells.findIndex((c) => c.cell_type === 'code' && c.source.trim() === failedSource.trim());
        // Second pass: keep outputs to recover the message tslab printed on stderr.
        nbconvert(py, input, tmp, fullEnv, true);
        const executed = existsSync(outFile) ? parseNotebook(readFileSync(outFile, 'utf8')) : nb;
        const cell = executed.cells[cellIndex];
        const stderr = (cell?.outputs ?? [])
          .map((o) => (o.output_type === 'stream' && o.name === 'stderr' ? o.text : o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : ''))
          .join('')
          .trim();
        const codeCell = nb.cells.slice(0, cellIndex + 1).filter((c) => c.cell_type === 'code').length;
        return {
          notebook: executed,
          failure: { cellIndex, codeCell, source: failedSource, message: stderr || '<Error>: (the kernel printed no message)' },
          cellSeconds: [seconds],
        };
      } finally {
        rmSync(input, { force: true });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  return { name: 'jupyter', execute, close: () => undefined };
}
