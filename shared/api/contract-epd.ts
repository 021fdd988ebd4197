/**
 * @file API methods of the monthly penalty run (measure 4) and the ЕПД export with its coverage report (measure 3).
 * Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';

const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Месяц — в виде ГГГГ-ММ, например 2026-09.');
const TemplateText = z.string().trim().max(1000, 'Часть шаблона длиннее 1000 знаков.');

export const EpdTemplateSchema = z
  .object({
    line: TemplateText.min(1, 'Заполните строку расчёта.'),
    grace: TemplateText,
    moratorium: TemplateText,
    none: TemplateText.min(1, 'Заполните текст «нет просрочки».'),
    total: TemplateText.min(1, 'Заполните итог.'),
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
  /** The ЕПД penalty file of a month: CSV (`;`, comma decimals) or XLSX, saved in the data folder and returned. */
  'epd.export': z
    .object({
      period: Period,
      format: z.enum(['csv', 'xlsx']).default('csv'),
      encoding: z.enum(['utf-8', 'windows-1251']).default('windows-1251'),
    })
    .strict(),
  /** Share of debtor accounts with a penalty line in the month's ЕПД, and every exception with its reason. */
  'epd.coverage': z.object({ period: Period }).strict(),
  'epd.template.get': z.object({}).strict(),
  'epd.template.set': z.object({ template: EpdTemplateSchema }).strict(),
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

export type EpdExceptionReason = 'company_excluded' | 'closed' | 'no_run' | 'not_in_run' | 'not_overdue';

export interface EpdCoverageException {
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  debtKopecks: number;
  reason: EpdExceptionReason;
  reasonText: string;
  /** False for accounts whose ЕПД does carry the penalty line (0,00 with the explanation why). */
  affectsCoverage: boolean;
}

export interface EpdCoverage {
  period: string;
  /** Accounts with debt > 0 (account_summaries). */
  debtorAccounts: number;
  /** Debtor accounts with a penalty line in the month's ЕПД (an accrual of a current run). */
  coveredAccounts: number;
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

export interface EpdExportResult {
  fileName: string;
  savedPath: string;
  base64: string;
  rows: number;
  coverage: EpdCoverage;
}

export interface EpdApiOutputs {
  'penaltyRun.start': { jobId: string };
  'penaltyRun.recalculate': { jobId: string };
  'penaltyRun.list': PenaltyRunList;
  'epd.export': EpdExportResult;
  'epd.coverage': EpdCoverage;
  'epd.template.get': {
    template: EpdPenaltyTemplate;
    isDefault: boolean;
    placeholders: Record<keyof EpdPenaltyTemplate, readonly string[]>;
  };
  'epd.template.set': {
    template: EpdPenaltyTemplate;
    isDefault: boolean;
    placeholders: Record<keyof EpdPenaltyTemplate, readonly string[]>;
  };
}

export { z };
