/**
 * Minimal CSV helpers for the bundled files (UTF-8, one header row, RFC 4180 quoting).
 * @module
 */
import { parse } from 'csv-parse/sync';
import { DataError } from '../core/errors.js';
import { readDataFile } from './paths.js';

/** Parse a bundled CSV file into string records (header names as keys, BOM removed). */
export function readBundledCsv(relative: string): Record<string, string>[] {
  const text = readDataFile(relative);
  try {
    return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  } catch (e) {
    throw new DataError('unreadable', `cannot parse bundled CSV: ${(e as Error).message}`, { file: `data/${relative}` },
      'the package data is damaged; reinstall it or run `npx tsx scripts/build-data.ts`');
  }
}

/** A bundled numeric cell: empty string → null, otherwise a finite number (throws otherwise). */
export function bundledNumber(value: string | undefined, file: string, row: number, column: string): number | null {
  if (value === undefined || value === '') return null;
  const v = Number(value);
  if (!Number.isFinite(v)) {
    throw new DataError('not-a-number', `"${value}" is not a number`, { file, row, column },
      'the package data is damaged; reinstall it or rebuild it with scripts/build-data.ts');
  }
  return v;
}
