/**
 * @file The debtor's identifiers on the case card (ГПК ст.124): the form that completes them, and the clerk's explicit
 * «сведения неизвестны взыскателю» when they cannot be had.
 */
import { useState, type FormEvent } from 'react';
import type { CourtCaseView, DebtorIdentifiers } from '../../../../../shared/api/contract-court-cases';
import { api } from '../../../api/client';

export function UnknownForm({ caseId, onDone }: { caseId: number; onDone: (v: CourtCaseView) => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Сведения неизвестны взыскателю…
      </button>
    );
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const r = await api.call('court.confirmIdentifiersUnknown', { caseId, note });
    if (r.ok) onDone(r.value);
    else setError(r.error.message);
  }
  return (
    <form className="form step-form" onSubmit={(e) => void submit(e)} aria-label="Сведения неизвестны взыскателю">
      <label>
        Что известно и откуда (например, «запрос в УК от 01.03.2026, сведений нет»)
        <input required value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoFocus />
      </label>
      <div className="form-actions">
        <button type="submit">Отметить: сведения неизвестны</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
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

const FIELDS = [
  ['birthDate', 'Дата рождения', 'date'],
  ['birthPlace', 'Место рождения', 'text'],
  ['snils', 'СНИЛС', 'text'],
  ['inn', 'ИНН', 'text'],
  ['passport', 'Паспорт (серия и номер)', 'text'],
  ['driverLicence', 'Водительское удостоверение', 'text'],
  ['vehicleCertificate', 'Свидетельство о регистрации ТС', 'text'],
] as const;
type Field = (typeof FIELDS)[number][0];

export function IdentifiersForm({
  person,
  editable,
  onSaved,
}: {
  person: DebtorIdentifiers;
  editable: boolean;
  onSaved: () => void;
}) {
  const initial = Object.fromEntries(FIELDS.map(([k]) => [k, person[k] ?? ''])) as Record<Field, string>;
  const [values, setValues] = useState(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const changed = Object.fromEntries(
      FIELDS.filter(([k]) => values[k] !== initial[k]).map(([k]) => [k, values[k].trim() === '' ? null : values[k]]),
    );
    if (Object.keys(changed).length === 0) {
      setMessage({ kind: 'ok', text: 'Изменений нет.' });
      return;
    }
    const r = await api.call('court.saveIdentifiers', { personId: person.personId, ...changed });
    if (r.ok) {
      setMessage({
        kind: 'ok',
        text:
          r.value.debtor.gaps.length === 0
            ? 'Сохранено: сведения полные.'
            : `Сохранено. Ещё нет: ${r.value.debtor.gaps.join('; ')}.`,
      });
      onSaved();
    } else setMessage({ kind: 'error', text: r.error.message });
  }
  return (
    <form
      className="form form-inline identifiers-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Сведения: ${person.fullName}`}
    >
      <h4>
        {person.fullName}{' '}
        {person.gaps.length === 0 ? (
          <span className="chip chip-ok">полные</span>
        ) : (
          <span className="chip chip-warn">нет: {person.gaps.join('; ')}</span>
        )}
      </h4>
      {FIELDS.map(([k, label, type]) => (
        <label key={k}>
          {label}
          <input
            type={type}
            value={values[k]}
            disabled={!editable}
            onChange={(e) => setValues({ ...values, [k]: e.target.value })}
          />
        </label>
      ))}
      {editable && (
        <div className="form-actions">
          <button type="submit" className="secondary">
            Сохранить сведения
          </button>
          {message && (
            <span
              role={message.kind === 'error' ? 'alert' : 'status'}
              className={message.kind === 'error' ? 'error-text' : 'ok-text'}
            >
              {message.text}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
