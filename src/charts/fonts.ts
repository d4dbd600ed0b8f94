/**
 * The CJK font files used for PNG rendering: Noto Sans SC Regular and Bold (SIL Open Font
 * Licence 1.1) from the npm package `@expo-google-fonts/noto-sans-sc`, so no system font is
 * needed.
 * @module
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

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
