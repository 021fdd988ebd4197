/**
 * @file Outcome capture from the keyboard: a digit 1–9 picks the outcome; a promise asks for the date (ДД.ММ.ГГГГ)
 * and the sum, «перезвонить» for the time; Enter records. Digits typed into a field stay in the field.
 * The sum is read as rubles with kopecks («15 000,50», «15000.5») into exact integer kopecks; a date that is not in
 * the calendar (31.02.2027) is refused here and, again, by the API.
 */
import { useEffect, useRef, useState } from 'react';
import { CALL_OUTCOMES, type CallOutcome } from '../../../shared/rules/contact/call-outcomes';
import { formatRub, parseRuDate } from '../format';
import { kopecksOfText } from '../../../shared/numbers/field-value';

export interface OutcomeValue {
  outcome: CallOutcome;
  promiseDate: string | null;
  promiseKopecks: number | null;
  callbackAt: string | null;
  note: string;
}

export function OutcomeForm({
  disabled,
  onSubmit,
}: {
  disabled: boolean;
  onSubmit: (v: OutcomeValue) => Promise<string | null>;
}) {
  const [outcome, setOutcome] = useState<CallOutcome | null>(null);
  const [date, setDate] = useState('');
  const [sum, setSum] = useState('');
  const [callback, setCallback] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const callbackRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || disabled) return;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'))
        return;
      const hit = CALL_OUTCOMES.find((o) => o.key === e.key);
      if (!hit) return;
      e.preventDefault();
      setOutcome(hit.code);
      setError(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled]);

  useEffect(() => {
    // Where the next keystrokes should go: the promise's date, the call-back time, or straight to «Записать».
    if (outcome === 'promise') dateRef.current?.focus();
    else if (outcome === 'callback') callbackRef.current?.focus();
    else if (outcome) saveRef.current?.focus();
  }, [outcome]);

  const submit = async () => {
    if (!outcome) {
      setError('Выберите результат звонка: клавиши 1–9.');
      return;
    }
    let promiseDate: string | null = null;
    let promiseKopecks: number | null = null;
    if (outcome === 'promise') {
      const parsedDate = parseRuDate(date);
      if ('error' in parsedDate) return setError(`Дата обещания: ${parsedDate.error}.`);
      promiseDate = parsedDate.date;
      promiseKopecks = kopecksOfText(sum);
      if (promiseKopecks === null || Number.isNaN(promiseKopecks) || promiseKopecks <= 0)
        return setError('Укажите обещанную сумму в рублях, например 15 000,50.');
    }
    const problem = await onSubmit({
      outcome,
      promiseDate,
      promiseKopecks,
      callbackAt: outcome === 'callback' ? callback || null : null,
      note,
    });
    if (problem) {
      setError(problem);
      return;
    }
    setOutcome(null);
    setDate('');
    setSum('');
    setCallback('');
    setNote('');
    setError(null);
  };

  return (
    <form
      className="form outcome-form"
      aria-label="Результат звонка"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="outcome-keys" role="group" aria-label="Результат звонка (клавиши 1–9)">
        {CALL_OUTCOMES.map((o) => (
          <button
            key={o.code}
            type="button"
            data-testid={`outcome-${o.code}`}
            aria-pressed={outcome === o.code}
            disabled={disabled}
            onClick={() => setOutcome(o.code)}
          >
            <kbd>{o.key}</kbd>
            {o.label}
          </button>
        ))}
      </div>
      {outcome === 'promise' && (
        <div className="work-toolbar">
          <label>
            Оплатит до (ДД.ММ.ГГГГ)
            <input
              ref={dateRef}
              data-testid="promise-date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              size={12}
            />
          </label>
          <label>
            Сумма, руб.
            <input
              data-testid="promise-sum"
              value={sum}
              onChange={(e) => setSum(e.target.value)}
              inputMode="decimal"
              size={12}
            />
          </label>
          <SumEcho text={sum} />
        </div>
      )}
      {outcome === 'callback' && (
        <label>
          Перезвонить (когда)
          <input
            ref={callbackRef}
            data-testid="callback-at"
            value={callback}
            onChange={(e) => setCallback(e.target.value)}
          />
        </label>
      )}
      <div className="form-actions outcome-actions">
        <label className="inline-field">
          Комментарий
          <input value={note} onChange={(e) => setNote(e.target.value)} size={40} />
        </label>
        <button ref={saveRef} type="submit" data-testid="call-save" disabled={disabled}>
          Записать (Enter)
        </button>
        {error && (
          <span role="alert" className="error-text" data-testid="call-error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

/** What the typed sum will be recorded as («= 15 000,50 ₽»), so a misplaced comma is seen before Enter. */
function SumEcho({ text }: { text: string }) {
  const kopecks = kopecksOfText(text);
  if (kopecks === null) return null;
  return (
    <span className="muted" data-testid="promise-sum-echo" aria-live="polite">
      {Number.isNaN(kopecks) ? 'сумма не распознана' : `= ${formatRub(kopecks)}`}
    </span>
  );
}
