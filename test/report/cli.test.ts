/** The `prd-report` command line: help, bad options, and a failing notebook cell. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'report', 'cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PRD_SILENCE_WARNINGS: '1' },
  });

describe('prd-report CLI', () => {
  it('prints its help and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run report -- [options]');
    for (const opt of ['--year', '--lang', '--data', '--out', '--engine']) expect(r.stdout).toContain(opt);
  });

  it('refuses a bad option value with exit 1 and says what to pass', () => {
    const r = cli(['--lang', 'fr']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--lang fr: use zh or en');
  });

  it('stops at a failing cell: exit 1, the notebook, the cell number, its source and the real error', () => {
    const out = mkdtempSync(join(tmpdir(), 'prd-report-cli-'));
    const r = cli(['--notebooks', join(root, 'test', 'report', 'fixtures', 'failing-report'), '--out', out, '--no-pdf']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+\[1\/1\] 01-failing\.ipynb\s+3 cells/);
    expect(r.stderr).toContain('notebook 01-failing.ipynb failed at code cell 2 (cell 3 of the file)');
    expect(r.stderr).toContain("    2 | throw new Error('deliberate failure: b is ' + b);");
    expect(r.stderr).toContain('Error: deliberate failure: b is 2');
    expect(r.stderr).not.toContain('<Error>:');
  }, 120_000);
});
