/**
 * @file The first-run offer on an empty database: import real billing files, or load a generated demo district
 * of a chosen size (through the same import path as a clerk's files) and watch its progress.
 */
import { useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';
import { formatCount } from '../format';
import type { ScreenJob } from '../hooks/useScreenJob';
import { JobProgress } from './JobProgress';

const SIZES = [1_000, 3_000, 10_000, 50_000, 150_000] as const;

/**
 * `demo` is the home screen's demo job (useScreenJob): the one started here, or the one the core still runs after a
 * reload or a visit to another section — its progress is shown again.
 */
export function DemoDistrictOffer({ demo, onLoaded }: { demo: ScreenJob; onLoaded: () => void }) {
  const [size, setSize] = useState<number>(3_000);
  // The followed job's state as its polls report it, remembered with the job it belongs to.
  const [polled, setPolled] = useState<{ id: string; state: JobStatus['state'] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobId = demo.jobId;
  const state: JobStatus['state'] | null =
    jobId === null
      ? null
      : polled?.id === jobId
        ? polled.state
        : demo.found?.id === jobId
          ? demo.found.state
          : 'running';
  const job = jobId === null || state === null ? null : { id: jobId, state };

  const load = async (): Promise<void> => {
    setError(null);
    const result = await api.call('demo.load', { accounts: size });
    if (result.ok) demo.follow(result.value.jobId);
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
          initial={demo.found}
          onFinished={(status) => {
            setPolled({ id: status.id, state: status.state });
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
