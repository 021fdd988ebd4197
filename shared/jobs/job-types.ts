/**
 * @file Long work (imports, the demo district, the monthly penalty run, claim batches, the rule book over every
 * account) runs as a job off the request path; the UI polls its status, and finds it again after a reload through
 * the list of jobs the core knows.
 */

export interface RowErrorView {
  /** File name the error is in. */
  file: string;
  line: number;
  sheet?: string;
  column: string;
  message: string;
}

export type JobKind =
  'import' | 'demo' | 'penalty-run' | 'penalty-recalculation' | 'rules-evaluate' | 'documents' | 'court';

export interface JobStatus {
  id: string;
  kind: JobKind;
  /** What the clerk sees as the job's title. */
  title: string;
  /** `cancelled`: the clerk stopped it (a claim batch); what was made before stays. */
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** What is being done now, in Russian («Проверка строк: charges.csv»). */
  stage: string;
  /** 0…1 */
  fraction: number;
  startedAtMs: number;
  finishedAtMs: number | null;
  /** Time the job has run (to its end, or to this answer), by the core's clock: the page's clock may differ. */
  elapsedMs: number;
  /** The claim batch (document_batches.id) a `documents` job makes, so its screen can cancel it after a reload. */
  batchId: number | null;
  /** On success: a Russian summary («Загружено 4 файла: 1 200 лицевых счетов, 86 400 начислений …»). */
  summary: string | null;
  /** On failure: the Russian reason, and the row errors (first 1 000) when the data was at fault. */
  error: { message: string; rowErrors: RowErrorView[]; errorCount: number } | null;
}

/**
 * How long a finished job stays in the core's list: long enough for a screen reloaded just as its job ended to
 * show the outcome, short enough that an old result does not greet the clerk the next morning.
 */
export const RECENT_JOB_MS = 15 * 60_000;

/** The newest job of the given kinds in the core's list (newest first), or null. */
export function latestJobOf(jobs: readonly JobStatus[], kinds: readonly JobKind[]): JobStatus | null {
  return jobs.find((j) => kinds.includes(j.kind)) ?? null;
}
