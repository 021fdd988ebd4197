/**
 * @file API methods — Исполнительные производства, взысканные суммы, ходатайства и ответы на них, жалобы старшему
 * приставу (measure 11). Spread into the one contract in contract.ts.
 *
 * A proceeding is recorded on a writ we sent (or presented before the registry knew it); its end moves the writ
 * (electron/core/fssp/proceedings-status.ts says how). Collections are what the bailiff recovered: they never change
 * the account's debt (billing does, when the payment arrives). Petitions (ст.64.1) wait 10 working days for the
 * bailiff's decision (ст.15); an overdue one gets a complaint to the senior bailiff (ст.123).
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import {
  PETITION_KINDS,
  PROCEEDING_STATUSES,
  type PetitionKind,
  type ProceedingStatus,
  type WritKind,
  type WritStatus,
} from '../fssp/fssp-terms';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label} — целое число.`)
    .positive(`${label} — положительное число.`);
const Kopecks = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в копейках.` })
    .int(`${label}: целое число копеек.`)
    .positive(`${label}: больше нуля.`)
    .max(1_000_000_000_000, `${label}: слишком большая сумма.`);
const Note = (label: string, max = 500) =>
  z
    .string({ error: `${label}: текст.` })
    .trim()
    .max(max, `${label} длиннее ${max} знаков.`)
    .default('');

export const PROCEEDING_LIST_STATUSES = ['open', 'all', ...PROCEEDING_STATUSES] as const;
export const PETITION_FILTERS = ['all', 'awaiting', 'overdue', 'answered'] as const;
export type PetitionFilter = (typeof PETITION_FILTERS)[number];

export const fsspProceedingsApiInputs = {
  /** Proceedings, running ones first (then by the date opened, newest first). */
  'proceedings.list': z
    .object({
      status: z
        .enum(PROCEEDING_LIST_STATUSES, { error: 'Состояние: open, all или одно из состояний производства.' })
        .default('all'),
      departmentId: Id('Отдел').optional(),
      /** The proceedings number, the writ's number, the account number or the debtor's name. */
      search: z.string().trim().max(100, 'Строка поиска длиннее 100 знаков.').optional(),
      page: z.number().int().positive().default(1),
      pageSize: z.number().int().min(1).max(500).default(100),
    })
    .strict(),
  /** One proceeding with its writ, collections, payments to link, petitions and history. */
  'proceedings.get': z.object({ proceedingId: Id('Производство') }).strict(),
  /** Writs a proceeding may be recorded on (sent, or with us: received / returned), for the open form. */
  'proceedings.openableWrits': z
    .object({ search: z.string().trim().max(100, 'Строка поиска длиннее 100 знаков.').optional() })
    .strict(),
  'proceedings.open': z
    .object({
      writId: Id('Исполнительный документ'),
      number: z
        .string({ error: 'Укажите номер исполнительного производства (NNNNN/ГГ/NNNNN-ИП).' })
        .trim()
        .min(1, 'Укажите номер исполнительного производства (NNNNN/ГГ/NNNNN-ИП).')
        .max(40, 'Номер производства длиннее 40 знаков.'),
      openedDate: isoDateSchema('Дата возбуждения'),
      /** The department; when omitted — by the number's department code, the application, the building. */
      departmentId: Id('Отдел').optional(),
      bailiffName: z.string().trim().max(200, 'ФИО пристава длиннее 200 знаков.').optional(),
      /** The sum in the proceedings as the decision states it; the writ's total when omitted. */
      debtKopecks: Kopecks('Сумма по производству').optional(),
    })
    .strict(),
  /** Corrects the department, the bailiff (they change) or the sum in the proceedings. */
  'proceedings.edit': z
    .object({
      proceedingId: Id('Производство'),
      departmentId: Id('Отдел').nullable().optional(),
      bailiffName: z.string().trim().max(200, 'ФИО пристава длиннее 200 знаков.').optional(),
      debtKopecks: Kopecks('Сумма по производству').optional(),
    })
    .strict(),
  'proceedings.setStatus': z
    .object({
      proceedingId: Id('Производство'),
      status: z.enum(PROCEEDING_STATUSES, {
        error: 'Состояние: opened, suspended, ended_performed, ended_impossible или terminated.',
      }),
      date: isoDateSchema('Дата постановления'),
      /** The ground in words (ст.46 ч.1 п.3/4, ст.47, ст.43, ст.40); required for an end. */
      ground: Note('Основание', 500),
    })
    .strict(),
  'proceedings.addCollection': z
    .object({
      proceedingId: Id('Производство'),
      date: isoDateSchema('Дата взыскания'),
      amountKopecks: Kopecks('Взысканная сумма'),
      note: Note('Примечание', 300),
    })
    .strict(),
  /** Links the account's ФССП payments (naming this proceedings number, or ФССП / УФССП / ОСП) as collections. */
  'proceedings.linkPayments': z.object({ proceedingId: Id('Производство') }).strict(),
  /** Links one payment of the account by hand. */
  'proceedings.linkPayment': z.object({ proceedingId: Id('Производство'), paymentId: Id('Платёж') }).strict(),

  /** Every petition (with applications and after), with its state; overdue first. */
  'petitions.list': z
    .object({
      filter: z.enum(PETITION_FILTERS, { error: 'Отбор: all, awaiting, overdue или answered.' }).default('all'),
      proceedingId: Id('Производство').optional(),
      search: z.string().trim().max(100, 'Строка поиска длиннее 100 знаков.').optional(),
    })
    .strict(),
  /** A petition in running proceedings (ст.64.1), with its letter (PDF) and the answer's due date. */
  'petitions.create': z
    .object({
      proceedingId: Id('Производство'),
      kind: z.enum(PETITION_KINDS, {
        error:
          'Вид ходатайства: arrest_accounts, arrest_property, travel_ban, registry_requests, income_deduction или search.',
      }),
      sentDate: isoDateSchema('Дата направления'),
    })
    .strict(),
  'petitions.answer': z
    .object({
      petitionId: Id('Ходатайство'),
      answer: z.enum(['granted', 'refused'], { error: 'Ответ: granted (удовлетворено) или refused (отказано).' }),
      date: isoDateSchema('Дата постановления'),
      note: Note('Примечание', 500),
      /** The bailiff's decision, a file uploaded before (PDF, JPG, PNG, TIFF, DOC, DOCX, ODT). */
      uploadId: z.string().trim().min(1).max(64).optional(),
    })
    .strict(),
  /** The attached decision on a petition. */
  'petitions.answerFile': z.object({ petitionId: Id('Ходатайство') }).strict(),
  /** A complaint to the senior bailiff (ст.123) about an overdue answer, as a PDF. */
  'petitions.complaint': z
    .object({
      petitionId: Id('Ходатайство'),
      /** The complaint's date; today when omitted. */
      date: isoDateSchema('Дата жалобы').optional(),
    })
    .strict(),
} as const;

