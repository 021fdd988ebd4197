/**
 * @file What a job does, independent of where it runs (a worker thread for the UI, in-process for the CLI).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { importFiles, type ImportFileSpec } from '../billing/import-files';
import { writeDemoDistrict } from '../demo/write-demo-district';
import { addMonths } from '../demo/periods';
import { addDemoClaimHistory } from '../demo/demo-claim-history';
import { addDemoCourts } from '../demo/demo-courts';
import { addDemoServiceNorms } from '../demo/demo-service-norms';
import { addDemoDepartments } from '../demo/demo-bailiffs';
import { addDemoWrits } from '../demo/demo-writs';
import { addDemoHousingStock } from '../demo/demo-housing-stock';
import { addDemoHistory } from '../demo/demo-history';
import { ensureDemoSigner } from '../claims/claim-signers';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { LAYOUTS } from '../../../shared/import/layouts';
import { runMonthlyPenalty } from '../penalty/monthly-penalty-run';
import type { JobTask } from './job-messages';
import { evaluateAllAccounts, evaluateAllSummary } from '../rules/evaluate-all';
import { runClaimBatchJob } from '../claims/claim-batch-job';
import { makeCaseDocuments } from '../court/make-case-documents';
import { exportCourtPackage } from '../court/court-package';
import { AppError } from '../app-error';
import { ImportRefusedError } from '../billing/import-files';
import { batchStatus } from '../documents/document-batches-repo';
import type { JournalActor } from '../auth/actor';
import { drizzleOf } from '../db/drizzle-of';
import { addDemoStaff, DEMO_PASSWORD } from '../users/users-repo';

export interface JobEnvironment {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  onProgress: (stage: string, fraction: number) => void;
}

/** How a job ended well: its Russian summary, and whether the clerk stopped it midway. */
export interface JobOutcome {
  summary: string;
  cancelled: boolean;
}

const done = (summary: string): JobOutcome => ({ summary, cancelled: false });

/** Runs the task; resolves with its outcome, rejects with ImportRefusedError or a bug. */
export async function runJobTask(task: JobTask, env: JobEnvironment): Promise<JobOutcome> {
  if (task.task === 'import') {
    const result = await importFiles({ ...env, files: task.files });
    return done(result.summary);
  }
  if (task.task === 'penalty-run') {
    const result = await runMonthlyPenalty({ ...env, period: task.period, companyId: task.companyId });
    return done(result.summary);
  }
  if (task.task === 'penalty-recalculation') return done(await recalculateMonths(task.periods, env));
  if (task.task === 'rules-evaluate') {
    const result = await evaluateAllAccounts(env.sqlite, env.nowMs, (count, total) =>
      env.onProgress('Оценка правил по лицевым счетам', total > 0 ? count / total : 1),
    );
    return done(evaluateAllSummary(result));
  }
  if (task.task === 'claim-batch') {
    const summary = await runClaimBatchJob(env, task.batchId, task.threads);
    // The batch's own row says whether «Отменить» stopped it (claim-batch.ts records the outcome there).
    return { summary, cancelled: batchStatus(env.sqlite, task.batchId) === 'cancelled' };
  }
  if (task.task === 'court-documents' || task.task === 'court-package') return done(await runCourtJob(task, env));
  return done(await loadDemo(task, env));
}

/** Court documents and packages: an expected refusal (AppError) reaches the clerk in Russian, as a claim batch's. */
async function runCourtJob(
  task: Extract<JobTask, { task: 'court-documents' | 'court-package' }>,
  env: JobEnvironment,
): Promise<string> {
  try {
    if (task.task === 'court-documents') return (await makeCaseDocuments(env, task.caseIds, task.documentDate)).summary;
    return (await exportCourtPackage(env, { courtId: task.courtId, caseIds: task.caseIds, outDir: task.outDir }))
      .summary;
  } catch (error) {
    if (error instanceof AppError) throw new ImportRefusedError(error.message);
    throw error;
  }
}

/**
 * The monthly runs of several months for every УК, oldest first. Each month is its own run (its own transaction,
 * as a run started from the page), so a failure in a later month leaves the earlier ones recalculated.
 */
