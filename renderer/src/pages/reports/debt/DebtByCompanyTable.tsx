/**
 * @file The overdue debt per УК at the first and the last point of the period, with the change; and the district's
 * totals per point (the chart's numbers as text).
 */
import type { DebtSeriesPoint } from '../../../../../shared/api/contract-debt-history';
import { formatCount, formatDate, formatRubles } from '../../../format';

function change(from: number, to: number): string {
  const d = to - from;
  if (d === 0) return 'без изменений';
  return `${d > 0 ? '+' : '−'}${formatRubles(Math.abs(d))}`;
}

export function DebtByCompanyTable({ points }: { points: readonly DebtSeriesPoint[] }) {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  return (
    <div className="table-scroll">
      <table className="grid compact" data-testid="debt-by-company">
        <caption>Просроченный долг по УК</caption>
        <thead>
          <tr>
            <th scope="col">УК</th>
            <th scope="col">Должников на {formatDate(first.date)}</th>
            <th scope="col">Долг на {formatDate(first.date)}</th>
            <th scope="col">Должников на {formatDate(last.date)}</th>
            <th scope="col">Долг на {formatDate(last.date)}</th>
            <th scope="col">Изменение</th>
          </tr>
        </thead>
        <tbody>
          {last.byCompany.map((c) => {
            const before = first.byCompany.find((x) => x.id === c.id);
            return (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td className="num">{formatCount(before?.accounts ?? 0)}</td>
                <td className="num">{formatRubles(before?.debtKopecks ?? 0)}</td>
                <td className="num">{formatCount(c.accounts)}</td>
                <td className="num">{formatRubles(c.debtKopecks)}</td>
                <td className="num">{change(before?.debtKopecks ?? 0, c.debtKopecks)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Округ</th>
            <td className="num">{formatCount(first.accounts)}</td>
            <td className="num">{formatRubles(first.debtKopecks)}</td>
            <td className="num">{formatCount(last.accounts)}</td>
            <td className="num">{formatRubles(last.debtKopecks)}</td>
            <td className="num">{change(first.debtKopecks, last.debtKopecks)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function DebtPointsTable({ points }: { points: readonly DebtSeriesPoint[] }) {
  return (
    <div className="table-scroll">
      <table className="grid compact" data-testid="debt-points">
        <caption>Долг и сборы по датам</caption>
        <thead>
          <tr>
            <th scope="col">Дата</th>
            <th scope="col">Должников</th>
            <th scope="col">Просроченный долг</th>
            {(points[0]?.byBracket ?? []).map((b) => (
              <th key={b.code} scope="col">
                {b.label}
              </th>
            ))}
            <th scope="col">Собрано с начала месяца</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <th scope="row">{formatDate(p.date)}</th>
              <td className="num">{formatCount(p.accounts)}</td>
              <td className="num">{formatRubles(p.debtKopecks)}</td>
              {p.byBracket.map((b) => (
                <td key={b.code} className="num">
                  {formatRubles(b.debtKopecks)}
                </td>
              ))}
              <td className="num">{formatRubles(p.collectedKopecks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
