/**
 * @file Changing a dwelling's status by hand (свободно / зарезервировано / занято) with a note. Freeing a dwelling
 * reserved for an eviction case releases the case — said before saving.
 */
import { useState } from 'react';
import type { DwellingView } from '../../../../../shared/api/contract-housing-stock';
import { DWELLING_STATUS_LABELS, type DwellingStatus } from '../../../../../shared/housing/dwelling-status';
import { api } from '../../../api/client';
import { dwellingAddress } from './housing-format';

export function DwellingStatusForm(props: {
  dwelling: DwellingView;
  onSaved: (d: DwellingView) => void;
  onCancel: () => void;
}) {
  const d = props.dwelling;
  const [status, setStatus] = useState<DwellingStatus>(d.status);
  const [note, setNote] = useState(d.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setBusy(true);
    setError(null);
    const r = await api.call('housing.setStatus', { id: d.id, status, note });
    setBusy(false);
    if (r.ok) props.onSaved(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="form"
      aria-label={`Статус жилья: ${dwellingAddress(d)}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{dwellingAddress(d)}</h3>
      <label>
        Статус
        <select value={status} onChange={(e) => setStatus(e.target.value as DwellingStatus)} autoFocus>
          {(['free', 'reserved', 'occupied'] as const).map((s) => (
            <option key={s} value={s}>
              {DWELLING_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Примечание
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </label>
      {d.reservedCase && status === 'free' && (
        <p className="muted" role="note">
          Жильё зарезервировано для дела о выселении № {d.reservedCase.caseId} (л/с {d.reservedCase.accountNumber}):
          резерв этого дела будет снят.
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Сохранить
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
}
