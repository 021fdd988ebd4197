/**
 * @file «Составить соглашение»: the total (the overdue debt by default), the first due date (a month from today by
 * default), the number of monthly instalments and the measure it is made for; the schedule is previewed as the core
 * will make it (the same pure shared/agreements/agreement-schedule.ts), and the core makes the draft with its
 * document for signature.
 */
import { useState } from 'react';
import type { AgreementView } from '../../../../../shared/api/contract-agreements';
import { equalSchedule } from '../../../../../shared/agreements/agreement-schedule';
import { api } from '../../../api/client';
import { formatDate, formatRubles } from '../../../format';
import { MoneyField } from '../../../components/fields/MoneyField';
import { NumberField } from '../../../components/fields/NumberField';

const MEASURES = [
  { value: 9, label: '9 — вместо обращения в суд' },
  { value: 8, label: '8 — вместо ограничения услуги' },
  { value: 12, label: '12 — вместо выселения' },
] as const;

export function AgreementCreateForm({
  accountId,
  overdueKopecks,
  defaultFirstDueDate,
  onCreated,
  onCancel,
}: {
  accountId: number;
  overdueKopecks: number;
  defaultFirstDueDate: string;
  onCreated: (a: AgreementView) => void;
  onCancel: () => void;
}) {
  const [totalKopecks, setTotal] = useState<number | null>(overdueKopecks);
  const [firstDue, setFirstDue] = useState(defaultFirstDueDate);
  const [n, setCount] = useState<number | null>(6);
  const [measure, setMeasure] = useState<8 | 9 | 12>(9);
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const preview =
    totalKopecks !== null && n !== null
      ? equalSchedule(totalKopecks, firstDue, n)
      : { ok: false as const, message: 'Укажите сумму в рублях и число платежей.' };

  async function create(): Promise<void> {
    if (!preview.ok || totalKopecks === null || n === null) return;
    setError(null);
    setWorking(true);
    const r = await api.call('agreements.create', {
      accountId,
      totalKopecks,
      firstDueDate: firstDue,
      instalments: n,
      rows: null,
      measure,
      note,
    });
    setWorking(false);
    if (r.ok) onCreated(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="form"
      aria-label="Новое соглашение о погашении"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <div className="work-toolbar">
        <MoneyField
          label="Сумма, руб."
          name="Сумма соглашения"
          suffix=""
          min={1}
          required
          value={totalKopecks}
          onChange={setTotal}
          size={14}
          testid="agreement-total"
        />
        <label>
          Первый платёж до
          <input type="date" value={firstDue} onChange={(e) => setFirstDue(e.target.value)} required />
        </label>
        <NumberField
          label="Платежей (ежемесячно)"
          name="Число платежей"
          min={1}
          max={36}
          required
          value={n}
          onChange={setCount}
          size={4}
          testid="agreement-count"
        />
        <label>
          Мероприятие
          <select value={measure} onChange={(e) => setMeasure(Number(e.target.value) as 8 | 9 | 12)}>
            {MEASURES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Примечание
        <input value={note} onChange={(e) => setNote(e.target.value)} size={50} maxLength={500} />
      </label>
      {overdueKopecks > 0 && (
        <p className="muted small">
          Просроченный долг по счёту — {formatRubles(overdueKopecks)} ₽ (сумма по умолчанию).
        </p>
      )}
      {preview.ok ? (
        <table className="grid compact" aria-label="График платежей (предварительно)">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Срок</th>
              <th scope="col" className="num">
                Сумма, ₽
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.instalments.map((i) => (
              <tr key={i.seq}>
                <td>{i.seq}</td>
                <td>{formatDate(i.dueDate)}</td>
                <td className="num">{formatRubles(i.amountKopecks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="error-text">{preview.message}</p>
      )}
      <p className="muted small">
        Копейки, которые не делятся поровну, добавляются к первому платежу. Срок каждого следующего платежа — то же
        число следующего месяца (31-е — последний день короткого месяца).
      </p>
      <div className="form-actions">
        <button type="submit" disabled={working || !preview.ok} data-testid="agreement-create">
          {working ? 'Составляется…' : 'Составить и распечатать'}
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
