/**
 * @file Мероприятие 7, вкладка «Рейды «Чёрная метка»»: «Чёрная метка» actions and demonstrative disconnections. The
 * list of raids (day, kind, team, status, addresses, outcomes), the plan of a new raid (kind, day, team, scope and
 * the candidates with why each is in), and the card of the chosen raid with its route sheet and visit cards, the
 * outcomes per address, files, closing and cancelling.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatDate, formatRubles, todayIsoDate } from '../../format';
import { BLACKMARK_KIND_LABELS, BLACKMARK_STATUS_LABELS } from '../../../../shared/blackmark/blackmark-terms';
import { BlackmarkPlanForm } from './raids/BlackmarkPlanForm';
import { BlackmarkRaidCard } from './raids/BlackmarkRaidCard';
import './raids/blackmark.css';

export function BlackmarkRaidsTab() {
  const [list, reloadList] = useApi('blackmark.list', {});
  const [planning, setPlanning] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  if (list.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (list.state === 'error')
    return (
      <p className="error-text" role="alert">
        {list.error.message}
      </p>
    );
  const { raids } = list.value;
  return (
    <div className="bm-tab">
      <p className="muted">
        Акции «Чёрная метка» и показательные отключения: выход группы (со специалистом УК и корреспондентом) по адресам
        крупных должников, маршрут по домам, маршрутный лист и карточки адресов, итог по каждому адресу. Имена и
        телефоны должников в документах и на экране не показываются.
      </p>
      {planning ? (
        <>
          <h2>Новый рейд</h2>
          <BlackmarkPlanForm
            scope={list.value}
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
        <button data-primary-action type="button" onClick={() => setPlanning(true)} data-testid="bm-plan-open">
          Новый рейд
        </button>
      )}

      <h2>Рейды</h2>
      {raids.length === 0 ? (
        <p className="muted" data-testid="bm-empty">
          Рейдов ещё не было.
        </p>
      ) : (
        <table className="grid compact" data-testid="bm-list">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Дата</th>
              <th scope="col">Вид</th>
              <th scope="col">Состав группы</th>
              <th scope="col">Состояние</th>
              <th scope="col" className="num">
                Адресов
              </th>
              <th scope="col" className="num">
                Итоги
              </th>
              <th scope="col" className="num">
                Оплачено на месте, ₽
              </th>
              <th scope="col" className="num">
                Обещано, ₽
              </th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {raids.map((r) => (
              <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                <td>{r.id}</td>
                <td>{formatDate(r.raidDate)}</td>
                <td>{BLACKMARK_KIND_LABELS[r.kind]}</td>
                <td>{r.team}</td>
                <td>{BLACKMARK_STATUS_LABELS[r.status]}</td>
                <td className="num">{r.summary.addresses}</td>
                <td className="num">
                  {r.summary.recorded} из {r.summary.addresses}
                </td>
                <td className="num">{r.summary.paidKopecks > 0 ? formatRubles(r.summary.paidKopecks) : '—'}</td>
                <td className="num">{r.summary.promisedKopecks > 0 ? formatRubles(r.summary.promisedKopecks) : '—'}</td>
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
      {openId !== null && <BlackmarkRaidCard key={openId} raidId={openId} onChanged={reloadList} />}
    </div>
  );
}
