/**
 * @file The «Сроки» tab of the court work page (measure 9): objection windows ending, orders to mark in force,
 * cancelled orders awaiting a lawsuit with the limitation left, and months whose limitation ends soon while no case
 * covers them — nearest first, alarms marked. A row opens the account card or the case in the «Дела» tab.
 */
import { useState } from 'react';
import type { DeadlineKind } from '../../../../shared/api/contract-court-cases';
import { useApi } from '../../api/use-api';
import { formatCount, formatDate } from '../../format';
import './cases/court-cases.css';

const KIND_TITLES: Record<DeadlineKind, string> = {
  objection: 'Срок возражений',
  in_force: 'Вступление в силу',
  lawsuit: 'Иск после отмены',
  limitation: 'Давность',
};
const SEVERITY: Record<'alarm' | 'warn' | 'info', string> = { alarm: 'срочно', warn: 'внимание', info: 'к сведению' };

export function CourtDeadlinesTab() {
  const [kinds, setKinds] = useState<DeadlineKind[]>([]);
  const [within, setWithin] = useState<number | ''>('');
  const [loaded, reload] = useApi(
    'court.deadlines',
    { ...(kinds.length > 0 ? { kinds } : {}), ...(within !== '' ? { withinDays: within } : {}) },
    [kinds.join(','), within],
  );
  const data = loaded.state === 'ready' ? loaded.value : null;
  const error = loaded.state === 'error' ? loaded.error.message : null;

  const toggle = (k: DeadlineKind) => {
    const shown = kinds.length === 0 ? (Object.keys(KIND_TITLES) as DeadlineKind[]) : kinds;
    const next = shown.includes(k) ? shown.filter((x) => x !== k) : [...shown, k];
    // Nothing chosen shows everything: keep at least the one just unticked away from an empty list.
    setKinds(next.length === Object.keys(KIND_TITLES).length ? [] : next.length === 0 ? [k] : next);
  };
  const openCase = (caseId: number) => {
    sessionStorage.setItem('court-case-open', String(caseId));
    sessionStorage.setItem('court-page-tab', 'cases');
    document.getElementById('court-tab-cases')?.click();
  };

  return (
    <div>
      <div className="form work-toolbar" role="search">
        <fieldset className="deadline-counts">
          <legend className="muted small">Показывать</legend>
          {(Object.keys(KIND_TITLES) as DeadlineKind[]).map((k) => (
            <label key={k} className="inline-field">
              <input type="checkbox" checked={kinds.length === 0 || kinds.includes(k)} onChange={() => toggle(k)} />{' '}
              {KIND_TITLES[k]}
              {data ? ` (${formatCount(data.counts[k])})` : ''}
            </label>
          ))}
        </fieldset>
        <label>
          В пределах, дней
          <select value={within} onChange={(e) => setWithin(e.target.value === '' ? '' : Number(e.target.value))}>
            <option value="">по правилам (90)</option>
            <option value={7}>7</option>
            <option value={30}>30</option>
            <option value={60}>60</option>
          </select>
        </label>
        <button data-primary-action type="button" className="secondary" onClick={reload}>
          Обновить
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {data && (
        <>
          <p className="muted" role="status">
            На {formatDate(data.asOf)}: {formatCount(data.items.length)} сроков
            {data.truncated ? ' (давность — первые 500 счетов по дате)' : ''}.
          </p>
          {data.items.length === 0 ? (
            <p className="muted">Ближайших сроков нет.</p>
          ) : (
            <table className="grid compact deadlines-table" data-testid="court-deadlines">
              <thead>
                <tr>
                  <th scope="col">Дата</th>
                  <th scope="col">Что</th>
                  <th scope="col">Л/с · должник</th>
                  <th scope="col">Срок</th>
                  <th scope="col">Дело</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((i, n) => (
                  <tr key={`${i.kind}-${i.caseId ?? i.accountId}-${n}`}>
                    <td className={`sev-${i.severity}`}>
                      <div>{formatDate(i.date)}</div>
                      <div className="muted small">
                        {i.daysLeft < 0
                          ? `${-i.daysLeft} дн. назад`
                          : i.daysLeft === 0
                            ? 'сегодня'
                            : `через ${i.daysLeft} дн.`}{' '}
                        · {SEVERITY[i.severity]}
                      </div>
                    </td>
                    <td>{KIND_TITLES[i.kind]}</td>
                    <td>
                      <a href={`#/accounts/${i.accountId}`}>{i.accountNumber}</a>
                      <div className="muted small">{i.debtorName ?? i.address}</div>
                    </td>
                    <td>{i.text}</td>
                    <td>
                      {i.caseId !== null ? (
                        <button type="button" className="link-button" onClick={() => openCase(i.caseId as number)}>
                          № {i.caseId}
                        </button>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
