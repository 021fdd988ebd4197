/**
 * @file Billing files written by hand in a test (CSV text), saved in windows-1251 as billing sends them and applied
 * through the real import, all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Core } from '../../electron/core/open-core';
import { importFiles } from '../../electron/core/billing/import-files';

/** Writes each `name → CSV text` into `dir` and imports them together as the user «тест» at `nowMs`. */
export async function importBillingTexts(
  core: Core,
  dir: string,
  files: Record<string, string>,
  nowMs: number,
): Promise<void> {
  const specs = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, iconv.encode(text, 'win1251'));
    return { path: file, fileName: name };
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    by: { userId: null, name: 'тест' },
    nowMs,
    files: specs,
  });
}
