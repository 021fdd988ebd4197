/**
 * @file The letters of a claim batch: addressee, address, sum, ШПИ and delivery outcome; the post's tracking
 * numbers pasted in as «номер заказа;ШПИ» lines; an outcome recorded per letter (journaled as measure 5).
 */
import { useState } from 'react';
import type { MailLetterView } from '../../../shared/api/contract-mailing';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { formatDate, formatRub, todayIsoDate } from '../format';
import { countText } from '../../../shared/text/plural';

const LETTER_FORMS = ['письмо', 'письма', 'писем'] as const;

const OUTCOME: Record<MailLetterView['outcome'], string> = {
  pending: 'ожидает',
  delivered: 'вручено',
  returned: 'возврат',
  refused: 'отказ',
};

export function MailLettersPanel({ batchId }: { batchId: number }) {
  const [loaded, reload] = useApi('mailing.letters', { batchId }, [batchId]);
  const [tracking, setTracking] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  async function loadTracking(): Promise<void> {
    if (sending) return;
    setSending(true);
    try {
      const result = await api.call('mailing.importTracking', { batchId, text: tracking });
      setMessage(
        result.ok
          ? { ok: true, text: `ШПИ загружены: ${countText(result.value.updated, LETTER_FORMS)}.` }
          : { ok: false, text: result.error.message },
      );
      if (result.ok) {
        setTracking('');
        reload();
      }
    } finally {
      setSending(false);
    }
  }
  async function setOutcome(mailItemId: number, outcome: 'delivered' | 'returned' | 'refused'): Promise<void> {
    const result = await api.call('mailing.setOutcome', { mailItemId, outcome, date: todayIsoDate() });
    if (!result.ok) setMessage({ ok: false, text: result.error.message });
    reload();
  }

  return (
    <section aria-label={`Письма пакета № ${batchId}`} className="card">
      <h3>Письма пакета № {batchId}</h3>
      <div className="form-actions wrap">
        <label className="inline-field">
          ШПИ от почты (строки «номер заказа;ШПИ»)
          <textarea
            rows={3}
            value={tracking}
            onChange={(e) => setTracking(e.target.value)}
            placeholder={`${batchId}-1;14340085000012`}
          />
        </label>
        <button
          type="button"
          disabled={tracking.trim() === '' || sending}
          aria-busy={sending}
          onClick={() => void loadTracking()}
        >
          {sending ? 'Загружаю ШПИ…' : 'Загрузить ШПИ'}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'result-ok' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {loaded.state === 'loading' && (
        <p className="muted" role="status" aria-busy="true">
          Загружаю письма пакета…
        </p>
      )}
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && (
        <table className="grid compact" data-testid="mail-letters">
          <thead>
            <tr>
              <th scope="col">Заказ</th>
              <th scope="col">Адресат</th>
              <th scope="col">Адрес</th>
              <th scope="col" className="num">
                Сумма
              </th>
              <th scope="col">ШПИ</th>
              <th scope="col">Вручение</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.map((l) => (
              <tr key={l.id}>
                <td>{l.orderNumber}</td>
                <td>{l.recipientName}</td>
                <td className="small">
                  {l.postalCode ? `${l.postalCode}, ` : ''}
                  {l.address}
                </td>
                <td className="num">{formatRub(l.totalKopecks)}</td>
                <td>{l.trackingNumber ?? '—'}</td>
                <td>
                  {OUTCOME[l.outcome]}
                  {l.outcomeDate ? ` ${formatDate(l.outcomeDate)}` : ''}
                  <select
                    aria-label={`Вручение письма ${l.orderNumber}`}
                    value=""
                    onChange={(e) => void setOutcome(l.id, e.target.value as 'delivered' | 'returned' | 'refused')}
                  >
                    <option value="">отметить…</option>
                    <option value="delivered">вручено</option>
                    <option value="returned">возврат</option>
                    <option value="refused">отказ</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
