/**
 * @file The first-run offer on an empty database: import real billing files, or load a generated demo district
 * of a chosen size (through the same import path as a clerk's files) and watch its progress.
 */
import { useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';
import { formatCount } from '../format';
import { JobProgress } from './JobProgress';

const SIZES = [1_000, 3_000, 10_000, 50_000, 150_000] as const;

export function DemoDistrictOffer({ onLoaded }: { onLoaded: () => void }) {
  const [size, setSize] = useState<number>(3_000);
  const [job, setJob] = useState<{ id: string; state: JobStatus['state'] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = job?.state === 'running';

  const load = async (): Promise<void> => {
    setError(null);
    const result = await api.call('demo.load', { accounts: size });
    if (result.ok) setJob({ id: result.value.jobId, state: 'running' });
    else setError(result.error.message);
  };

  return (
    <div className="offer" data-testid="first-run-offer">
      <h2>База пуста</h2>
      <p>Чтобы начать работу, загрузите файлы начислений и оплат — или демонстрационный район, чтобы осмотреться.</p>
      <div className="offer-actions">
        <a className="button-link" href="#/import">
          Загрузить файлы начислений…
        </a>
        <span className="muted">или</span>
        <label className="inline-field">
          Демонстрационный район на
          <select
            data-testid="demo-size"
            value={size}
            disabled={running}
            onChange={(e) => setSize(Number(e.target.value))}
          >
            {SIZES.map((n) => (
              <option key={n} value={n}>
                {formatCount(n)} лицевых счетов
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" data-testid="demo-load" disabled={running} onClick={() => void load()}>
          Загрузить демонстрационный район
        </button>
      </div>
      <p className="small muted">
        Данные вымышленные (улицы Красногорска, случайные жильцы и платежи). {formatCount(150_000)} лицевых счетов
        загружаются несколько минут.
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {job && (
        <JobProgress
          key={job.id}
          jobId={job.id}
          onFinished={(status) => {
            setJob({ id: status.id, state: status.state });
            if (status.state === 'done') onLoaded();
          }}
        />
      )}
      {job?.state === 'done' && (
        <p>
          <a className="button-link" href="#/registry">
            Открыть реестр
          </a>
        </p>
      )}
    </div>
  );
}
