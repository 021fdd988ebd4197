/**
 * @file After a new key rate: the monthly penalty runs computed with the old tables, and a button that runs them
 * again — one month after another (each run uses both cores; two at once would only queue on the database) — with
 * the progress of the month being recalculated. Each re-run replaces its month and is journaled by the core.
 */
import { useState } from 'react';
import type { AddKeyRateResult } from '../../../shared/legal/legal-table-types';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';
import { formatPeriod } from '../format';
import { JobProgress } from './JobProgress';

type Progress =
  | { state: 'idle' }
  | { state: 'running'; periods: string[]; index: number; jobId: string }
  | { state: 'done'; periods: string[] }
  | { state: 'failed'; message: string };

export function StaleRunsRecalculation({ staleRuns }: { staleRuns: AddKeyRateResult['staleRuns'] }) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const periods = [...new Set(staleRuns.map((r) => r.period))].sort();

  const startAt = async (list: string[], index: number): Promise<void> => {
    const period = list[index];
    if (period === undefined) {
      setProgress({ state: 'done', periods: list });
      return;
    }
    const result = await api.call('penaltyRun.start', { period, companyId: null });
    if (!result.ok) setProgress({ state: 'failed', message: `${formatPeriod(period)}: ${result.error.message}` });
    else setProgress({ state: 'running', periods: list, index, jobId: result.value.jobId });
  };
  const onFinished = (status: JobStatus): void => {
    if (progress.state !== 'running') return;
    if (status.state === 'failed') {
      setProgress({ state: 'failed', message: status.error?.message ?? 'Пересчёт не выполнен.' });
      return;
    }
    if (status.state === 'done') void startAt(progress.periods, progress.index + 1);
  };

  return (
    <div className="notice" role="note" data-testid="stale-runs">
      <p>
        Расчёты пени по прежним ставкам: {staleRuns.map((r) => `${r.companyName}, ${formatPeriod(r.period)}`).join('; ')}.
      </p>
      {progress.state === 'idle' && (
        <button type="button" data-testid="stale-runs-recalculate" onClick={() => void startAt(periods, 0)}>
          Пересчитать пени за {periods.length === 1 ? formatPeriod(periods[0] ?? '') : `${periods.length} мес.`}
        </button>
      )}
      {progress.state === 'running' && (
        <>
          <p className="small">
            Пересчёт {progress.index + 1} из {progress.periods.length}: {formatPeriod(progress.periods[progress.index] ?? '')}
          </p>
          <JobProgress key={progress.jobId} jobId={progress.jobId} onFinished={onFinished} />
        </>
      )}
      {progress.state === 'done' && (
        <p className="ok-text" role="status" data-testid="stale-runs-done">
          Пени пересчитаны по новым ставкам: {progress.periods.map(formatPeriod).join(', ')}. Перерасчёт записан в журнал.
        </p>
      )}
      {progress.state === 'failed' && (
        <p className="error-text" role="alert">
          {progress.message}
        </p>
      )}
    </div>
  );
}
