/**
 * @file The writ's card beside the registry: its facts and sums, the deadline with the steps that explain it (each
 * event's effect, 229-ФЗ ст.21, 22, 16), the events with «Добавить событие» (a partial payment, presented, returned,
 * with a note), the applications and proceedings on it, and «Изменить».
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { WritView } from '../../../../../shared/api/contract-fssp-writs';
import {
  WRIT_EVENT_LABELS,
  WRIT_EVENT_TYPES,
  WRIT_KIND_LABELS,
  PROCEEDING_STATUS_LABELS,
  type WritEventType,
  type ProceedingStatus,
} from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { formatDate, formatInstant, formatRub, todayIsoDate } from '../../../format';
import { DeadlineCell, WritStatusLabel } from './writ-badges';
import { WritForm } from './WritForm';
import { DateField } from '../../../components/fields/DateField';

const SOURCE_TEXT = { court_case: 'из судебного дела', manual: 'внесён вручную', import: 'загружен из файла' } as const;

export function WritCard(props: { writId: number; onClose: () => void; onChanged: () => void }) {
  const { writId, onClose, onChanged } = props;
  const [view, setView] = useState<WritView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'event'>('view');

  useEffect(() => {
    let live = true;
    void api.call('writs.get', { writId }).then((r) => {
      if (!live) return;
      if (r.ok) setView(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [writId]);

  const updated = (v: WritView) => {
    setView(v);
    setMode('view');
    onChanged();
  };

  if (error && !view)
    return (
      <aside className="case-card" aria-label={`Документ № ${writId}`}>
        <p role="alert" className="error-text">
          {error}
        </p>
        <button type="button" className="secondary" onClick={onClose}>
          Закрыть
        </button>
      </aside>
    );
  if (!view) return <aside className="case-card muted">Загрузка документа…</aside>;
  const v = view;
  if (mode === 'edit')
    return (
      <aside className="case-card" aria-label={`Изменить документ № ${v.number}`}>
        <WritForm writ={v} onSaved={updated} onCancel={() => setMode('view')} />
      </aside>
    );
  const closed = v.status === 'performed' || v.status === 'cancelled';
  return (
    <aside className="case-card" aria-label={`Исполнительный документ № ${v.number}`}>
      <header className="case-card-head">
        <h2>
          {WRIT_KIND_LABELS[v.kind]} № {v.number}
        </h2>
        <button type="button" className="secondary small" onClick={onClose} aria-label="Закрыть карточку документа">
          ✕
        </button>
      </header>
      <p className="case-status-line">
        <WritStatusLabel status={v.status} />
        <span className="muted small">{SOURCE_TEXT[v.source]}</span>
      </p>
      <dl className="facts case-facts">
        <dt>Л/с</dt>
        <dd>
          <a href={`#/accounts/${v.accountId}`}>{v.accountNumber}</a> · {v.companyName}
        </dd>
        <dt>Должник</dt>
        <dd>{v.debtorName}</dd>
        <dt>Суд</dt>
        <dd>
          {v.courtName}
          {v.courtCaseNumber ? `, дело № ${v.courtCaseNumber}` : ''}
          {v.courtCaseId !== null ? ` (наше дело № ${v.courtCaseId})` : ''}
        </dd>
        <dt>Акт</dt>
        <dd>
          от {formatDate(v.actDate)}
          {v.inForceDate ? `, вступил в силу ${formatDate(v.inForceDate)}` : ''}
        </dd>
        <dt>Получен</dt>
        <dd>{formatDate(v.receivedDate)}</dd>
        <dt>Сумма</dt>
        <dd>
          {formatRub(v.totalKopecks)}: долг {formatRub(v.principalKopecks)}, пени {formatRub(v.penaltyKopecks)},
          госпошлина {formatRub(v.dutyKopecks)}
        </dd>
        <dt>Срок</dt>
        <dd>
          <DeadlineCell deadline={v.deadline} daysLeft={v.daysLeft} warning={v.warning} status={v.status} />
        </dd>
        {v.note && (
          <>
            <dt>Примечание</dt>
            <dd>{v.note}</dd>
          </>
        )}
      </dl>
      <div className="writs-actions">
        <button type="button" className="secondary" onClick={() => setMode('edit')}>
          Изменить
        </button>
        {!closed && (
          <button
            type="button"
            className="secondary"
            onClick={() => setMode(mode === 'event' ? 'view' : 'event')}
            aria-expanded={mode === 'event'}
          >
            Добавить событие
          </button>
        )}
      </div>
      {mode === 'event' && <EventForm writId={v.id} onDone={updated} onCancel={() => setMode('view')} />}

      {v.deadlineInfo && (
        <section aria-label="Срок предъявления">
          <h3>Срок предъявления (229-ФЗ ст. 21, 22)</h3>
          <ol className="writ-steps">
            {v.deadlineInfo.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          {!v.deadlineInfo.calendarCovered && (
            <p className="muted small">Производственный календарь на эти годы не загружен: учтены только выходные.</p>
          )}
        </section>
      )}
      <section aria-label="События">
        <h3>События</h3>
        {v.events.length === 0 ? (
          <p className="muted">Событий нет: документ не предъявлялся.</p>
        ) : (
          <ul className="writ-events">
            {v.events.map((e) => (
              <li key={e.id}>
                <strong>{formatDate(e.date)}</strong> — {WRIT_EVENT_LABELS[e.type]}
                {e.note ? `: ${e.note}` : ''}
                <div className="muted small">
                  {e.createdBy}, {formatInstant(e.createdAtMs)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {(v.applications.length > 0 || v.proceedings.length > 0) && (
        <section aria-label="Заявления и производства">
          <h3>Заявления и производства</h3>
          <ul className="writ-events">
            {v.applications.map((a) => (
              <li key={`a${a.id}`}>
                Заявление № {a.id} от {formatDate(a.applicationDate)} ({a.recipient === 'bank' ? 'в банк' : 'в ФССП'},{' '}
                {a.status === 'prepared' ? 'подготовлено' : a.status === 'sent' ? 'направлено' : 'отозвано'})
              </li>
            ))}
            {v.proceedings.map((p) => (
              <li key={`p${p.id}`}>
                ИП № {p.number} от {formatDate(p.openedDate)} —{' '}
                {PROCEEDING_STATUS_LABELS[p.status as ProceedingStatus] ?? p.status}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

function EventForm(props: { writId: number; onDone: (v: WritView) => void; onCancel: () => void }) {
  const [type, setType] = useState<WritEventType>('partial_payment');
  const [date, setDate] = useState(todayIsoDate());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    const r = await api.call('writs.addEvent', { writId: props.writId, type, date, note: note.trim() });
    setBusy(false);
    if (r.ok) props.onDone(r.value);
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Добавить событие">
      <label>
        Событие
        <select value={type} onChange={(e) => setType(e.target.value as WritEventType)} autoFocus>
          {WRIT_EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {WRIT_EVENT_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Дата
        <DateField required value={date} max={todayIsoDate()} onChange={(v) => setDate(v)} />
      </label>
      <label>
        Примечание
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
          placeholder="например, оплатил 5 000 ₽"
        />
      </label>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Записать
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
}
