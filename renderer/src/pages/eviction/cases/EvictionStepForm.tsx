/**
 * @file The next step of an eviction case with its date (the core's today by default; never a date to come): the
 * step proposed is chosen first; the court for the lawsuit, the result for the decision, the reason for closing.
 * The core checks the order and the dates and answers with a calm refusal when a step may not be taken.
 */
import { useState } from 'react';
import type { EvictionCaseView } from '../../../../../shared/api/contract-eviction';
import { EVICTION_STEPS, EVICTION_STEP_LABELS, type EvictionStep } from '../../../../../shared/eviction/eviction-steps';
import { api } from '../../../api/client';
import { todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';

export function EvictionStepForm({
  view,
  onDone,
}: {
  view: EvictionCaseView;
  onDone: (v: EvictionCaseView, summary: string) => void;
}) {
  const proposed = view.next && view.next.step !== 'checklist' ? view.next.step : 'warning';
  const [step, setStep] = useState<EvictionStep>(proposed);
  const [date, setDate] = useState(todayIsoDate());
  const [courtName, setCourtName] = useState(view.courtName ?? '');
  const [result, setResult] = useState<'granted' | 'refused'>('granted');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function submit(): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await api.call('eviction.step', {
      caseId: view.id,
      step,
      date,
      courtName: step === 'lawsuit' ? courtName : null,
      decisionResult: step === 'decision' ? result : null,
      reason: step === 'closed' ? reason : null,
    });
    setWorking(false);
    if (!r.ok) setError(r.error.message);
    else onDone(r.value, r.value.summary);
  }

  return (
    <form
      className="form-row"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="eviction-step-form"
    >
      <label>
        Шаг{' '}
        <select value={step} onChange={(e) => setStep(e.target.value as EvictionStep)} autoFocus>
          {EVICTION_STEPS.map((s) => (
            <option key={s} value={s}>
              {EVICTION_STEP_LABELS[s]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Дата <DateField value={date} max={todayIsoDate()} onChange={(v) => setDate(v)} required />
      </label>{' '}
      {step === 'lawsuit' && (
        <label>
          Суд{' '}
          <input
            type="text"
            value={courtName}
            maxLength={300}
            size={40}
            onChange={(e) => setCourtName(e.target.value)}
            required
          />
        </label>
      )}
      {step === 'decision' && (
        <label>
          Итог{' '}
          <select value={result} onChange={(e) => setResult(e.target.value as 'granted' | 'refused')}>
            <option value="granted">иск удовлетворён</option>
            <option value="refused">в иске отказано</option>
          </select>
        </label>
      )}
      {step === 'closed' && (
        <label>
          Причина{' '}
          <input
            type="text"
            value={reason}
            maxLength={500}
            size={40}
            onChange={(e) => setReason(e.target.value)}
            required
          />
        </label>
      )}{' '}
      <button type="submit" disabled={working}>
        {working ? 'Запись…' : 'Записать шаг'}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
