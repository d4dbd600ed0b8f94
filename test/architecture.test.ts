/**
 * The layer rule, held by a test: data flows one way. A file in src/<layer>/ may import
 * only from its own layer or the layers listed for it below. A failure names the file,
 * the import and the rule it breaks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Which layers each layer may import (besides itself). */
const allowed: Record<string, readonly string[]> = {
  core: [],
  data: ['core'],
  measures: ['core'],
  panel: ['core', 'data', 'measures'],
  parks: ['core', 'data', 'measures', 'panel'],
  firms: ['core', 'data', 'measures', 'panel'],
  charts: ['core', 'data', 'measures', 'panel', 'parks', 'firms'],
  report: ['core', 'data', 'measures', 'panel', 'parks', 'firms', 'charts'],
  interop: ['core', 'data'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const importRe = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('architecture', () => {
  it('every src/ file sits in a known layer', () => {
    const layers = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect(layers.filter((l) => !(l in allowed))).toEqual([]);
  });

  it('imports flow one way: data → measures → panel → parks/firms → charts → report', () => {
    const violations: string[] = [];
    for (const file of files(src)) {
      const layer = relative(src, file).split(sep)[0]!;
      if (!(layer in allowed)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(importRe)) {
        const spec = m[1] ?? m[2]!;
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(src + sep)) continue;
        const targetLayer = relative(src, target).split(sep)[0]!;
        if (targetLayer === layer || allowed[layer]!.includes(targetLayer)) continue;
        violations.push(
          `${relative(root, file)} imports "${spec}" (${targetLayer}); layer "${layer}" may import only ${
            [layer, ...allowed[layer]!].join(', ')
          }`,
        );
      }
    }
    expect(violations).toEqual([]);
  });

  it('no module imports vega or vega-lite statically (it breaks the tslab kernel)', () => {
    const offenders = files(src).filter((f) =>
      /^\s*import\s+(?!type\b)[^;]*from\s*['"]vega(-lite)?['"]/m.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('the package root exports what users call, not build-time or report internals', async () => {
    const api = (await import('../src/index.js')) as Record<string, unknown>;
    const internals = [
      'subsetFont', 'cjkFontFiles', 'charWidthEm', 'estimateTextWidth', 'decodeRing', 'orientForD3', 'decodeEchartsGeoJson',
      'isVegaLiteSpec', 'htmlEscape', 'escapeHtml', 'CHART_FONT_FAMILY', 'CHART_FONT_STACK', 'MISSING_MARK',
      'buildManifest', 'sha256File', 'checkHeader', 'dataPath', 'suggestCity', 'isFullYearPeriod',
      'isStoredRecord', 'FINDING_SECTIONS', 'renderMarkdown', 'parseNotebook', 'readNotebook',
      'serialiseNotebook', 'readChapterManifest', 'formatFailure',
    ];
    expect(internals.filter((n) => n in api)).toEqual([]);
    // What the notebooks, the report runner and the README call stays.
    for (const n of ['loadGuangdongPanel', 'readPanel', 'setWarningHandler', 'gini', 'disparityTable', 'evaluateParks', 'renderSvg', 'figure', 'runReport', 'DataError', 'MeasureError']) {
      expect(typeof api[n], n).toBe('function');
    }
  });

  it('every name a notebook imports from the package is exported by the root', async () => {
    const api = (await import('../src/index.js')) as Record<string, unknown>;
    const nbDir = join(root, 'notebooks');
    const missing: string[] = [];
    let checked = 0;
    for (const f of readdirSync(nbDir).filter((n) => n.endsWith('.ipynb'))) {
      const nb = JSON.parse(readFileSync(join(nbDir, f), 'utf8')) as { cells: { source: string | string[] }[] };
      const code = nb.cells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');
      for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]\.\.\/dist\/index\.js['"]/g)) {
        for (const part of m[1]!.split(',')) {
          const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
          if (!name || part.trim().startsWith('type ')) continue;
          checked++;
          if (!(name in api)) missing.push(`${f}: ${name}`);
        }
      }
    }
    const fixtures = join(root, 'test', 'report', 'fixtures');
    const manifests = [join(nbDir, 'chapters.json'), ...readdirSync(fixtures).map((d) => join(fixtures, d, 'chapters.json'))];
    for (const p of manifests) {
      let text: string;
      try { text = readFileSync(p, 'utf8'); } catch { continue; }
      const chapters = JSON.parse(text) as { chapters: { file: string; requires?: string[] }[] };
      for (const c of chapters.chapters) for (const n of c.requires ?? []) if (!(n in api)) missing.push(`${relative(root, p)} ${c.file}: ${n}`);
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
