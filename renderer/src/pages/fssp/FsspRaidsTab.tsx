/**
 * @file The bailiffs' page, tab «Рейды» (measure 11): joint raids with the bailiffs. The list of raids with their
 * progress, the plan of a new raid (date, team, department, addresses chosen from debtors with open proceedings,
 * largest first, grouped by building), and the card of the chosen raid with its route, the route sheet (PDF) and
 * the outcome per address.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatDate, formatRubles, todayIsoDate } from '../../format';
import { RaidCard } from './raids/RaidCard';
import { RaidPlanForm } from './raids/RaidPlanForm';
import './raids/raids.css';

export function FsspRaidsTab() {
  const [list, reloadList] = useApi('raids.list', {});
  const [planning, setPlanning] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  if (list.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (list.state === 'error')
    return (
      <p className="error-text" role="alert">
        {list.error.message}
      </p>
    );
  const { raids, departments } = list.value;
  return (
    <div className="raids-tab">
      <p className="muted">
        Совместные рейды с судебными приставами по должникам с открытыми исполнительными производствами: адреса с
        наибольшим долгом, маршрут по домам, маршрутный лист для группы и итог по каждому адресу (мероприятие 11).
      </p>
      {planning ? (
        <>
          <h2>Новый рейд</h2>
          <RaidPlanForm
            departments={departments}
            defaultDate={todayIsoDate()}
            onCancel={() => setPlanning(false)}
            onPlanned={(raid) => {
              setPlanning(false);
              setOpenId(raid.id);
              reloadList();
            }}
          />
        </>
      ) : (
        <button data-primary-action type="button" onClick={() => setPlanning(true)} data-testid="raid-plan-open">
          Запланировать рейд
        </button>
      )}

      <h2>Рейды</h2>
      {raids.length === 0 ? (
        <p className="muted" data-testid="raids-empty">
          Рейдов ещё не было.
        </p>
      ) : (
        <table className="grid compact" data-testid="raids-list">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Дата</th>
              <th scope="col">Состав группы</th>
              <th scope="col">Отдел</th>
              <th scope="col" className="num">
                Адресов
              </th>
              <th scope="col" className="num">
                Итоги
              </th>
              <th scope="col" className="num">
                Долг, ₽
              </th>
              <th scope="col" className="num">
                Оплачено на месте, ₽
              </th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {raids.map((r) => (
              <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                <td>{r.id}</td>
                <td>{formatDate(r.raidDate)}</td>
                <td>{r.team}</td>
                <td>{r.departmentName ?? '—'}</td>
                <td className="num">{r.summary.addresses}</td>
                <td className="num">
                  {r.summary.pending === 0 ? (
                    <span className="chip chip-ok">все записаны</span>
                  ) : (
                    `${r.summary.recorded} из ${r.summary.addresses}`
                  )}
                </td>
                <td className="num">{formatRubles(r.summary.debtKopecks)}</td>
                <td className="num">{r.summary.paidKopecks > 0 ? formatRubles(r.summary.paidKopecks) : '—'}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={r.id === openId}
                    onClick={() => setOpenId(r.id === openId ? null : r.id)}
                  >
                    {r.id === openId ? 'скрыть' : 'открыть'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {openId !== null && <RaidCard key={openId} raidId={openId} onChanged={reloadList} />}
    </div>
  );
}
