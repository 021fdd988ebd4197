/**
 * @file «Отметить доставку»: how and when the warning reached the debtor (ЕПД, СМС, под подпись); the date defaults
 * to the core's today. The 20-day term runs from this date; the core refuses a date ahead of today or before the
 * warning, and says why.
 */
import { useState } from 'react';
import type { RestrictionCaseView } from '../../../../../shared/api/contract-restriction';
import { api } from '../../../api/client';
import { formatDate, todayIsoDate } from '../../../format';
import { SEWAGE_SERVICE, SewageRiskNote } from '../../../components/SewageRiskNote';
import { DateField } from '../../../components/fields/DateField';

type Method = 'epd' | 'sms' | 'signature';

export function DeliveryForm({
  c,
  onDone,
  onCancel,
}: {
  c: RestrictionCaseView;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const [method, setMethod] = useState<Method>(
    c.deliveryMethod === 'epd' || c.deliveryMethod === 'sms' ? c.deliveryMethod : 'signature',
  );
  const [date, setDate] = useState(todayIsoDate);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function save(): Promise<void> {
    setWorking(true);
    setError(null);
    const r = await api.call('restriction.recordDelivery', {
      caseId: c.id,
      method,
      deliveredDate: date,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setWorking(false);
    if (!r.ok) setError(r.error.message);
    else onDone(`Доставка отмечена: срок по ${formatDate(r.value.timerEndsDate)}.`);
  }

  return (
    <form
      className="restriction-action"
      aria-label={`Доставка предупреждения, дело № ${c.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {c.service === SEWAGE_SERVICE && <SewageRiskNote />}
      <div className="form-actions wrap">
        <label className="inline-field">
          Способ
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            <option value="signature">под подпись</option>
            <option value="epd">текст в ЕПД</option>
            <option value="sms">СМС</option>
          </select>
        </label>
        <label className="inline-field">
          Дата доставки
          <DateField value={date} onChange={(v) => setDate(v)} required />
        </label>
        <label className="inline-field">
          Примечание
          <input type="text" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={working || date === ''}>
          {working ? 'Сохраняется…' : 'Отметить доставку'}
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
