/**
 * @file API methods — Отчёт о выполнении плана мероприятий для администрации: показатели, комментарии руководителя, PDF и XLSX. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const reportPlanApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReportPlanApiOutputs {}