export interface ProceedingRow {
  id: number;
  number: string;
  openedDate: string;
  departmentId: number | null;
  departmentName: string | null;
  bailiffName: string | null;
  writId: number;
  writNumber: string;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  status: ProceedingStatus;
  statusLabel: string;
  statusDate: string;
  statusNote: string;
  debtKopecks: number;
  collectedKopecks: number;
  /** debt − collected, not below zero. */
  balanceKopecks: number;
  petitionsOverdue: number;
}

export interface ProceedingsList {
  rows: ProceedingRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CollectionRow {
  id: number;
  date: string;
  amountKopecks: number;
  paymentId: number | null;
  /** The payment's source and document, where linked. */
  paymentText: string | null;
  note: string;
  createdBy: string;
}

export interface PaymentCandidate {
  paymentId: number;
  date: string;
  amountKopecks: number;
  source: string | null;
  documentNumber: string | null;
  /** True when the payment names this proceeding or ФССП / УФССП / ОСП (linkPayments takes it). */
  fssp: boolean;
}

export interface PetitionRow {
  id: number;
  writId: number;
  proceedingId: number | null;
  proceedingNumber: string | null;
  applicationId: number | null;
  kind: PetitionKind;
  kindLabel: string;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  departmentName: string | null;
  seniorBailiff: string | null;
  sentDate: string | null;
  answerDueDate: string | null;
  answer: 'granted' | 'refused' | null;
  answerDate: string | null;
  answerNote: string;
  hasAnswerFile: boolean;
  /** draft — not sent yet (an application not handed over); overdue — no answer and today is after the due date. */
  state: 'draft' | 'awaiting' | 'overdue' | 'answered';
  /** Calendar days past the due date, for overdue ones. */
  daysOverdue: number | null;
  documentId: number | null;
  complaintDocumentId: number | null;
  complaintDate: string | null;
}

export interface PetitionsList {
  rows: PetitionRow[];
  counts: { awaiting: number; overdue: number; answered: number; draft: number };
  today: string;
}

export interface ProceedingView extends ProceedingRow {
  address: string;
  managementCompanyName: string;
  writ: {
    id: number;
    kind: WritKind;
    kindLabel: string;
    number: string;
    actDate: string;
    courtName: string;
    status: WritStatus;
    statusLabel: string;
    totalKopecks: number;
    /** The presentation deadline today (null while the writ is with the bailiff). */
    deadline: string | null;
    deadlineExpired: boolean;
  };
  /** The statuses the proceeding may move to now. */
  transitions: ProceedingStatus[];
  collections: CollectionRow[];
  candidates: PaymentCandidate[];
  petitions: PetitionRow[];
  /** Whether a travel-ban petition may be made on the balance today (ст.67 ч.1), and why not. */
  travelBan: { offered: boolean; reason: string | null };
  history: Array<{ atMs: number; userName: string; summary: string }>;
}

export interface WritOpenable {
  writId: number;
  number: string;
  kindLabel: string;
  actDate: string;
  status: WritStatus;
  statusLabel: string;
  accountNumber: string;
  debtorName: string;
  totalKopecks: number;
  /** The department of the writ's last application, else of the building. */
  departmentId: number | null;
  departmentName: string | null;
}

export interface DepartmentOption {
  id: number;
  name: string;
  code: string | null;
}

export interface FsspProceedingsApiOutputs {
  'proceedings.list': ProceedingsList & { departments: DepartmentOption[] };
  'proceedings.get': ProceedingView;
  'proceedings.openableWrits': { rows: WritOpenable[]; departments: DepartmentOption[] };
  'proceedings.open': ProceedingView;
  'proceedings.edit': ProceedingView;
  'proceedings.setStatus': {
    view: ProceedingView;
    /** What happened to the writ, in Russian. */
    message: string;
    /** The writ's presentation deadline after the change (a writ returned: from the return). */
    writDeadline: { deadline: string | null; lastDay: string | null; expired: boolean; withBailiff: boolean } | null;
  };
  'proceedings.addCollection': ProceedingView;
  'proceedings.linkPayments': { view: ProceedingView; linked: number; message: string };
  'proceedings.linkPayment': ProceedingView;
  'petitions.list': PetitionsList;
  'petitions.create': { petition: PetitionRow; message: string };
  'petitions.answer': PetitionRow;
  'petitions.answerFile': { fileName: string; base64: string };
  'petitions.complaint': { petition: PetitionRow; documentId: number; warnings: string[] };
}
