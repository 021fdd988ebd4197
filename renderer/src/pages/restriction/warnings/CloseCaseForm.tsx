/**
 * @file Closing a case before the restriction, with a reason (paid, agreement signed, mistake). After the service is
 * restricted the core refuses: restoration is the way.
 */
import { useState } from 'react';
import type { RestrictionCaseView } from '../../../../../shared/api/contract-restriction';
import { api } from '../../../api/client';
import { SEWAGE_SERVICE, SewageRiskNote } from '../../../components/SewageRiskNote';

export function CloseCaseForm({
  c,
  onDone,
  onCancel,
}: {
  c: RestrictionCaseView;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function save(): Promise<void> {
    setWorking(true);
    setError(null);
    const r = await api.call('restriction.close', { caseId: c.id, reason: reason.trim() });
    setWorking(false);
    if (!r.ok) setError(r.error.message);
    else onDone(`Дело № ${c.id} закрыто.`);
  }

  return (
    <form
      className="restriction-action"
      aria-label={`Закрытие дела № ${c.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {c.service === SEWAGE_SERVICE && <SewageRiskNote />}
      <div className="form-actions wrap">
        <label className="inline-field">
          Причина закрытия
          <input
            type="text"
            value={reason}
            maxLength={500}
            placeholder="Долг погашен полностью; подписано соглашение; …"
            onChange={(e) => setReason(e.target.value)}
            required
          />
        </label>
        <button type="submit" disabled={working || reason.trim().length < 3}>
          {working ? 'Закрывается…' : 'Закрыть дело'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Отмена
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
