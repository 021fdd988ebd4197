/**
 * @file Мероприятие 7, вкладка «Сводка для СМИ»: the period (the last full month by default), the result of the
 * personal-data check, the key figures, the debt by УК (a recharts bar chart beside its table), by size of debt, the
 * district's debt at six month ends (a line beside its table), the measures done and the text a press officer may
 * quote; «Сделать PDF и XLSX» writes the files (journaled as measure 7) and opens them like every document.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { todayIsoDate } from '../../format';
import type { PressSummaryMade } from '../../../../shared/api/contract-press';
import { CompanyDebtChart, MonthDebtChart } from './press/PressCharts';
import './press/press.css';
import { DateField } from '../../components/fields/DateField';

export function PressSummaryTab() {
  const [period, setPeriod] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const [summary] = useApi('press.summary', period, [period.from, period.to]);
  const [made, setMade] = useState<PressSummaryMade | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (summary.state === 'loading') return <p className="muted">Считается сводка…</p>;
  if (summary.state === 'error')
    return (
      <div className="press-tab">
        <p className="error-text" role="alert">
          {summary.error.message}
        </p>
        <button type="button" onClick={() => setPeriod({ from: null, to: null })}>
          Вернуться к прошлому месяцу
        </button>
      </div>
    );
  const p = summary.value;
  const v = p.view;
  const from = draft?.from ?? p.from;
  const to = draft?.to ?? p.to;
  const sameFiles = made !== null && made.from === p.from && made.to === p.to;

  async function make(): Promise<void> {
    setBusy(true);
    setError(null);
    const r = await api.call('press.make', { from: p.from, to: p.to });
    setBusy(false);
    if (r.ok) setMade(r.value);
    else setError(r.error.message);
  }

  return (
    <div className="press-tab">
      <p className="muted">
        Сводка для муниципальных СМИ: задолженность округа и по управляющим компаниям, оплаты и сделанные мероприятия —
        без фамилий, адресов и номеров лицевых счетов; группы меньше пяти должников объединяются.
      </p>
      <form
        className="press-period"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod({ from, to });
          setMade(null);
        }}
      >
        <label>
          С
          <DateField required value={from} max={todayIsoDate()} onChange={(v) => setDraft({ from: v, to })} />
        </label>
        <label>
          По
          <DateField required value={to} max={todayIsoDate()} onChange={(v) => setDraft({ from, to: v })} />
        </label>
        <button data-primary-action type="submit">
          Показать
        </button>
      </form>

      <p className={`press-check ${p.check.passed ? 'passed' : 'failed'}`} role="status" data-testid="press-check">
        {p.check.text}
      </p>

      <h2>{v.title}</h2>
      <p className="muted">{v.period}</p>
      <div className="press-figures">
        {v.keyFigures.map((f) => (
          <div key={f.label} className="press-figure">
            <div>{f.label}</div>
            <div className="value">{f.value}</div>
            <div className="small muted">{f.note}</div>
          </div>
        ))}
      </div>

      <div className="press-files">
        <button type="button" disabled={busy || !p.check.passed} onClick={() => void make()} data-testid="press-make">
          {busy ? 'Готовится…' : 'Сделать PDF и XLSX'}
        </button>
        {sameFiles && (
          <>
            <OpenDocumentButton
              documentId={made.pdf.documentId}
              label={`PDF (${made.pdf.pages} л.)`}
              testId="press-pdf"
            />
            <OpenDocumentButton documentId={made.xlsx.documentId} label="XLSX" testId="press-xlsx" />
          </>
        )}
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </div>

      <h2>Задолженность по управляющим компаниям</h2>
      <div className="press-chart-row">
        <CompanyDebtChart categories={v.companyChart.categories} debtKopecks={v.companyChart.debtKopecks} />
        <table className="grid compact">
          <thead>
            <tr>
              {v.companyColumns.map((h, i) => (
                <th key={h} scope="col" className={i === 0 ? undefined : 'num'}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...v.companies, v.companiesTotal].map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.startDebt}</td>
                <td className="num">{r.endDebt}</td>
                <td className="num">{r.change}</td>
                <td className="num">{r.accounts}</td>
                <td className="num">{r.collected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Должники по размеру долга на конец периода</h2>
      <table className="grid compact" style={{ maxWidth: '44rem' }}>
        <thead>
          <tr>
            {v.bracketColumns.map((h, i) => (
              <th key={h} scope="col" className={i === 0 ? undefined : 'num'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {v.brackets.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td className="num">{b.accounts}</td>
              <td className="num">{b.debt}</td>
              <td className="num">{b.share}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Просроченная задолженность округа за полгода</h2>
      <div className="press-chart-row">
        <MonthDebtChart categories={v.monthChart.categories} debtKopecks={v.monthChart.debtKopecks} />
        <table className="grid compact" style={{ maxWidth: '30rem' }}>
          <thead>
            <tr>
              <th scope="col">На дату</th>
              <th scope="col" className="num">
                Долг, руб.
              </th>
              <th scope="col" className="num">
                Должников
              </th>
            </tr>
          </thead>
          <tbody>
            {v.monthRows.map((m) => (
              <tr key={m.date}>
                <td>{m.date}</td>
                <td className="num">{m.debt}</td>
                <td className="num">{m.accounts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Мероприятия плана за период</h2>
      {v.measures.length === 0 ? (
        <p className="muted">В периоде мероприятия плана не отмечены в журнале.</p>
      ) : (
        <ul>
          {v.measures.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}

      <h2>Текст для публикации</h2>
      <div className="press-quote">
        {v.pressText.map((t) => (
          <p key={t}>{t}</p>
        ))}
      </div>
      <h2>Примечания</h2>
      {v.footnotes.map((n) => (
        <p key={n} className="small">
          {n}
        </p>
      ))}
      <p className="small muted">{v.source}</p>
    </div>
  );
}
