/**
 * @file API methods — State duty: the computation by filing date (the CLI `duty`), requests to each УК (a letter and
 * an XLSX list of the applications with their duty and the payee details per court), payment orders matched to
 * applications, exemptions. Spread into the one contract in contract.ts.
 *
 * Duty due of a case = duty_kopecks − duty_offset_kopecks (НК ст.333.20, 333.40: the duty paid for a cancelled order
 * counts toward the lawsuit); still due = due − what payment orders allocated to it. A case whose still-due reaches
 * 0 moves prepared → duty_paid; an exemption (НК ст.333.36) or a deferral by the court does the same.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';

const Id = z.number({ error: 'Укажите код.' }).int('Код — целое число.').positive('Код — положительное число.');
const Kopecks = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в копейках.` })
    .int(`${label}: целое число копеек.`)
    .positive(`${label}: больше нуля.`)
    .max(1_000_000_000_000, `${label}: слишком большая сумма.`);

export const DUTY_KINDS = ['court_order', 'lawsuit'] as const;
export const DUTY_KIND_LABELS: Record<(typeof DUTY_KINDS)[number], string> = {
  court_order: 'судебный приказ',
  lawsuit: 'исковое заявление',
};

const Allocation = z
  .object({
    caseId: Id,
    amountKopecks: Kopecks('Сумма по заявлению'),
  })
  .strict();

export const courtDutyApiInputs = {
  /** The state duty of one application by its filing date (НК ст.333.19 п.1 пп.1–2; the scales are data). */
  'duty.compute': z
    .object({
      claimKopecks: z
        .number({ error: 'Цена иска: укажите целое число копеек (например, 1234567 — это 12 345,67 ₽).' })
        .int('Цена иска — целое число копеек, без дробной части.')
        .positive('Цена иска должна быть больше нуля.')
        .max(Number.MAX_SAFE_INTEGER, 'Цена иска слишком велика.')
        .describe('цена иска в копейках'),
      filed: isoDateSchema('Дата подачи').describe('дата подачи ГГГГ-ММ-ДД'),
      kind: z
        .enum(DUTY_KINDS, { error: 'Вид заявления: court_order (судебный приказ) или lawsuit (исковое заявление).' })
        .describe('court_order — судебный приказ, lawsuit — исковое заявление'),
    })
    .strict(),
  /** Per УК: the cases awaiting duty, the requests sent and what of each is still due. */
  'duty.requests': z
    .object({
      managementCompanyId: Id.nullable().default(null),
    })
    .strict(),
  /** A letter (PDF) and a list (XLSX) to the УК asking to pay the duty of its prepared applications. */
  'duty.createRequest': z
    .object({
      managementCompanyId: Id,
      /** The applications; all the УК's prepared cases not yet in a request when omitted. */
      caseIds: z.array(Id).min(1, 'Выберите хотя бы одно заявление.').max(5_000).optional(),
      /** The letter's date; today when omitted. */
      requestDate: isoDateSchema('Дата запроса').optional(),
    })
    .strict(),
  'duty.payments': z
    .object({
      managementCompanyId: Id.nullable().default(null),
    })
    .strict(),
  /**
   * A payment order of the УК. Allocations sum to the amount; omitted → the amount must equal exactly the still-due
   * total of the УК's latest request, and is spread over its cases in order.
   */
  'duty.recordPayment': z
    .object({
      managementCompanyId: Id,
      orderNumber: z
        .string({ error: 'Укажите номер платёжного поручения.' })
        .trim()
        .min(1, 'Укажите номер платёжного поручения.')
        .max(40, 'Номер платёжного поручения длиннее 40 знаков.'),
      orderDate: isoDateSchema('Дата платёжного поручения'),
      amountKopecks: Kopecks('Сумма платёжного поручения'),
      payer: z
        .string({ error: 'Укажите плательщика.' })
        .trim()
        .min(2, 'Укажите плательщика, как в платёжном поручении.')
        .max(300, 'Плательщик длиннее 300 знаков.'),
      note: z.string().trim().max(500, 'Примечание длиннее 500 знаков.').default(''),
      allocations: z.array(Allocation).min(1, 'Распределите платёж хотя бы на одно заявление.').max(5_000).optional(),
    })
    .strict(),
  /** No duty by law (НК ст.333.36) or deferred / reduced by the court: the filing gate opens. */
  'duty.recordExemption': z
    .object({
      caseId: Id,
      reason: z
        .string({ error: 'Укажите основание освобождения от пошлины.' })
        .trim()
        .min(5, 'Укажите основание: статью НК РФ или определение суда об отсрочке.')
        .max(500, 'Основание длиннее 500 знаков.'),
    })
    .strict(),
} as const;

export interface DutyComputeResult {
  dutyKopecks: number;
  kind: 'court_order' | 'lawsuit';
  claimKopecks: number;
  filed: string;
  scaleFrom: string;
  scaleSource: string;
  explanation: string[];
}

/** One application as the duty work sees it. */
export interface DutyCaseView {
  caseId: number;
  managementCompanyId: number;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  kind: 'court_order' | 'lawsuit';
  status: string;
  courtId: number | null;
  /** «суд не определён» when null. */
  courtName: string;
  claimKopecks: number;
  dutyKopecks: number;
  dutyOffsetKopecks: number;
  /** duty − offset. */
  dueKopecks: number;
  paidKopecks: number;
  /** due − paid (never below 0). */
  stillDueKopecks: number;
  exemptReason: string | null;
  /** The latest request the case is in, if any. */
  requestId: number | null;
}

export interface DutyRequestView {
  id: number;
  managementCompanyId: number;
  managementCompanyName: string;
  requestDate: string;
  casesCount: number;
  totalKopecks: number;
  stillDueKopecks: number;
  letterDocumentId: number | null;
  listDocumentId: number | null;
  userName: string;
  cases: DutyCaseView[];
}

export interface DutyCompanyView {
  managementCompanyId: number;
  name: string;
  inn: string;
  /** Prepared, not exempt, still due > 0. */
  awaiting: DutyCaseView[];
  awaitingKopecks: number;
}

export interface DutyRequestsOverview {
  companies: DutyCompanyView[];
  requests: DutyRequestView[];
}

export interface DutyPaymentView {
  id: number;
  managementCompanyId: number;
  managementCompanyName: string;
  orderNumber: string;
  orderDate: string;
  amountKopecks: number;
  payer: string;
  note: string;
  userName: string;
  allocations: Array<{
    caseId: number;
    accountNumber: string;
    debtorName: string;
    amountKopecks: number;
    status: string;
  }>;
}

export interface DutyRecordPaymentResult {
  payment: DutyPaymentView;
  /** Cases whose duty is now paid in full (moved to duty_paid). */
  paidCaseIds: number[];
  /** Whether the allocation was matched automatically to the latest request. */
  matchedRequestId: number | null;
}

export interface CourtDutyApiOutputs {
  'duty.compute': DutyComputeResult;
  'duty.requests': DutyRequestsOverview;
  'duty.createRequest': DutyRequestView;
  'duty.payments': DutyPaymentView[];
  'duty.recordPayment': DutyRecordPaymentResult;
  'duty.recordExemption': DutyCaseView;
}
