/**
 * Write `data/manifest.json`: the SHA-256 of every file under `data/` except the manifest
 * itself. Run with `npm run data:manifest` after an intended change to a data file, and record
 * the file's source in `data/SOURCES.md`. `test/data/manifest.test.ts` fails when a file no
 * longer matches or is missing from the manifest.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest } from '../src/data/manifest.js';

const dataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'data');
const manifest = buildManifest(dataDir);
writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', 'utf8');
process.stdout.write(`data/manifest.json: ${Object.keys(manifest.files).length} files\n`);
