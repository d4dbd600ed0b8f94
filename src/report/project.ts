/**
 * Where the project is, whether its built library is current, and what it is (version, commit).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (or installed package) root: two levels above this module (src/report or dist/report). */
export function projectRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');
}

function newestMtime(dir: string, test: (name: string) => boolean): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, test));
    else if (test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** True when `dist/index.js` is missing or older than some file under `src/`. */
export function distIsStale(root: string): boolean {
  const distIndex = join(root, 'dist', 'index.js');
  if (!existsSync(distIndex)) return true;
  if (!existsSync(join(root, 'src'))) return false; // an installed package ships dist/ only
  return newestMtime(join(root, 'src'), (n) => n.endsWith('.ts')) > statSync(distIndex).mtimeMs;
}

/** Outcome of {@link buildLibrary}. */
export interface BuildOutcome {
  built: boolean;
  seconds: number;
  /** Compiler messages when tsc reported errors but still emitted JavaScript. */
  warnings: string;
}

/**
 * Build the library (`tsc -p tsconfig.build.json`) when `dist/` is stale.
 * @throws {Error} when the build emits no `dist/index.js`.
 */
export function buildLibrary(root: string, force = false): BuildOutcome {
  if (!force && !distIsStale(root)) return { built: false, seconds: 0, warnings: '' };
  const t0 = performance.now();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error(`building the library failed (tsc exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
  return { built: true, seconds, warnings: r.status === 0 ? '' : `${r.stdout}${r.stderr}`.trim() };
}

/** The library's name and version from package.json. */
export function libraryVersion(root: string): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** Git commit of the project (`<sha>` or `<sha>+modified`), its commit date, or `unknown`. */
export function gitInfo(root: string): { commit: string; date: string | null } {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status !== 0) return { commit: 'unknown (not a git checkout)', date: null };
  const date = spawnSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'notebooks', 'data'], { cwd: root, encoding: 'utf8' });
  const sha = head.stdout.trim();
  return { commit: dirty.stdout.trim() === '' ? sha : `${sha}+modified`, date: date.status === 0 ? date.stdout.trim() : null };
}
