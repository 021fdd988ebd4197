/**
 * @file What a job does, independent of where it runs (a worker thread for the UI, in-process for the CLI).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { importFiles, type ImportFileSpec } from '../billing/import-files';
import { writeDemoDistrict } from '../demo/write-demo-district';
import { LAYOUTS } from '../../../shared/import/layouts';
import { runMonthlyPenalty } from '../penalty/monthly-penalty-run';
import type { JobTask } from './job-messages';
import { evaluateAllAccounts, evaluateAllSummary } from '../rules/evaluate-all';
import { runClaimBatchJob } from '../claims/claim-batch-job';

export interface JobEnvironment {
  sqlite: Database.Database;
  dataDir: string;
  userName: string;
  nowMs: number;
  onProgress: (stage: string, fraction: number) => void;
}

/** Runs the task; resolves with the Russian summary, rejects with ImportRefusedError or a bug. */
export async function runJobTask(task: JobTask, env: JobEnvironment): Promise<string> {
  if (task.task === 'import') {
    const result = await importFiles({ ...env, files: task.files });
    return result.summary;
  }
  if (task.task === 'penalty-run') {
    const result = await runMonthlyPenalty({ ...env, period: task.period, companyId: task.companyId });
    return result.summary;
  }
  if (task.task === 'rules-evaluate') {
    const result = await evaluateAllAccounts(env.sqlite, env.nowMs, (done, total) =>
      env.onProgress('Оценка правил по лицевым счетам', total > 0 ? done / total : 1),
    );
    return evaluateAllSummary(result);
  }
  if (task.task === 'claim-batch') return runClaimBatchJob(env, task.batchId, task.threads);
  // The demo district goes through the very same import as a clerk's files.
  const outDir = path.join(env.dataDir, 'demo', `${task.seed}-${task.accounts}-${task.months}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  env.onProgress('Создание файлов демонстрационного района', 0);
  const written = await writeDemoDistrict({
    accounts: task.accounts,
    seed: task.seed,
    months: task.months,
    outDir,
    formats: ['csv'],
    onProgress: (done, total) => env.onProgress('Создание файлов демонстрационного района', total > 0 ? (0.3 * done) / total : 0),
  });
  const files: ImportFileSpec[] = written.files
    .filter((file) => file.endsWith('.csv'))
    .map((file) => ({ path: file, fileName: path.basename(file) }));
  const result = await importFiles({
    ...env,
    files,
    onProgress: (stage, fraction) => env.onProgress(stage, 0.3 + 0.7 * fraction),
  });
  const titles = Object.values(LAYOUTS).map((l) => l.title.toLowerCase());
  return `Демонстрационный район загружен (${titles.join(', ')}). ${result.summary}`;
}
