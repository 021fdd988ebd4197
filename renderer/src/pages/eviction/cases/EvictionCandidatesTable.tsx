/**
 * @file The candidates of measure 12 (qualifying social tenants, longest without payment first) with a button to
 * open a case, and «не проходят — почему»: how many accounts with overdue debt stop at each condition.
 */
import type { EvictionCandidatesResult } from '../../../../../shared/api/contract-eviction';
import { formatRubles } from '../../../format';

export function EvictionCandidatesTable({
  result,
  working,
  onOpen,
}: {
  result: EvictionCandidatesResult;
  working: number | null;
  onOpen: (accountId: number) => void;
}) {
  return (
    <>
      <p className="muted">
        Условия правила: {result.ruleText}. Проверено счетов с просроченным долгом: {result.checked}; проходят —{' '}
        {result.candidates.length}.
      </p>
      {result.candidates.length === 0 ? (
        <p className="muted" data-testid="eviction-candidates-empty">
          Нанимателей, не вносящих плату более шести месяцев подряд, нет.
        </p>
      ) : (
        <table className="grid compact" data-testid="eviction-candidates">
          <thead>
            <tr>
              <th scope="col">Лицевой счёт</th>
              <th scope="col">Адрес</th>
              <th scope="col">Наниматель</th>
              <th scope="col" className="num">
                Мес. подряд без оплаты
              </th>
              <th scope="col" className="num">
                Долг, ₽
              </th>
              <th scope="col" className="num">
                Семья, чел.
              </th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {result.candidates.map((c) => (
              <tr key={c.accountId}>
                <td>
                  <a href={`#/accounts/${c.accountId}`}>{c.number}</a>
                </td>
                <td>{c.address}</td>
                <td>{c.tenantName ?? '—'}</td>
                <td className="num">{c.monthsWithoutPayment}</td>
                <td className="num">{formatRubles(c.debtKopecks)}</td>
                <td className="num">{c.householdSize}</td>
                <td>
                  <button type="button" disabled={working !== null} onClick={() => onOpen(c.accountId)}>
                    {working === c.accountId ? 'Открывается…' : 'Открыть дело'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.skipped.length > 0 && (
        <>
          <h3>Не проходят — почему</h3>
          <ul data-testid="eviction-skipped">
            {result.skipped.map((s) => (
              <li key={s.reason}>
                {s.reason}: {s.count}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
