/**
 * @file Coverage of measure 3 for a month: «охват N %» of debtor accounts with a penalty line in the ЕПД, counts
 * by reason, and the exceptions themselves (first 1 000) — the ones lowering coverage first, since the clerk must
 * act on those.
 */
import type { EpdCoverage } from '../../../shared/api/contract-epd';
import { formatCount, formatRub } from '../format';

export function EpdCoveragePanel({ coverage }: { coverage: EpdCoverage }) {
  const percent = String(coverage.coveragePercent).replace('.', ',');
  return (
    <div className="coverage" data-testid="epd-coverage">
      <p>
        <strong>Охват {percent} %</strong> — строка пени в ЕПД есть у {formatCount(coverage.coveredAccounts)} из{' '}
        {formatCount(coverage.debtorAccounts)} лицевых счетов с задолженностью (цель плана — 100 %).
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
            <li key={r.reason}>
              {r.affectsCoverage ? 'Без строки пени' : 'Пени 0,00 с пояснением'}: {r.reasonText} —{' '}
              {formatCount(r.count)}
            </li>
          ))}
        </ul>
      )}
      {coverage.exceptions.length > 0 && (
        <table className="grid compact" data-testid="epd-exceptions">
          <caption className="muted small">
            Исключения: {formatCount(coverage.exceptionsTotal)}
            {coverage.exceptionsTotal > coverage.exceptions.length
              ? `, показаны первые ${formatCount(coverage.exceptions.length)}`
              : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Лицевой счёт</th>
              <th scope="col">Адрес</th>
              <th scope="col">УК</th>
              <th scope="col" className="num">
                Долг
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
