/**
 * SHA-256 manifest of the bundled `data/` folder: lets a user (and the test suite) check that
 * the bundled files are the ones documented in `data/SOURCES.md`.
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DataError } from '../core/errors.js';
import { dataPath } from './paths.js';

/** Shape of `data/manifest.json`. */
export interface DataManifest {
  algorithm: 'sha256';
  /** Path relative to `data/` (forward slashes) → lowercase hex digest. */
  files: Record<string, string>;
}

/** Mismatch between the manifest and the folder. */
export interface ManifestProblem {
  file: string;
  problem: 'checksum' | 'not-in-manifest' | 'missing-file';
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== 'manifest.json' && !f.split('/').some((part) => part.startsWith('.'))).sort();
}

/** SHA-256 (hex) of a file. */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Compute the manifest of a data folder (every file except `manifest.json` and dot-files).
 * @example
 * ```ts
 * Object.keys(buildManifest('data').files).includes('city-panel.csv') // true
 * ```
 */
export function buildManifest(dataDir: string): DataManifest {
  const files: Record<string, string> = {};
  for (const f of listFiles(dataDir)) files[f] = sha256File(join(dataDir, f));
  return { algorithm: 'sha256', files };
}

/**
 * Compare a data folder with its `manifest.json`; returns the problems (empty when all match).
 * Default folder: the bundled `data/`.
 * @throws DataError when manifest.json is missing or unreadable.
 */
export function checkManifest(dataDir: string = dataPath('.')): ManifestProblem[] {
  let manifest: DataManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as DataManifest;
  } catch (e) {
    throw new DataError('unreadable', `cannot read manifest.json: ${(e as Error).message}`, { file: 'data/manifest.json' },
      'run `npm run data:manifest`');
  }
  const actual = buildManifest(dataDir).files;
  const problems: ManifestProblem[] = [];
  for (const [f, hash] of Object.entries(actual)) {
    const want = manifest.files[f];
    if (want === undefined) problems.push({ file: f, problem: 'not-in-manifest' });
    else if (want !== hash) problems.push({ file: f, problem: 'checksum' });
  }
  for (const f of Object.keys(manifest.files)) if (!(f in actual)) problems.push({ file: f, problem: 'missing-file' });
  return problems;
}
