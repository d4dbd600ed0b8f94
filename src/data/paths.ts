/**
 * Location of the bundled `data/` folder. This module sits at `src/data/` and, once built, at
 * `dist/data/`; in both cases the repository's (or the installed package's) `data/` folder is
 * two levels up, so one relative URL works for both.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute file path of a file in the bundled `data/` folder, e.g. `dataPath('cities.csv')`. */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../../data/${relative}`, import.meta.url));
}

/** Read a bundled data file as UTF-8 text. */
export function readDataFile(relative: string): string {
  return readFileSync(dataPath(relative), 'utf8');
}
