import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { escapeHtml, htmlTable, isVegaLiteSpec, tableToHtml, toHtml } from '../../src/charts/html.js';
import { display } from '../../src/charts/display.js';
import { cityChoropleth, lorenzChart } from '../../src/charts/index.js';
import { lorenzPoints } from './examples.js';

const evil = '<script>alert(1)</script>';

describe('escapeHtml', () => {
  it('escapes the five HTML metacharacters and writes null as empty', () => {
    expect(escapeHtml(evil)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`a&b"c'd`)).toBe('a&amp;b&quot;c&#39;d');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(3)).toBe('3');
  });
});

describe('tableToHtml', () => {
  const rows = Object.freeze([
    Object.freeze({ city: evil, year: 2010, gdp: 45944.62, share: 79.04, gap: -1.26, n: 1234567 }),
    Object.freeze({ city: '广州', year: 2011, gdp: null, share: 8.0, gap: 0.5, n: 3 }),
  ]);
  const columns = [
    { name: 'city', label: '城市' }, { name: 'year', label: '年份' }, { name: 'gdp', label: 'GDP', format: 'yi' as const },
    { name: 'share', label: '占比', format: 'percent' as const }, { name: 'gap', label: '差距', format: 'pp' as const },
    { name: 'n', label: 'n' },
  ];

  it('formats 亿元, %, 百分点 and thousands, writes missing as —, states the rounding', () => {
    const html = tableToHtml(rows, { columns, caption: '表1' });
    expect(html).toContain('<td class="num">45,944.6 亿元</td>');
    expect(html).toContain('<td class="num">79.0%</td>');
    expect(html).toContain('<td class="num">-1.3 个百分点</td>');
    expect(html).toContain('<td class="num">+0.5 个百分点</td>');
    expect(html).toContain('<td class="num">1,234,567</td>');
    expect(html).toContain('<td class="num">2010</td>');
    expect(html).toContain('<td class="num">—</td>');
    expect(html).toContain('四舍五入');
    expect(html).toContain('<caption>表1</caption>');
  });

  it('escapes every label: a city named <script>alert(1)</script> stays text', () => {
    const html = tableToHtml(rows, { columns: [{ name: 'city', label: evil }], caption: evil, note: evil });
    expect(html).not.toContain('<script>');
    expect(html.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)).toHaveLength(4);
  });

  it('htmlTable is the one table renderer: escapes caption, header and cells, marks numeric cells', () => {
    expect(htmlTable({ className: 'data', caption: evil, header: ['城市', '<i>'], rows: [[{ text: evil, numeric: false }, { text: '1,200', numeric: true }]] })).toBe(
      '<table class="data"><caption>&lt;script&gt;alert(1)&lt;/script&gt;</caption><thead><tr><th>城市</th><th>&lt;i&gt;</th></tr></thead>' +
        '<tbody><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td class="num">1,200</td></tr></tbody></table>',
    );
    expect(tableToHtml([{ a: 1 }])).toContain('<table class="prd-table"><thead><tr><th>a</th></tr></thead><tbody><tr><td class="num">1</td></tr></tbody></table>');
  });

  it('reads arquero tables like arrays and infers formats when no columns are given', () => {
    const t = aq.from([{ year: 2010, value: 1.234, count: 1200, name: 'x' }]);
    const html = tableToHtml(t);
    expect(html).toContain('<th>year</th><th>value</th><th>count</th><th>name</th>');
    expect(html).toContain('<td class="num">2010</td><td class="num">1.23</td><td class="num">1,200</td><td>x</td>');
  });

  it('refuses text in a numeric column, naming row and column', () => {
    expect(() => tableToHtml([{ gdp: 'n/a' }], { columns: [{ name: 'gdp', format: 'yi' }] })).toThrow(DataError);
    expect(() => tableToHtml([{ gdp: 'n/a' }], { columns: [{ name: 'gdp', format: 'yi' }] })).toThrow(/row 1, column "gdp"/);
  });
});

describe('toHtml and display', () => {
  it('tells specs from tables', () => {
    expect(isVegaLiteSpec(lorenzChart(lorenzPoints))).toBe(true);
    expect(isVegaLiteSpec([{ mark: 1 }])).toBe(false);
    expect(isVegaLiteSpec(aq.from([{ a: 1 }]))).toBe(false);
  });

  it('embeds a chart as a base64 SVG image with a PNG fallback', async () => {
    const html = await toHtml(lorenzChart(lorenzPoints));
    expect(html).toMatch(/^<figure class="prd-chart"><picture><source type="image\/svg\+xml" srcset="data:image\/svg\+xml;base64,/);
    expect(html).toContain('<img alt="洛伦兹曲线" width="');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo');
    const svg = Buffer.from(/base64,([^"]+)"/.exec(html)![1]!, 'base64').toString('utf8');
    expect(svg).toContain('洛伦兹曲线');
    const svgOnly = await toHtml(lorenzChart(lorenzPoints), { pngFallback: false });
    expect(svgOnly).not.toContain('image/png');
  });

  it('escapes a hostile chart title in the alt text and keeps it out of live markup', async () => {
    const html = await toHtml(cityChoropleth([{ city_code: 440100, value: 1 }], { title: evil }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('alt="&lt;script&gt;');
    const svg = Buffer.from(/base64,([^"]+)"/.exec(html)![1]!, 'base64').toString('utf8');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('outside a tslab kernel, display returns the HTML instead of throwing', async () => {
    const html = await display([{ city: evil, gdp: 1.5 }]);
    expect(typeof html).toBe('string');
    expect(html).toContain('&lt;script&gt;');
  });
});
