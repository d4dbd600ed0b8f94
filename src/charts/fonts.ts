/**
 * The CJK font files used for PNG rendering: Noto Sans SC Regular and Bold (SIL Open Font
 * Licence 1.1) from the npm package `@expo-google-fonts/noto-sans-sc`, so no system font is
 * needed.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { subsetFont } from './font-subset.js';
import type { SubsetFormat } from './font-subset.js';

const require = createRequire(import.meta.url);

/** Paths of the bundled Noto Sans SC Regular and Bold TTF files. */
export function cjkFontFiles(): string[] {
  const files = [
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  ].map((p) => {
    try {
      return require.resolve(p);
    } catch {
      throw new Error(
        `font file ${p} not found: install the dependency @expo-google-fonts/noto-sans-sc (npm ci) to render PNG with Chinese text`,
      );
    }
  });
  return files.filter((f) => existsSync(f));
}

const fontBytes = new Map<string, Uint8Array>();

/**
 * Font files for rendering `text`: TrueType subsets (HarfBuzz, see `font-subset.ts`) of Noto Sans
 * SC Regular and Bold holding only the characters of `text`, written once to the system temp
 * folder under a name derived from their content (so repeated renders reuse them and runs stay
 * deterministic). Falls back to the full files when a subset cannot be made or written.
 */
export async function cjkFontFilesFor(text: string): Promise<string[]> {
  const full = cjkFontFiles();
  try {
    const dir = join(tmpdir(), 'prd-restructuring-fonts');
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    for (const file of full) {
      let bytes = fontBytes.get(file);
      if (!bytes) {
        bytes = new Uint8Array(readFileSync(file));
        fontBytes.set(file, bytes);
      }
      const sub = await subsetFont(bytes, text);
      const name = `${basename(file, '.ttf')}-${createHash('sha256').update(sub).digest('hex').slice(0, 16)}.ttf`;
      const path = join(dir, name);
      if (!existsSync(path)) {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, sub);
        renameSync(tmp, path);
      }
      out.push(path);
    }
    return out;
  } catch {
    return full;
  }
}

/**
 * Subsets of Noto Sans SC Regular and Bold holding the characters of `text`, in `format`
 * (`woff2` for a web page), kept in the system temp folder under a name derived from the font,
 * the format and the set of characters, so a page whose characters did not change reuses them
 * (HarfBuzz's WOFF2 output takes seconds for a few thousand CJK characters).
 * @returns `[regular, bold]` bytes (bold absent when its file is missing); `[]` without the fonts.
 */
export async function cjkFontSubsets(text: string, format: SubsetFormat): Promise<Uint8Array[]> {
  const chars = Array.from(new Set(Array.from(text))).sort().join('');
  const dir = join(tmpdir(), 'prd-restructuring-fonts');
  const out: Uint8Array[] = [];
  for (const file of cjkFontFiles()) {
    const key = createHash('sha256').update(`${basename(file)}\u0000${format}\u0000${chars}`).digest('hex').slice(0, 24);
    const path = join(dir, `${basename(file, '.ttf')}-${key}.${format === 'woff2' ? 'woff2' : 'ttf'}`);
    if (existsSync(path)) {
      out.push(new Uint8Array(readFileSync(path)));
      continue;
    }
    let bytes = fontBytes.get(file);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(file));
      fontBytes.set(file, bytes);
    }
    const sub = await subsetFont(bytes, chars, { format });
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, sub);
      renameSync(tmp, path);
    } catch {
      // not writable: the subset is still returned
    }
    out.push(sub);
  }
  return out;
}
