/**
 * @file The restriction page (measure 8), tab «Восстановление»: the services to restore within 2 calendar days of
 * full repayment or a signed agreement (Правила № 354 п.120), the overdue ones first and highlighted, each with the
 * act of restoration; and the ordered (not yet restricted) cases whose debt was paid — to close instead.
 */
import { Fragment, useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatDate, formatRubles } from '../../format';
import { ActForm } from './orders/ActForm';
import { CloseCaseButton } from './orders/CloseCaseButton';
import { CaseAddress } from './orders/OrderCandidates';
import './orders/orders.css';

function daysText(daysLeft: number): string {
  if (daysLeft < 0) return `просрочено на ${-daysLeft} дн.`;
  if (daysLeft === 0) return 'сегодня';
  return `через ${daysLeft} дн.`;
}

export function RestrictionRestorationTab() {
  const [view, reload] = useApi('restrictionOrders.restorations', {});
  const [open, setOpen] = useState<number | null>(null);
  if (view.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (view.state === 'error') return <p className="error-text">{view.error.message}</p>;
  const v = view.value;
  return (
    <div className="restriction-orders">
      <p className="muted">
        Услугу возобновляют в течение 2 календарных дней после полного погашения долга по ней или подписания соглашения
        о погашении (Правила № 354, п. 120). Программа проверяет это при запуске, после каждой загрузки оплат и при
        открытии этого раздела.
      </p>
      {v.overdueCount > 0 && (
        <p className="notice" role="alert" data-testid="restoration-overdue">
          Просрочено восстановление: {v.overdueCount}. Свяжитесь с исполнителем сегодня.
        </p>
      )}
      <h2>Восстановить</h2>
      {v.due.length === 0 ? (
        <p className="muted">Восстанавливать нечего.</p>
      ) : (
        <table className="grid compact restoration-table" data-testid="restorations">
          <thead>
            <tr>
              <th scope="col">Срок</th>
              <th scope="col">Адрес</th>
              <th scope="col">Л/с</th>
              <th scope="col">Услуга</th>
              <th scope="col">Основание</th>
              <th scope="col">Ограничено</th>
              <th scope="col" className="num">
                Долг сегодня, ₽
              </th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {v.due.map((r) => (
              <Fragment key={r.caseId}>
                <tr className={r.overdue ? 'overdue' : r.daysLeft === 0 ? 'due-today' : undefined}>
                  <td className="due">
                    {formatDate(r.restorationDueDate)} · {daysText(r.daysLeft)}
                  </td>
                  <td>
                    <CaseAddress r={r} />
                  </td>
                  <td>{r.accountNumber}</td>
                  <td>{r.service}</td>
                  <td>{r.restorationReason === 'agreement' ? 'соглашение подписано' : 'долг погашен'}</td>
                  <td>{formatDate(r.restrictedDate)}</td>
                  <td className="num">{formatRubles(r.debtKopecks)}</td>
                  <td>
                    <button type="button" onClick={() => setOpen(r.caseId)} data-testid="restore-open">
                      Акт о возобновлении
                    </button>
                  </td>
                </tr>
                {open === r.caseId && (
                  <tr>
                    <td colSpan={8}>
                      <ActForm
                        row={r}
                        kind="restoration"
                        onCancel={() => setOpen(null)}
                        onDone={() => {
                          setOpen(null);
                          reload();
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {v.closable.length > 0 && (
        <>
          <h2>В заявке, но долг погашен до ограничения — закрыть</h2>
          <table className="grid compact">
            <tbody>
              {v.closable.map((r) => (
                <tr key={r.caseId}>
                  <td>
                    <CaseAddress r={r} />
                  </td>
                  <td>{r.accountNumber}</td>
                  <td>{r.service}</td>
                  <td>заявка {r.orderNumber}</td>
                  <td className="num">{formatRubles(r.debtKopecks)} ₽</td>
                  <td>
                    <CloseCaseButton row={r} onClosed={reload} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">Сообщите исполнителю, что по этим адресам работы не проводятся.</p>
        </>
      )}
    </div>
  );
}
