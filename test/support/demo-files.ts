/**
 * @file A small demo district written once per test file (deterministic), for import tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoDistrict, type DemoDistrictResult } from '../../electron/core/demo/write-demo-district';

/** The last billing month whose payment month has fully passed by 2026-11-01 (no payment dated in the future). */
export const DEMO_END_PERIOD = '2026-09';

export async function writeSmallDistrict(
  accounts = 120,
  formats: Array<'csv' | 'xlsx'> = ['csv', 'xlsx'],
  months = 24,
): Promise<DemoDistrictResult & { dir: string; file: (name: string) => string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-demo-'));
  const result = await writeDemoDistrict({
    accounts,
    seed: 'test-district',
    months,
    endPeriod: DEMO_END_PERIOD,
    outDir: dir,
    formats,
  });
  return { ...result, dir, file: (name) => path.join(dir, name) };
}
