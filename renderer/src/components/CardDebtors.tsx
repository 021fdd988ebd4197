/**
 * @file Who answers for the overdue debt and for how much: each owner for the share (ГК ст.249), split to the kopeck
 * so the parts add up; a social tenant with the adult family members jointly (ЖК ст.69).
 */
import type { AccountCard } from '../../../shared/registry/registry-types';
import { formatRub } from '../format';

export function CardDebtors({ card }: { card: AccountCard }) {
  if (card.debtors.length === 0)
    return (
      <p className="muted" data-testid="card-debtors">
        В данных нет ни собственника, ни нанимателя — некому предъявить долг.
      </p>
    );
  const assumed = card.debtors.some((d) => d.shareAssumed);
  return (
    <>
      <h2>Кто отвечает за долг</h2>
      <table className="grid compact" data-testid="card-debtors">
        <thead>
          <tr>
            <th scope="col">Должник</th>
            <th scope="col">Доля</th>
            <th scope="col" className="num">
              Просроченный долг по доле
            </th>
          </tr>
        </thead>
        <tbody>
          {card.debtors.map((d) => (
            <tr key={d.personId}>
              <td>
                {d.fullName}
                <span className="muted"> · {d.role === 'owner' ? 'собственник' : 'наниматель'}</span>
                {d.jointly.length > 0 && (
                  <div className="muted small">солидарно с членами семьи: {d.jointly.join(', ')}</div>
                )}
              </td>
              <td>{d.shareText ?? 'целиком'}</td>
              <td className="num">{formatRub(d.overdueKopecks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {assumed && (
        <p className="muted small">Доли в данных не указаны — долг разделён поровну. Уточните доли по ЕГРН.</p>
      )}
    </>
  );
}
