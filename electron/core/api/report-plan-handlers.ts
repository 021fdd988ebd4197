/**
 * @file Handlers — Отчёт о выполнении плана мероприятий для администрации: показатели, комментарии руководителя, PDF и XLSX. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type ReportPlanMethod = never;

export function createReportPlanHandlers(_ctx: CoreContext): Pick<ApiHandlers, ReportPlanMethod> {
  return {};
}
