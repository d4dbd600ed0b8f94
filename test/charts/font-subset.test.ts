import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cjkFontFiles, cjkFontFilesFor } from '../../src/charts/fonts.js';
import { subsetFont } from '../../src/charts/font-subset.js';

const [regular] = cjkFontFiles();
const full = new Uint8Array(readFileSync(regular!));

function tables(font: Uint8Array): string[] {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: v.getUint16(4) }, (_, i) => String.fromCharCode(...font.slice(12 + i * 16, 16 + i * 16)));
}

describe('subsetFont', () => {
  it('keeps only the tables needed to draw and is a small fraction of the full font', () => {
    const sub = subsetFont(full, '广东省珠三角 2011 GDP（%）');
    expect(tables(sub)).toEqual(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']);
    expect(full.length).toBeGreaterThan(10_000_000);
    expect(sub.length).toBeLessThan(400_000);
    expect(sub.length % 4).toBe(0);
  });

  it('is deterministic and depends only on the set of characters', () => {
    const a = subsetFont(full, '广东省');
    expect(Buffer.from(subsetFont(full, '省东广广')).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(subsetFont(full, '广东')).equals(Buffer.from(a))).toBe(false);
  });

  it('sets the whole-font checksum so the file sums to 0xB1B0AFBA', () => {
    const sub = subsetFont(full, 'abc');
    const v = new DataView(sub.buffer, sub.byteOffset, sub.byteLength);
    let s = 0;
    for (let i = 0; i < sub.length; i += 4) s = (s + v.getUint32(i)) >>> 0;
    expect(s).toBe(0xb1b0afba);
  });

  it('refuses a file that is not a TrueType font', () => {
    const junk = new Uint8Array(64);
    expect(() => subsetFont(junk, 'a')).toThrow(/no \w+ table/);
  });

  it('cjkFontFilesFor writes reusable subset files of Regular and Bold', () => {
    const a = cjkFontFilesFor('<text>广州</text>');
    const b = cjkFontFilesFor('<text>广州</text>');
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
    expect(a[0]).toMatch(/NotoSansSC_400Regular-[0-9a-f]{16}\.ttf$/);
    expect(a[1]).toMatch(/NotoSansSC_700Bold-[0-9a-f]{16}\.ttf$/);
  });
});
