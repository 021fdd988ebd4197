/**
 * @file The proceeding's card beside the list: the writ and its deadline, the department and the bailiff (editable),
 * the sums (debt in the proceedings, collected, balance — collections never change the account's debt), the status
 * change with its effect on the writ, the collections with the ФССП payments to link, the petitions of this
 * proceeding (a new one with its letter; answers; the complaint when overdue) and the history.
 */
import { useEffect, useState } from 'react';
import type {
  DepartmentOption,
  PetitionRow,
  ProceedingView,
} from '../../../../../shared/api/contract-fssp-proceedings';
import { api } from '../../../api/client';
import { formatDate, formatInstant, formatRub } from '../../../format';
import { CollectionForm, EditForm, PetitionForm, StatusForm } from './ProceedingForms';
import { PetitionActions } from './PetitionActions';
import { PetitionAnswerForm } from './PetitionAnswerForm';

type Message = { kind: 'ok' | 'error'; text: string };

export function ProceedingCard({
  proceedingId,
  departments,
  onClose,
  onChanged,
}: {
  proceedingId: number;
  departments: DepartmentOption[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const [view, setView] = useState<ProceedingView | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [form, setForm] = useState<'status' | 'collection' | 'petition' | 'edit' | null>(null);
  const [answering, setAnswering] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('proceedings.get', { proceedingId }).then((r) => {
      if (!live) return;
      if (r.ok) setView(r.value);
      else setMessage({ kind: 'error', text: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [proceedingId]);

  const reload = async () => {
    const r = await api.call('proceedings.get', { proceedingId });
    if (r.ok) setView(r.value);
    onChanged();
  };
  const updated = (v: ProceedingView, text?: string) => {
    setView(v);
    setForm(null);
    if (text) setMessage({ kind: 'ok', text });
    onChanged();
  };

  async function linkPayments(): Promise<void> {
    const r = await api.call('proceedings.linkPayments', { proceedingId });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    updated(r.value.view, r.value.message);
  }
  async function linkOne(paymentId: number): Promise<void> {
    const r = await api.call('proceedings.linkPayment', { proceedingId, paymentId });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    updated(r.value, 'Платёж связан с производством.');
  }

  if (!view)
    return (
      <aside className="case-card" aria-label={`Производство ${proceedingId}`}>
        {message ? (
          <p role="alert" className="error-text">
            {message.text}
          </p>
        ) : (
          <p className="muted">Загрузка…</p>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          Закрыть
        </button>
      </aside>
    );
  const v = view;
  const running = v.status === 'opened' || v.status === 'suspended';
  const fsspCandidates = v.candidates.filter((c) => c.fssp).length;
  return (
    <aside className="case-card" aria-label={`Производство № ${v.number}`}>
      <header className="case-card-head">
        <h2>ИП № {v.number}</h2>
        <button type="button" className="secondary small" onClick={onClose} aria-label="Закрыть карточку производства">
          ✕
        </button>
      </header>
      <p className="case-status-line">
        <span className={`case-status st-${v.status}`}>{v.statusLabel}</span>
        <span className="muted small">
          с {formatDate(v.statusDate)}
          {v.statusNote ? ` · ${v.statusNote}` : ''}
        </span>
        {v.petitionsOverdue > 0 && (
          <span className="petition-state overdue">просрочен ответ: {v.petitionsOverdue}</span>
        )}
      </p>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error-text' : 'notice'}
        >
          {message.text}
        </p>
      )}
      <dl className="facts case-facts">
        <dt>Должник</dt>
        <dd>
          {v.debtorName} · л/с <a href={`#/accounts/${v.accountId}`}>{v.accountNumber}</a>
        </dd>
        <dt>Адрес</dt>
        <dd>{v.address}</dd>
        <dt>Документ</dt>
        <dd>
          {v.writ.kindLabel} № {v.writ.number} от {formatDate(v.writ.actDate)} · {v.writ.statusLabel}
          {v.writ.deadline && (
            <div className={v.writ.deadlineExpired ? 'error-text small' : 'muted small'}>
              предъявить до {formatDate(v.writ.deadline)}
              {v.writ.deadlineExpired ? ' — срок истёк' : ''}
            </div>
          )}
        </dd>
        <dt>Возбуждено</dt>
        <dd>{formatDate(v.openedDate)}</dd>
        <dt>Отдел</dt>
        <dd>{v.departmentName ?? <span className="chip chip-warn">не указан</span>}</dd>
        <dt>Пристав</dt>
        <dd>{v.bailiffName ?? <span className="muted">не указан</span>}</dd>
      </dl>
      <div className="proc-balance">
        <span>
          Сумма по ИП <strong>{formatRub(v.debtKopecks)}</strong>
        </span>
        <span>
          Взыскано <strong>{formatRub(v.collectedKopecks)}</strong>
        </span>
        <span>
          Остаток <strong>{formatRub(v.balanceKopecks)}</strong>
        </span>
      </div>
      <p className="proc-note">
        Взысканные суммы не меняют долг лицевого счёта: долг уменьшается, когда платёж приходит в загрузке оплат.
      </p>
      <div className="form-actions">
        {v.transitions.length > 0 && (
          <button
            type="button"
            aria-expanded={form === 'status'}
            onClick={() => setForm(form === 'status' ? null : 'status')}
          >
            Изменить состояние
          </button>
        )}
        <button
          type="button"
          className="secondary"
          aria-expanded={form === 'edit'}
          onClick={() => setForm(form === 'edit' ? null : 'edit')}
        >
          Отдел, пристав, сумма
        </button>
      </div>
      {form === 'status' && <StatusForm view={v} onDone={updated} onCancel={() => setForm(null)} />}
      {form === 'edit' && (
        <EditForm view={v} departments={departments} onDone={updated} onCancel={() => setForm(null)} />
      )}

      <section aria-label="Взыскано">
        <h3>Взыскано</h3>
        {v.collections.length === 0 ? (
          <p className="muted small">Сумм пока нет.</p>
        ) : (
          <ul className="proc-list-plain">
            {v.collections.map((c) => (
              <li key={c.id}>
                <span>{formatDate(c.date)}</span>
                <span className="muted small">
                  {c.paymentText ? `платёж: ${c.paymentText}` : c.note || 'внесено вручную'}
                </span>
                <span className="num">{formatRub(c.amountKopecks)}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="secondary"
            aria-expanded={form === 'collection'}
            onClick={() => setForm(form === 'collection' ? null : 'collection')}
          >
            Внести сумму
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void linkPayments()}
            disabled={fsspCandidates === 0}
            title="Платежи, в которых указан номер ИП или ФССП / ОСП"
          >
            Связать платежи через ФССП{fsspCandidates > 0 ? ` (${fsspCandidates})` : ''}
          </button>
        </div>
        {form === 'collection' && <CollectionForm view={v} onDone={updated} onCancel={() => setForm(null)} />}
        {v.candidates.length > 0 && (
          <details>
            <summary className="small">
              Платежи лицевого счёта с {formatDate(v.openedDate)}, не связанные с производством ({v.candidates.length})
            </summary>
            <ul className="proc-list-plain">
              {v.candidates.map((c) => (
                <li key={c.paymentId}>
                  <span>{formatDate(c.date)}</span>
                  <span className={c.fssp ? 'candidate-fssp small' : 'muted small'}>
                    {[c.source, c.documentNumber].filter(Boolean).join(', ') || 'без назначения'}
                    {c.fssp ? ' · через ФССП' : ''}
                  </span>
                  <span className="num">{formatRub(c.amountKopecks)}</span>
                  <button type="button" className="link-button small" onClick={() => void linkOne(c.paymentId)}>
                    связать
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-label="Ходатайства">
        <h3>Ходатайства</h3>
        {v.petitions.length === 0 && <p className="muted small">Ходатайств нет.</p>}
        <ul className="proc-list-plain">
          {v.petitions.map((p) => (
            <li key={p.id} style={{ display: 'block' }}>
              <div>
                <span className={`petition-state ${p.state}`}>{petitionStateText(p)}</span> {p.kindLabel}
              </div>
              <div className="muted small">
                {p.sentDate
                  ? `направлено ${formatDate(p.sentDate)}, ответ до ${formatDate(p.answerDueDate)}`
                  : 'не направлено'}
                {p.answerDate
                  ? ` · ${p.answer === 'granted' ? 'удовлетворено' : 'отказано'} ${formatDate(p.answerDate)}`
                  : ''}
                {p.answerNote ? ` · ${p.answerNote}` : ''}
              </div>
              <PetitionActions
                petition={p}
                answering={answering === p.id}
                onAnswer={() => setAnswering(answering === p.id ? null : p.id)}
                onChanged={() => void reload()}
                onMessage={setMessage}
              />
              {answering === p.id && (
                <PetitionAnswerForm
                  petition={p}
                  onDone={() => {
                    setAnswering(null);
                    void reload();
                  }}
                  onCancel={() => setAnswering(null)}
                />
              )}
            </li>
          ))}
        </ul>
        {running && (
          <div className="form-actions">
            <button
              type="button"
              className="secondary"
              aria-expanded={form === 'petition'}
              onClick={() => setForm(form === 'petition' ? null : 'petition')}
            >
              Новое ходатайство
            </button>
          </div>
        )}
        {form === 'petition' && (
          <PetitionForm
            view={v}
            onDone={(text) => {
              setForm(null);
              setMessage({ kind: 'ok', text });
              void reload();
            }}
            onCancel={() => setForm(null)}
          />
        )}
      </section>

      <section aria-label="История производства">
        <h3>История</h3>
        {v.history.length === 0 ? (
          <p className="muted">Записей нет.</p>
        ) : (
          <ul className="case-history">
            {v.history.map((h, i) => (
              <li key={i}>
                <span className="muted small">
                  {formatInstant(h.atMs)} · {h.userName}
                </span>
                <div>{h.summary}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}

export function petitionStateText(p: PetitionRow): string {
  if (p.state === 'overdue') return `просрочен ответ (${p.daysOverdue} дн.)`;
  if (p.state === 'awaiting') return 'ждёт ответа';
  if (p.state === 'draft') return 'не направлено';
  return p.answer === 'granted' ? 'удовлетворено' : 'отказано';
}
