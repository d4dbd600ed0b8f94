import { describe, expect, it } from 'vitest';
import { renderPng, renderSvg, svgToPng } from '../../src/charts/render.js';
import { exampleSpecs } from './examples.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSvg and renderPng on every builder', () => {
  for (const { name, spec, title } of exampleSpecs('zh')) {
    it(`${name}: SVG carries the Chinese title in the CJK font; PNG is a PNG of a sensible size`, async () => {
      const svg = await renderSvg(spec);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(title);
      expect(svg).toContain('Noto Sans SC');
      const w = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
      const h = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
      expect(w).toBeGreaterThan(200);
      expect(h).toBeGreaterThan(100);
      const png = await svgToPng(svg, { scale: 1 });
      expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      const size = pngSize(png);
      expect(size.width).toBe(Math.ceil(w));
      expect(size.height).toBe(Math.ceil(h));
      expect(png.length).toBeGreaterThan(5_000);
    });
  }

  it('switches titles, axis titles and legend labels to English with lang "en"', async () => {
    const en = exampleSpecs('en').find((e) => e.name === 'region-shares')!;
    const svg = await renderSvg(en.spec);
    expect(svg).toContain('shares of provincial GDP');
    expect(svg).toContain('Pearl River Delta');
    expect(svg).toContain('>Year<');
    expect(svg).not.toMatch(/珠三角|年份/);
  });

  it('is deterministic: the same spec gives the same SVG and PNG bytes', async () => {
    const { spec } = exampleSpecs('zh').find((e) => e.name === 'growth-gap')!;
    const [a, b] = [await renderSvg(spec), await renderSvg(spec)];
    expect(a).toBe(b);
    const [p, q] = [await renderPng(spec, { scale: 1 }), await renderPng(spec, { scale: 1 })];
    expect(Buffer.from(p).equals(Buffer.from(q))).toBe(true);
  });

  it('scales the PNG with options.scale', async () => {
    const { spec } = exampleSpecs('zh').find((e) => e.name === 'lorenz')!;
    const one = pngSize(await renderPng(spec, { scale: 1 }));
    const two = pngSize(await renderPng(spec, { scale: 2 }));
    expect(two.width).toBe(one.width * 2);
    await expect(renderPng(spec, { scale: 0 })).rejects.toThrow(RangeError);
  });

  it('does not change the spec it renders', async () => {
    const { spec } = exampleSpecs('zh').find((e) => e.name === 'disparity')!;
    const before = JSON.stringify(spec);
    await renderSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });
});
