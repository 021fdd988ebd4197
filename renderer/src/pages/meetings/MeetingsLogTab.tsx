/**
 * @file Мероприятие 13, вкладка «Встречи»: the meetings log with filters (period, kind), a new meeting, and the
 * card of the chosen meeting (facts, tasks, files).
 */
import { useState } from 'react';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../../../shared/meetings/meeting-terms';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../format';
import { MeetingCard } from './parts/MeetingCard';
import { MeetingForm } from './parts/MeetingForm';
import './parts/meetings.css';
import { DateField } from '../../components/fields/DateField';

export function MeetingsLogTab() {
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const [list, reload] = useApi(
    'meetings.list',
    { fromDate: fromDate || null, toDate: toDate || null, kind: kind || null, buildingId: null },
    [fromDate, toDate, kind],
  );
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  return (
    <div className="meetings-tab">
      <p className="muted">
        Встречи со старшими по домам, инициативными группами, председателями советов МКД и форум «Управдом» (мероприятие
        13): кто пришёл, что обсудили, какие решения и поручения. Встреча учитывается в плане, когда её дата наступила и
        запись сохранена.
      </p>
      {creating ? (
        <>
          <h2>Новая встреча</h2>
          <MeetingForm
            meeting={null}
            onCancel={() => setCreating(false)}
            onSaved={(m) => {
              setCreating(false);
              setOpenId(m.id);
              reload();
            }}
          />
        </>
      ) : (
        <button data-primary-action type="button" onClick={() => setCreating(true)} data-testid="meeting-new">
          Записать встречу
        </button>
      )}
      <h2>Журнал встреч</h2>
      <div className="meetings-filters" role="search" aria-label="Отбор встреч">
        <label>
          С
          <DateField value={fromDate} onChange={(v) => setFromDate(v)} />
        </label>
        <label>
          По
          <DateField value={toDate} onChange={(v) => setToDate(v)} />
        </label>
        <label>
          Вид
          <select value={kind} onChange={(e) => setKind(e.target.value as MeetingKind | '')}>
            <option value="">все</option>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEETING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.state === 'loading' && <p className="muted">Загрузка…</p>}
      {list.state === 'error' && (
        <p className="error-text" role="alert">
          {list.error.message}
        </p>
      )}
      {list.state === 'ready' &&
        (list.value.meetings.length === 0 ? (
          <p className="muted" data-testid="meetings-empty">
            Встреч за выбранный период нет.
          </p>
        ) : (
          <table className="grid compact" data-testid="meetings-list">
            <thead>
              <tr>
                <th scope="col">Дата</th>
                <th scope="col">Вид</th>
                <th scope="col">Место</th>
                <th scope="col">Дома</th>
                <th scope="col" className="num">
                  Участников
                </th>
                <th scope="col">Поручения</th>
                <th scope="col">В плане</th>
                <th scope="col" aria-label="Действие" />
              </tr>
            </thead>
            <tbody>
              {list.value.meetings.map((m) => (
                <tr key={m.id} className={m.id === openId ? 'selected' : undefined}>
                  <td>{formatDate(m.heldDate)}</td>
                  <td>{MEETING_KIND_LABELS[m.kind]}</td>
                  <td>{m.place}</td>
                  <td>
                    {m.buildings.length === 0
                      ? '—'
                      : m.buildings.length === 1
                        ? m.buildings[0]?.address
                        : `${m.buildings.length} дом(а/ов)`}
                  </td>
                  <td className="num">{m.participantsTotal}</td>
                  <td>
                    {m.openTasks === 0 ? '—' : `${m.openTasks} в работе`}
                    {m.overdueTasks > 0 && <span className="chip chip-overdue"> просрочено: {m.overdueTasks}</span>}
                  </td>
                  <td>{m.held ? 'учтена' : m.heldDate > list.value.today ? 'запланирована' : 'не отмечена'}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={m.id === openId}
                      onClick={() => setOpenId(m.id === openId ? null : m.id)}
                    >
                      {m.id === openId ? 'скрыть' : 'открыть'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {openId !== null && <MeetingCard key={openId} meetingId={openId} onChanged={reload} />}
    </div>
  );
}
