/**
 * @file After a new key rate, decree or moratorium: the monthly penalty runs computed with the old tables, and a
 * button that runs them again — every month for every УК, one month after another, as one job of the core, so the
 * whole recalculation goes on (and the settings page shows it again) after a reload. Each month's re-run replaces
 * its run and is journaled by the core.
 */
import { useState } from 'react';
import type { AddKeyRateResult } from '../../../shared/legal/legal-table-types';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';
import { formatPeriod } from '../format';
import { useScreenJob } from '../hooks/useScreenJob';
import { JobProgress } from './JobProgress';
import { useSession } from '../session/session-context';

type Progress =
  | { state: 'idle' }
  | { state: 'running'; periods: string[]; jobId: string }
  | { state: 'done'; periods: string[] }
  | { state: 'failed'; message: string };

export function StaleRunsRecalculation({ staleRuns }: { staleRuns: AddKeyRateResult['staleRuns'] }) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const periods = [...new Set(staleRuns.map((r) => r.period))].sort();
  // The tables are the administrator's, the penalty runs the ЕПД work's («пени в ЕПД»): say who recalculates.
  const mayRecalculate = useSession().canCall('penaltyRun.recalculate');

  const start = async (): Promise<void> => {
    const result = await api.call('penaltyRun.recalculate', { periods });
    if (!result.ok) setProgress({ state: 'failed', message: result.error.message });
    else setProgress({ state: 'running', periods, jobId: result.value.jobId });
  };
  const onFinished = (status: JobStatus): void => {
    if (progress.state !== 'running') return;
    if (status.state === 'done') setProgress({ state: 'done', periods: progress.periods });
    else setProgress({ state: 'failed', message: status.error?.message ?? 'Пересчёт не выполнен.' });
  };

  return (
    <div className="notice" role="note" data-testid="stale-runs">
      <p>
        Расчёты пени по прежним ставкам:{' '}
        {staleRuns.map((r) => `${r.companyName}, ${formatPeriod(r.period)}`).join('; ')}.
      </p>
      {progress.state === 'idle' && !mayRecalculate && (
        <p data-testid="stale-runs-who">
          Пересчитать их может сотрудник с правом «пени в ЕПД» (по умолчанию — специалист по претензиям или начальник
          отдела): страница «4. Начисление пени».
        </p>
      )}
      {progress.state === 'idle' && mayRecalculate && (
        <button type="button" data-testid="stale-runs-recalculate" onClick={() => void start()}>
          Пересчитать пени за {periods.length === 1 ? formatPeriod(periods[0] ?? '') : `${periods.length} мес.`}
        </button>
      )}
      {progress.state === 'running' && (
        <JobProgress key={progress.jobId} jobId={progress.jobId} onFinished={onFinished} />
      )}
      {progress.state === 'done' && (
        <p className="ok-text" role="status" data-testid="stale-runs-done">
          Пени пересчитаны по новым ставкам: {progress.periods.map(formatPeriod).join(', ')}. Перерасчёт записан в
          журнал.
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

const RECALCULATION = ['penalty-recalculation'] as const;

/**
 * A recalculation the core is running (or has just finished) when the settings page opens — after a reload, or
 * on a return from another section — with its progress.
 */
export function RecalculationInProgress() {
  const { found } = useScreenJob(RECALCULATION);
  if (!found) return null;
  return (
    <div className="notice" role="note" data-testid="recalculation-in-progress">
      <JobProgress key={found.id} jobId={found.id} initial={found} />
    </div>
  );
}
