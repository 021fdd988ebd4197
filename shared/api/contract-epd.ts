/**
 * @file API methods of the monthly penalty run (measure 4) and the ЕПД export with its coverage report (measure 3).
 * Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { periodSchema } from './calendar-schemas';

const Period = periodSchema('Месяц');
const TemplateText = z.string().trim().max(1000, 'Часть шаблона длиннее 1000 знаков.');

/** The four cases of a month, each with its own text (electron/core/epd/epd-template.ts). */
export const EPD_TEMPLATE_PARTS = ['charged', 'moratorium', 'grace', 'none'] as const;
export type EpdTemplatePart = (typeof EPD_TEMPLATE_PARTS)[number];

/** Bounds of the administrator's limit on the «Пояснение» length, characters (default 255). */
export const EPD_LIMIT_MIN = 100;
export const EPD_LIMIT_MAX = 2000;

export const EpdTemplateSchema = z
  .object({
    charged: TemplateText.min(1, 'Заполните текст «пени начислены».'),
    moratorium: TemplateText.min(1, 'Заполните текст «мораторий».'),
    grace: TemplateText.min(1, 'Заполните текст «первые 30 дней просрочки».'),
    none: TemplateText.min(1, 'Заполните текст «нет просроченной задолженности».'),
  })
  .strict();

export const epdApiInputs = {
  /** Starts the monthly penalty run for one УК or all (a job with progress); a re-run replaces the month's run. */
  'penaltyRun.start': z
    .object({ period: Period, companyId: z.number().int().positive().nullable().default(null) })
    .strict(),
  /**
   * Runs several months again for every УК, one after another, as ONE job (after a new rate, decree or moratorium
   * made them stale): the whole recalculation survives a reload of the page that started it.
   */
  'penaltyRun.recalculate': z
    .object({ periods: z.array(Period).min(1, 'Укажите хотя бы один месяц.').max(120) })
    .strict(),
  /** Runs (newest first), optionally of one month, with the УК list and their contract flag. */
  'penaltyRun.list': z.object({ period: Period.nullable().default(null) }).strict(),
  /**
   * The ЕПД penalty file of a month: CSV (`;`, comma decimals) or XLSX, saved in the data folder and returned.
   * `fullCalculation`: the month's calculation line by line, as a fifth column or as a second file of the same
   * format (account number; calculation) — for the billing centre or the УК on request, never for the bill.
   */
  'epd.export': z
    .object({
      period: Period,
      format: z.enum(['csv', 'xlsx']).default('csv'),
      encoding: z.enum(['utf-8', 'windows-1251']).default('windows-1251'),
      fullCalculation: z.enum(['none', 'column', 'file']).default('none'),
    })
    .strict(),
  /** Share of debtor accounts with a penalty line in the month's ЕПД, and every exception with its reason. */
  'epd.coverage': z.object({ period: Period }).strict(),
  /** The template, the limit and what the template gives on sample accounts. */
  'epd.template.get': z.object({}).strict(),
  'epd.template.set': z.object({ template: EpdTemplateSchema }).strict(),
  /** What a template being edited gives (not saved): the texts of sample accounts with their lengths, problems. */
  'epd.template.preview': z.object({ template: EpdTemplateSchema }).strict(),
  /** The administrator's limit of the «Пояснение» length, characters. */
  'epd.limit.set': z
    .object({
      maxChars: z
        .number()
        .int('Предел — целое число знаков.')
        .min(EPD_LIMIT_MIN, `Предел — не меньше ${EPD_LIMIT_MIN} знаков.`)
        .max(EPD_LIMIT_MAX, `Предел — не больше ${EPD_LIMIT_MAX} знаков.`),
    })
    .strict(),
} as const;

export type EpdPenaltyTemplate = z.infer<typeof EpdTemplateSchema>;

export interface PenaltyRunView {
  id: number;
  companyId: number;
  companyName: string;
  period: string;
  calculationDate: string;
  tablesVersion: string;
  accountsCount: number;
  accruedKopecks: number;
  /** Sum of total penalty as of the calculation date over the run's accounts. */
  totalPenaltyKopecks: number;
  status: 'current' | 'replaced';
  userName: string;
  atMs: number;
}

