/**
 * @file The outcome at one address of a raid, keyboard first — the form both raids share: the outcome select takes
 * the focus, the sum (paid on the spot) or the promised date and sum appear only for the outcomes that need them,
 * Enter saves, Escape closes. Recording again replaces the earlier outcome. Each raid passes its own outcomes, its
 * rule for the promised sum and its save call; the paid sum is checked here the same way for both.
 */
import { useState, type ReactNode } from 'react';
import { formatDate, formatRubles } from '../../format';
import { kopecksOfText } from '../../../../shared/numbers/field-value';
import { DateField } from '../fields/DateField';

export interface RaidOutcomeChoice<O extends string> {
  outcome: O;
  paidKopecks: number | null;
  promiseDate: string | null;
  promiseKopecks: number | null;
  note: string;
}

export interface RaidOutcomeRules<O extends string> {
  outcomes: readonly O[];
  labels: Record<O, string>;
  /** The outcome that records a sum paid on the spot. */
  paid: O;
  /** The sum field of a promise: its placeholder and hint. */
  promiseSumField: { placeholder: string; title?: string; required: boolean };
  /** The promised sum from the fields, or why it cannot be taken. */
  readPromise: (date: string, sumText: string) => { kopecks: number | null } | { error: string };
  /** A hint under the form for an outcome of this raid's own (the promise and the paid hints are shared). */
  hintFor?: (outcome: O) => ReactNode;
}

export function RaidOutcomeEntry<O extends string>({
  rules,
  address,
  raidDate,
  initial,
  save,
  onClose,
}: {
  rules: RaidOutcomeRules<O>;
  address: { routeOrder: number; apartment: string; outcome: O | null; paidKopecks: number | null; note: string };
  raidDate: string;
  initial: { outcome: O; promiseDate: string; promiseSum: string };
  /** Records the outcome; the error's message, or null when saved. */
  save: (choice: RaidOutcomeChoice<O>) => Promise<string | null>;
  onClose: () => void;
}) {
  const [outcome, setOutcome] = useState<O>(initial.outcome);
  const [paid, setPaid] = useState(address.paidKopecks ? formatRubles(address.paidKopecks) : '');
  const [promiseDate, setPromiseDate] = useState(initial.promiseDate);
  const [promiseSum, setPromiseSum] = useState(initial.promiseSum);
  const [note, setNote] = useState(address.note);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function submit(): Promise<void> {
    setError(null);
    let paidKopecks: number | null = null;
    let promiseKopecks: number | null = null;
    if (outcome === rules.paid) {
      paidKopecks = kopecksOfText(paid);
      if (paidKopecks === null || Number.isNaN(paidKopecks) || paidKopecks <= 0) {
        setError('Укажите сумму, оплаченную на месте, в рублях (например, 5 000 или 1234,50).');
        return;
      }
    }
    if (outcome === 'promise') {
      const read = rules.readPromise(promiseDate, promiseSum);
      if ('error' in read) {
        setError(read.error);
        return;
      }
      promiseKopecks = read.kopecks;
    }
    setWorking(true);
    const failed = await save({
      outcome,
      paidKopecks,
      promiseDate: outcome === 'promise' ? promiseDate : null,
      promiseKopecks,
      note,
    });
    setWorking(false);
    if (failed !== null) setError(failed);
  }

  return (
    <form
      className="raid-outcome-form"
      aria-label={`Итог по адресу № ${address.routeOrder}, кв. ${address.apartment}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
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
        <select autoFocus value={outcome} onChange={(e) => setOutcome(e.target.value as O)}>
          {rules.outcomes.map((o) => (
            <option key={o} value={o}>
              {rules.labels[o]}
            </option>
          ))}
        </select>
      </label>
      {outcome === rules.paid && (
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
            <DateField value={promiseDate} min={raidDate} onChange={(v) => setPromiseDate(v)} required />
          </label>
          <label>
            Сумма, ₽
            <input
              inputMode="decimal"
              value={promiseSum}
              onChange={(e) => setPromiseSum(e.target.value)}
              placeholder={rules.promiseSumField.placeholder}
              title={rules.promiseSumField.title}
              required={rules.promiseSumField.required}
            />
          </label>
        </>
      )}
      <label className="raid-note">
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
      {outcome === rules.paid && (
        <p className="muted small raid-hint">
          Оплата на месте долг не меняет: долг уменьшится, когда платёж придёт с выгрузкой биллинга.
        </p>
      )}
      {outcome === 'promise' && (
        <p className="muted small raid-hint">
          Обещание попадёт в обещания оплатить: до {promiseDate ? formatDate(promiseDate) : 'этой даты'} другие меры по
          счёту ждут, затем обещание проверяется по платежам. Не раньше дня рейда ({formatDate(raidDate)}).
        </p>
      )}
      {rules.hintFor?.(outcome)}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
