/**
 * The two notebook engines on tiny notebooks: tslab in-process (always) and Jupyter (skipped only
 * when Jupyter is absent outside CI; in CI its absence fails).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTslabEngine } from '../../src/report/engine-tslab.js';
import { createJupyterEngine, jupyterProblem } from '../../src/report/engine-jupyter.js';
import { readNotebook, serialiseNotebook } from '../../src/report/ipynb.js';
import { projectRoot } from '../../src/report/project.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const tslab = createTslabEngine(fixtures);
afterAll(() => tslab.close());

describe('tslab engine', () => {
  it('executes a notebook, keeping streams, displays, last expressions and top-level await', async () => {
    const r = await tslab.execute(readNotebook(join(fixtures, 'tiny.ipynb')), { REPORT_YEAR: '2020' });
    expect(r.failure).toBeNull();
    const outs = r.notebook.cells.filter((c) => c.cell_type === 'code').map((c) => c.outputs);
    expect(outs).toEqual([
      [{ output_type: 'stream', name: 'stdout', text: 'year 2020\n' }],
      [
        { output_type: 'display_data', data: { 'text/markdown': '年份 **2020**' }, metadata: {} },
        { output_type: 'stream', name: 'stdout', text: '[ 1, 4, 9 ]\n' },
      ],
      [{ output_type: 'stream', name: 'stdout', text: 'total 14\n' }],
    ]);
    expect(process.env['REPORT_YEAR']).not.toBe('2020'); // restored
  });

  it('stops at a throwing cell and reports its number, source and real message', async () => {
    const r = await tslab.execute(readNotebook(join(fixtures, 'failing.ipynb')), {});
    expect(r.failure).toMatchObject({ cellIndex: 2, codeCell: 2 });
    expect(r.failure!.source).toContain("throw new Error('deliberate failure");
    expect(r.failure!.message).toContain('Error: deliberate failure: b is 2');
    expect(r.notebook.cells[3]!.outputs).toEqual([]); // later cells not run
  });

  it('reports a type error with its line and column', async () => {
    const r = await tslab.execute(readNotebook(join(fixtures, 'type-error.ipynb')), {});
    expect(r.failure?.message).toBe("1:7 - Type 'string' is not assignable to type 'number'.");
  });
});

const problem = jupyterProblem();
const skipJupyter = problem !== null && !process.env['CI'];
if (skipJupyter) console.warn(`skipping the jupyter engine test: ${problem}`);

describe.skipIf(skipJupyter)('jupyter engine', () => {
  it('gives the same executed notebook as the tslab engine, and the real error of a failing cell', async () => {
    if (problem) throw new Error(`CI must have Jupyter: ${problem}`);
    const jupyter = createJupyterEngine(projectRoot());
    const path = join(fixtures, 'tiny.ipynb');
    const a = await jupyter.execute(readNotebook(path), { REPORT_YEAR: '2020' }, path);
    const b = await tslab.execute(readNotebook(path), { REPORT_YEAR: '2020' });
    expect(a.failure).toBeNull();
    expect(serialiseNotebook(a.notebook)).toBe(serialiseNotebook(b.notebook));
    const bad = join(fixtures, 'failing.ipynb');
    const f = await jupyter.execute(readNotebook(bad), {}, bad);
    expect(f.failure).toMatchObject({ cellIndex: 2, codeCell: 2 });
    expect(f.failure!.message).toContain('Error: deliberate failure: b is 2');
  }, 120_000);
});
