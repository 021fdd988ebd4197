/**
 * @file Handlers — Отчёт о выполнении плана мероприятий для администрации: показатели, комментарии руководителя, PDF
 * и XLSX. Thin: each calls a service in electron/core/reports/plan-report*.ts.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { buildPlanReport, planPeriodOf } from '../reports/plan-report';
import { savePlanComment } from '../reports/plan-report-comments';
import { planReportFile } from '../reports/plan-report-files';

type ReportPlanMethod = 'reportPlan.get' | 'reportPlan.comment' | 'reportPlan.pdf' | 'reportPlan.xlsx';

export function createReportPlanHandlers(ctx: CoreContext): Pick<ApiHandlers, ReportPlanMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'reportPlan.get': (input) => buildPlanReport(ctx.sqlite, planPeriodOf(input, today()), ctx.clock()),
    'reportPlan.comment': (input, { actor }) => savePlanComment(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'reportPlan.pdf': (input, { actor }) =>
      planReportFile(
        { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() },
        planPeriodOf(input, today()),
        'pdf',
      ),
    'reportPlan.xlsx': (input, { actor }) =>
      planReportFile(
        { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() },
        planPeriodOf(input, today()),
        'xlsx',
      ),
  };
}
