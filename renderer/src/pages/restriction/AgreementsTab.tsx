/**
 * @file The restriction page (measure 8), tab «Соглашения»: repayment agreements of every account (they pause
 * restriction, court and eviction — measures 8, 9, 12 — while kept). The list with each one's status and today's
 * verdict (listing checks the signed ones against the payments first), a status filter, and the card of the chosen
 * one: the schedule with each instalment's status, sign, cancel, the document (PDF). New agreements are made on the
 * account's card.
 */
import { useState } from 'react';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_STATUS_LABELS,
  type AgreementStatus,
} from '../../../../shared/api/contract-agreements';
import { useApi } from '../../api/use-api';
import { formatDate, formatRubles } from '../../format';
import { AgreementCard } from './agreements/AgreementCard';
import { AgreementStatusChip } from './agreements/agreement-labels';

export function AgreementsTab() {
  const [status, setStatus] = useState<AgreementStatus | null>(null);
  const [list, reload] = useApi('agreements.list', { status, accountId: null }, [status]);
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <div className="agreements-tab">
      <p className="muted">
        Соглашения о погашении задолженности по графику. Пока соглашение соблюдается, счёт не предлагается к ограничению
        услуги, в суд и к выселению (мероприятия 8, 9, 12). Платежи сверяются с графиком нарастающим итогом с учётом
        допуска и дней отсрочки; нарушенные и исполненные отмечаются в журнале. Новое соглашение составляется в карточке
        лицевого счёта.
      </p>
      <div className="work-toolbar">
        <label>
          Состояние
          <select
            data-primary-action
            value={status ?? ''}
            onChange={(e) => setStatus(e.target.value === '' ? null : (e.target.value as AgreementStatus))}
            data-testid="agreements-filter"
          >
            <option value="">все</option>
            {AGREEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {AGREEMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.state === 'loading' && <p className="muted">Загрузка…</p>}
      {list.state === 'error' && (
        <p className="error-text" role="alert">
          {list.error.message}
        </p>
      )}
      {list.state === 'ready' && (
        <>
          {list.value.checked.broken + list.value.checked.completed > 0 && (
            <p className="ok-text" role="status">
              Проверка по платежам: нарушено {list.value.checked.broken}, исполнено {list.value.checked.completed}.
            </p>
          )}
          {list.value.agreements.length === 0 ? (
            <p className="muted" data-testid="agreements-empty">
              Соглашений нет.
            </p>
          ) : (
            <div className="table-scroll">
              <table className="grid compact" data-testid="agreements-list">
                <thead>
                  <tr>
                    <th scope="col">№</th>
                    <th scope="col">Л/с</th>
                    <th scope="col">Должник</th>
                    <th scope="col" className="num">
                      Сумма, ₽
                    </th>
                    <th scope="col" className="num">
                      Оплачено, ₽
                    </th>
                    <th scope="col">График</th>
                    <th scope="col">Состояние</th>
                    <th scope="col" aria-label="Действие" />
                  </tr>
                </thead>
                <tbody>
                  {list.value.agreements.map((a) => (
                    <tr key={a.id} aria-selected={openId === a.id}>
                      <td className="nowrap">{a.number}</td>
                      <td>
                        <a href={`#/accounts/${a.accountId}`}>{a.accountNumber}</a>
                        <div className="muted small">{a.address}</div>
                      </td>
                      <td>{a.debtorNames.join(', ') || '—'}</td>
                      <td className="num">{formatRubles(a.totalKopecks)}</td>
                      <td className="num">{a.signedDate ? formatRubles(a.paidKopecks) : '—'}</td>
                      <td className="small">
                        {a.instalmentCount} плат.
                        <div className="nowrap">
                          {formatDate(a.firstDueDate)} – {formatDate(a.lastDueDate)}
                        </div>
                      </td>
                      <td>
                        <AgreementStatusChip a={a} />
                        {a.signedDate && <div className="muted small">подписано {formatDate(a.signedDate)}</div>}
                        {a.verdict && a.verdict.status !== 'kept' && <div className="small">{a.verdict.text}</div>}
                      </td>
                      <td>
                        <button type="button" className="link-button" onClick={() => setOpenId(a.id)}>
                          Открыть
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {openId !== null && <AgreementCard id={openId} onChanged={reload} />}
    </div>
  );
}
