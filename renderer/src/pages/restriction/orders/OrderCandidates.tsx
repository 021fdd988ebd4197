/**
 * @file The candidates for an order: delivered warnings whose 20-day term has ended with the service's debt still
 * above the threshold (re-read today), one block per contractor with the addresses to tick and «Сформировать
 * заявку»; the companies without a contractor; the cases whose debt fell below the threshold, to close.
 */
import { useState } from 'react';
import type {
  OrderCandidateGroup,
  OrderCreated,
  RestrictionCaseRow,
} from '../../../../../shared/api/contract-restriction-orders';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { SEWAGE_SERVICE, SewageRiskNote } from '../../../components/SewageRiskNote';
import { formatDate, formatRubles } from '../../../format';
import { CloseCaseButton } from './CloseCaseButton';

export function CaseAddress({ r }: { r: RestrictionCaseRow }) {
  return (
    <>
      {r.address}
      {r.apartment ? `, кв. ${r.apartment}` : ''}
    </>
  );
}

function Group({ g, onMade }: { g: OrderCandidateGroup; onMade: (o: OrderCreated) => void }) {
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(g.cases.map((c) => c.caseId)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: number) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  async function make(): Promise<void> {
    if (g.contractorId === null) return;
    setBusy(true);
    setError(null);
    const r = await api.call('restrictionOrders.create', { contractorId: g.contractorId, caseIds: [...chosen] });
    setBusy(false);
    if (r.ok) onMade(r.value);
    else setError(r.error.message);
  }
  return (
    <div className="order-group" data-testid="order-group">
      <h3>
        {g.contractorName ?? 'Исполнитель не назначен'}{' '}
        <span className="muted small">· {g.companies.map((c) => c.name).join(', ')}</span>
      </h3>
      {g.contractorId === null && (
        <p className="notice">
          Назначьте исполнителя этим управляющим компаниям в разделе «Исполнители» ниже — тогда адреса попадут в заявку.
        </p>
      )}
      {g.cases.some((c) => c.service === SEWAGE_SERVICE) && <SewageRiskNote />}
      <table className="grid compact">
        <thead>
          <tr>
            {g.contractorId !== null && <th scope="col" aria-label="В заявку" />}
            <th scope="col">Адрес</th>
            <th scope="col">Л/с</th>
            <th scope="col">Услуга</th>
            <th scope="col" className="num">
              Долг сегодня, ₽
            </th>
            <th scope="col" className="num">
              Порог, ₽
            </th>
            <th scope="col">Доставлено</th>
            <th scope="col">Срок истёк</th>
          </tr>
        </thead>
        <tbody>
          {g.cases.map((c) => (
            <tr key={c.caseId}>
              {g.contractorId !== null && (
                <td>
                  <input
                    type="checkbox"
                    checked={chosen.has(c.caseId)}
                    onChange={() => toggle(c.caseId)}
                    aria-label={`В заявку: л/с ${c.accountNumber}`}
                  />
                </td>
              )}
              <td>
                <CaseAddress r={c} />
              </td>
              <td>{c.accountNumber}</td>
              <td>{c.service}</td>
              <td className="num">{formatRubles(c.debtKopecks)}</td>
              <td className="num">{c.thresholdKopecks === null ? '—' : formatRubles(c.thresholdKopecks)}</td>
              <td>{formatDate(c.deliveredDate)}</td>
              <td>{formatDate(c.timerEndsDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {g.contractorId !== null && (
        <div className="form-actions">
          <button
            type="button"
            disabled={busy || chosen.size === 0}
            onClick={() => void make()}
            data-testid="order-create"
          >
            {busy ? 'Формируется…' : `Сформировать заявку (${chosen.size})`}
          </button>
          {error && (
            <span className="error-text" role="alert">
              {error}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

export function OrderCandidates({ generation, onChanged }: { generation: number; onChanged: () => void }) {
  const [view, reload] = useApi('restrictionOrders.candidates', {}, [generation]);
  const [made, setMade] = useState<OrderCreated | null>(null);
  if (view.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (view.state === 'error') return <p className="error-text">{view.error.message}</p>;
  const v = view.value;
  return (
    <div>
      {made && (
        <p className="notice" role="status">
          Заявка № {made.number} от {formatDate(made.orderDate)} сформирована: адресов {made.caseIds.length}.{' '}
          <OpenDocumentButton documentId={made.pdfDocumentId} label="Заявка (PDF)" />{' '}
          <OpenDocumentButton documentId={made.xlsxDocumentId} label="Список адресов (XLSX)" />
        </p>
      )}
      {v.groups.length === 0 ? (
        <p className="muted">
          Адресов для заявки нет.
          {v.timerRunning > 0 ? ` Предупреждений со сроком, который ещё идёт: ${v.timerRunning}.` : ''}
        </p>
      ) : (
        v.groups.map((g) => (
          <Group
            key={g.contractorId ?? 'none'}
            g={g}
            onMade={(o) => {
              setMade(o);
              reload();
              onChanged();
            }}
          />
        ))
      )}
      {v.belowThreshold.length > 0 && (
        <>
          <h3>Долг погашен ниже порога или подписано соглашение — закрыть, а не ограничивать</h3>
          <table className="grid compact">
            <tbody>
              {v.belowThreshold.map((c) => (
                <tr key={c.caseId}>
                  <td>
                    <CaseAddress r={c} />
                  </td>
                  <td>{c.accountNumber}</td>
                  <td>{c.service}</td>
                  <td className="num">{formatRubles(c.debtKopecks)} ₽</td>
                  <td>{c.agreementSigned ? 'соглашение подписано' : 'долг погашен ниже порога — закрыть'}</td>
                  <td>
                    <CloseCaseButton row={c} onClosed={reload} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
