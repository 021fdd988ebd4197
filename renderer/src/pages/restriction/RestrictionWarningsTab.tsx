/**
 * @file The restriction page (measure 8), tab «Предупреждения и сроки»: the terms at a glance, then the cases — the
 * service, the debt named in the warning, how it goes to the debtor, when it arrived, the last day of the term and
 * the days left (an ended term stands out: ready for an order). Per case: the warning PDF, «Отметить доставку»
 * (ЕПД, СМС, под подпись; a letter takes its outcome from the mailing), the post batch's letters and mailing lists
 * (measure 5's mailing works on it), closing with a reason. Before every action on sewage the legal-risk note.
 */
import { Fragment, useState } from 'react';
import type { RestrictionCaseStatus, RestrictionCaseView } from '../../../../shared/api/contract-restriction';
import { useApi } from '../../api/use-api';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { MailLettersPanel } from '../../components/MailLettersPanel';
import { MailingExportPanel } from '../../components/MailingExportPanel';
import { SEWAGE_SERVICE } from '../../components/SewageRiskNote';
import { formatCount, formatDate, formatRubles } from '../../format';
import { CloseCaseForm } from './warnings/CloseCaseForm';
import { DeliveryForm } from './warnings/DeliveryForm';
import { TimersSummary } from './warnings/TimersSummary';
import { CASE_STATUS_LABELS, DELIVERY_LABELS } from './warnings/restriction-labels';
import './warnings/warnings.css';

type Filter = RestrictionCaseStatus | 'all';
const FILTERS: Array<[Filter, string]> = [
  ['all', 'все'],
  ['warned', 'ждут доставки'],
  ['delivered', 'идёт срок'],
  ['ordered', 'заявка'],
  ['restricted', 'ограничено'],
  ['closed', 'закрытые'],
];
type Action = { caseId: number; kind: 'delivery' | 'close' } | null;

function timerText(c: RestrictionCaseView): string {
  if (c.timerEndsDate === null || c.daysLeft === null) return '—';
  if (c.daysLeft < 0) return `${formatDate(c.timerEndsDate)} · истёк ${-c.daysLeft} дн. назад`;
  if (c.daysLeft === 0) return `${formatDate(c.timerEndsDate)} · последний день`;
  return `${formatDate(c.timerEndsDate)} · осталось ${c.daysLeft} дн.`;
}

function rowClass(c: RestrictionCaseView): string | undefined {
  if (c.status === 'delivered' && c.daysLeft !== null && c.daysLeft <= 0) return 'restriction-ended';
  if (c.status === 'warned') return 'restriction-waiting';
  return undefined;
}

