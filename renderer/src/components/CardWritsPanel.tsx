/**
 * @file The account card's writs (measure 10): each writ on the account with its status and presentation deadline,
 * for those who work with the bailiffs (the section is left out for the others, whom the core would refuse). The
 * registry itself is on «10. Исполнительные документы в ФССП».
 */
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatDate, formatRub } from '../format';
import { WRIT_KIND_LABELS } from '../../../shared/fssp/fssp-terms';
import { DeadlineCell, WritStatusLabel } from '../pages/fssp/writs/writ-badges';

export function CardWritsPanel({ accountId, number }: { accountId: number; number: string }) {
  const allowed = useSession().canCall('writs.list');
  if (!allowed) return null;
  return <Writs accountId={accountId} number={number} />;
}

function Writs({ accountId, number }: { accountId: number; number: string }) {
  const [page] = useApi('writs.list', { search: number, pageSize: 50 }, [number]);
  if (page.state !== 'ready') return null;
  // The search matches a part of a number: keep this account's writs only.
  const rows = page.value.rows.filter((w) => w.accountId === accountId);
  if (rows.length === 0) return null;
  return (
    <>
      <h2>Исполнительные документы</h2>
      <table className="grid compact" aria-label="Исполнительные документы по счёту">
        <thead>
          <tr>
            <th scope="col">Документ</th>
            <th scope="col">Должник</th>
            <th scope="col" className="num">
              Сумма
            </th>
            <th scope="col">Состояние</th>
            <th scope="col">Срок предъявления</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.id}>
              <td>
                {WRIT_KIND_LABELS[w.kind]} № {w.number} от {formatDate(w.actDate)}
                <div className="muted small">{w.courtName}</div>
              </td>
              <td>{w.debtorName}</td>
              <td className="num">{formatRub(w.totalKopecks)}</td>
              <td>
                <WritStatusLabel status={w.status} />
              </td>
              <td>
                <DeadlineCell deadline={w.deadline} daysLeft={w.daysLeft} warning={w.warning} status={w.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        Реестр, заявления в ФССП и производства — в разделе <a href="#/measures/10">«10. Исполнительные документы»</a>.
      </p>
    </>
  );
}
