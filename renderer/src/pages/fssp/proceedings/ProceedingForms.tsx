/**
 * @file The small forms of the proceeding's card: the status change (with what it does to the writ), the department /
 * bailiff / sum correction, a collected sum, a new petition (the travel ban disabled with its reason below the
 * threshold).
 */
import { useState, type FormEvent } from 'react';
import type { DepartmentOption, ProceedingView } from '../../../../../shared/api/contract-fssp-proceedings';
import {
  PETITION_KINDS,
  PETITION_LABELS,
  PROCEEDING_STATUS_LABELS,
  type PetitionKind,
  type ProceedingStatus,
} from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { todayIsoDate } from '../../../format';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { DateField } from '../../../components/fields/DateField';

/** The office's today (the core's clock), the default and the limit of the date fields. */
const today = () => todayIsoDate();

const WRIT_EFFECT: Partial<Record<ProceedingStatus, string>> = {
  ended_performed: 'Исполнительный документ будет отмечен исполненным.',
  ended_impossible:
    'Исполнительный документ вернётся к взыскателю; срок предъявления начнётся заново со дня возврата (ст.21, 22). Его нужно будет направить повторно.',
  terminated: 'Прекращённое производство не возобновляется (ст.44): исполнительный документ будет отмечен отменённым.',
};

export function StatusForm({
  view,
  onDone,
  onCancel,
}: {
  view: ProceedingView;
  onDone: (v: ProceedingView, text: string) => void;
  onCancel: () => void;
}) {
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
    <form
      className="form form-inline step-form"
      onSubmit={(e) => void submit(e)}
      aria-label="Изменить состояние производства"
    >
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
        <DateField required value={date} min={view.openedDate} max={today()} onChange={(v) => setDate(v)} />
      </label>
      <label style={{ gridColumn: '1 / -1' }}>
        Основание
        <input
          value={ground}
          maxLength={500}
          onChange={(e) => setGround(e.target.value)}
          placeholder={
            status === 'ended_impossible'
              ? 'ст.46 ч.1 п.4: нет имущества'
              : status === 'terminated'
                ? 'ст.43: отмена судебного приказа'
                : ''
          }
        />
      </label>
      {WRIT_EFFECT[status] && (
        <p className="muted small" style={{ gridColumn: '1 / -1' }}>
          {WRIT_EFFECT[status]}
        </p>
      )}
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

export function EditForm({
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
    const kopecks = kopecksOfText(debt);
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
        <select
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value === '' ? '' : Number(e.target.value))}
          autoFocus
        >
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

export function CollectionForm({
  view,
  onDone,
  onCancel,
}: {
  view: ProceedingView;
  onDone: (v: ProceedingView, text: string) => void;
  onCancel: () => void;
}) {
  const [date, setDate] = useState(today());
  const [sum, setSum] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const kopecks = kopecksOfText(sum);
    if (kopecks === null || kopecks <= 0) return setError('Сумма — в рублях, больше нуля, например 1 500,00.');
    const r = await api.call('proceedings.addCollection', {
      proceedingId: view.id,
      date,
      amountKopecks: kopecks,
      note,
    });
    if (r.ok) onDone(r.value, 'Сумма внесена.');
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Внести взысканную сумму">
      <label>
        Дата
        <DateField required value={date} min={view.openedDate} max={today()} onChange={(v) => setDate(v)} autoFocus />
      </label>
      <label>
        Сумма, ₽
        <input
          required
          value={sum}
          inputMode="decimal"
          onChange={(e) => setSum(e.target.value)}
          placeholder="1 500,00"
        />
      </label>
      <label>
        Примечание
        <input
          value={note}
          maxLength={300}
          onChange={(e) => setNote(e.target.value)}
          placeholder="по уведомлению СПИ"
        />
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

export function PetitionForm({
  view,
  onDone,
  onCancel,
}: {
  view: ProceedingView;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
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
      {!view.travelBan.offered && (
        <p className="muted small" style={{ gridColumn: '1 / -1' }}>
          {view.travelBan.reason}
        </p>
      )}
      <label>
        Дата направления
        <DateField required value={date} min={view.openedDate} max={today()} onChange={(v) => setDate(v)} />
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
