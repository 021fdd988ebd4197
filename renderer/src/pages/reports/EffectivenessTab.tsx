/**
 * @file Отчёты, вкладка «Эффективность мер» (issue 16): which measures bring payments. The period of the actions
 * (by default the last six months to today), a bracket filter, the table per kind of action (share that paid
 * ≥ 10 % within 7/30/60 days, sums, difference from the comparison group) and the chart of the 30-day shares
 * against the comparison group; the same report as XLSX. The core counts everything (effectiveness.report).
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { formatCount, formatDate, todayIsoDate } from '../../format';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { minusOneMonth } from '../../../../shared/calendar/date-math';
import { effectMethodNotes } from '../../../../shared/reports/effectiveness-text';
import type { EffectivenessReport } from '../../../../shared/reports/effectiveness-types';
import { EffectTable, type EffectTableRow } from './effectiveness/EffectTable';
import { EffectChart } from './effectiveness/EffectChart';
import './effectiveness/effectiveness.css';
import { DateField } from '../../components/fields/DateField';

function sixMonthsBefore(date: string): string {
  let d = date;
  for (let i = 0; i < 6; i++) d = minusOneMonth(d);
  return d;
}

function rowsFor(report: EffectivenessReport, bracket: string): EffectTableRow[] {
  return report.kinds.map((k) => ({
    code: k.code,
    label: k.label,
    figures: bracket === 'all' ? k : (k.byBracket.find((b) => b.bracket === bracket) ?? null),
  }));
}

export function EffectivenessTab() {
  const today = todayIsoDate();
  const [from, setFrom] = useState(() => sixMonthsBefore(today));
  const [to, setTo] = useState(today);
  const [period, setPeriod] = useState({ from, to });
  const [bracket, setBracket] = useState('all');
  const [report] = useApi('effectiveness.report', period, [period.from, period.to]);
  const [xlsx, setXlsx] = useState<
    | { state: 'idle' | 'working' }
    | { state: 'done'; documentId: number; fileName: string }
    | { state: 'error'; message: string }
  >({
    state: 'idle',
  });

  function apply(e: FormEvent): void {
    e.preventDefault();
    setPeriod({ from, to });
    setXlsx({ state: 'idle' });
  }

  async function makeXlsx(): Promise<void> {
    setXlsx({ state: 'working' });
    const result = await api.call('effectiveness.xlsx', period);
    setXlsx(
      result.ok
        ? { state: 'done', documentId: result.value.documentId, fileName: result.value.fileName }
        : { state: 'error', message: result.error.message },
    );
  }

  return (
    <div className="effect-tab">
      <p className="muted">
        Какие меры приносят оплату: доля лицевых счетов, оплативших не меньше 10 % просроченного долга за 7, 30 и 60
        дней после действия, рядом с группой сравнения — должниками тех же групп долга, по которым ничего не делали.
      </p>
      <form className="effect-period" onSubmit={apply} aria-label="Период и группа долга">
        <label>
          Действия с
          <DateField value={from} onChange={(v) => setFrom(v)} required data-testid="effect-from" />
        </label>
        <label>
          по
          <DateField value={to} onChange={(v) => setTo(v)} required data-testid="effect-to" />
        </label>
        <button data-primary-action type="submit">
          Показать
        </button>
        <label>
          Группа долга
          <select value={bracket} onChange={(e) => setBracket(e.target.value)} data-testid="effect-bracket">
            <option value="all">Все группы</option>
            {report.state === 'ready' &&
              report.value.brackets.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.label}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => void makeXlsx()}
          disabled={report.state !== 'ready' || xlsx.state === 'working'}
        >
          {xlsx.state === 'working' ? 'Составляется…' : 'Сохранить в XLSX'}
        </button>
        {xlsx.state === 'done' && (
          <OpenDocumentButton documentId={xlsx.documentId} label={`Открыть ${xlsx.fileName}`} />
        )}
        {xlsx.state === 'error' && (
          <span className="error-text" role="alert">
            {xlsx.message}
          </span>
        )}
      </form>
      {report.state === 'loading' && <p className="muted">Считается…</p>}
      {report.state === 'error' && (
        <p className="error-text" role="alert">
          {report.error.message}
        </p>
      )}
      {report.state === 'ready' && <EffectReportView report={report.value} bracket={bracket} />}
    </div>
  );
}

function EffectReportView({ report, bracket }: { report: EffectivenessReport; bracket: string }) {
  const rows = rowsFor(report, bracket);
  const comparison =
    bracket === 'all' ? report.comparison : (report.comparison.byBracket.find((b) => b.bracket === bracket) ?? null);
  const thirty = report.windows.indexOf(30);
  const bracketLabel = report.brackets.find((b) => b.code === bracket)?.label;
  return (
    <>
      <p data-testid="effect-summary">
        Действия с {formatDate(report.from)} по {formatDate(report.to)}
        {bracketLabel ? `, группа долга ${bracketLabel}` : ''}: учтено {formatCount(report.totals.entries)} первых
        действий по {formatCount(report.totals.accounts)} лицевым счетам; без долга на день действия —{' '}
        {formatCount(report.totals.skippedNoDebt)}. Окна, которые ещё не закончились к {formatDate(report.today)}, в
        долю не входят.
      </p>
      <EffectTable rows={rows} comparison={comparison} windows={report.windows} />
      <h2>Доля оплативших за 30 дней: после действия и в группе сравнения</h2>
      <EffectChart rows={rows} windowIndex={thirty} days={30} />
      <details className="effect-notes">
        <summary>Как считается</summary>
        <ul>
          {effectMethodNotes(report).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
