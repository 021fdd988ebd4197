/**
 * @file What a failed job left behind, in the clerk's words: most jobs are one transaction, two keep finished parts.
 * Shared by the job manager (a worker that died) and the worker itself (a storage failure it caught).
 */
import type { JobTask } from './job-messages';

export function whatIsKept(task: JobTask): string {
  if (task.task === 'claim-batch') return 'Готовые претензии сохранены; пакет отмечен как незавершённый.';
  if (task.task === 'penalty-recalculation') return 'Месяцы, пересчитанные до сбоя, сохранены; остальные не изменены.';
  return 'База данных не изменена.';
}
