import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { growthMethodLabel, GROWTH_GAP_METHODS } from '../../../src/panel/growth/growth-method-label.js';
import { growthGapTable } from '../../../src/panel/growth/growth-gap-table.js';
import { loadGuangdongPanel, loadGuangdongProvince } from '../../../src/data/index.js';
import { DataError } from '../../../src/core/errors.js';
import { collectWarnings, objs } from '../helpers.js';

const hasCjk = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

/** The string-literal members of `type GrowthGapMethod = …`, read from the source file itself. */
function methodsInSourceType(): string[] {
  const file = fileURLToPath(new URL('../../../src/panel/growth/growth-gap-table.ts', import.meta.url));
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  sf.forEachChild((node) => {
    if (!ts.isTypeAliasDeclaration(node) || node.name.text !== 'GrowthGapMethod') return;
    const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
    for (const m of members) {
      if (!ts.isLiteralTypeNode(m) || !ts.isStringLiteral(m.literal)) throw new Error(`GrowthGapMethod member is not a string literal: ${m.getText(sf)}`);
      out.push(m.literal.text);
    }
  });
  return out;
}

describe('growthMethodLabel', () => {
  it('labels exactly the codes of the GrowthGapMethod type, in Chinese and English', () => {
    const codes = methodsInSourceType();
    expect(codes).toHaveLength(8);
    expect([...GROWTH_GAP_METHODS].sort()).toEqual([...codes].sort());
    const zh = new Set<string>();
    for (const m of codes) {
      expect(hasCjk(growthMethodLabel(m, 'zh'))).toBe(true);
      expect(hasCjk(growthMethodLabel(m, 'en'))).toBe(false);
      zh.add(growthMethodLabel(m));
    }
    expect(zh.size).toBe(codes.length); // no two codes read the same
  });
  it('gives the labels the report uses', () => {
    expect(growthMethodLabel('official')).toBe('官方公布');
    expect(growthMethodLabel('identity-registered-population')).toBe('由GDP增速与户籍人口增速推算');
    expect(growthMethodLabel('identity-resident-population', 'zh')).toBe('由GDP增速与常住人口增速推算');
    expect(growthMethodLabel('census-break')).toBe('跨人口普查断点，不计算');
    expect(growthMethodLabel('incomplete', 'en')).toBe('some member cities lack data');
  });
  it('labels every method growthGapTable emits on the bundled data', () => {
    const seen = new Set<string>();
    collectWarnings(() => {
      for (const r of objs(growthGapTable(loadGuangdongProvince(), { by: 'province' }))) seen.add(String(r.method));
      const panel = loadGuangdongPanel();
      for (const by of ['city', 'region', 'province'] as const) {
        for (const r of objs(growthGapTable(panel, { by }))) seen.add(String(r.method));
      }
    });
    expect(seen.size).toBeGreaterThanOrEqual(4);
    for (const m of seen) expect(GROWTH_GAP_METHODS).toContain(m);
  });
  it('rejects an unknown code or language', () => {
    expect(() => growthMethodLabel('guess')).toThrow(DataError);
    expect(() => growthMethodLabel('toString')).toThrow(DataError);
    expect(() => growthMethodLabel('official', 'fr' as 'zh')).toThrow(DataError);
  });
});
