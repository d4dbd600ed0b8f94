/**
 * No spread of a long array into a call (push(...x), Math.min(...x)): such a call puts every
 * element on the stack and throws "RangeError: Maximum call stack size exceeded" from a few
 * hundred thousand elements. One test with 10⁶ elements for each place that had one, plus a
 * scan of the source that keeps the pattern out.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { convergenceTable } from '../../src/panel/disparity/convergence-table.js';
import { transferTable } from '../../src/panel/disparity/transfer-table.js';
import { crossesBreak } from '../../src/data/flags.js';
import { topsis } from '../../src/measures/mcdm/topsis.js';
import { entropyWeights } from '../../src/measures/mcdm/entropy-weights.js';
import { recordWarnings } from './helpers.js';

recordWarnings();
const MILLION = 1_000_000;
const REGIONS = ['PRD', 'East', 'West', 'North'];

describe('10⁶ elements where a spread used to be', () => {
  it('convergenceTable on 500 000 cities × 2 years (10⁶ rows; it crashed from about 4 500 units × 30 years)', () => {
    const units = MILLION / 2;
    const city = new Array<string>(MILLION);
    const region = new Array<string>(MILLION);
    const year = new Array<number>(MILLION);
    const value = new Array<number>(MILLION);
    const flags = new Array<string>(MILLION).fill('');
    for (let u = 0; u < units; u++) {
      for (let k = 0; k < 2; k++) {
        const i = 2 * u + k;
        city[i] = `c${u}`;
        region[i] = REGIONS[u % 4]!;
        year[i] = 2010 + k;
        // Poorer cities grow faster: β < 0.
        value[i] = k === 0 ? 1000 + (u % 1000) : (1000 + (u % 1000)) * (1.5 - (u % 1000) / 4000);
      }
    }
    const t = convergenceTable(aq.table({ city_zh: city, region, year, gdp_per_capita: value, flags }), { variable: 'gdp_per_capita', from: 2010, to: 2011, groups: 'region' });
    const all = t.rows()[0]!;
    expect(all.scope).toBe('all');
    expect(all.n_beta).toBe(units);
    expect(all.n_sigma).toBe(units);
    expect(all.beta).toBeLessThan(0);
    expect(t.rows().map((r) => r.n_beta)).toEqual([units, units / 4, units / 4, units / 4, units / 4]);
  });

  it('transferTable on 10⁶ cities in one year', () => {
    const n = MILLION;
    const t = transferTable(aq.table({
      city_code: Array.from({ length: n }, (_, i) => i),
      region: Array.from({ length: n }, (_, i) => REGIONS[i % 4]!),
      year: new Array<number>(n).fill(2010),
      gdp: new Array<number>(n).fill(2),
      flags: new Array<string>(n).fill(''),
    }), { variable: 'gdp', years: [2010] });
    const shares = t.shares.rows();
    expect(shares.map((r) => r.share)).toEqual([25, 25, 25, 25]);
    expect(shares[0]!.total).toBe(2 * n);
  });

  it('crossesBreak over 10⁶ years', () => {
    const years = Array.from({ length: MILLION }, (_, i) => 2019 + (i % 2));
    expect(crossesBreak(years, 'gdp_per_capita').map((w) => w.code)).toEqual(['series-break:per-capita-census-2020']);
  });

  it('topsis (min-max) and entropyWeights (cn-minmax) with 10⁶ alternatives', () => {
    const matrix = Array.from({ length: MILLION }, (_, i) => [1 + (i % 10), 10 - (i % 10)]);
    const r = topsis(matrix, [1, 1], { benefit: [true, true], normalization: 'minmax' });
    expect(r.closeness.length).toBe(MILLION);
    expect(r.closeness[0]).toBeCloseTo(0.5, 12); // (1, 10) → normalised (0, 1): equidistant from best (1,1)·½ and worst (0,0)
    const e = entropyWeights(matrix, { convention: 'cn-minmax' });
    expect(e.weights[0]).toBeCloseTo(0.5, 12); // the two criteria are mirror images: equal weights
  });
});

describe('the source has no spread of an array into a call', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
  // Left outside this check (not panel/charts/data/measures code): parks/evaluate.ts pushes a
  // handful of indicator names; report/engine-tslab.ts forwards console.log's own arguments.
  it.each(['panel', 'charts', 'data', 'measures'])('src/%s', (area) => {
    const found: string[] = [];
    for (const f of files(join(root, area))) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (ts.isSpreadElement(n) && (ts.isCallExpression(n.parent) || ts.isNewExpression(n.parent))) {
          found.push(`${f.slice(root.length)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${n.parent.getText().slice(0, 80)}`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });
});
