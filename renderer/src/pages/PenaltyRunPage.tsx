/**
 * @file Measure 4, «Начисление пени»: the monthly penalty run for a chosen month and УК (or all), its progress,
 * and the runs made so far with their figures. A re-run of the same month and УК replaces the earlier one, and
 * the page says so before the clerk starts it.
 */
import { useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/job-types';
import type { PenaltyRunList } from '../../../shared/api/contract-epd';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { JobProgress } from '../components/JobProgress';
import { PenaltyRunsTable } from '../components/PenaltyRunsTable';
import { formatPeriod } from '../format';
import { useScreenJob } from '../hooks/useScreenJob';
import { MonthField } from '../components/fields/MonthField';

/** The last month that has ended: penalty is accrued for a month once it is over. */
export function lastEndedPeriod(now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The job outlives the screen: a reload or a return to the page shows the run (or a recalculation) in progress. */
const PENALTY_KINDS = ['penalty-run', 'penalty-recalculation'] as const;

export function PenaltyRunPage() {
  const [period, setPeriod] = useState(lastEndedPeriod);
  const [companyId, setCompanyId] = useState<number | null>(null);
  const { jobId, found, follow, running, observe } = useScreenJob(PENALTY_KINDS);
  // From the click until the core has answered (then the job's own state keeps the button waiting).
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loaded, reload] = useApi('penaltyRun.list', { period: null });

  const start = async (): Promise<void> => {
    if (starting || running) return;
    setError(null);
    setStarting(true);
    try {
      const result = await api.call('penaltyRun.start', { period, companyId });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      follow(result.value.jobId);
    } finally {
      setStarting(false);
    }
  };
  const onFinished = (status: JobStatus): void => {
    observe(status);
    if (status.state !== 'running') reload();
  };
  const busy = starting || running;

  const list: PenaltyRunList | null = loaded.state === 'ready' ? loaded.value : null;
  const excluded = list?.companies.filter((c) => !c.penaltyCharged) ?? [];
  const chosen = list?.companies.find((c) => c.id === companyId) ?? null;
  const existing =
    list?.runs.filter(
      (r) => r.status === 'current' && r.period === period && (companyId === null || r.companyId === companyId),
    ) ?? [];

  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 4 из 13</p>
      <h1 tabIndex={-1}>4. Начисление пени</h1>
      <p className="muted">
        Пени по ч. 14 и 14.1 ст. 155 ЖК РФ начисляются за месяц по каждому лицевому счёту УК: сумма пени на последний
        день месяца минус сумма на последний день предыдущего месяца. Ставки и моратории — в Настройках.
      </p>
      <form
        className="form form-inline"
        aria-label="Начисление пени за месяц"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label>
          Месяц
          <MonthField name="period" value={period} onChange={(v) => setPeriod(v)} required />
        </label>
        <label>
          УК
          <select
            name="company"
            value={companyId ?? ''}
            onChange={(e) => setCompanyId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">все УК</option>
            {list?.companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.penaltyCharged ? '' : ' (пени по договору не начисляются)'}
              </option>
            ))}
          </select>
        </label>
        <div className="form-actions">
          <button data-primary-action type="submit" data-testid="penalty-run-start" disabled={busy} aria-busy={busy}>
            {existing.length > 0 ? 'Пересчитать пени' : 'Начислить пени'} за {formatPeriod(period)}
          </button>
          {running && (
            <span className="muted small" role="status">
              Расчёт уже идёт — его ход показан ниже.
            </span>
          )}
          {error && (
            <span role="alert" className="error-text">
              {error}
            </span>
          )}
        </div>
        {existing.length > 0 && (
          <div className="notice" role="note">
            За {formatPeriod(period)} пени уже начислены ({existing.length} УК). Повторный расчёт заменит прежний и
            будет записан в журнал как перерасчёт.
          </div>
        )}
        {chosen && !chosen.penaltyCharged && (
          <div className="notice" role="note">
            Договор управления УК «{chosen.name}» не предусматривает начисление пени: расчёт ничего не начислит.
          </div>
        )}
      </form>
      {jobId && <JobProgress key={jobId} jobId={jobId} initial={found} onUpdate={observe} onFinished={onFinished} />}
      {excluded.length > 0 && (
        <p className="small muted" data-testid="excluded-companies">
          Без начисления пени по договору: {excluded.map((c) => `«${c.name}»`).join(', ')}.
        </p>
      )}
      <h2>Расчёты</h2>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {list && <PenaltyRunsTable runs={list.runs} />}
    </section>
  );
}
