/**
 * `npm run fonts`: cuts Inter's variable fontsource files to the site's subsets (src/lib/font-subsets.ts):
 * only the characters each file serves (its unicode-range less what later subsets cover), the
 * OpenType features the styles use and the weight axis narrowed to the weights they use. Writes
 * src/assets/fonts/ (committed; run again after an update of @fontsource-variable/inter or a
 * change of the subsets).
 * tests/unit/fonts.test.ts checks the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { FONT_FEATURES, FONT_SUBSETS, FONT_WEIGHTS, servedCodePoints, type SubsetName } from '../src/lib/font-subsets.ts';

export const FONT_DIR = path.resolve('src/assets/fonts');

export async function subsetFontFile(name: SubsetName): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const source = fs.readFileSync(require.resolve(`@fontsource-variable/inter/files/${FONT_SUBSETS[name].source}`));
  const text = String.fromCodePoint(...servedCodePoints(name));
  return subsetFont(source, text, { targetFormat: 'woff2', variationAxes: { wght: FONT_WEIGHTS }, keepFeatures: [...FONT_FEATURES] });
}

if (import.meta.main) {
  fs.mkdirSync(FONT_DIR, { recursive: true });
  for (const [name, subset] of Object.entries(FONT_SUBSETS)) {
    const bytes = await subsetFontFile(name as SubsetName);
    fs.writeFileSync(path.join(FONT_DIR, subset.file), bytes);
    console.log(`${subset.file}: ${bytes.length} bytes`);
  }
}
