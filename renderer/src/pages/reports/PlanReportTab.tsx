/**
 * @file Отчёты, вкладка «Выполнение плана»: the period (week, month, quarter or the clerk's own dates), the measures
 * table with the head's comment per measure (an editor only for a session that may write them), the % done as a bar
 * chart beside the same numbers, the overdue debt section, and the report as PDF and XLSX for the «штаб ЖКХ».
 */
import { useState } from 'react';
import type { PlanReportPeriodInput } from '../../../../shared/api/contract-report-plan';
import { useApi } from '../../api/use-api';
import { useSession } from '../../session/session-context';
import { formatDate, todayIsoDate } from '../../format';
import { PlanPeriodPicker } from './plan/PlanPeriodPicker';
import { PlanMeasuresTable } from './plan/PlanMeasuresTable';
import { PlanPercentChart } from './plan/PlanPercentChart';
import { PlanDebtSection } from './plan/PlanDebtSection';
import { PlanReportFiles } from './plan/PlanReportFiles';
import { PlanCommentEditor } from './plan/PlanCommentEditor';

export function PlanReportTab() {
  const [period, setPeriod] = useState<PlanReportPeriodInput>({ kind: 'week', date: todayIsoDate() });
  const [loaded, reload] = useApi('reportPlan.get', period, [JSON.stringify(period)]);
  const mayComment = useSession().canCall('reportPlan.comment');
  return (
    <section aria-label="Отчёт о выполнении плана" data-testid="plan-report">
      <PlanPeriodPicker value={period} onChange={setPeriod} />
      {loaded.state === 'loading' && <p className="muted">Загрузка…</p>}
      {loaded.state === 'error' && (
        <p className="error-text" role="alert">
          {loaded.error.message}
        </p>
      )}
      {loaded.state === 'ready' && (
        <>
          <h2>
            Отчёт о выполнении плана за {loaded.value.period.words}
            <span className="muted small"> · данные на {formatDate(loaded.value.asOfDate)}</span>
          </h2>
          <PlanReportFiles period={period} />
          <PlanMeasuresTable report={loaded.value} mayComment={mayComment} onSaved={reload} />
          <PlanPercentChart measures={loaded.value.measures} />
          <h3>Комментарий руководителя к отчёту</h3>
          {mayComment ? (
            <PlanCommentEditor
              period={loaded.value.period}
              measure={0}
              value={loaded.value.generalComment}
              onSaved={reload}
            />
          ) : (
            <p>{loaded.value.generalComment || <span className="muted">нет</span>}</p>
          )}
          <PlanDebtSection debt={loaded.value.debt} />
          <ol className="small muted">
            {loaded.value.footnotes.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
