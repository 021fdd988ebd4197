/**
 * @file Отчёты, вкладка «Долг по месяцам»: the district's overdue debt over a period (default: the last 12 months,
 * month-ends and today) — stacked by bracket with the total as a line and the sums collected, and a table by УК.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { todayIsoDate } from '../../format';
import { DebtTrendChart } from './debt/DebtTrendChart';
import { DebtByCompanyTable, DebtPointsTable } from './debt/DebtByCompanyTable';
import { DateField } from '../../components/fields/DateField';

/** The first day of the month eleven months before `today`: 11 month-ends and today. */
export function defaultFrom(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 11;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function DebtTrendTab() {
  const today = todayIsoDate();
  const [from, setFrom] = useState(() => defaultFrom(today));
  const [to, setTo] = useState(today);
  const [step, setStep] = useState<'month' | 'week'>('month');
  const [series] = useApi('debtHistory.series', { from, to, step }, [from, to, step]);
  return (
    <section aria-labelledby="debt-trend-title">
      <h2 id="debt-trend-title">Просроченный долг по месяцам</h2>
      <div className="form work-toolbar">
        <label>
          С <DateField value={from} max={to} onChange={(v) => v && setFrom(v)} />
        </label>
        <label>
          по <DateField value={to} min={from} onChange={(v) => v && setTo(v)} />
        </label>
        <label>
          Шаг{' '}
          <select
            data-primary-action
            value={step}
            onChange={(e) => setStep(e.target.value === 'week' ? 'week' : 'month')}
          >
            <option value="month">месяц (на конец месяца)</option>
            <option value="week">неделя (на воскресенье)</option>
          </select>
        </label>
      </div>
      {series.state === 'loading' && <p className="muted">Считаем долг по датам…</p>}
      {series.state === 'error' && <p className="error-text">{series.error.message}</p>}
      {series.state === 'ready' && series.value.points.length === 0 && (
        <p className="muted">В выбранном периоде нет ни одного конца месяца (недели). Выберите период длиннее.</p>
      )}
      {series.state === 'ready' && series.value.points.length > 0 && (
        <>
          <p className="muted small">
            Долг на дату — начисления со сроком оплаты до этой даты минус оплаты по эту дату (по сегодняшним данным).
          </p>
          <DebtTrendChart points={series.value.points} />
          <DebtByCompanyTable points={series.value.points} />
          <DebtPointsTable points={series.value.points} />
        </>
      )}
    </section>
  );
}
