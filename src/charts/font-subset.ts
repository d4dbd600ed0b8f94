/**
 * Font subsetting through HarfBuzz (the kept library `subset-font`, a WebAssembly build of
 * HarfBuzz's hb-subset), replacing the hand-written TrueType subsetter this file used to hold.
 *
 * The report needs two outputs from the 10 MB Noto Sans SC files: a TrueType (sfnt) subset for
 * PNG rendering (resvg reads TTF/OTF only, and re-reads a font file per glyph, so the full files
 * would cost seconds per chart), and a WOFF2 subset for embedding in `index.html` (half the bytes
 * of TrueType). HarfBuzz keeps the layout tables (GSUB, GPOS…) and renumbers glyphs, so a subset
 * of a few hundred characters is a few hundred kilobytes at most. The family name is unchanged
 * (Noto Sans SC carries no Reserved Font Name under the SIL OFL 1.1, so a subset may keep it).
 * @module
 */
import { createRequire } from 'node:module';

/** Output format of {@link subsetFont}. */
export type SubsetFormat = 'truetype' | 'woff2';

/** Options of {@link subsetFont}. */
export interface SubsetFontOptions {
  /** `truetype` (sfnt, for resvg; default) or `woff2` (for a web page). */
  format?: SubsetFormat;
}

type HbSubset = (font: Buffer, text: string, options: { targetFormat: 'sfnt' | 'woff2' }) => Promise<Buffer>;

let hbSubset: HbSubset | null = null;

/**
 * A subset of a TrueType/OpenType font holding the glyphs of the characters of `text` (each
 * character once; order and repetition do not matter), made by HarfBuzz.
 * @param font - bytes of a TrueType/OpenType font file.
 * @param text - the characters to keep.
 * @throws Error when the bytes are not a font HarfBuzz can read.
 * @example
 * ```ts
 * const ttf = await subsetFont(bytes, '广东省珠三角');                     // sfnt, for resvg
 * const woff2 = await subsetFont(bytes, '广东省珠三角', { format: 'woff2' }); // for @font-face
 * ```
 */
export async function subsetFont(font: Uint8Array, text: string, options: SubsetFontOptions = {}): Promise<Uint8Array> {
  hbSubset ??= createRequire(import.meta.url)('subset-font') as HbSubset;
  const chars = Array.from(new Set(Array.from(text))).sort().join('');
  const out = await hbSubset(Buffer.from(font.buffer, font.byteOffset, font.byteLength), chars, {
    targetFormat: (options.format ?? 'truetype') === 'woff2' ? 'woff2' : 'sfnt',
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
