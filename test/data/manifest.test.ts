import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, checkManifest } from '../../src/data/manifest.js';
import { dataPath } from '../../src/data/paths.js';

const HOW = 'run `npm run data:manifest` after an intended change and record the source in data/SOURCES.md';

describe('data/manifest.json', () => {
  const problems = checkManifest(dataPath('.'));
  it('lists every file under data/ (no file missing from the manifest)', () => {
    const missing = problems.filter((p) => p.problem === 'not-in-manifest').map((p) => p.file);
    expect(missing, `files under data/ not in data/manifest.json: ${missing.join(', ')} — ${HOW}`).toEqual([]);
  });
  it('matches the SHA-256 of every file', () => {
    const changed = problems.filter((p) => p.problem !== 'not-in-manifest').map((p) => `${p.file} (${p.problem})`);
    expect(changed, `data files that no longer match data/manifest.json: ${changed.join(', ')} — ${HOW}`).toEqual([]);
  });
});

describe('checkManifest', () => {
  it('reports a changed file, an unlisted file and a deleted file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-manifest-'));
    mkdirSync(join(dir, 'facts'));
    writeFileSync(join(dir, 'a.csv'), 'x\n1\n');
    writeFileSync(join(dir, 'facts', 'b.csv'), 'y\n2\n');
    const m = buildManifest(dir);
    expect(Object.keys(m.files)).toEqual(['a.csv', 'facts/b.csv']);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    expect(checkManifest(dir)).toEqual([]);
    writeFileSync(join(dir, 'a.csv'), 'x\n2\n');
    writeFileSync(join(dir, 'c.csv'), 'z\n');
    expect(checkManifest(dir)).toEqual([
      { file: 'a.csv', problem: 'checksum' },
      { file: 'c.csv', problem: 'not-in-manifest' },
    ]);
  });
  it('hashes with SHA-256', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-manifest-'));
    writeFileSync(join(dir, 'abc.txt'), 'abc');
    expect(buildManifest(dir).files['abc.txt']).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
