/**
 * @file The report's period: a week, month or quarter holding a date, or the clerk's own dates (at most 366 days).
 */
import { useState } from 'react';
import type { PlanReportPeriodInput } from '../../../../../shared/api/contract-report-plan';
import { PLAN_PERIOD_KINDS, PLAN_PERIOD_LABELS, type PlanPeriodKind } from '../../../../../shared/plan/plan-period';
import { todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';

export function PlanPeriodPicker({
  value,
  onChange,
}: {
  value: PlanReportPeriodInput;
  onChange: (p: PlanReportPeriodInput) => void;
}) {
  const today = todayIsoDate();
  const [kind, setKind] = useState<PlanPeriodKind>(value.kind);
  const [date, setDate] = useState(value.date ?? today);
  const [from, setFrom] = useState(value.from ?? today.slice(0, 8) + '01');
  const [to, setTo] = useState(value.to ?? today);
  return (
    <form
      className="form work-toolbar"
      aria-label="Период отчёта"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(kind === 'custom' ? { kind, from, to } : { kind, date });
      }}
    >
      <label>
        Период{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as PlanPeriodKind)} data-testid="plan-period-kind">
          {PLAN_PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {PLAN_PERIOD_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {kind === 'custom' ? (
        <>
          <label>
            с <DateField value={from} max={today} onChange={(v) => setFrom(v)} required />
          </label>
          <label>
            по <DateField value={to} onChange={(v) => setTo(v)} required />
          </label>
        </>
      ) : (
        <label>
          содержит дату <DateField value={date} max={today} onChange={(v) => setDate(v)} required />
        </label>
      )}
      <button data-primary-action type="submit" data-testid="plan-period-show">
        Показать
      </button>
    </form>
  );
}
