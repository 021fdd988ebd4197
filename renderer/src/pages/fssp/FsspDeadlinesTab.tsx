/**
 * @file The bailiffs' page, tab «Сроки» (measure 10): every writ with the creditor with its presentation deadline —
 * the writs not yet sent first (the plan: every received writ goes to the bailiffs), then by the last day; calm
 * warnings within 90 and 30 days (the rules writ_warn_days_far / _near) and once expired. A row opens the writ's card
 * in the «Исполнительные документы» tab.
 */
import { useState } from 'react';
import { WRIT_KIND_LABELS, WRIT_STATUS_LABELS } from '../../../../shared/fssp/fssp-terms';
import { useApi } from '../../api/use-api';
import { formatCount, formatDate, formatRub, todayIsoDate } from '../../format';
import { DeadlineCell } from './writs/writ-badges';
import './writs/writs.css';
import { DateField } from '../../components/fields/DateField';

export function FsspDeadlinesTab() {
  const [asOf, setAsOf] = useState(todayIsoDate());
  const [onlyWarned, setOnlyWarned] = useState(false);
  const [loaded, reload] = useApi('writs.deadlines', asOf ? { asOf } : {}, [asOf]);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const error = loaded.state === 'error' ? loaded.error.message : null;
  const items = data ? data.items.filter((i) => !onlyWarned || i.warning !== null) : [];
  const openWrit = (writId: number) => {
    sessionStorage.setItem('fssp-writ-open', String(writId));
    document.getElementById('fssp-tab-writs')?.click();
  };

  return (
    <div>
      <div className="form work-toolbar" role="search">
        <label>
          На дату
          <DateField value={asOf} onChange={(v) => setAsOf(v)} />
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={onlyWarned} onChange={(e) => setOnlyWarned(e.target.checked)} /> только с
          предупреждением
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
            На {formatDate(data.asOf)}: документов со сроком {formatCount(data.items.length)}, не направлено в ФССП{' '}
            {formatCount(data.counts.toSend)}; срок истёк — {formatCount(data.counts.expired)}, до {data.nearDays} дн. —{' '}
            {formatCount(data.counts.near)}, до {data.farDays} дн. — {formatCount(data.counts.far)}.
          </p>
          {items.length === 0 ? (
            <p className="muted">Документов с текущим сроком предъявления нет (у пристава срок не течёт).</p>
          ) : (
            <table className="grid compact writs-table" data-testid="writ-deadlines">
              <thead>
                <tr>
                  <th scope="col">Срок</th>
                  <th scope="col">Документ</th>
                  <th scope="col">Должник · л/с</th>
                  <th scope="col" className="num">
                    Сумма
                  </th>
                  <th scope="col">Состояние</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.writId} className={i.toSend ? 'deadline-row-tosend' : undefined}>
                    <td>
                      <DeadlineCell deadline={i.deadline} daysLeft={i.daysLeft} warning={i.warning} status={i.status} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => openWrit(i.writId)}
                        aria-label={`Открыть документ № ${i.number}`}
                      >
                        № {i.number}
                      </button>
                      <div className="muted small">{WRIT_KIND_LABELS[i.kind]}</div>
                    </td>
                    <td>
                      <div>{i.debtorName}</div>
                      <div className="muted small">
                        <a href={`#/accounts/${i.accountId}`}>{i.accountNumber}</a> · {i.companyName}
                      </div>
                    </td>
                    <td className="num">{formatRub(i.totalKopecks)}</td>
                    <td>{i.toSend ? <strong>{WRIT_STATUS_LABELS[i.status]}</strong> : WRIT_STATUS_LABELS[i.status]}</td>
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
