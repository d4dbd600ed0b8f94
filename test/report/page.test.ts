/**
 * Page-level pieces of the report that need no notebook run: DOCX column widths, headline and
 * year printing, cited sources, merged warnings, priorHeadline(), the warning recorder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxColumnWidths, longestWordTwips, textTwips } from '../../src/report/docx.js';
import { formatCell, formatHeadlineValue, priorHeadline, priorHeadlines, recordWarnings, warningRecord } from '../../src/report/notebook-helpers.js';
import { chapterWarnings, citedSources } from '../../src/report/model.js';
import type { Chapter } from '../../src/report/model.js';
import { dataUpToLine, warningLine } from '../../src/report/html.js';
import { sourceSectionLabel } from '../../src/report/provenance.js';
import type { Provenance } from '../../src/report/provenance.js';
import { setWarningHandler, warn } from '../../src/core/warnings.js';
import type { DataWarning } from '../../src/core/warnings.js';
import type { ReportRecord } from '../../src/report/protocol.js';

const entry = (number: string) => ({ number, file: `${number}.ipynb`, title: '', title_en: '', requires: [] });
const chapter = (number: string, records: ReportRecord[]): Chapter => ({
  entry: entry(number),
  blocks: records.map((record) => ({ type: 'record' as const, record })),
  cellCount: 0,
  seconds: 0,
});

describe('DOCX column widths', () => {
  it('measures CJK at 1.05 em and other glyphs at 0.65 em (10.5 pt = 21 half-points)', () => {
    expect(textTwips('97')).toBe(273); // 2 × 21 × 6.5
    expect(textTwips('城市')).toBe(441); // 2 × 21 × 10.5
    // a long Chinese phrase may wrap after 6 characters; a URL after 12
    expect(longestWordTwips('珠三角产业转移园区承接项目')).toBe(1323); // 6 × 220.5
    expect(longestWordTwips('https://example.org/abc')).toBe(1638); // 12 × 136.5
    expect(longestWordTwips('unit-mismatch 城市')).toBe(Math.ceil(13 * 136.5));
  });

  it('gives every column at least its longest word and fills the width', () => {
    // two one-letter columns: min = 136.5 + 316 = 452.5 each; the 95 twips left are shared equally
    expect(docxColumnWidths([['a', 'b'], ['x', 'y']], 1000)).toEqual([500, 500]);
    const cells = [
      ['章', '代码', '说明'],
      ['97', 'unit-mismatch', '4650789 is about 10 000× larger than the bundled 汕尾 2010 value 465.0789 亿元: the column is declared in 亿元'],
    ];
    const w = docxColumnWidths(cells);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9026);
    expect(w.reduce((a, b) => a + b, 0)).toBeGreaterThan(9020);
    expect(w[0]).toBeGreaterThanOrEqual(273 + 316); // "97" stays on one line
    expect(w[1]).toBeGreaterThanOrEqual(Math.ceil(13 * 136.5) + 316); // "unit-mismatch" too
    expect(w[2]).toBeGreaterThan(w[1]!); // the long text takes the rest
  });

  it('scales the words down only when they alone are wider than the page', () => {
    expect(docxColumnWidths([['城市城市城市']], 1000)).toEqual([1000]);
  });
});

describe('years and headline digits', () => {
  it('prints years without separators and each headline with its own digits', () => {
    expect(formatHeadlineValue({ key: 'panel.firstYear', value: 1994, unit: '年', digits: 0 })).toBe('1994');
    expect(formatHeadlineValue({ key: 'panel.year', value: 2021, unit: '', digits: 0 })).toBe('2021');
    expect(formatHeadlineValue({ key: 'cities', value: 21, unit: '个', digits: 0 })).toBe('21');
    expect(formatHeadlineValue({ key: 'gdp', value: 12345.678, unit: '亿元', digits: 1 })).toBe('12,345.7');
  });

  it('prints table years without separators (year, from, to, *_year, *Year columns)', () => {
    for (const key of ['year', 'from', 'to', 'base_year', 'lastYear']) expect(formatCell(1994, { key })).toBe('1994');
    expect(formatCell(1994, { key: 'gdp', digits: 0 })).toBe('1,994');
    expect(formatCell(1994, { key: 'n', kind: 'year' })).toBe('1994');
  });

  it('says 数据截至 2021年 on the cover, never "latest"', () => {
    const provenance = { parameters: { year: 'latest' } } as unknown as Provenance;
    expect(dataUpToLine({ provenance, lang: 'zh', dataYear: 2021 })).toBe('数据截至 2021年');
    expect(dataUpToLine({ provenance, lang: 'en', dataYear: 2021 })).toBe('Data up to 2021');
    expect(dataUpToLine({ provenance: { parameters: { year: '2015' } } as unknown as Provenance, lang: 'zh' })).toBe('数据截至 2015年');
  });

  it('names the data source sections in Chinese for a Chinese report', () => {
    expect(sourceSectionLabel('Licence status — read before redistributing', 'zh')).toBe('许可状况（再分发前必读）');
    expect(sourceSectionLabel('Licence status — read before redistributing', 'en')).toBe('Licence status — read before redistributing');
  });
});

describe('cited sources', () => {
  const a = { id: 'YB', title: '广东统计年鉴', url: 'https://example.org/yb' };
  it('lists each source once with the chapters citing it', () => {
    const got = citedSources([chapter('01', [{ kind: 'sources', sources: [a] }]), chapter('02', [{ kind: 'sources', sources: [{ ...a, grade: 'A' }] }, { kind: 'sources', sources: [a] }])]);
    expect(got).toEqual([{ ...a, grade: 'A', chapters: ['01', '02'] }]);
  });
  it('refuses one id with two URLs', () => {
    expect(() => citedSources([chapter('01', [{ kind: 'sources', sources: [a, { ...a, url: 'https://other.org' }] }])])).toThrow(/source id "YB" is cited with two different titles or URLs/);
  });
});

describe('data warnings', () => {
  const w: DataWarning = { code: 'unit-mismatch', message: 'gdp is 10 000× the bundled value', file: 'p.csv', row: 2, column: 'gdp', advice: 'check the unit' };
  it('merges identical warnings of a chapter and counts them', () => {
    const ws = chapterWarnings(chapter('01', [warningRecord(w), warningRecord(w), warningRecord({ ...w, row: 3 })]));
    expect(ws.map((x) => [x.warning.row, x.count])).toEqual([[2, 2], [3, 1]]);
    expect(warningLine(ws[0]!, true)).toBe('[unit-mismatch] p.csv，第 2 行，列 gdp: gdp is 10 000× the bundled value（建议：check the unit） ×2次');
    expect(warningLine(ws[0]!, false)).toBe('[unit-mismatch] p.csv, row 2, column gdp: gdp is 10 000× the bundled value (advice: check the unit) ×2');
  });

  it('recordWarnings keeps the previous handler and does not wrap twice (outside a kernel it records nothing)', () => {
    const seen: DataWarning[] = [];
    const prev = setWarningHandler((x) => seen.push(x));
    try {
      recordWarnings();
      recordWarnings();
      warn(w);
      expect(seen).toEqual([w]);
    } finally {
      setWarningHandler(prev);
    }
  });
});

describe('priorHeadline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prd-prior-'));
  const path = join(dir, 'headlines.json');
  writeFileSync(path, JSON.stringify({ 'gap.2010': { value: 3.25, label: '增速差', unit: '百分点', digits: 2, chapter: '01' } }));
  const env = { REPORT_HEADLINES: path };
  it('returns the recorded headline with its label, unit, digits and chapter', () => {
    expect(priorHeadline('gap.2010', env)).toEqual({ value: 3.25, label: '增速差', unit: '百分点', digits: 2, chapter: '01' });
    expect(Object.keys(priorHeadlines(env))).toEqual(['gap.2010']);
  });
  it('names the key and the known keys when it is absent', () => {
    expect(() => priorHeadline('gap.2020', env)).toThrow('priorHeadline("gap.2020"): no earlier chapter recorded this headline; known keys: gap.2010');
  });
  it('says to run under prd-report when REPORT_HEADLINES is unset', () => {
    expect(() => priorHeadlines({})).toThrow(/REPORT_HEADLINES is not set/);
  });
});
