/**
 * @file The proceeding's card beside the list: the writ and its deadline, the department and the bailiff (editable),
 * the sums (debt in the proceedings, collected, balance — collections never change the account's debt), the status
 * change with its effect on the writ, the collections with the ФССП payments to link, the petitions of this
 * proceeding (a new one with its letter; answers; the complaint when overdue) and the history.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { DepartmentOption, PetitionRow, ProceedingView } from '../../../../../shared/api/contract-fssp-proceedings';
import {
  PETITION_KINDS,
  PETITION_LABELS,
  PROCEEDING_STATUS_LABELS,
  type PetitionKind,
  type ProceedingStatus,
} from '../../../../../shared/fssp/fssp-terms';
import { isoDateInZone } from '../../../../../shared/dates/iso-date';
import { api } from '../../../api/client';
import { formatDate, formatInstant, formatRub, parseRublesToKopecks } from '../../../format';
import { PetitionActions } from './PetitionActions';
import { PetitionAnswerForm } from './PetitionAnswerForm';

type Message = { kind: 'ok' | 'error'; text: string };
const today = () => isoDateInZone(Date.now());

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
        {message ? <p role="alert" className="error-text">{message.text}</p> : <p className="muted">Загрузка…</p>}
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
        {v.petitionsOverdue > 0 && <span className="petition-state overdue">просрочен ответ: {v.petitionsOverdue}</span>}
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error-text' : 'notice'}>
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
          <button type="button" aria-expanded={form === 'status'} onClick={() => setForm(form === 'status' ? null : 'status')}>
            Изменить состояние
          </button>
        )}
        <button type="button" className="secondary" aria-expanded={form === 'edit'} onClick={() => setForm(form === 'edit' ? null : 'edit')}>
          Отдел, пристав, сумма
        </button>
      </div>
      {form === 'status' && <StatusForm view={v} onDone={updated} onCancel={() => setForm(null)} />}
      {form === 'edit' && <EditForm view={v} departments={departments} onDone={updated} onCancel={() => setForm(null)} />}

      <section aria-label="Взыскано">
        <h3>Взыскано</h3>
        {v.collections.length === 0 ? (
          <p className="muted small">Сумм пока нет.</p>
        ) : (
          <ul className="proc-list-plain">
            {v.collections.map((c) => (
              <li key={c.id}>
                <span>{formatDate(c.date)}</span>
                <span className="muted small">{c.paymentText ? `платёж: ${c.paymentText}` : c.note || 'внесено вручную'}</span>
                <span className="num">{formatRub(c.amountKopecks)}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="form-actions">
          <button type="button" className="secondary" aria-expanded={form === 'collection'} onClick={() => setForm(form === 'collection' ? null : 'collection')}>
            Внести сумму
          </button>
          <button type="button" className="secondary" onClick={() => void linkPayments()} disabled={fsspCandidates === 0} title="Платежи, в которых указан номер ИП или ФССП / ОСП">
            Связать платежи через ФССП{fsspCandidates > 0 ? ` (${fsspCandidates})` : ''}
          </button>
        </div>
        {form === 'collection' && <CollectionForm view={v} onDone={updated} onCancel={() => setForm(null)} />}
        {v.candidates.length > 0 && (
          <details>
            <summary className="small">Платежи лицевого счёта с {formatDate(v.openedDate)}, не связанные с производством ({v.candidates.length})</summary>
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
                {p.sentDate ? `направлено ${formatDate(p.sentDate)}, ответ до ${formatDate(p.answerDueDate)}` : 'не направлено'}
                {p.answerDate ? ` · ${p.answer === 'granted' ? 'удовлетворено' : 'отказано'} ${formatDate(p.answerDate)}` : ''}
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
            <button type="button" className="secondary" aria-expanded={form === 'petition'} onClick={() => setForm(form === 'petition' ? null : 'petition')}>
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

const WRIT_EFFECT: Partial<Record<ProceedingStatus, string>> = {
  ended_performed: 'Исполнительный документ будет отмечен исполненным.',
  ended_impossible:
    'Исполнительный документ вернётся к взыскателю; срок предъявления начнётся заново со дня возврата (ст.21, 22). Его нужно будет направить повторно.',
  terminated: 'Прекращённое производство не возобновляется (ст.44): исполнительный документ будет отмечен отменённым.',
};

function StatusForm({ view, onDone, onCancel }: { view: ProceedingView; onDone: (v: ProceedingView, text: string) => void; onCancel: () => void }) {
  const [status, setStatus] = useState<ProceedingStatus>(view.transitions[0] ?? 'opened');
  const [date, setDate] = useState(today());
  const [ground, setGround] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const r = await api.call('proceedings.setStatus', { proceedingId: view.id, status, date, ground });
    if (r.ok) onDone(r.value.view, r.value.message);
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Изменить состояние производства">
      <label>
        Новое состояние
        <select value={status} onChange={(e) => setStatus(e.target.value as ProceedingStatus)} autoFocus>
          {view.transitions.map((s) => (
            <option key={s} value={s}>
              {PROCEEDING_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Дата постановления
        <input type="date" required value={date} min={view.openedDate} max={today()} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label style={{ gridColumn: '1 / -1' }}>
        Основание
        <input
          value={ground}
          maxLength={500}
          onChange={(e) => setGround(e.target.value)}
          placeholder={status === 'ended_impossible' ? 'ст.46 ч.1 п.4: нет имущества' : status === 'terminated' ? 'ст.43: отмена судебного приказа' : ''}
        />
      </label>
      {WRIT_EFFECT[status] && <p className="muted small" style={{ gridColumn: '1 / -1' }}>{WRIT_EFFECT[status]}</p>}
      <div className="form-actions">
        <button type="submit">Записать</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

function EditForm({
  view,
  departments,
  onDone,
  onCancel,
}: {
  view: ProceedingView;
  departments: DepartmentOption[];
  onDone: (v: ProceedingView, text: string) => void;
  onCancel: () => void;
}) {
  const [departmentId, setDepartmentId] = useState<number | ''>(view.departmentId ?? '');
  const [bailiff, setBailiff] = useState(view.bailiffName ?? '');
  const [debt, setDebt] = useState((view.debtKopecks / 100).toFixed(2).replace('.', ','));
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const kopecks = parseRublesToKopecks(debt);
    if (kopecks === null || kopecks <= 0) return setError('Сумма по производству — в рублях, например 23 400,00.');
    const r = await api.call('proceedings.edit', {
      proceedingId: view.id,
      departmentId: departmentId === '' ? null : departmentId,
      bailiffName: bailiff,
      debtKopecks: kopecks,
    });
    if (r.ok) onDone(r.value, 'Сведения производства сохранены.');
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Отдел, пристав, сумма">
      <label>
        Отдел
        <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value === '' ? '' : Number(e.target.value))} autoFocus>
          <option value="">не указан</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Судебный пристав-исполнитель
        <input value={bailiff} maxLength={200} onChange={(e) => setBailiff(e.target.value)} />
      </label>
      <label>
        Сумма по ИП, ₽
        <input value={debt} inputMode="decimal" onChange={(e) => setDebt(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

function CollectionForm({ view, onDone, onCancel }: { view: ProceedingView; onDone: (v: ProceedingView, text: string) => void; onCancel: () => void }) {
  const [date, setDate] = useState(today());
  const [sum, setSum] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const kopecks = parseRublesToKopecks(sum);
    if (kopecks === null || kopecks <= 0) return setError('Сумма — в рублях, больше нуля, например 1 500,00.');
    const r = await api.call('proceedings.addCollection', { proceedingId: view.id, date, amountKopecks: kopecks, note });
    if (r.ok) onDone(r.value, 'Сумма внесена.');
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Внести взысканную сумму">
      <label>
        Дата
        <input type="date" required value={date} min={view.openedDate} max={today()} onChange={(e) => setDate(e.target.value)} autoFocus />
      </label>
      <label>
        Сумма, ₽
        <input required value={sum} inputMode="decimal" onChange={(e) => setSum(e.target.value)} placeholder="1 500,00" />
      </label>
      <label>
        Примечание
        <input value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} placeholder="по уведомлению СПИ" />
      </label>
      <div className="form-actions">
        <button type="submit">Внести</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

function PetitionForm({ view, onDone, onCancel }: { view: ProceedingView; onDone: (text: string) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<PetitionKind>('arrest_accounts');
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    const r = await api.call('petitions.create', { proceedingId: view.id, kind, sentDate: date });
    setBusy(false);
    if (r.ok) onDone(`${r.value.message} Письмо — кнопка «Ходатайство».`);
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Новое ходатайство">
      <label style={{ gridColumn: '1 / -1' }}>
        О чём просим
        <select value={kind} onChange={(e) => setKind(e.target.value as PetitionKind)} autoFocus>
          {PETITION_KINDS.map((k) => (
            <option key={k} value={k} disabled={k === 'travel_ban' && !view.travelBan.offered}>
              {PETITION_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {!view.travelBan.offered && <p className="muted small" style={{ gridColumn: '1 / -1' }}>{view.travelBan.reason}</p>}
      <label>
        Дата направления
        <input type="date" required value={date} min={view.openedDate} max={today()} onChange={(e) => setDate(e.target.value)} />
      </label>
      <p className="muted small" style={{ gridColumn: '1 / -1' }}>
        Пристав отвечает в течение 10 рабочих дней (229-ФЗ ст.64.1, 15); срок появится в списке ходатайств.
      </p>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Сформировать и записать
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
