/**
 * @file The default demo district (3 000 accounts, five years, as the first-run screen loads it) in a core whose
 * clock the test moves: the district the issue is judged on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { writeDemoDistrict } from '../../electron/core/demo/write-demo-district';

/** Wednesday 25.11.2026, 11:00 Moscow time. */
export const WEDNESDAY_11 = Date.parse('2026-11-25T08:00:00Z');

export interface DemoCore {
  core: Core;
  clock: { now: number };
  close(): Promise<void>;
}

export async function openDemoCore(accounts = 3000): Promise<DemoCore> {
  const clock = { now: WEDNESDAY_11 };
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-work-demo-'));
  const written = await writeDemoDistrict({
    accounts,
    seed: 'krasnogorsk',
    months: 60,
    endPeriod: '2026-10',
    asOfDate: '2026-11-24',
    outDir: filesDir,
    formats: ['csv'],
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-work-'));
  const core = openCore({
    dataDir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => clock.now,
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: clock.now,
    files: written.files.map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(filesDir, { recursive: true, force: true });
  return {
    core,
    clock,
    close: async () => {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export {
  callCore as call,
  callCoreAs as callAsLogin,
  callCoreAsUser as callAsUser,
  callCoreAsUserError as callAsUserError,
  callCoreError as callError,
} from '../support/api-calls';
