/**
 * @file The restriction page (measure 8), tab «Заявки и акты»: the candidates for an order by contractor (delivered
 * warnings whose term ended, the debt still above the threshold), the orders made with their PDF and XLSX, the
 * ordered cases with «Записать акт» (the act of restriction with photos and scans — the only way to «Ограничено»),
 * the restricted cases with their acts, and the contractors' directory.
 */
import { Fragment, useState } from 'react';
import type { RestrictionCaseRow } from '../../../../shared/api/contract-restriction-orders';
import { useApi } from '../../api/use-api';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { formatDate, formatRubles } from '../../format';
import { ActForm } from './orders/ActForm';
import { ActFilesList } from './orders/ActFilesList';
import { CloseCaseButton } from './orders/CloseCaseButton';
import { ContractorsPanel } from './orders/ContractorsPanel';
import { CaseAddress, OrderCandidates } from './orders/OrderCandidates';
import './orders/orders.css';

type Open = { caseId: number; what: 'act' | 'restore' | 'files' } | null;

function CasesTable({
  rows,
  open,
  setOpen,
  onChanged,
  restricted,
}: {
  rows: RestrictionCaseRow[];
  open: Open;
  setOpen: (o: Open) => void;
  onChanged: () => void;
  restricted: boolean;
}) {
  return (
    <table className="grid compact">
      <thead>
        <tr>
          <th scope="col">Адрес</th>
          <th scope="col">Л/с</th>
          <th scope="col">Услуга</th>
          <th scope="col">{restricted ? 'Ограничено' : 'Заявка'}</th>
          <th scope="col" className="num">
            Долг сегодня, ₽
          </th>
          <th scope="col" aria-label="Действия" />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Fragment key={r.caseId}>
            <tr>
              <td>
                <CaseAddress r={r} />
              </td>
              <td>{r.accountNumber}</td>
              <td>{r.service}</td>
              <td>{restricted ? formatDate(r.restrictedDate) : r.orderNumber}</td>
              <td className="num">
                {formatRubles(r.debtKopecks)}
                {!restricted && !r.overThreshold && <span className="muted small"> (не выше порога)</span>}
              </td>
              <td>
                {!restricted &&
                  (r.overThreshold && !r.agreementSigned ? (
                    <button
                      type="button"
                      onClick={() => setOpen({ caseId: r.caseId, what: 'act' })}
                      data-testid="act-open"
                    >
                      Записать акт
                    </button>
                  ) : (
                    <CloseCaseButton row={r} onClosed={onChanged} />
                  ))}
                {restricted && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ caseId: r.caseId, what: 'restore' })}
                  >
                    Восстановить досрочно
                  </button>
                )}{' '}
                <button
                  type="button"
                  className="link-button small"
                  onClick={() => setOpen({ caseId: r.caseId, what: 'files' })}
                >
                  акты и файлы
                </button>
              </td>
            </tr>
            {open?.caseId === r.caseId && (
              <tr>
                <td colSpan={6}>
                  {open.what === 'files' ? (
                    <>
                      <ActFilesList caseId={r.caseId} />
                      <button type="button" className="link-button small" onClick={() => setOpen(null)}>
                        свернуть
                      </button>
                    </>
                  ) : (
                    <ActForm
                      row={r}
                      kind={open.what === 'act' ? 'restriction' : 'restoration'}
                      onCancel={() => setOpen(null)}
                      onDone={() => {
                        setOpen(null);
                        onChanged();
                      }}
                    />
                  )}
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

export function RestrictionOrdersTab() {
  const [generation, setGeneration] = useState(0);
  const [list, reload] = useApi('restrictionOrders.list', {}, [generation]);
  const [open, setOpen] = useState<Open>(null);
  const changed = () => {
    setGeneration((g) => g + 1);
    reload();
  };
  return (
    <div className="restriction-orders">
      <p className="muted">
        Заявка исполнителю — по адресам, где предупреждение доставлено, 20 дней истекли, а долг по услуге всё ещё выше
        порога (пересчитан на сегодня). Статус «Ограничено» ставит только акт об ограничении.
      </p>
      <h2>Адреса для заявки</h2>
      <OrderCandidates generation={generation} onChanged={changed} />
      {list.state === 'loading' && <p className="muted">Загрузка…</p>}
      {list.state === 'error' && <p className="error-text">{list.error.message}</p>}
      {list.state === 'ready' && (
        <>
          <h2>Ожидают акта об ограничении</h2>
          {list.value.ordered.length === 0 ? (
            <p className="muted">Нет адресов в заявках без акта.</p>
          ) : (
            <CasesTable
              rows={list.value.ordered}
              open={open}
              setOpen={setOpen}
              onChanged={changed}
              restricted={false}
            />
          )}
          <h2>Ограничены</h2>
          {list.value.restricted.length === 0 ? (
            <p className="muted">Ограниченных услуг нет.</p>
          ) : (
            <CasesTable rows={list.value.restricted} open={open} setOpen={setOpen} onChanged={changed} restricted />
          )}
          <h2>Заявки</h2>
          {list.value.orders.length === 0 ? (
            <p className="muted">Заявок ещё не было.</p>
          ) : (
            <table className="grid compact" data-testid="orders-list">
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">Дата</th>
                  <th scope="col">Исполнитель</th>
                  <th scope="col" className="num">
                    Адресов
                  </th>
                  <th scope="col">Файлы</th>
                </tr>
              </thead>
              <tbody>
                {list.value.orders.map((o) => (
                  <tr key={o.id}>
                    <td>{o.number}</td>
                    <td>{formatDate(o.orderDate)}</td>
                    <td>{o.contractorName}</td>
                    <td className="num">{o.caseCount}</td>
                    <td>
                      {o.pdfDocumentId !== null && <OpenDocumentButton documentId={o.pdfDocumentId} label="PDF" />}{' '}
                      {o.xlsxDocumentId !== null && <OpenDocumentButton documentId={o.xlsxDocumentId} label="XLSX" />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <h2>Исполнители</h2>
      <ContractorsPanel onChanged={changed} />
    </div>
  );
}
