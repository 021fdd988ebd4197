/**
 * @file Coverage of measure 3 for a month: «охват N %» of the accounts with OVERDUE debt (a bill not yet due makes
 * no debtor) whose ЕПД carries a penalty or states the lawful reason for none; counts by reason; the exceptions
 * themselves (first 1 000) — those the clerk must act on first (no run, not in the run), then the lawful ones.
 */
import type { EpdCoverage } from '../../../shared/api/contract-epd';
import { formatCount, formatRub } from '../format';

export function EpdCoveragePanel({ coverage }: { coverage: EpdCoverage }) {
  const percent = String(coverage.coveragePercent).replace('.', ',');
  const lawful = coverage.coveredAccounts - coverage.withPenaltyAccounts;
  const toAct = coverage.debtorAccounts - coverage.coveredAccounts;
  return (
    <div className="coverage" data-testid="epd-coverage">
      <p>
        <strong>Охват {percent} %</strong> — из {formatCount(coverage.debtorAccounts)} лицевых счетов с просроченным
        долгом пени в ЕПД у {formatCount(coverage.withPenaltyAccounts)}, причина без пени указана у{' '}
        {formatCount(lawful)}
        {toAct > 0 ? `, без строки пени (нужно действие) — ${formatCount(toAct)}` : ''} (цель плана — 100 %).
      </p>
      <progress max={100} value={coverage.coveragePercent} aria-label={`Охват ${percent} %`} />
      {coverage.companiesWithoutRun.length > 0 && (
        <div className="notice" role="note">
          Пени за месяц не рассчитаны по УК: {coverage.companiesWithoutRun.join(', ')}.{' '}
          <a href="#/measures/4">Начислить пени</a>
        </div>
      )}
      {coverage.byReason.length > 0 && (
        <ul className="plain-list">
          {coverage.byReason.map((r) => (
            <li key={r.reason} className={r.affectsCoverage ? 'error-text' : undefined}>
              {r.affectsCoverage ? 'Нужно действие' : 'Причина указана'}: {r.reasonText} — {formatCount(r.count)}
            </li>
          ))}
        </ul>
      )}
      {coverage.exceptions.length > 0 && (
        <table className="grid compact" data-testid="epd-exceptions">
          <caption className="muted small">
            Должники без пени в ЕПД: {formatCount(coverage.exceptionsTotal)}
            {coverage.exceptionsTotal > coverage.exceptions.length
              ? `, показаны первые ${formatCount(coverage.exceptions.length)}`
              : ''}
            . Полный расчёт по лицевому счёту — в его карточке («Расчёт пени»).
          </caption>
          <thead>
            <tr>
              <th scope="col">Лицевой счёт</th>
              <th scope="col">Адрес</th>
              <th scope="col">УК</th>
              <th scope="col" className="num">
                Просроченный долг
              </th>
              <th scope="col">Причина</th>
            </tr>
          </thead>
          <tbody>
            {coverage.exceptions.map((e) => (
              <tr key={e.accountId} className={e.affectsCoverage ? undefined : 'muted'}>
                <td>
                  <a href={`#/accounts/${e.accountId}`}>{e.number}</a>
                </td>
                <td>{e.address}</td>
                <td>{e.companyName}</td>
                <td className="num">{formatRub(e.debtKopecks)}</td>
                <td>{e.reasonText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
