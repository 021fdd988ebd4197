/**
 * @file The document font (PT Sans TTF, regular and bold) registered with react-pdf once per process.
 *
 * TTF only: the WOFF subsets on npm lack «₽» and WOFF2 fails to parse in react-pdf. Where the files are:
 * in the packaged app beside the resources (build/electron-builder.yml extraResources → fonts/), otherwise in
 * node_modules, found through Node's resolver so the path is right whether we run from source or a bundle.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../../../shared/documents/pdf-font';

const FONT_FILES = {
  regular: { packaged: 'PTSans-Regular.ttf', module: '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf' },
  bold: { packaged: 'PTSans-Bold.ttf', module: '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf' },
} as const;

function resolveModule(specifier: string): string {
  // The Electron bundle is CommonJS (its import.meta is empty) and has `require`; source runs are ESM.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  return req.resolve(specifier);
}

/** Absolute path of a font file: the packaged copy when it exists, else the npm package's file. */
export function documentFontPath(weight: keyof typeof FONT_FILES): string {
  const file = FONT_FILES[weight];
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources) {
    const packaged = path.join(resources, 'fonts', file.packaged);
    if (fs.existsSync(packaged)) return packaged;
  }
  return resolveModule(file.module);
}

let registered = false;

export function registerDocumentFonts(font: typeof Font): void {
  if (registered) return;
  font.register({
    family: DOCUMENT_FONT_FAMILY,
    fonts: [{ src: documentFontPath('regular') }, { src: documentFontPath('bold'), fontWeight: 'bold' }],
  });
  // react-pdf hyphenates with English rules by default and would split Russian words wrongly: keep words whole.
  font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
