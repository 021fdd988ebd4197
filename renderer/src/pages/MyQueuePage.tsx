/**
 * @file «Моя очередь»: the operator's call list for today in priority order, the call card of the current account,
 * and outcome capture from the keyboard; after each record the next pending account opens.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallCard, QueueItemView } from '../../../shared/api/contract-work';
import { outcomeLabel } from '../../../shared/rules/contact/call-outcomes';
import { api } from '../api/client';
import { CallCardView } from '../components/CallCardView';
import { OutcomeForm, type OutcomeValue } from '../components/OutcomeForm';
import { formatCount, formatDate, formatRub } from '../format';
import '../work.css';

export function MyQueuePage() {
  const [items, setItems] = useState<QueueItemView[] | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [loadedCard, setCard] = useState<CallCard | null>(null);
  const card = loadedCard && loadedCard.accountId === selected ? loadedCard : null;
  const [message, setMessage] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // After «Начать обзвон» or a recorded call the next card takes the focus (its heading): the digit keys and Enter go
  // on from there, and a screen reader hears which account is open.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusCard = useRef(false);

  // The queue of the signed-in operator: the core takes the user from the session.
  const reloadQueue = useCallback(async () => {
    const result = await api.call('calls.myQueue', {});
    if (!result.ok) {
      setLoadError(result.error.message);
      return;
    }
    setItems(result.value.items);
    return result.value.items;
  }, []);

  useEffect(() => {
    let live = true;
    void api.call('calls.myQueue', {}).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      setItems(result.value.items);
      setDate(result.value.date);
      setSelected(
        result.value.items.find((i) => i.status === 'pending')?.accountId ?? result.value.items[0]?.accountId ?? null,
      );
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (selected === null) return;
    let live = true;
    void api.call('calls.card', { accountId: selected }).then((r) => {
      if (!live) return;
      setCard(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, [selected]);

  useEffect(() => {
    // The open call stays in sight in the list, however far down the queue the operator has come.
    document.querySelector('.queue-item[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, items]);

  useEffect(() => {
    if (!card || !focusCard.current) return;
    focusCard.current = false;
    headingRef.current?.focus();
  }, [card]);

  const start = () => {
    const pending = items?.find((i) => i.status === 'pending');
    if (!pending) return;
    focusCard.current = true;
    if (pending.accountId === selected && card) {
      focusCard.current = false;
      headingRef.current?.focus();
    } else setSelected(pending.accountId);
  };

  const record = async (v: OutcomeValue): Promise<string | null> => {
    if (selected === null) return 'Выберите счёт в очереди.';
    const result = await api.call('calls.record', { accountId: selected, ...v });
    if (!result.ok) return result.error.message;
    setMessage(`${result.value.summary} (л/с ${card?.number ?? ''})`);
    const next = await reloadQueue();
    const pending = next?.find((i) => i.status === 'pending');
    focusCard.current = true;
    setSelected(pending?.accountId ?? null);
    return null;
  };

  const done = items?.filter((i) => i.status === 'done').length ?? 0;
  const anyPending = items?.some((i) => i.status === 'pending') ?? false;
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 2 · обзвон</p>
      <div className="queue-head">
        <h1 tabIndex={-1}>Моя очередь звонков</h1>
        {items && (
          <span data-testid="my-queue-progress">
            {date && formatDate(date)}: сделано {formatCount(done)} из {formatCount(items.length)}
          </span>
        )}
        {anyPending && (
          <button type="button" data-testid="my-queue-start" onClick={start}>
            Начать обзвон
          </button>
        )}
      </div>
      {/* One line for the last record and the keys, so a message never pushes the outcome buttons down. */}
      <div className="queue-status">
        {message && (
          <p role="status" className="ok-text" data-testid="call-message">
            {message}
          </p>
        )}
        {items && items.length > 0 && (
          <span className="muted small">Клавиши: 1–9 — результат звонка, Enter — записать.</span>
        )}
      </div>
      {loadError && <p className="error-text">{loadError}</p>}
      {items && items.length === 0 && (
        <p>
          В вашей очереди на сегодня никого нет. Очередь строится в разделе{' '}
          <a href="#/measures/2">«Обзвон должников»</a>.
        </p>
      )}
      {items && items.length > 0 && (
        <div className="queue-layout">
          <div className="queue-list">
            <ol aria-label="Очередь звонков">
              {items.map((it) => (
                <li key={it.id}>
                  <button
                    type="button"
                    className={`queue-item${it.status === 'done' ? ' done' : ''}`}
                    data-testid="my-queue-item"
                    data-status={it.status}
                    aria-current={it.accountId === selected}
                    onClick={() => setSelected(it.accountId)}
                  >
                    {it.position}. {it.number} · {formatRub(it.debtKopecks)} · {it.bracketLabel}
                    <br />
                    <span className="small muted">
                      {it.mainPerson ?? '—'} · {it.phone}
                      {it.outcome ? ` · ${outcomeLabel(it.outcome)}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
          <div>
            {card ? (
              <CallCardView card={card} headingRef={headingRef}>
                <OutcomeForm disabled={selected === null} onSubmit={record} />
              </CallCardView>
            ) : (
              <p className="muted">
                {selected === null && items.every((i) => i.status === 'done')
                  ? 'Все звонки на сегодня сделаны.'
                  : 'Выберите счёт в очереди.'}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
