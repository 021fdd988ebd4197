/**
 * @file The outcome at one address of a «Чёрная метка» raid, keyboard first: the outcome select takes the focus, the
 * sum (paid on the spot) or the promised date and sum appear only for the outcomes that need them, Enter saves,
 * Escape closes. «Услуга ограничена» is offered on a demonstrative disconnection only; the core still checks measure
 * 8's case. Recording again replaces the earlier outcome.
 */
import { useState } from 'react';
import type { BlackmarkAddressView, BlackmarkRaidView } from '../../../../../shared/api/contract-blackmark';
import {
  BLACKMARK_OUTCOME_LABELS,
  outcomesOf,
  type BlackmarkOutcome,
} from '../../../../../shared/blackmark/blackmark-terms';
import { api } from '../../../api/client';
import { formatDate, formatRubles } from '../../../format';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { DateField } from '../../../components/fields/DateField';

export function BlackmarkOutcomeForm({
  raid,
  address,
  onSaved,
  onClose,
}: {
  raid: BlackmarkRaidView;
  address: BlackmarkAddressView;
  onSaved: (summary: string) => void;
  onClose: () => void;
}) {
  const [outcome, setOutcome] = useState<BlackmarkOutcome>(address.outcome ?? 'notice_handed');
  const [paid, setPaid] = useState(address.paidKopecks ? formatRubles(address.paidKopecks) : '');
  const [promiseDate, setPromiseDate] = useState(address.promiseDate ?? '');
  const [promiseSum, setPromiseSum] = useState(address.promiseKopecks ? formatRubles(address.promiseKopecks) : '');
  const [note, setNote] = useState(address.note);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function save(): Promise<void> {
    setError(null);
    let paidKopecks: number | null = null;
    let promiseKopecks: number | null = null;
    if (outcome === 'paid_on_spot') {
      paidKopecks = kopecksOfText(paid);
      if (paidKopecks === null || Number.isNaN(paidKopecks) || paidKopecks <= 0) {
        setError('Укажите сумму, оплаченную на месте, в рублях (например, 5 000 или 1234,50).');
        return;
      }
    }
    if (outcome === 'promise') {
      promiseKopecks = kopecksOfText(promiseSum);
      if (promiseDate === '' || promiseKopecks === null || Number.isNaN(promiseKopecks) || promiseKopecks <= 0) {
        setError('Укажите дату, до которой должник обещал оплатить, и сумму в рублях.');
        return;
      }
    }
    setWorking(true);
    const r = await api.call('blackmark.recordOutcome', {
      raidId: raid.id,
      accountId: address.accountId,
      outcome,
      paidKopecks,
      promiseDate: outcome === 'promise' ? promiseDate : null,
      promiseKopecks,
      note,
    });
    setWorking(false);
    if (r.ok) onSaved(r.value.summary);
    else setError(r.error.message);
  }

  return (
    <form
      className="bm-outcome-form"
      aria-label={`Итог по адресу № ${address.routeOrder}, кв. ${address.apartment}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <label>
        Итог
        <select autoFocus value={outcome} onChange={(e) => setOutcome(e.target.value as BlackmarkOutcome)}>
          {outcomesOf(raid.kind).map((o) => (
            <option key={o} value={o}>
              {BLACKMARK_OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </label>
      {outcome === 'paid_on_spot' && (
        <label>
          Оплачено на месте, ₽
          <input
            inputMode="decimal"
            value={paid}
            onChange={(e) => setPaid(e.target.value)}
            required
            placeholder="5 000,00"
          />
        </label>
      )}
      {outcome === 'promise' && (
        <>
          <label>
            Оплатит до
            <DateField value={promiseDate} min={raid.raidDate} onChange={(v) => setPromiseDate(v)} required />
          </label>
          <label>
            Сумма, ₽
            <input
              inputMode="decimal"
              value={promiseSum}
              onChange={(e) => setPromiseSum(e.target.value)}
              required
              placeholder="10 000,00"
            />
          </label>
        </>
      )}
      <label className="bm-note">
        Примечание
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </label>
      <div className="form-actions">
        <button type="submit" className="small" disabled={working}>
          {working ? 'Сохраняется…' : address.outcome ? 'Заменить итог' : 'Записать итог'}
        </button>
        <button type="button" className="small secondary" onClick={onClose}>
          Отмена
        </button>
      </div>
      {outcome === 'paid_on_spot' && (
        <p className="muted small bm-hint">
          Оплата на месте долг не меняет: долг уменьшится, когда платёж придёт с выгрузкой биллинга.
        </p>
      )}
      {outcome === 'promise' && (
        <p className="muted small bm-hint">
          Обещание попадёт в обещания оплатить: до {promiseDate ? formatDate(promiseDate) : 'этой даты'} другие меры по
          счёту ждут, затем обещание проверяется по платежам. Не раньше дня рейда ({formatDate(raid.raidDate)}).
        </p>
      )}
      {outcome === 'restricted' && (
        <p className="muted small bm-hint">
          Состояние дела об ограничении меняет только акт — составьте его в разделе «Ограничение» (мероприятие 8).
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
