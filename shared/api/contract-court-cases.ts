/**
 * @file API methods — Court cases: the list, one case, its steps (filed, order, copy received, in force, cancelled,
 * lawsuit…), the «Сроки» list, the debtor identifiers (ГПК ст.124). Spread into the one contract in contract.ts.
 * The steps and their order: shared/court/case-steps.ts; the objection window: shared/court/procedural-days.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { IsoDate } from '../dates/iso-date';
import { CASE_STATUS_LIST, type CaseKindName, type CaseStatus, type CaseStep } from '../court/case-steps';
import type { FileResult } from './contract-work';

const Id = z.number({ error: 'Укажите номер записи.' }).int().positive();
const CaseId = z.number({ error: 'Укажите дело.' }).int().positive();
const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: укажите.` })
    .trim()
    .min(1, `${label}: укажите.`)
    .max(max, `${label} — не длиннее ${max} знаков.`);
/** An identifier field: a string sets it, '' or null clears it, omitted keeps it. */
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} — не длиннее ${max} знаков.`).nullable().optional();

const StepInput = z.discriminatedUnion(
  'step',
  [
    z
      .object({
        caseId: CaseId,
        step: z.literal('filed'),
        date: isoDateSchema('Дата подачи'),
        channel: z.enum(['gas_justice', 'post', 'in_person'], {
          error: 'Укажите способ подачи: ГАС «Правосудие», почта или лично.',
        }),
        courtCaseNumber: optionalText('Номер дела', 40),
      })
      .strict(),
    z
      .object({ caseId: CaseId, step: z.literal('issued'), date: isoDateSchema('Дата'), number: text('Номер', 60) })
      .strict(),
    z
      .object({ caseId: CaseId, step: z.literal('copy_received'), date: isoDateSchema('Дата получения копии') })
      .strict(),
    z.object({ caseId: CaseId, step: z.literal('in_force'), date: isoDateSchema('Дата вступления в силу') }).strict(),
    z
      .object({
        caseId: CaseId,
        step: z.literal('writ_received'),
        date: isoDateSchema('Дата получения'),
        number: text('Номер', 60),
      })
      .strict(),
    z
      .object({ caseId: CaseId, step: z.literal('cancelled'), date: isoDateSchema('Дата определения об отмене') })
      .strict(),
    z
      .object({
        caseId: CaseId,
        step: z.literal('returned'),
        date: isoDateSchema('Дата возврата'),
        reason: text('Причина возврата', 300),
      })
      .strict(),
    z
      .object({
        caseId: CaseId,
        step: z.literal('closed'),
        reason: z.enum(['paid_off', 'withdrawn'], { error: 'Укажите причину: долг погашен или заявление отозвано.' }),
        note: optionalText('Примечание', 300),
      })
      .strict(),
  ],
  { error: 'Укажите шаг дела.' },
);
export type CaseStepInput = z.infer<typeof StepInput>;

export const DEADLINE_KINDS = ['objection', 'in_force', 'lawsuit', 'limitation'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const courtCasesApiInputs = {
  'court.cases': z
    .object({
      status: z.array(z.enum(CASE_STATUS_LIST)).max(10).optional(),
      kind: z.enum(['court_order', 'lawsuit']).optional(),
      courtId: Id.optional(),
      managementCompanyId: Id.optional(),
      /** Account number or the debtor's name, a part of it. */
      search: z.string().trim().max(100).optional(),
      page: z.number().int().min(1).optional(),
      pageSize: z.number().int().min(1).max(200).optional(),
    })
    .strict(),
  'court.case': z.object({ caseId: CaseId }).strict(),
  'court.caseStep': StepInput,
  'court.createLawsuit': z.object({ caseId: CaseId, filingDate: isoDateSchema('Дата подачи иска') }).strict(),
  'court.deadlines': z
    .object({
      kinds: z.array(z.enum(DEADLINE_KINDS)).max(4).optional(),
      managementCompanyId: Id.optional(),
      /** Only what is due within this many days (overdue items always shown). */
      withinDays: z.number().int().min(0).max(366).optional(),
    })
    .strict(),
  'court.saveIdentifiers': z
    .object({
      personId: z.number({ error: 'Укажите должника.' }).int().positive(),
      birthDate: isoDateSchema('Дата рождения').nullable().optional(),
      birthPlace: optionalText('Место рождения', 200),
      snils: optionalText('СНИЛС', 20),
      inn: optionalText('ИНН', 20),
      passport: optionalText('Паспорт', 40),
      driverLicence: optionalText('Водительское удостоверение', 40),
      vehicleCertificate: optionalText('Свидетельство о регистрации ТС', 40),
    })
    .strict(),
  'court.confirmIdentifiersUnknown': z
    .object({ caseId: CaseId, note: text('Примечание (что известно и откуда)', 500) })
    .strict(),
  'court.missingIdentifiersXlsx': z.object({ managementCompanyId: Id.optional() }).strict(),
} as const;

export interface CourtCaseRow {
  id: number;
  kind: CaseKindName;
  status: CaseStatus;
  statusTitle: string;
  accountId: number;
  accountNumber: string;
  address: string;
  debtorName: string;
  companyName: string;
  courtName: string | null;
  periodFrom: string;
  periodTo: string;
  claimKopecks: number;
  dutyKopecks: number;
  identifiersStatus: 'complete' | 'missing' | 'unknown_confirmed';
  filedDate: IsoDate | null;
  issuedNumber: string | null;
  objectionDeadline: IsoDate | null;
  updatedAtMs: number;
}

export interface CourtCasesPage {
  rows: CourtCaseRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DebtorIdentifiers {
  personId: number;
  fullName: string;
  birthDate: string | null;
  birthPlace: string | null;
  snils: string | null;
  inn: string | null;
  passport: string | null;
  driverLicence: string | null;
  vehicleCertificate: string | null;
  /** What ГПК ст.124 still needs; [] when complete. */
  gaps: string[];
}

export interface CaseGate {
  gate: 'duty' | 'identifiers' | 'court';
  ok: boolean;
  /** Russian: what holds the filing, or what lets it pass. */
  message: string;
}

export interface CaseStepOffer {
  step: CaseStep;
  title: string;
  /** False when a gate holds it (filing without the duty, the identifiers or the court). */
  allowed: boolean;
  /** Why not, in Russian. */
  refusal: string | null;
  /** A date to put in the form (in force: the day after the objection window). */
  proposedDate: IsoDate | null;
}

export interface CaseHistoryEntry {
  atMs: number;
  actionDate: IsoDate;
  userName: string;
  summary: string;
}

export interface CaseBalance {
  /** The principal in the application (the debtor's share), as of the filing. */
  principalAtFilingKopecks: number;
  penaltyKopecks: number;
  /** The debtor's share of the account's payments after the filing date. */
  paidSinceKopecks: number;
  /** principal − paid since, not below zero: the claim after a statement reducing it (ГПК ст.39). */
  currentPrincipalKopecks: number;
  payments: Array<{ date: IsoDate; kopecks: number; shareKopecks: number }>;
}

export interface CourtCaseView extends CourtCaseRow {
  managementCompanyId: number;
  courtId: number | null;
  courtKind: 'magistrate' | 'district' | null;
  parentCaseId: number | null;
  childCaseIds: number[];
  shareText: string | null;
  periods: string[];
  asOfDate: IsoDate;
  preparedDate: IsoDate;
  principalKopecks: number;
  penaltyKopecks: number;
  dutyOffsetKopecks: number;
  /** Paid for this case by payment orders (duty_payment_cases). */
  dutyPaidKopecks: number;
  /** duty − offset − paid, not below zero; 0 when exempt. */
  dutyDueKopecks: number;
  dutyExemptReason: string | null;
  identifiersNote: string | null;
  debtor: DebtorIdentifiers;
  jointDebtors: DebtorIdentifiers[];
  filedChannel: 'gas_justice' | 'post' | 'in_person' | null;
  courtCaseNumber: string | null;
  issuedDate: IsoDate | null;
  copyReceivedDate: IsoDate | null;
  /** Working days left in the objection window (negative when it ended), while the order waits for it. */
  objectionDaysLeft: number | null;
  inForceDate: IsoDate | null;
  cancelledDate: IsoDate | null;
  returnedDate: IsoDate | null;
  writReceivedDate: IsoDate | null;
  writNumber: string | null;
  closedReason: string | null;
  timeBarredIncluded: boolean;
  timeBarredNote: string | null;
  gates: CaseGate[];
  steps: CaseStepOffer[];
  /** A lawsuit may follow (the order cancelled or the application returned, no lawsuit yet). */
  lawsuitPossible: boolean;
  balance: CaseBalance | null;
  history: CaseHistoryEntry[];
}

export interface DeadlineItem {
  kind: DeadlineKind;
  /** The date the item is about: the window's last day, the proposed in-force day, the limitation's last day. */
  date: IsoDate;
  /** Calendar days from today (negative = past). */
  daysLeft: number;
  severity: 'alarm' | 'warn' | 'info';
  accountId: number;
  accountNumber: string;
  address: string;
  debtorName: string | null;
  caseId: number | null;
  /** Russian, one line. */
  text: string;
  /** Limitation: the months expiring (the earliest first), with their last days. */
  months?: Array<{ period: string; expiresOn: IsoDate; openKopecks: number }>;
}

export interface CourtDeadlines {
  asOf: IsoDate;
  items: DeadlineItem[];
  counts: Record<DeadlineKind, number>;
  /** True when the limitation list was cut (the first `limit` accounts by date). */
  truncated: boolean;
}

export interface SavedIdentifiers {
  debtor: DebtorIdentifiers;
  /** Open prepared cases whose identifiers status was re-evaluated. */
  casesUpdated: number;
}

export interface CourtCasesApiOutputs {
  'court.cases': CourtCasesPage;
  'court.case': CourtCaseView;
  'court.caseStep': CourtCaseView;
  'court.createLawsuit': CourtCaseView;
  'court.deadlines': CourtDeadlines;
  'court.saveIdentifiers': SavedIdentifiers;
  'court.confirmIdentifiersUnknown': CourtCaseView;
  'court.missingIdentifiersXlsx': FileResult;
}