export function RestrictionWarningsTab() {
  const [filter, setFilter] = useState<Filter>('all');
  const [cases, reloadCases] = useApi('restriction.cases', filter === 'all' ? {} : { status: filter }, [filter]);
  const [timers, reloadTimers] = useApi('restriction.timers', {});
  const [action, setAction] = useState<Action>(null);
  const [mailOf, setMailOf] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const done = (text: string) => {
    setAction(null);
    setMessage(text);
    reloadCases();
    reloadTimers();
  };

  return (
    <div>
      {timers.state === 'ready' && <TimersSummary t={timers.value} />}
      {timers.state === 'error' && <p className="error-text">{timers.error.message}</p>}
      <div className="form-actions wrap" role="group" aria-label="Какие дела показать" data-primary-action>
        {FILTERS.map(([f, label]) => (
          <button
            key={f}
            type="button"
            className={f === filter ? 'primary' : undefined}
            aria-pressed={f === filter}
            onClick={() => setFilter(f)}
          >
            {label}
          </button>
        ))}
      </div>
      {message && (
        <p className="result-ok" role="status">
          {message}
        </p>
      )}
      {cases.state === 'loading' && <p className="muted">Загрузка…</p>}
      {cases.state === 'error' && (
        <p className="error-text" role="alert">
          {cases.error.message}
        </p>
      )}
      {cases.state === 'ready' && cases.value.items.length === 0 && (
        <p className="muted">
          Дел нет. Предупреждения формируются на вкладке «Кандидаты»: выберите счета и услуги, способ доставки.
        </p>
      )}
      {cases.state === 'ready' && cases.value.items.length > 0 && (
        <>
          <p className="muted">
            Показано {formatCount(cases.value.items.length)} из {formatCount(cases.value.total)}.
          </p>
          <table className="grid compact" data-testid="restriction-cases">
            <thead>
              <tr>
                <th scope="col">Дело</th>
                <th scope="col">Лицевой счёт · адрес</th>
                <th scope="col">Услуга</th>
                <th scope="col" className="num">
                  Долг в предупреждении
                </th>
                <th scope="col">Состояние</th>
                <th scope="col">Доставка</th>
                <th scope="col">Срок до</th>
                <th scope="col">Действия</th>
              </tr>
            </thead>
            <tbody>
              {cases.value.items.map((c) => (
                <Fragment key={c.id}>
                  <tr className={rowClass(c)} data-testid={`restriction-case-${c.id}`}>
                    <td>
                      № {c.id}
                      <div className="muted small">от {formatDate(c.warningDate)}</div>
                    </td>
                    <td>
                      <a href={`#/accounts/${c.accountId}`}>{c.accountNumber}</a>
                      <div className="muted small">{c.address}</div>
                    </td>
                    <td>
                      {c.service}
                      {!c.restrictionPossible && <div className="muted small">сразу приостановление</div>}
                    </td>
                    <td className="num">{formatRubles(c.debtKopecks)}&nbsp;₽</td>
                    <td>{CASE_STATUS_LABELS[c.status]}</td>
                    <td>
                      {c.deliveryMethod ? DELIVERY_LABELS[c.deliveryMethod] : '—'}
                      <div className="muted small">
                        {c.deliveredDate ? `доставлено ${formatDate(c.deliveredDate)}` : 'не доставлено'}
                        {c.trackingNumber ? ` · ШПИ ${c.trackingNumber}` : ''}
                      </div>
                    </td>
                    <td className="timer-cell">{timerText(c)}</td>
                    <td>
                      <div className="form-actions wrap">
                        {c.warningDocumentId !== null && (
                          <OpenDocumentButton
                            documentId={c.warningDocumentId}
                            label="Предупреждение (PDF)"
                            testId={`restriction-warning-pdf-${c.id}`}
                          />
                        )}
                        {c.status === 'warned' && c.deliveryMethod !== 'post' && (
                          <button type="button" onClick={() => setAction({ caseId: c.id, kind: 'delivery' })}>
                            Отметить доставку
                          </button>
                        )}
                        {c.batchId !== null && (
                          <button
                            type="button"
                            className="link-button"
                            aria-expanded={mailOf === c.batchId}
                            onClick={() => setMailOf(mailOf === c.batchId ? null : c.batchId)}
                          >
                            Почта: пакет № {c.batchId}
                          </button>
                        )}
                        {(c.status === 'warned' || c.status === 'delivered' || c.status === 'ordered') && (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setAction({ caseId: c.id, kind: 'close' })}
                          >
                            Закрыть
                          </button>
                        )}
                      </div>
                      {c.service === SEWAGE_SERVICE && action?.caseId !== c.id && (
                        <div className="muted small">Водоотведение: перед действием будет показан правовой риск.</div>
                      )}
                    </td>
                  </tr>
                  {action?.caseId === c.id && (
                    <tr>
                      <td colSpan={8}>
                        {action.kind === 'delivery' ? (
                          <DeliveryForm c={c} onDone={done} onCancel={() => setAction(null)} />
                        ) : (
                          <CloseCaseForm c={c} onDone={done} onCancel={() => setAction(null)} />
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      )}
      {mailOf !== null && (
        <section aria-label={`Почтовая отправка пакета № ${mailOf}`}>
          <p className="muted">
            Заказные письма с предупреждениями идут через ту же почтовую отправку, что и претензии (мероприятие 5): ф.
            103, ШПИ, отметка о вручении. Отметка «вручено», «отказ» или «возврат» (считается доставленным, ст. 165.1 ГК
            РФ) сразу запускает срок по делу. Индексы домов и тарифы — на странице{' '}
            <a href="#/measures/5">«5. Претензии»</a>.
          </p>
          <MailingExportPanel key={`mailing-${mailOf}`} batchId={mailOf} />
          <MailLettersPanel key={`letters-${mailOf}`} batchId={mailOf} />
        </section>
      )}
    </div>
  );
}