async function recalculateMonths(periods: string[], env: JobEnvironment): Promise<string> {
  const sorted = [...new Set(periods)].sort();
  const lines: string[] = [];
  for (const [i, period] of sorted.entries()) {
    const result = await runMonthlyPenalty({
      ...env,
      period,
      companyId: null,
      onProgress: (stage, fraction) =>
        env.onProgress(`Месяц ${i + 1} из ${sorted.length}: ${stage}`, (i + fraction) / sorted.length),
    });
    lines.push(result.summary);
  }
  return lines.join(' ');
}

/** The demo district goes through the very same import as a clerk's files. */
async function loadDemo(task: Extract<JobTask, { task: 'demo' }>, env: JobEnvironment): Promise<string> {
  const outDir = path.join(env.dataDir, 'demo', `${task.seed}-${task.accounts}-${task.months}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  env.onProgress('Создание файлов демонстрационного района', 0);
  // The district's «today» is the core's clock, not the computer's: a file never holds payments after the day the
  // import checks against, and the history ends with the month before it.
  const today = isoDateInZone(env.nowMs);
  const written = await writeDemoDistrict({
    accounts: task.accounts,
    seed: task.seed,
    months: task.months,
    asOfDate: today,
    endPeriod: addMonths(today.slice(0, 7), -1),
    outDir,
    formats: ['csv'],
    onProgress: (count, total) =>
      env.onProgress('Создание файлов демонстрационного района', total > 0 ? (0.3 * count) / total : 0),
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
  // Claims need a signer: the demo's is fictional, marked so, and never replaces one an administrator set.
  ensureDemoSigner(env.sqlite, env.by, env.nowMs, isoDateInZone(env.nowMs));
  // Claims sent before the program (the court queue asks for a delivered one), marked as demonstration data.
  const history = addDemoClaimHistory(env.sqlite, env.dataDir, isoDateInZone(env.nowMs), env.nowMs);
  // Demonstration magistrate plots (marked so; a real office imports its own), every building mapped to a court.
  addDemoCourts(env.sqlite, env.by, env.nowMs);
  // Illustrative norms and tariffs of sewage and hot water (measure 8's threshold by the norm), marked so.
  addDemoServiceNorms(env.sqlite, env.by, env.nowMs);
  // Demonstration bailiffs' departments (marked so), every building mapped; three debtors with a bank account.
  addDemoDepartments(env.sqlite, env.by, env.nowMs);
  // Writs obtained before the program (measure 10), marked as demonstration data.
  const demoWrits = addDemoWrits(env.sqlite, env.by, isoDateInZone(env.nowMs), env.nowMs);
  // The municipal housing stock for the eviction match (measure 12), marked as demonstration data.
  const demoDwellings = addDemoHousingStock(env.sqlite, env.by, env.nowMs);
  // The district's staff, so its call queue can be split at once; logins the office already has are kept as they are.
  const staff = await addDemoStaff(drizzleOf(env.sqlite), env.by, env.nowMs);
  const staffLine =
    staff.length > 0
      ? ` Добавлены демонстрационные сотрудники (${staff.join(', ')}) с паролем «${DEMO_PASSWORD}».`
      : ' Демонстрационные сотрудники уже были в базе.';
  const historyLine =
    history.letters > 0
      ? ` История претензий до внедрения программы: ${history.letters} писем, вручено ${history.delivered}. Суды: три демонстрационных судебных участка.`
      : '';
  const writsLine =
    demoWrits > 0
      ? ` Отделы судебных приставов: два демонстрационных. Исполнительные документы, полученные до внедрения программы: ${demoWrits}.`
      : '';
  const housingLine = demoDwellings > 0 ? ` Муниципальный жилой фонд: ${demoDwellings} демонстрационных квартир.` : '';
  // Six months of recorded work across the measures and the payments that answered some of it (seeded, marked so).
  const work = addDemoHistory(env.sqlite, env.by, isoDateInZone(env.nowMs), env.nowMs, task.seed);
  const workLine =
    work.actions > 0
      ? ` История работы за полгода: ${work.actions} действий по мероприятиям, ${work.payments} оплат после них.`
      : '';
  return `Демонстрационный район загружен (${titles.join(', ')}). ${result.summary}${historyLine}${writsLine}${housingLine}${workLine}${staffLine}`;
}
