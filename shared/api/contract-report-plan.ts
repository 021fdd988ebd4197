/**
 * @file API methods — Отчёт о выполнении плана мероприятий для администрации (the weekly «штаб ЖКХ»): per measure the
 * target for the period, what was done (the cockpit's own count, electron/core/cockpit/measure-actual.ts), % done,
 * the change from the previous period, the executor and the head's comment; the overdue debt at the period's end
 * against the previous period's end (total, by bracket, by УК), the sums collected and a six-point trend; the head's
 * comments; the report as PDF (A4 landscape) and XLSX. Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { CockpitUnit } from './contract-work';
import { PLAN_PERIOD_KINDS, type PlanPeriod } from '../plan/plan-period';
import type { TargetPeriod } from '../plan/plan-targets';

/** The report's period: a week, month or quarter holding `date` (today when absent), or `from`–`to` (custom). */
const PeriodInput = z
  .object({
    kind: z.enum(PLAN_PERIOD_KINDS, {
      error: 'Вид периода: неделя, месяц, квартал или свой период (week, month, quarter, custom).',
    }),
    date: isoDateSchema('Дата периода').optional(),
    from: isoDateSchema('Начало периода').optional(),
    to: isoDateSchema('Конец периода').optional(),
  })
  .strict();

export type PlanReportPeriodInput = z.infer<typeof PeriodInput>;

export const PLAN_COMMENT_MAX = 2000;

export const reportPlanApiInputs = {
  /** The report for a period, as JSON (money in kopecks). */
  'reportPlan.get': PeriodInput,
  /**
   * The head's comment on one measure (1–13) of the period's report, or on the whole report (0); an empty comment
   * removes it. Journaled with the text before and after.
   */
  'reportPlan.comment': z
    .object({
      from: isoDateSchema('Начало периода'),
      to: isoDateSchema('Конец периода'),
      measure: z
        .number({ error: 'Мероприятие: укажите номер от 0 (отчёт в целом) до 13.' })
        .int('Мероприятие: целое число от 0 до 13.')
        .min(0, 'Мероприятие: от 0 (отчёт в целом) до 13.')
        .max(13, 'Мероприятие: от 0 (отчёт в целом) до 13.'),
      comment: z
        .string({ error: 'Комментарий: укажите текст (пустой — удалить комментарий).' })
        .max(PLAN_COMMENT_MAX, `Комментарий длиннее ${PLAN_COMMENT_MAX} знаков: сократите его.`),
    })
    .strict(),
  /** The report as PDF (A4 landscape), registered among the generated documents. */
  'reportPlan.pdf': PeriodInput,
  /** The report as XLSX (sheets «План», «Долг», «Динамика»), registered among the generated documents. */
  'reportPlan.xlsx': PeriodInput,
} satisfies Record<string, z.ZodType>;

/** One measure's line of the report. */
export interface PlanReportMeasure {
  measure: number;
  title: string;
  unit: CockpitUnit;
  /** The plan's target as stored (plan_targets) and its own period. */
  planTargetCount: number | null;
  planTargetPeriod: TargetPeriod;
  /** The target for the report's period (see shared/plan/plan-period-target.ts), null when the plan gives none. */
  target: number | null;
  /** «24 л/с», «100 %», «все 2 УК», «не задана». */
  targetText: string;
  actual: number | null;
  /** «412 л/с», «3 мероприятия», «—». */
  actualText: string;
  /** What the figure stands on: «публикаций 1, рейдов 2 (адресов 9)». */
  detail: string | null;
  /** Rounded % of the target (may exceed 100), null without a target. */
  percentDone: number | null;
  percentText: string;
  previous: number | null;
  previousText: string;
  /** actual − previous, null when either is missing. */
  change: number | null;
  /** «+3», «−2», «0», «+5 п.п.», «—» (the arrow is drawn from changeDirection). */
  changeText: string;
  changeDirection: 'up' | 'down' | 'same' | null;
  executor: string;
  comment: string;
}

/** One part of the overdue debt (a bracket, a УК, or the rest of the УК merged). */
export interface PlanReportDebtPart {
  label: string;
  accounts: number;
  debtKopecks: number;
  previousAccounts: number;
  previousDebtKopecks: number;
  changeKopecks: number;
}

export interface PlanReportDebt {
  /** False when no debt history is counted for the dates (an empty district). */
  available: boolean;
  /** The period's end, or today if the period is still running; the previous period's end. */
  asOfDate: string;
  previousAsOfDate: string;
  accounts: number;
  previousAccounts: number;
  debtKopecks: number;
  previousDebtKopecks: number;
  changeKopecks: number;
  byBracket: PlanReportDebtPart[];
  /** The five УК with the largest debt, then «прочие УК (N)». */
  byCompany: PlanReportDebtPart[];
  /** Payments received in the period (to the as-of date) and in the previous period. */
  collectedKopecks: number;
  previousCollectedKopecks: number;
  /** Six periods of the same kind ending with this one: the debt at each end and what was collected in each. */
  trend: Array<{ label: string; asOfDate: string; debtKopecks: number; collectedKopecks: number }>;
}

export interface PlanReport {
  period: PlanPeriod;
  previous: PlanPeriod;
  /** The core's today; the report counts up to min(period end, today). */
  today: string;
  asOfDate: string;
  organisation: string;
  measures: PlanReportMeasure[];
  /** The head's comment on the report as a whole (measure 0). */
  generalComment: string;
  debt: PlanReportDebt;
  footnotes: string[];
}

export interface PlanReportComment {
  from: string;
  to: string;
  measure: number;
  comment: string;
}

export interface PlanReportFile {
  documentId: number;
  fileName: string;
  /** Relative to the data folder. */
  filePath: string;
  pages: number | null;
}

export interface ReportPlanApiOutputs {
  'reportPlan.get': PlanReport;
  'reportPlan.comment': PlanReportComment;
  'reportPlan.pdf': PlanReportFile;
  'reportPlan.xlsx': PlanReportFile;
}
