/**
 * @file API methods — The court queue (measure 9): accounts by bracket with the trace of why each is in or out,
 * batches the head approves, cases prepared from them (one per debtor). Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';

export const COURT_QUEUE_BRACKETS = ['over_100k', 'from_50k', 'from_10k'] as const;
export type CourtQueueBracket = (typeof COURT_QUEUE_BRACKETS)[number];

const bracketsSchema = z.array(z.enum(COURT_QUEUE_BRACKETS)).min(1).max(3);
const accountIdSchema = z.number().int().positive();

export const courtQueueApiInputs = {
  'court.queue': z
    .object({
      brackets: bracketsSchema.optional(),
      asOf: isoDateSchema('Дата расчёта').optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
      /** Which list the page is of: the accounts in the queue, or the ones left out with the reason. */
      list: z.enum(['in', 'out']).default('in'),
    })
    .strict(),
  'court.traceAccount': z
    .object({ accountId: accountIdSchema, asOf: isoDateSchema('Дата расчёта').optional() })
    .strict(),
  'court.batchCreate': z
    .object({
      brackets: bracketsSchema,
      /** The accounts chosen from the queue; every one must be in it. */
      accountIds: z.array(accountIdSchema).min(1).max(20_000),
      asOf: isoDateSchema('Дата расчёта').optional(),
    })
    .strict(),
  'court.batches': z
    .object({ status: z.enum(['awaiting_approval', 'approved', 'rejected', 'prepared']).optional() })
    .strict(),
  'court.batchDecide': z
    .object({
      batchId: accountIdSchema,
      decision: z.enum(['approve', 'reject']),
      note: z.string().trim().max(2000).default(''),
    })
    .strict(),
  'court.prepareCases': z
    .object({
      batchId: accountIdSchema,
      /** The planned filing date: the duty's scale and the jurisdiction limits are those of this day. */
      filingDate: isoDateSchema('Дата подачи').optional(),
      /**
       * Accounts whose time-barred months the clerk includes, every account of the batch when `accountIds` is left
       * out, with the clerk's note (the court applies limitation only on the debtor's statement, ГК ст.199 п.2).
       */
      includeTimeBarred: z
        .object({
          accountIds: z.array(accountIdSchema).min(1).max(20_000, 'Слишком много лицевых счетов.').optional(),
          note: z.string().trim().min(3, 'Месяцы за пределами давности: укажите, почему они включены.').max(2000),
        })
        .strict()
        .optional(),
    })
    .strict(),
} as const;

/** One condition of measure 9 for an account, as the evaluator traced it. */
export interface CourtTraceLine {
  condition: string;
  actual: string;
  pass: boolean;
}

export interface CourtQueueRow {
  accountId: number;
  number: string;
  address: string;
  /** Owners (each sued for the share) or the social tenant (with the adult family jointly): the applications. */
  debtorsCount: number;
  /** The УК's overdue debt within the limitation: what the applications demand (principal, before penalty). */
  courtableDebtKopecks: number;
  bracket: CourtQueueBracket;
  monthsInArrears: number;
  /** The oldest of those months, 'YYYY-MM'. */
  oldestPeriod: string | null;
  /** The УК's time-barred debt left out. */
  timeBarredKopecks: number;
  claimDeliveredDate: string | null;
  /** Court order to the magistrate, or a lawsuit (above the court-order limit) to the district court. */
  kind: 'court_order' | 'lawsuit';
  /** The court for the building and kind; null — «дом не привязан к суду». */
  court: { id: number; name: string } | null;
}

export interface CourtQueueOutRow {
  accountId: number;
  number: string;
  address: string;
  courtableDebtKopecks: number;
  /** The first reason it is out, Russian. */
  reason: string;
  /** Every failed condition. */
  reasons: string[];
}

export interface CourtQueueBracketCount {
  bracket: CourtQueueBracket;
  label: string;
  accounts: number;
  claimKopecks: number;
}

export interface CourtQueueView {
  asOf: string;
  ruleVersion: string;
  brackets: CourtQueueBracket[];
  /** The measure-9 conditions as the rule book states them. */
  conditions: string[];
  counts: CourtQueueBracketCount[];
  totalAccounts: number;
  totalClaimKopecks: number;
  /** Accounts whose debt reaches the brackets but that are out, with a reason. */
  outTotal: number;
  list: 'in' | 'out';
  offset: number;
  rows: CourtQueueRow[];
  outRows: CourtQueueOutRow[];
  /** All accounts in the queue, in order (to make a batch of the whole queue). */
  accountIds: number[];
  elapsedMs: number;
}

export interface CourtAccountTrace {
  accountId: number;
  number: string;
  asOf: string;
  ruleVersion: string;
  inQueue: boolean;
  /** «в очереди: …» or the first reason it is not. */
  reason: string;
  trace: CourtTraceLine[];
  courtableDebtKopecks: number;
  timeBarredKopecks: number;
  bracket: string;
}

export type CourtBatchStatus = 'awaiting_approval' | 'approved' | 'rejected' | 'prepared';

export interface CourtBatchView {
  id: number;
  brackets: CourtQueueBracket[];
  asOf: string;
  status: CourtBatchStatus;
  statusLabel: string;
  accountsCount: number;
  claimKopecks: number;
  createdBy: string;
  createdAtMs: number;
  decidedBy: string | null;
  decidedAtMs: number | null;
  decisionNote: string | null;
  /** Cases prepared from it. */
  casesCount: number;
}

export interface PreparedCaseView {
  caseId: number;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  share: string | null;
  jointNames: string[];
  kind: 'court_order' | 'lawsuit';
  courtName: string | null;
  principalKopecks: number;
  penaltyKopecks: number;
  claimKopecks: number;
  dutyKopecks: number;
  identifiersStatus: 'complete' | 'missing';
  identifiersNote: string | null;
}

export interface PrepareCasesResult {
  batchId: number;
  filingDate: string;
  cases: PreparedCaseView[];
  /** Accounts not prepared, with the reason (an open case covers the months, nothing left to demand, no debtor). */
  skipped: Array<{ accountId: number; accountNumber: string; reason: string }>;
  totalClaimKopecks: number;
  totalDutyKopecks: number;
  summary: string;
}

export interface CourtQueueApiOutputs {
  'court.queue': CourtQueueView;
  'court.traceAccount': CourtAccountTrace;
  'court.batchCreate': CourtBatchView;
  'court.batches': CourtBatchView[];
  'court.batchDecide': CourtBatchView;
  'court.prepareCases': PrepareCasesResult;
}
