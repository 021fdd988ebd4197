/**
 * @file A demo district imported into a fresh core with a frozen clock, for the tests of claims, mailing lists and
 * notices (measures 5–6), and small helpers: calling the API, reading a PDF back as text or as a page image.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { PNG } from 'pngjs';
import { importFiles } from '../../electron/core/billing/import-files';
import { saveClaimSigner } from '../../electron/core/claims/claim-signers';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import { writeSmallDistrict } from '../support/demo-files';
import { addDemoStaff } from '../../electron/core/users/users-repo';

/** 26.11.2026, after the demo's last billing month (2026-09) was due. */
export const NOW = Date.UTC(2026, 10, 26, 9);
export const TODAY = '2026-11-26';

/** The signer every claim of the tests is signed by (a batch without one is refused). */
export const TEST_SIGNER = {
  fullName: 'Петрова Анна Сергеевна',
  position: 'Начальник отдела по работе с задолженностью',
  phone: '+7 (495) 563-12-34',
};

/** Sets the default signer of claims, as an administrator would in Настройки. */
export function setDefaultSigner(core: Core, signer = TEST_SIGNER): void {
  saveClaimSigner(core.ctx.sqlite, null, signer, { userId: null, name: 'Администратор' }, NOW, TODAY);
}

export async function openDocumentsCore(accounts = 200, options: { signer?: boolean } = {}): Promise<Core> {
  const district = await writeSmallDistrict(accounts, ['csv'], 24);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-documents-'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: district.files.filter((f) => f.endsWith('.csv')).map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(district.dir, { recursive: true, force: true });
  if (options.signer ?? true) setDefaultSigner(core);
  // The office's staff as the demo job adds them (password demo2026): the e2e tests sign in as the head.
  await addDemoStaff(core.ctx.db, { userId: null, name: 'тест' }, NOW);
  return core;
}

export async function closeDocumentsCore(core: Core): Promise<void> {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
}

export { callCore as call } from '../support/api-calls';

/** pdftotext prints no-break spaces as they are; assertions compare plain spaces. */
export function pdfText(file: string, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  const args = [
    ...(options.layout ? ['-layout'] : []),
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
    file,
    '-',
  ];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** One page rendered by poppler (as a person's viewer would) and decoded to RGBA pixels. */
export function pageImage(
  file: string,
  page: number,
  dpi = 150,
): { data: Uint8ClampedArray; width: number; height: number; pngPath: string } {
  const prefix = path.join(os.tmpdir(), `zhku-page-${process.pid}-${page}-${Date.now()}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ]);
  const pngPath = `${prefix}.png`;
  const png = PNG.sync.read(fs.readFileSync(pngPath));
  return {
    data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    width: png.width,
    height: png.height,
    pngPath,
  };
}

/** Words of one page with their boxes in points (origin top left), as poppler reads them. */
export function pageWords(
  file: string,
  page: number,
): Array<{ text: string; xMin: number; yMin: number; xMax: number; yMax: number }> {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  const words: Array<{ text: string; xMin: number; yMin: number; xMax: number; yMax: number }> = [];
  for (const m of html.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    words.push({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: (m[5] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    });
  }
  return words;
}

/** The font sizes a page sets text in (every `Tf` operator of its content streams), in points. */
export async function pageFontSizes(file: string, page: number): Promise<number[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const node = doc.getPage(page - 1).node;
  const contents = node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const sizes: number[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    for (const m of text.matchAll(/\/\S+\s+([\d.]+)\s+Tf/g)) sizes.push(Number(m[1]));
  }
  return sizes;
}

/** Fonts of a PDF as pdffonts lists them: name, type, embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: «emb» is the fifth column from the end.
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}
