/**
 * Location of the bundled `data/` folder for the parks module. This file sits at
 * `src/parks/` and, once built, at `dist/parks/`; in both cases `data/` is two levels up.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataError } from '../core/errors.js';

/** Absolute path of a bundled data file, e.g. `parksDataPath('rules/gd-2011.json')`. @internal */
export function parksDataPath(relative: string): string {
  return fileURLToPath(new URL(`../../data/${relative}`, import.meta.url));
}

/** Read and parse a bundled JSON file; a damaged file becomes a `DataError`. @internal */
export function readBundledJson(relative: string): unknown {
  const file = `data/${relative}`;
  let text: string;
  try {
    text = readFileSync(parksDataPath(relative), 'utf8');
  } catch (e) {
    throw new DataError('unreadable', `cannot read bundled file: ${(e as Error).message}`, { file }, 'reinstall the package');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataError('unreadable', `invalid JSON: ${(e as Error).message}`, { file }, 'reinstall the package');
  }
}
