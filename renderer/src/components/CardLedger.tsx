/**
 * @file The account's ledger by billing month, newest first, as the law counts it: charged, paid (payments allocated
 * to the month), unpaid, the due date and the month's state — paid, not yet due, overdue, past the limitation
 * period. Each month opens to show its services and whom each is owed to. Months are sorted here as well, so the
 * order never depends on how the core happened to return them.
 */
import { useState } from 'react';
import type { LedgerMonth } from '../../../shared/registry/registry-types';
import { formatDate, formatPeriod, formatRub } from '../format';

const STATUS_LABELS: Record<LedgerMonth['status'], string> = {
  paid: 'оплачен',
  not_yet_due: 'срок не наступил',
  overdue: 'просрочен',
  time_barred: 'истекла давность',
};

const CREDITOR_LABELS: Record<LedgerMonth['services'][number]['creditor'], string> = {
  management_company: 'УК',
  capital_repair_operator: 'фонд капремонта',
  landlord: 'наймодатель',
};

export function CardLedger({ ledger }: { ledger: LedgerMonth[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (ledger.length === 0) return <p data-testid="card-ledger">Начислений и оплат по счёту нет.</p>;
  const months = [...ledger].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  const toggle = (period: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(period)) next.delete(period);
      else next.add(period);
      return next;
    });
  return (
    <div className="table-scroll tall">
      <table className="grid compact ledger" data-testid="card-ledger">
        <thead>
          <tr>
            <th scope="col">Период</th>
            <th scope="col" className="num">
              Начислено
            </th>
            <th scope="col" className="num">
              Оплачено
            </th>
            <th scope="col" className="num">
              Не оплачено
            </th>
            <th scope="col">Срок оплаты</th>
            <th scope="col">Состояние</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => {
            const expanded = open.has(m.period);
            return [
              <tr key={m.period} data-status={m.status}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={expanded}
                    aria-controls={`ledger-${m.period}`}
                    disabled={m.services.length === 0}
                    onClick={() => toggle(m.period)}
                  >
                    <span aria-hidden="true" className="disclosure">
                      {m.services.length === 0 ? '' : expanded ? '▾' : '▸'}
                    </span>
                    {formatPeriod(m.period)}
                  </button>
                </td>
                <td className="num">{formatRub(m.chargedKopecks)}</td>
                <td className="num">{m.paidKopecks ? formatRub(m.paidKopecks) : <span className="muted">—</span>}</td>
                <td className={m.openKopecks > 0 && m.status !== 'not_yet_due' ? 'num debt' : 'num'}>
                  {m.openKopecks > 0 ? formatRub(m.openKopecks) : <span className="muted">—</span>}
                </td>
                <td>{formatDate(m.dueDate)}</td>
                <td>
                  {m.openKopecks > 0 || m.status !== 'paid' ? STATUS_LABELS[m.status] : STATUS_LABELS.paid}
                  {m.status === 'time_barred' && m.limitationExpiresOn && (
                    <span className="muted small"> (по {formatDate(m.limitationExpiresOn)})</span>
                  )}
                </td>
              </tr>,
              expanded && (
                <tr key={`${m.period}-services`} id={`ledger-${m.period}`} className="ledger-services">
                  <td colSpan={6}>
                    <table className="services">
                      <tbody>
                        {m.services.map((s) => (
                          <tr key={s.service}>
                            <td>{s.service || 'Услуги ЖКУ'}</td>
                            <td className="muted small">{CREDITOR_LABELS[s.creditor]}</td>
                            <td className="num">{formatRub(s.chargedKopecks)}</td>
                            <td className="num">{s.paidKopecks ? formatRub(s.paidKopecks) : '—'}</td>
                            <td className="num">{s.openKopecks > 0 ? formatRub(s.openKopecks) : '—'}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
