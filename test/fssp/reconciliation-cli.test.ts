/**
 * @file `fssp reconcile ФАЙЛ --out ПАПКА --department ИД --list-date …` through the real CLI entry on a data folder
 * holding the reconciliation fixture: the counts per difference kind printed, the XLSX and PDF report written into
 * the folder, `--json`, and `--help`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { makeTempDir } from '../support/temp-dir';
import { setCliRole } from '../cli/cli-support';
import { FILES, LIST_DATE, reconciliationWorld } from './reconciliation-fixture';

/** A fresh data folder per test: makeTempDir removes its folders after each test. */
let dataDir: string;
let osp: number;
beforeEach(async () => {
  dataDir = path.join(makeTempDir(), 'data');
  const world = reconciliationWorld(dataDir);
  osp = world.osp;
  setCliRole(world.core, 'lawyer'); // the work with the bailiffs is the lawyer's and the head's (bailiffs.work)
  await world.core.close();
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--data-dir', dataDir], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('fssp reconcile', () => {
  it('prints the counts per kind and writes the XLSX and PDF report', async () => {
    const out = makeTempDir();
    const list = path.join(FILES, 'reconciliation-osp-2025-06-30.csv');
    const r = await cli('fssp', 'reconcile', list, '--out', out, '--department', String(osp), '--list-date', LIST_DATE);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('строк в списке 6, сопоставлено 5, расхождений 5.');
    expect(r.out).toContain('у нас есть, у ФССП нет (потерян — направить повторно): 1');
    expect(r.out).toContain('у ФССП есть, у нас нет: 1');
    expect(r.out).toContain('взысканное расходится: 1');
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^sverka-\d+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(files[1]).toMatch(/^sverka-\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(fs.readFileSync(path.join(out, files[0]!)).subarray(0, 5).toString()).toBe('%PDF-');

    const j = await cli(
      'fssp',
      'reconcile',
      list,
      '--out',
      out,
      '--department',
      String(osp),
      '--list-date',
      LIST_DATE,
      '--json',
    );
    expect(j.code).toBe(0);
    const json = JSON.parse(j.out) as {
      byKind: Record<string, number>;
      xlsxPath: string;
      pdfPath: string;
      rowsCount: number;
    };
    expect(json.byKind).toEqual({
      ours_not_theirs: 1,
      theirs_not_ours: 1,
      sum_differs: 1,
      status_differs: 1,
      collected_differs: 1,
    });
    expect(json.rowsCount).toBe(6);
    expect(fs.existsSync(json.xlsxPath)).toBe(true);
  });

  it('refuses a missing --out, and a bad file with its Russian reason', async () => {
    const list = path.join(FILES, 'reconciliation-osp-2025-06-30.csv');
    const r = await cli('fssp', 'reconcile', list);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Укажите папку: --out');
    const empty = path.join(makeTempDir(), 'pusto.csv');
    fs.writeFileSync(empty, '');
    const e = await cli('fssp', 'reconcile', empty, '--out', makeTempDir());
    expect(e.code).toBe(1);
    expect(e.err).toContain('Файл пуст');
  });

  it('has --help', async () => {
    const r = await cli('fssp', 'reconcile', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--out');
    expect(r.out).toContain('--department');
    expect(r.out).toContain('--mapping');
  });
});