export interface PenaltyRunList {
  runs: PenaltyRunView[];
  companies: Array<{ id: number; name: string; penaltyCharged: boolean }>;
}

/**
 * Why a debtor's ЕПД has no penalty. Those lowering coverage (the clerk must act): no_run, not_in_run. Those that
 * do not (the ЕПД states the reason, or no ЕПД is issued): company_excluded, closed, and the 0,00 rows — grace
 * (every overdue month within its 30 free days), moratorium, not_overdue_in_month (the debt fell overdue after the
 * month), zero_penalty (less than a kopeck).
 */
export type EpdExceptionReason =
  | 'company_excluded'
  | 'closed'
  | 'no_run'
  | 'not_in_run'
  | 'grace'
  | 'moratorium'
  | 'not_overdue_in_month'
  | 'zero_penalty';

export interface EpdCoverageException {
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  debtKopecks: number;
  reason: EpdExceptionReason;
  reasonText: string;
  /** False when the reason is a lawful one stated to the payer; true when the clerk must act (run the month). */
  affectsCoverage: boolean;
}

export interface EpdCoverage {
  period: string;
  /** Accounts with overdue debt today (account_summaries.debt_kopecks > 0); a debt not yet due makes no debtor. */
  debtorAccounts: number;
  /** Debtors whose month's ЕПД has a penalty, or states the lawful reason for none (exceptions not lowering coverage). */
  coveredAccounts: number;
  /** Debtors whose ЕПД row carries a penalty above 0,00. */
  withPenaltyAccounts: number;
  /** covered / debtors × 100, one decimal; 100 when there are no debtors. */
  coveragePercent: number;
  byReason: Array<{ reason: EpdExceptionReason; reasonText: string; count: number; affectsCoverage: boolean }>;
  /** The first 1 000 exceptions, uncovered ones first. */
  exceptions: EpdCoverageException[];
  exceptionsTotal: number;
  /** Current runs of the month and the УК that charge penalty but have none. */
  runsCount: number;
  companiesWithoutRun: string[];
}

export interface EpdSavedFile {
  fileName: string;
  savedPath: string;
  base64: string;
}

/** Lengths of the «Пояснение» column of one export (characters). */
export interface EpdTextStats {
  maxChars: number;
  longest: number;
  /** Rows where optional parts were left out to fit the limit. */
  shortened: number;
}

export interface EpdExportResult extends EpdSavedFile {
  rows: number;
  coverage: EpdCoverage;
  texts: EpdTextStats;
  /** The second file with the full calculation, when asked for as a file. */
  fullCalculationFile: EpdSavedFile | null;
}

export interface EpdTemplatePreviewSample {
  title: string;
  text: string;
  length: number;
  /** 0 = nothing left out. */
  level: number;
}

export interface EpdTemplateView {
  template: EpdPenaltyTemplate;
  isDefault: boolean;
  defaults: EpdPenaltyTemplate;
  placeholders: Array<{ name: string; hint: string }>;
  maxChars: number;
  limitMin: number;
  limitMax: number;
}

export interface EpdTemplatePreview {
  maxChars: number;
  /** Per part: the length of its fixed text (without «[ … ]») with the longest values. */
  mandatoryLength: Record<EpdTemplatePart, number>;
  /** Russian problems that would refuse the save; empty when it may be saved. */
  problems: string[];
  samples: EpdTemplatePreviewSample[];
}

export interface EpdApiOutputs {
  'penaltyRun.start': { jobId: string };
  'penaltyRun.recalculate': { jobId: string };
  'penaltyRun.list': PenaltyRunList;
  'epd.export': EpdExportResult;
  'epd.coverage': EpdCoverage;
  'epd.template.get': EpdTemplateView;
  'epd.template.set': EpdTemplateView;
  'epd.template.preview': EpdTemplatePreview;
  'epd.limit.set': EpdTemplateView;
}

export { z };
