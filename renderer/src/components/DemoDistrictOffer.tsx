/**
 * @file The first-run offer on an empty database: import real billing files, or load a generated demo district
 * of a chosen size (through the same import path as a clerk's files) and watch its progress.
 */
import { useState } from 'react';
import { api } from '../api/client';
import { formatCount } from '../format';
import { countText } from '../../../shared/text/plural';
import type { ScreenJob } from '../hooks/useScreenJob';
import { JobProgress } from './JobProgress';

/**
 * The sizes on offer with the history each gets (the core's defaultDemoMonths) and how long the load takes through
 * the demo job, measured on this project's two-core machine while it was busy with other work (1 000: 43 s, 3 000:
 * 119 s, 10 000: 235 s); 50 000 and 150 000 are extrapolated from the rows they write. A quiet PC is faster; the
 * clerk is told the longer wait.
 */
export const DEMO_SIZES: ReadonlyArray<{ accounts: number; years: number; takes: string }> = [
  { accounts: 1_000, years: 5, takes: '≈ 40 с' },
  { accounts: 3_000, years: 5, takes: '≈ 2 мин' },
  { accounts: 10_000, years: 5, takes: '≈ 4 мин' },
  { accounts: 50_000, years: 2, takes: '≈ 8 мин' },
  { accounts: 150_000, years: 1, takes: '≈ 15 мин' },
];

const YEAR_FORMS = ['год', 'года', 'лет'] as const;

/** «10 000 лицевых счетов, история 5 лет — загрузка ≈ 4 мин» */
export function demoSizeLabel(size: (typeof DEMO_SIZES)[number]): string {
  return `${countText(size.accounts, ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'])}, история ${countText(size.years, YEAR_FORMS)} — загрузка ${size.takes}`;
}

/**
 * `demo` is the home screen's demo job (useScreenJob): the one started here, or the one the core still runs after a
 * reload or a visit to another section — its progress is shown again.
 */
export function DemoDistrictOffer({ demo, onLoaded }: { demo: ScreenJob; onLoaded: () => void }) {
  const [size, setSize] = useState<number>(3_000);
  const [error, setError] = useState<string | null>(null);
  // From the click until the core has answered: a second click must not ask for a second district.
  const [starting, setStarting] = useState(false);
  const job = demo.jobId === null || demo.state === null ? null : { id: demo.jobId, state: demo.state };

  const load = async (): Promise<void> => {
    if (starting) return;
    setError(null);
    setStarting(true);
    try {
      const result = await api.call('demo.load', { accounts: size });
      if (result.ok) demo.follow(result.value.jobId);
      else setError(result.error.message);
    } finally {
      setStarting(false);
    }
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
        <p className="small muted" role="note">
          Загрузка уже идёт — второй раз запускать не нужно. Можно перейти в другие разделы: загрузка продолжится, а её
          ход будет виден здесь, на странице «Обзор».
        </p>
      )}
      {choosing && (
        <>
          <p>
            Чтобы начать работу, загрузите файлы начислений и оплат — или демонстрационный район, чтобы осмотреться.
          </p>
          <div className="offer-option">
            <a className="button-link" href="#/import">
              Загрузить файлы начислений…
            </a>
            <span className="muted small">CSV или XLSX из расчётного центра или УК</span>
          </div>
          <div className="offer-option">
            <label>
              <span className="visually-hidden">Размер демонстрационного района</span>
              <select
                data-testid="demo-size"
                value={size}
                onChange={(e) => setSize(Number(e.target.value))}
                disabled={starting}
              >
                {DEMO_SIZES.map((n) => (
                  <option key={n.accounts} value={n.accounts}>
                    {demoSizeLabel(n)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="secondary"
              data-testid="demo-load"
              onClick={() => void load()}
              disabled={starting}
              aria-busy={starting}
            >
              {starting ? 'Запускаю загрузку…' : 'Загрузить демонстрационный район'}
            </button>
          </div>
          <p className="muted small">
            Вымышленные дома Красногорска, жильцы и платежи. Время загрузки — на обычном офисном компьютере; всё это
            время можно работать в других разделах. Для знакомства достаточно {formatCount(3_000)} счетов.
          </p>
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
          onUpdate={demo.observe}
          onFinished={(status) => {
            demo.observe(status);
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
