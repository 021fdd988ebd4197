/**
 * @file The monthly penalty runs (measure 4): month, УК, accounts, accrued, total penalty, status, who and when.
 * Replaced runs stay listed (greyed) — the journal of recalculations must be visible, not only the last figure.
 */
import type { PenaltyRunView } from '../../../shared/api/contract-epd';
import { formatCount, formatInstant, formatPeriod, formatRub } from '../format';

export function PenaltyRunsTable({ runs }: { runs: PenaltyRunView[] }) {
  if (runs.length === 0) return <p className="muted">Пени ещё не начислялись.</p>;
  return (
    <table className="grid compact" data-testid="penalty-runs">
      <thead>
        <tr>
          <th scope="col">Месяц</th>
          <th scope="col">УК</th>
          <th scope="col" className="num">
            Лицевых счетов
          </th>
          <th scope="col" className="num">
            Начислено за месяц
          </th>
          <th scope="col" className="num">
            Задолженность по пени
          </th>
          <th scope="col">Состояние</th>
          <th scope="col">Кто и когда</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id} className={r.status === 'replaced' ? 'muted' : undefined}>
            <td>{formatPeriod(r.period)}</td>
            <td>{r.companyName}</td>
            <td className="num">{formatCount(r.accountsCount)}</td>
            <td className="num">{formatRub(r.accruedKopecks)}</td>
            <td className="num">{formatRub(r.totalPenaltyKopecks)}</td>
            <td title={`Таблицы ставок: ${r.tablesVersion}`}>
              {r.status === 'current' ? 'действует' : 'заменён перерасчётом'}
            </td>
            <td className="muted">
              {r.userName}, {formatInstant(r.atMs)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
