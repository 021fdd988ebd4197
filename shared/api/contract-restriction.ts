/**
 * @file API methods — Ограничение услуг (мера 8): предупреждения, доставка и сроки. Spread into the one contract in
 * contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { RestrictionWarnResult } from '../restriction/restriction-types';

const Id = z.number().int().positive();

export const RESTRICTION_CASE_STATUSES = [
  'warned',
  'delivered',
  'ordered',
  'restricted',
  'restoration_due',
  'restored',
  'closed',
] as const;
export type RestrictionCaseStatus = (typeof RESTRICTION_CASE_STATUSES)[number];
export type RestrictionDeliveryMethod = 'post' | 'epd' | 'sms' | 'signature';

export const restrictionApiInputs = {
  /**
   * Warnings for the chosen accounts and services (each checked again by the rule evaluator): one case per account and
   * service, the warning PDF naming the exact debt for the service; by post they form a print batch with letters.
   */
  'restriction.warn': z
    .object({
      items: z
        .array(z.object({ accountId: Id, service: z.string().trim().min(1).max(200) }).strict())
        .min(1, 'Выберите хотя бы один счёт.')
        .max(5000, 'Не больше 5 000 предупреждений за раз.'),
      /** false: restriction is technically impossible — the warning announces suspension at once. */
      restrictionPossible: z.boolean().default(true),
      deliveryMethod: z.enum(['post', 'epd', 'sms', 'signature'], { error: 'Выберите способ доставки.' }),
    })
    .strict(),
  /**
   * The day a warning reached the debtor (text in the ЕПД, SMS, against signature); the 20-day term runs from it.
   * Letters sent by post take the outcome of their mail item (delivered, refused, returned — deemed delivered).
   */
  'restriction.recordDelivery': z
    .object({
      caseId: Id,
      method: z.enum(['epd', 'sms', 'signature'], {
        error: 'Способ доставки — ЕПД, СМС или под подпись (письма по почте отмечаются в списке писем).',
      }),
      deliveredDate: isoDateSchema('Дата доставки'),
      note: z.string().trim().max(500, 'Примечание длиннее 500 знаков.').optional(),
    })
    .strict(),
  /** The cases of measure 8, newest first. */
  'restriction.cases': z
    .object({
      status: z.enum(RESTRICTION_CASE_STATUSES).optional(),
      service: z.string().trim().max(200).optional(),
      accountId: Id.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    })
    .strict(),
  /** The 20-day terms: running (days left), ended (ready for an order), warnings not yet delivered (their age). */
  'restriction.timers': z.object({}).strict(),
  /** Closes a case before the restriction (paid, agreement, mistake); after it, restoration is the way. */
  'restriction.close': z
    .object({
      caseId: Id,
      reason: z
        .string({ error: 'Укажите причину закрытия.' })
        .trim()
        .min(3, 'Укажите причину закрытия.')
        .max(500, 'Причина длиннее 500 знаков.'),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;

/** One case as the warnings tab and the card show it. */
export interface RestrictionCaseView {
  id: number;
  accountId: number;
  accountNumber: string;
  address: string;
  service: string;
  status: RestrictionCaseStatus;
  debtKopecks: number;
  thresholdKopecks: number;
  thresholdBasis: 'norm' | 'average';
  asOfDate: string;
  restrictionPossible: boolean;
  warningDate: string;
  warningDocumentId: number | null;
  deliveryMethod: RestrictionDeliveryMethod | null;
  mailItemId: number | null;
  /** The post batch of the letter (measure 5's mailing), when sent by post. */
  batchId: number | null;
  mailOutcome: 'pending' | 'delivered' | 'returned' | 'refused' | null;
  trackingNumber: string | null;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  /** Days from today to the last day of the term (0 — today, negative — ended); null before delivery. */
  daysLeft: number | null;
  closedReason: string | null;
  userName: string;
}

export interface RestrictionCasesPage {
  total: number;
  items: RestrictionCaseView[];
}

export interface RestrictionTimerItem {
  caseId: number;
  accountId: number;
  accountNumber: string;
  address: string;
  service: string;
  debtKopecks: number;
  deliveryMethod: RestrictionDeliveryMethod | null;
  warningDate: string;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  /** Running and ended: days to the end (negative once ended); waiting: null. */
  daysLeft: number | null;
  /** Waiting: days since the warning was made. */
  ageDays: number;
}

export interface RestrictionTimers {
  today: string;
  /** The dated rule on today (the term of each case was fixed on its delivery date). */
  warningDays: number;
  running: RestrictionTimerItem[];
  /** The term ended today or earlier: ready for an order to the contractor. */
  ended: RestrictionTimerItem[];
  /** Warned, not yet delivered. */
  waiting: RestrictionTimerItem[];
}

export interface RestrictionApiOutputs {
  'restriction.warn': RestrictionWarnResult;
  'restriction.recordDelivery': RestrictionCaseView;
  'restriction.cases': RestrictionCasesPage;
  'restriction.timers': RestrictionTimers;
  'restriction.close': RestrictionCaseView;
}
