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

type DemoJob = { id: string; state: JobStatus['state'] };

/** The job outlives the screen: a clerk who looks elsewhere during a long load finds its progress on return. */
let rememberedJob: DemoJob | null = null;

/** True while a demo district started from this window is still loading. */
export function isDemoLoading(): boolean {
  return rememberedJob?.state === 'running';
}

export function DemoDistrictOffer({ onLoaded }: { onLoaded: () => void }) {
  const [size, setSize] = useState<number>(3_000);
  const [job, setJobState] = useState<DemoJob | null>(() => (isDemoLoading() ? rememberedJob : null));
  const setJob = (next: DemoJob): void => {
    rememberedJob = next;
    setJobState(next);
  };
  const [error, setError] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    setError(null);
    const result = await api.call('demo.load', { accounts: size });
    if (result.ok) setJob({ id: result.value.jobId, state: 'running' });
    else setError(result.error.message);
  };

  // While the district loads and after it, the choices give way to the progress and the way on.
  const choosing = job === null || job.state === 'failed';
  return (
    <div className="offer" data-testid="first-run-offer">
      <h2>
        {job?.state === 'done'
          ? 'Демонстрационный район загружен'
          : job?.state === 'running'
            ? 'Загружается демонстрационный район'
            : 'База пуста'}
      </h2>
      {job?.state === 'running' && (
        <p className="small muted">
          Можно перейти в другие разделы: загрузка продолжится, а её ход будет виден здесь, на странице «Обзор».
        </p>
      )}
      {choosing && (
        <>
          <p>Чтобы начать работу, загрузите файлы начислений и оплат — или демонстрационный район, чтобы осмотреться.</p>
          <div className="offer-option">
            <a className="button-link" href="#/import">
              Загрузить файлы начислений…
            </a>
            <span className="muted small">CSV или XLSX из расчётного центра или УК</span>
          </div>
          <div className="offer-option">
            <label>
              <span className="visually-hidden">Размер демонстрационного района</span>
              <select data-testid="demo-size" value={size} onChange={(e) => setSize(Number(e.target.value))}>
                {SIZES.map((n) => (
                  <option key={n} value={n}>
                    {formatCount(n)} лицевых счетов
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="secondary" data-testid="demo-load" onClick={() => void load()}>
              Загрузить демонстрационный район
            </button>
            <span className="muted small">
              вымышленные дома Красногорска, жильцы и платежи: история 5 лет (для 50 000 счетов — 2 года, для{' '}
              {formatCount(150_000)} — 1 год, это около 7 минут)
            </span>
          </div>
        </>
      )}
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
