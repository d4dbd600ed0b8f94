/**
 * relocationFlowChart: the firm relocation links as top-N corridors or an origin × destination
 * matrix; valid vega-lite, rendered once with its Chinese title.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as aq from 'arquero';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { relocationFlowChart, renderSvg } from '../../../src/charts/index.js';
import type { RelocationFlowRow } from '../../../src/charts/index.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false }).compile(schema);

/** Links as relocationFlowLinks returns them on test/firms/fixtures/small-panel.csv (PRD → elsewhere), plus codes. */
const links: readonly RelocationFlowRow[] = Object.freeze([
  { origin: '广州', destination: '清远', value: 500 },
  { origin: '深圳', destination: '河源', value: 320 },
  { origin: '东莞', destination: '梅州', value: 50 },
  { origin: '深圳', destination: '梅州', value: 120 },
  { origin: 'PRD', destination: 'West', value: 70 },
  { origin: 440100, destination: 441600, value: 200 },
].map((r) => Object.freeze(r)));

describe('relocationFlowChart', () => {
  it('ranks the top-N corridors largest first inside the spec, keeping every row', () => {
    const before = JSON.stringify(links);
    const spec = relocationFlowChart(links, { top: 3 }) as any;
    expect(JSON.stringify(links)).toBe(before);
    expect(spec.title).toEqual({ text: '企业迁移流向', subtitle: '前3条走廊（共6条）' });
    expect(spec.data.values).toHaveLength(6);
    expect(spec.transform).toEqual([
      { window: [{ op: 'row_number', as: 'rank' }], sort: [{ field: 'value', order: 'descending' }, { field: 'corridor', order: 'ascending' }] },
      { filter: { field: 'rank', lte: 3 } },
    ]);
    expect(spec.encoding.y.sort).toEqual(['广州→清远', '深圳→河源', '广州市→河源市', '深圳→梅州', '珠三角→粤西', '东莞→梅州']);
    expect(spec.data.values[5]).toEqual({ origin: '广州市', destination: '河源市', corridor: '广州市→河源市', value: 200 });
    expect(spec.layer[1].encoding.text).toEqual({ field: 'value', type: 'quantitative', format: ',.0f' });
  });

  it('labels synthetic data in the subtitle and switches labels to English', () => {
    const spec = relocationFlowChart(links, { lang: 'en', subtitle: '合成数据 / synthetic', valueTitle: 'Output moved (10k yuan)' }) as any;
    expect(spec.title).toEqual({ text: 'Firm relocation flows', subtitle: 'Top 6 of 6 corridors · 合成数据 / synthetic' });
    expect(spec.encoding.x.title).toBe('Output moved (10k yuan)');
    expect(spec.encoding.y.title).toBe('Corridor');
    expect(spec.data.values[4].corridor).toBe('Pearl River Delta→West wing');
    expect(spec.data.values[5].corridor).toBe('Guangzhou→Heyuan');
  });

  it('draws the matrix as rect + text, origins and destinations ordered by their totals', () => {
    const spec = relocationFlowChart(aq.from(links.map((r) => ({ ...r }))), { view: 'matrix', subtitle: '合成数据 / synthetic' }) as any;
    expect(spec.title.subtitle).toBe('5个迁出地 × 5个迁入地 · 合成数据 / synthetic');
    expect(spec.layer.map((l: any) => l.mark.type)).toEqual(['rect', 'text']);
    expect(spec.encoding.x).toMatchObject({ field: 'destination', sort: { op: 'sum', field: 'value', order: 'descending' } });
    expect(spec.encoding.y).toMatchObject({ field: 'origin', title: '迁出地' });
    expect(spec.layer[0].encoding.color).toMatchObject({ field: 'value', title: '转移量' });
    expect(spec.layer[1].encoding.color.condition.test).toBe('datum.value > 0.5 * datum.max_value');
    expect(spec.transform).toEqual([{ joinaggregate: [{ op: 'max', field: 'value', as: 'max_value' }] }]);
  });

  it('is valid vega-lite in both views and languages (ajv against the shipped schema)', () => {
    for (const view of ['corridors', 'matrix'] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const spec = relocationFlowChart(links, { view, lang, subtitle: '合成数据 / synthetic' });
        expect(validate(spec) ? [] : (validate.errors ?? []).slice(0, 5)).toEqual([]);
      }
    }
    expect(validate({ mark: 'chord', data: { values: [] } })).toBe(false);
  });

  it('renders to SVG with the Chinese title, the synthetic label and the top corridor', async () => {
    const svg = await renderSvg(relocationFlowChart(links, { top: 3, subtitle: '合成数据 / synthetic' }));
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('企业迁移流向');
    expect(svg).toContain('合成数据 / synthetic');
    expect(svg).toContain('广州→清远');
    expect(svg).not.toContain('东莞→梅州');
  });

  it('refuses a negative or non-finite value, a repeated pair and a bad top, naming row and column', () => {
    const neg = () => relocationFlowChart([{ origin: 'a', destination: 'b', value: -1 }]);
    expect(neg).toThrow(DataError);
    expect(neg).toThrow(/row 1, column "value": value -1 is negative/);
    expect(() => relocationFlowChart([{ origin: 'a', destination: 'b', value: Number.NaN }])).toThrow(/finite number/);
    try {
      relocationFlowChart([...links, { origin: '440100', destination: '441600', value: 1 }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).code).toBe('duplicate-key');
      expect((e as DataError).row).toBe(7);
      expect((e as DataError).message).toContain('广州市→河源市 appears again (first in row 6)');
    }
    expect(() => relocationFlowChart(links, { top: 0 })).toThrow(/top must be a positive integer/);
    expect(() => relocationFlowChart(links, { view: 'chord' as never })).toThrow(/view must be/);
    expect(() => relocationFlowChart([{ origin: 'a', value: 1 }] as never)).toThrow(/column "destination" is missing/);
  });
});
