/**
 * @file The account's ledger by month, newest first; each month opens to show its services. Months are sorted
 * here as well, so the order never depends on how the core happened to return them.
 */
import { useState } from 'react';
import type { LedgerMonth } from '../../../shared/registry/registry-types';
import { formatPeriod, formatRub } from '../format';

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
              Сальдо на конец
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => {
            const expanded = open.has(m.period);
            return [
              <tr key={m.period}>
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
                <td className={m.balanceKopecks > 0 ? 'num debt' : 'num'}>{formatRub(m.balanceKopecks)}</td>
              </tr>,
              expanded && (
                <tr key={`${m.period}-services`} id={`ledger-${m.period}`} className="ledger-services">
                  <td colSpan={4}>
                    <table className="services">
                      <tbody>
                        {m.services.map((s) => (
                          <tr key={s.service}>
                            <td>{s.service}</td>
                            <td className="num">{formatRub(s.kopecks)}</td>
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
