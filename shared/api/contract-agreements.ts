/**
 * @file API methods — Соглашения о погашении задолженности (меры 8, 9, 12): график, проверка оплат, документ. Spread
 * into the one contract in contract.ts.
 *
 * An agreement is made as a draft with its schedule and the document printed for signature (agreements.create),
 * signed on the day the debtor signed it (agreements.sign; one signed agreement per account at a time), and from then
 * checked against the payments (shared/agreements/agreement-verdict.ts): kept, broken or completed. While it is kept
 * it pauses restriction (8), court (9) and eviction (12). Money in integer kopecks.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { AgreementVerdictStatus, InstalmentLine, MissedInstalment } from '../agreements/agreement-verdict';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const Kopecks = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в копейках.` })
    .int(`${label}: целое число копеек.`)
    .positive(`${label}: больше нуля.`)
    .max(1_000_000_000_000, `${label}: слишком большая сумма.`);

/** As repayment_agreements.status (shared/db/schema-restriction.ts); kept here so the page does not load the schema. */
export const AGREEMENT_STATUSES = ['draft', 'signed', 'completed', 'broken', 'cancelled'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'проект',
  signed: 'подписано',
  completed: 'исполнено',
  broken: 'нарушено',
  cancelled: 'отменено',
};

export const agreementsApiInputs = {
  /**
   * A draft agreement and its document for signature. The total defaults to the account's overdue debt; the schedule
   * is either `instalments` equal monthly payments from `firstDueDate`, or `rows` typed one by one.
   */
  'agreements.create': z
    .object({
      accountId: Id('Лицевой счёт'),
      totalKopecks: Kopecks('Сумма соглашения').nullable().default(null),
      firstDueDate: isoDateSchema('Срок первого платежа').nullable().default(null),
      instalments: z
        .number({ error: 'Число платежей: укажите число.' })
        .int('Число платежей — целое число.')
        .min(1, 'Число платежей — не меньше одного.')
        .max(36, 'Число платежей — не больше 36.')
        .nullable()
        .default(null),
      rows: z
        .array(z.object({ dueDate: isoDateSchema('Срок платежа'), amountKopecks: Kopecks('Сумма платежа') }).strict(), {
          error: 'График: список платежей.',
        })
        .min(1, 'В графике нужен хотя бы один платёж.')
        .max(36, 'В графике не больше 36 платежей.')
        .nullable()
        .default(null),
      measure: z.union([z.literal(8), z.literal(9), z.literal(12)], {
        error: 'Мероприятие: 8 (ограничение), 9 (суд) или 12 (выселение).',
      }),
      note: z.string({ error: 'Примечание — текст.' }).trim().max(500, 'Примечание длиннее 500 знаков.').default(''),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.rows === null && v.instalments === null)
        ctx.addIssue({
          code: 'custom',
          path: ['instalments'],
          message: 'Укажите число платежей или график по строкам.',
        });
      if (v.rows !== null && v.instalments !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['rows'],
          message: 'Укажите либо число платежей, либо график по строкам.',
        });
      if (v.instalments !== null && v.firstDueDate === null)
        ctx.addIssue({ code: 'custom', path: ['firstDueDate'], message: 'Укажите срок первого платежа.' });
    }),
  /** The debtor signed on `signedDate` (not after today, not after the first due date): the pause starts. */
  'agreements.sign': z.object({ id: Id('Соглашение'), signedDate: isoDateSchema('Дата подписания') }).strict(),
  /** A draft or a signed agreement is cancelled with a reason (the pause ends). */
  'agreements.cancel': z
    .object({
      id: Id('Соглашение'),
      reason: z
        .string({ error: 'Укажите причину отмены.' })
        .trim()
        .min(3, 'Укажите причину отмены.')
        .max(500, 'Причина длиннее 500 знаков.'),
    })
    .strict(),
  /** Agreements, newest first; signed ones are checked against the payments first. */
  'agreements.list': z
    .object({
      status: z
        .enum(AGREEMENT_STATUSES, { error: 'Статус: draft, signed, completed, broken или cancelled.' })
        .nullable()
        .default(null),
      accountId: Id('Лицевой счёт').nullable().default(null),
    })
    .strict(),
  'agreements.get': z.object({ id: Id('Соглашение') }).strict(),
  /** The card's section: the agreement in force, earlier ones, and the defaults of a new one. */
  'agreements.forAccount': z.object({ accountId: Id('Лицевой счёт') }).strict(),
} as const;

export interface AgreementListItem {
  id: number;
  number: string;
  accountId: number;
  accountNumber: string;
  address: string;
  /** The debtors as the agreement names them. */
  debtorNames: string[];
  status: AgreementStatus;
  measure: number | null;
  totalKopecks: number;
  instalmentCount: number;
  firstDueDate: string;
  lastDueDate: string;
  signedDate: string | null;
  endedDate: string | null;
  /** Net of payments since signing (signed, broken, completed); 0 otherwise. */
  paidKopecks: number;
  /** The verdict today for signed / broken / completed; null for a draft or a cancelled one. */
  verdict: { status: AgreementVerdictStatus; text: string } | null;
  documentId: number | null;
  userName: string;
  createdAtMs: number;
}

export interface AgreementView extends AgreementListItem {
  toleranceKopecks: number;
  graceDays: number;
  note: string;
  /** Per instalment: due date, deadline (with grace), covered, status (paid / partly / missed / upcoming). */
  lines: InstalmentLine[];
  missed: MissedInstalment | null;
  next: { seq: number; dueDate: string; remainingKopecks: number } | null;
}

export interface AgreementsListResult {
  agreements: AgreementListItem[];
  /** How many signed agreements the check found broken or completed just now. */
  checked: { broken: number; completed: number };
}

export interface AccountAgreements {
  accountId: number;
  /** The signed agreement (kept or found broken today but not yet marked), or null. */
  inForce: AgreementView | null;
  /** Drafts waiting for signature. */
  drafts: AgreementListItem[];
  /** Completed, broken, cancelled. */
  earlier: AgreementListItem[];
  /** Defaults of a new one: the overdue debt and the first due date (today + 1 month). */
  overdueKopecks: number;
  defaultFirstDueDate: string;
}

export interface AgreementsApiOutputs {
  'agreements.create': AgreementView;
  'agreements.sign': AgreementView;
  'agreements.cancel': AgreementView;
  'agreements.list': AgreementsListResult;
  'agreements.get': AgreementView;
  'agreements.forAccount': AccountAgreements;
}
