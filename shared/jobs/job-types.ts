/**
 * @file Long work (imports, the demo district, the monthly penalty run) runs as a job off the request path; the UI polls its status.
 */

export interface RowErrorView {
  /** File name the error is in. */
  file: string;
  line: number;
  sheet?: string;
  column: string;
  message: string;
}

export interface JobStatus {
  id: string;
  kind: 'import' | 'demo' | 'penalty-run' | 'rules-evaluate' | 'documents';
  /** What the clerk sees as the job's title. */
  title: string;
  state: 'running' | 'done' | 'failed';
  /** What is being done now, in Russian («Проверка строк: charges.csv»). */
  stage: string;
  /** 0…1 */
  fraction: number;
  startedAtMs: number;
  finishedAtMs: number | null;
  /** On success: a Russian summary («Загружено 4 файла: 1 200 лицевых счетов, 86 400 начислений …»). */
  summary: string | null;
  /** On failure: the Russian reason, and the row errors (first 1 000) when the data was at fault. */
  error: { message: string; rowErrors: RowErrorView[]; errorCount: number } | null;
}
