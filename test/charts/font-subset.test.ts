import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cjkFontFiles, cjkFontFilesFor, cjkFontSubsets } from '../../src/charts/fonts.js';
import { subsetFont } from '../../src/charts/font-subset.js';

const [regular] = cjkFontFiles();
const full = new Uint8Array(readFileSync(regular!));

function tables(font: Uint8Array): string[] {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: v.getUint16(4) }, (_, i) => String.fromCharCode(...font.slice(12 + i * 16, 16 + i * 16)));
}

/** Code point (BMP) → glyph id from the format-4 or format-12 cmap subtable of a TrueType font (0 when absent). */
function glyphOf(font: Uint8Array, cp: number): number {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const i = tables(font).indexOf('cmap');
  const base = v.getUint32(12 + i * 16 + 8);
  for (let k = 0; k < v.getUint16(base + 2); k++) {
    const off = base + v.getUint32(base + 4 + k * 8 + 4);
    if (v.getUint16(off) === 4) {
      const segs = v.getUint16(off + 6) / 2;
      for (let j = 0; j < segs; j++) {
        const end = v.getUint16(off + 14 + j * 2);
        const start = v.getUint16(off + 16 + segs * 2 + j * 2);
        if (cp < start || cp > end) continue;
        const delta = v.getInt16(off + 16 + segs * 4 + j * 2);
        const roPos = off + 16 + segs * 6 + j * 2;
        const ro = v.getUint16(roPos);
        if (ro === 0) return (cp + delta) & 0xffff;
        const g = v.getUint16(roPos + ro + (cp - start) * 2);
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    }
    if (v.getUint16(off) !== 12) continue;
    for (let g = 0; g < v.getUint32(off + 12); g++) {
      const p = off + 16 + g * 12;
      if (cp >= v.getUint32(p) && cp <= v.getUint32(p + 4)) return v.getUint32(p + 8) + cp - v.getUint32(p);
    }
  }
  return 0;
}

describe('subsetFont (HarfBuzz)', () => {
  it('keeps the drawing and layout tables, maps exactly the given characters, and is a small fraction of the full font', async () => {
    const sub = await subsetFont(full, '广东省珠三角 2011 GDP（%）');
    expect(tables(sub)).toEqual(expect.arrayContaining(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post', 'GSUB', 'GPOS']));
    expect(full.length).toBeGreaterThan(10_000_000);
    expect(sub.length).toBeLessThan(50_000);
    for (const ch of '广东省珠三角GDP%') expect(glyphOf(sub, ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    expect(glyphOf(sub, '州'.codePointAt(0)!)).toBe(0);
  });

  it('writes WOFF2 for the web page, smaller than the TrueType subset', async () => {
    const text = '广东省产业转移与珠三角转型升级调研报告 2010—2020';
    const ttf = await subsetFont(full, text);
    const woff2 = await subsetFont(full, text, { format: 'woff2' });
    expect(new TextDecoder().decode(woff2.slice(0, 4))).toBe('wOF2');
    expect(ttf[0]).toBe(0); // sfnt version 0x00010000
    expect(woff2.length).toBeLessThan(ttf.length * 0.75);
  });

  it('is deterministic and depends only on the set of characters', async () => {
    const a = await subsetFont(full, '广东省');
    expect(Buffer.from(await subsetFont(full, '省东广广')).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(await subsetFont(full, '广东')).equals(Buffer.from(a))).toBe(false);
  });

  it('refuses bytes that are not a font', async () => {
    await expect(subsetFont(new Uint8Array(64), 'a')).rejects.toThrow();
  });

  it('cjkFontFilesFor writes reusable subset files of Regular and Bold', async () => {
    const a = await cjkFontFilesFor('<text>广州</text>');
    const b = await cjkFontFilesFor('<text>广州</text>');
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
    expect(a[0]).toMatch(/NotoSansSC_400Regular-[0-9a-f]{16}\.ttf$/);
    expect(a[1]).toMatch(/NotoSansSC_700Bold-[0-9a-f]{16}\.ttf$/);
  });

  it('cjkFontSubsets gives WOFF2 subsets of Regular and Bold, the same bytes when reused from the temp folder', async () => {
    const text = `广东省珠三角 ${process.pid}`;
    const a = await cjkFontSubsets(text, 'woff2');
    const b = await cjkFontSubsets('珠三角广东省 ' + String(process.pid).split('').reverse().join(''), 'woff2');
    expect(a).toHaveLength(2);
    for (const f of a) expect(new TextDecoder().decode(f.slice(0, 4))).toBe('wOF2');
    expect(Buffer.from(b[0]!).equals(Buffer.from(a[0]!))).toBe(true);
    expect(Buffer.from(a[0]!).equals(Buffer.from(await subsetFont(full, text, { format: 'woff2' })))).toBe(true);
  });
});
