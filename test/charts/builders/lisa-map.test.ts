import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { lisaClusterMap, LISA_CLUSTER_COLORS, renderSvg } from '../../../src/charts/index.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false }).compile(schema);

const rows = [
  { city_code: 440300, cluster: 'HH', p_sim: 0.01 },
  { city_code: 441400, cluster: 'LL', p_sim: 0.002 },
  { city_code: 440100, cluster: 'ns', p_sim: 0.3 },
  { city_code: 440800, cluster: 'LH', p_sim: 0.04 },
];

describe('lisaClusterMap', () => {
  it('is a valid vega-lite spec in Chinese and English', () => {
    for (const lang of ['zh', 'en'] as const) {
      const spec = lisaClusterMap(rows, { lang });
      expect(validate(spec) ? [] : (validate.errors ?? []).slice(0, 5)).toEqual([]);
    }
  });

  it('colours the classes with a fixed domain on the choropleth layers', () => {
    const spec = lisaClusterMap(Object.freeze(rows.map((r) => Object.freeze(r)))) as any;
    const [base, fill, labels] = spec.layer;
    expect(base.data.values).toHaveLength(21);
    expect(fill.encoding.color.type).toBe('nominal');
    expect(fill.encoding.color.scale.domain).toEqual(['高–高', '低–低', '高–低', '低–高', '不显著']);
    expect(fill.encoding.color.scale.range).toEqual(Object.values(LISA_CLUSTER_COLORS));
    expect(fill.transform[0].from.data.values[0]).toEqual({ city_code: '440300', cluster_label: '高–高', p_sim: 0.01 });
    expect(labels.mark.type).toBe('text');
    expect(spec.projection.type).toBe('mercator');
    const en = lisaClusterMap(aq.from(rows), { lang: 'en', cityLabels: false, alpha: 0.1 }) as any;
    expect(en.layer).toHaveLength(2);
    expect(en.layer[1].encoding.color.title).toBe('LISA cluster (p ≤ 0.1)');
  });

  it('renders to SVG', async () => {
    const svg = await renderSvg(lisaClusterMap(rows));
    expect(svg).toContain('<svg');
    expect(svg).toContain(LISA_CLUSTER_COLORS.HH);
  });

  it('refuses an unknown class and an unknown city', () => {
    expect(() => lisaClusterMap([{ city_code: 440300, cluster: 'HX' }])).toThrow(/cluster "HX"/);
    expect(() => lisaClusterMap([{ city_code: 110000, cluster: 'HH' }])).toThrow(/110000 is not on the map/);
  });
});
