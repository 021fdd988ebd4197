/**
 * @file Messages between the job manager (main thread) and a job worker.
 */
import type { ImportFileSpec } from '../billing/import-files';
import type { RowErrorView } from '../../../shared/jobs/job-types';
import type { JournalActor } from '../auth/actor';

export type JobTask =
  | { task: 'import'; files: ImportFileSpec[] }
  | { task: 'demo'; accounts: number; seed: string; months: number }
  /** The monthly penalty run (measure 4) of one УК or, with companyId null, of all. */
  | { task: 'penalty-run'; period: string; companyId: number | null }
  /** The monthly runs of several months for every УК, one month after another (after a new rate or moratorium). */
  | { task: 'penalty-recalculation'; periods: string[] }
  /** The rule book over every account (next steps, available measures). */
  | { task: 'rules-evaluate' }
  /** A claim batch (measure 5) already recorded in document_batches. */
  | { task: 'claim-batch'; batchId: number; threads?: number }
  /** The documents of court cases (measure 9): each case's PDFs, linked and journaled. */
  | { task: 'court-documents'; caseIds: number[]; documentDate: string }
  /** A court package: one ZIP per court with its register and manifest. */
  | { task: 'court-package'; courtId: number; caseIds: number[] | null; outDir: string | null };

export interface JobWorkerData {
  databasePath: string;
  dataDir: string;
  /** Who started the job: its journal entries name them. */
  by: JournalActor;
  nowMs: number;
  job: JobTask;
}

export type JobMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; summary: string; cancelled: boolean }
  | { type: 'failed'; message: string; rowErrors: RowErrorView[]; errorCount: number; internal: boolean };
