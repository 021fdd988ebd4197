/**
 * @file One measure of the plan. Until a measure is built its page says so plainly and what it will do.
 */
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';

export function MeasurePage({ number }: { number: number }) {
  const measure = PLAN_MEASURES.find((m) => m.number === number);
  if (!measure) return <p>Мероприятие не найдено.</p>;
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие {measure.number} из 13</p>
      <h1 tabIndex={-1}>
        {measure.number}. {measure.title}
      </h1>
      <dl className="facts">
        <dt>По плану</dt>
        <dd>{measure.planText}</dd>
        <dt>Цель</dt>
        <dd>{measure.target}</dd>
      </dl>
      {measure.readiness === 'not_built' && (
        <div className="notice" role="note" data-testid="not-built-notice">
          <strong>Этот раздел ещё не реализован.</strong> Учёт мероприятия пока ведите прежним способом. Что здесь
          появится: {measure.scope}
        </div>
      )}
    </section>
  );
}
