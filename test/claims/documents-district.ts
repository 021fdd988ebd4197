/**
 * @file A demo district imported into a fresh core with a frozen clock, for the tests of claims, mailing lists and
 * notices (measures 5–6), and small helpers: calling the API, reading a PDF back as text or as a page image.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { importFiles } from '../../electron/core/billing/import-files';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import { writeSmallDistrict } from '../support/demo-files';

/** 26.11.2026, after the demo's last billing month (2026-09) was due. */
export const NOW = Date.UTC(2026, 10, 26, 9);
export const TODAY = '2026-11-26';

export async function openDocumentsCore(accounts = 200): Promise<Core> {
  const district = await writeSmallDistrict(accounts, ['csv'], 24);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-documents-'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW, userName: 'Тестовый сотрудник' });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    userName: 'тест',
    nowMs: NOW,
    files: district.files.filter((f) => f.endsWith('.csv')).map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(district.dir, { recursive: true, force: true });
  return core;
}

export async function closeDocumentsCore(core: Core): Promise<void> {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
}

export { callCore as call } from '../support/api-calls';

/** pdftotext prints no-break spaces as they are; assertions compare plain spaces. */
export function pdfText(file: string, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  const args = [...(options.layout ? ['-layout'] : []), ...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : []), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** One page rendered by poppler (as a person's viewer would) and decoded to RGBA pixels. */
export function pageImage(file: string, page: number, dpi = 150): { data: Uint8ClampedArray; width: number; height: number; pngPath: string } {
  const prefix = path.join(os.tmpdir(), `zhku-page-${process.pid}-${page}-${Date.now()}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const pngPath = `${prefix}.png`;
  const png = PNG.sync.read(fs.readFileSync(pngPath));
  return { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), width: png.width, height: png.height, pngPath };
}
