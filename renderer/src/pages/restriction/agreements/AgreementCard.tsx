/**
 * @file One repayment agreement: its facts, today's verdict, the schedule with each instalment's status (paid, partly,
 * missed, upcoming) and deadline with the grace days, the document for signature (PDF), and the steps the status
 * allows — sign on the day the debtor signed (a draft), cancel with a reason (a draft or a signed one).
 */
import { useState } from 'react';
import type { AgreementView } from '../../../../../shared/api/contract-agreements';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { useSession } from '../../../session/session-context';
import { formatDate, formatRubles, todayIsoDate } from '../../../format';
import { AgreementStatusChip, InstalmentStatusChip } from './agreement-labels';
import { DateField } from '../../../components/fields/DateField';

function SignForm({ a, onDone }: { a: AgreementView; onDone: () => void }) {
  const [date, setDate] = useState(todayIsoDate());
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function sign(): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await api.call('agreements.sign', { id: a.id, signedDate: date });
    setWorking(false);
    if (r.ok) onDone();
    else setError(r.error.message);
  }
  return (
    <form
      className="form work-toolbar"
      aria-label="Подписание соглашения"
      onSubmit={(e) => {
        e.preventDefault();
        void sign();
      }}
    >
      <label>
        Дата подписания должником
        <DateField value={date} max={todayIsoDate()} onChange={(v) => setDate(v)} required />
      </label>
      <button type="submit" disabled={working} data-testid="agreement-sign">
        {working ? 'Подписывается…' : 'Отметить подписанным'}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function CancelForm({ a, onDone }: { a: AgreementView; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Отменить соглашение…
      </button>
    );
  async function cancel(): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await api.call('agreements.cancel', { id: a.id, reason });
    setWorking(false);
    if (r.ok) onDone();
    else setError(r.error.message);
  }
  return (
    <form
      className="form work-toolbar"
      aria-label="Отмена соглашения"
      onSubmit={(e) => {
        e.preventDefault();
        void cancel();
      }}
    >
      <label>
        Причина отмены
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          size={40}
          maxLength={500}
          required
          autoFocus
        />
      </label>
      <button type="submit" disabled={working || reason.trim().length < 3}>
        {working ? 'Отменяется…' : 'Отменить соглашение'}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        Не отменять
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function AgreementDetails({ a, onChanged }: { a: AgreementView; onChanged: () => void }) {
  const canWork = useSession().canCall('agreements.sign');
  return (
    <div className="agreement-card" data-testid="agreement-card">
      <dl className="raid-facts">
        <dt>Состояние</dt>
        <dd>
          <AgreementStatusChip a={a} />
          {a.verdict && <div className="small">{a.verdict.text}</div>}
        </dd>
        <dt>Должник</dt>
        <dd>{a.debtorNames.length > 0 ? a.debtorNames.join(', ') : '—'}</dd>
        <dt>Сумма</dt>
        <dd>
          {formatRubles(a.totalKopecks)} ₽ · зачтено в погашение долга с подписания (оплаты за вычетом текущих
          начислений) {formatRubles(Math.max(0, a.paidKopecks))} ₽
        </dd>
        <dt>Подписано</dt>
        <dd>{a.signedDate ? formatDate(a.signedDate) : 'ещё нет'}</dd>
        {a.endedDate && (
          <>
            <dt>{a.status === 'cancelled' ? 'Отменено' : 'Завершено'}</dt>
            <dd>{formatDate(a.endedDate)}</dd>
          </>
        )}
        <dt>Допуск</dt>
        <dd>
          недоплата до {formatRubles(a.toleranceKopecks)} ₽, отсрочка {a.graceDays} дн.
        </dd>
        {a.measure !== null && (
          <>
            <dt>Составлено для</dt>
            <dd>мероприятия {a.measure}</dd>
          </>
        )}
        {a.note && (
          <>
            <dt>Примечание</dt>
            <dd>{a.note}</dd>
          </>
        )}
      </dl>
      {a.documentId !== null && (
        <p>
          <OpenDocumentButton documentId={a.documentId} label="Соглашение для подписи (PDF)" testId="agreement-pdf" />
        </p>
      )}
      <table
        className="grid compact"
        aria-label={`График платежей соглашения № ${a.number}`}
        data-testid="agreement-schedule"
      >
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Срок</th>
            <th scope="col">С отсрочкой до</th>
            <th scope="col" className="num">
              Сумма, ₽
            </th>
            <th scope="col" className="num">
              Внесено, ₽
            </th>
            <th scope="col">Состояние</th>
          </tr>
        </thead>
        <tbody>
          {a.lines.map((l) => (
            <tr key={l.seq}>
              <td>{l.seq}</td>
              <td>{formatDate(l.dueDate)}</td>
              <td>{formatDate(l.deadlineDate)}</td>
              <td className="num">{formatRubles(l.amountKopecks)}</td>
              <td className="num">{formatRubles(l.coveredKopecks)}</td>
              <td>
                {a.status === 'draft' || a.status === 'cancelled' ? '—' : <InstalmentStatusChip status={l.status} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canWork && a.status === 'draft' && <SignForm a={a} onDone={onChanged} />}
      {canWork && (a.status === 'draft' || a.status === 'signed') && <CancelForm a={a} onDone={onChanged} />}
    </div>
  );
}

/** The agreement loaded by id (the tab's card). */
export function AgreementCard({ id, onChanged }: { id: number; onChanged: () => void }) {
  const [loaded, reload] = useApi('agreements.get', { id }, [id]);
  if (loaded.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (loaded.state === 'error')
    return (
      <p className="error-text" role="alert">
        {loaded.error.message}
      </p>
    );
  const a = loaded.value;
  return (
    <section aria-label={`Соглашение № ${a.number}`}>
      <h2>
        Соглашение № {a.number} · л/с {a.accountNumber}
      </h2>
      <p className="muted small">{a.address}</p>
      <AgreementDetails
        a={a}
        onChanged={() => {
          reload();
          onChanged();
        }}
      />
    </section>
  );
}
