/**
 * @file API methods — The writ registry (measure 10): the presentation deadline of a writ by its start and events
 * (the CLI `writ-deadline`, shared/fssp/writ-deadline.ts); the writs created from court cases or entered / imported
 * by hand, their events and the deadlines list. Spread into the one contract in contract.ts.
 *
 * Money in kopecks, dates 'YYYY-MM-DD'. A deadline's warning: 'expired' (the last day passed), 'near' (no more than
 * the rule writ_warn_days_near days left), 'far' (no more than writ_warn_days_far), null otherwise.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { WRIT_EVENT_TYPES, WRIT_KINDS, WRIT_STATUSES } from '../fssp/fssp-terms';
import type { WritEventType, WritKind, WritStatus } from '../fssp/fssp-terms';
import type { WritDeadline } from '../fssp/writ-deadline';

export const WritDeadlineRequestSchema = z
  .object({
    start: isoDateSchema('Начало срока (start)').describe('день начала срока ГГГГ-ММ-ДД'),
    events: z
      .array(
        z
          .object({
            type: z.enum(WRIT_EVENT_TYPES, {
              error:
                'Вид события: presented (предъявлен), returned (возвращён) или partial_payment (частичная оплата).',
            }),
            date: isoDateSchema('Дата события'),
          })
          .strict(),
        { error: 'События (events) — список объектов {"type", "date"}.' },
      )
      .max(1000, 'Не больше 1000 событий.')
      .default([]),
    asOf: isoDateSchema('Дата «на дату» (asOf)').describe('на какую дату ГГГГ-ММ-ДД'),
  })
  .strict();

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: целое число.`)
    .positive(`${label}: положительное число.`);

const Kopecks = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в копейках.` })
    .int(`${label}: целое число копеек.`)
    .min(0, `${label}: не меньше нуля.`)
    .max(100_000_000_000, `${label}: слишком большая сумма.`);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: укажите текст.` })
    .trim()
    .max(max, `${label}: не длиннее ${max} знаков.`);

/** The fields of a writ the clerk enters (by hand or in an edit). */
export const WritFieldsSchema = z
  .object({
    kind: z
      .enum(WRIT_KINDS, {
        error: 'Вид документа: court_order (судебный приказ) или writ_of_execution (исполнительный лист).',
      })
      .describe('court_order — судебный приказ, writ_of_execution — исполнительный лист'),
    number: text('Номер документа', 100).min(1, 'Укажите номер исполнительного документа.'),
    actDate: isoDateSchema('Дата акта'),
    inForceDate: isoDateSchema('Дата вступления в силу').nullable().default(null),
    termStartDate: isoDateSchema('Начало срока предъявления'),
    courtId: Id('Суд').nullable().default(null),
    courtName: text('Суд', 300).min(1, 'Укажите суд, выдавший документ.'),
    courtCaseNumber: text('Номер дела', 100).nullable().default(null),
    accountNumber: text('Лицевой счёт', 50).min(1, 'Укажите лицевой счёт.'),
    debtorPersonId: Id('Должник'),
    principalKopecks: Kopecks('Основной долг'),
    penaltyKopecks: Kopecks('Пени'),
    dutyKopecks: Kopecks('Госпошлина'),
    receivedDate: isoDateSchema('Дата получения'),
    note: text('Примечание', 1000).default(''),
  })
  .strict();
export type WritFields = z.infer<typeof WritFieldsSchema>;

const Upload = z
  .object({
    uploadId: z
      .string({ error: 'Выберите файл для загрузки.' })
      .min(1, 'Выберите файл для загрузки.')
      .max(64, 'Неверный код файла: выберите файл заново.'),
  })
  .strict();

export const WRIT_LIST_STATUSES = ['to_send', 'all', ...WRIT_STATUSES] as const;

export const fsspWritsApiInputs = {
  /** The presentation deadline of a writ (229-ФЗ ст.21, 22, 16) by the production calendar and `writ_term_years`. */
  'writs.deadline': WritDeadlineRequestSchema,
  /** The registry: filters, search by number / debtor / account; the writs to send first, then by deadline. */
  'writs.list': z
    .object({
      status: z
        .enum(WRIT_LIST_STATUSES, { error: 'Состояние: to_send, all или одно из состояний документа.' })
        .default('all'),
      managementCompanyId: Id('Управляющая компания').optional(),
      search: z.string().trim().max(200, 'Поиск: не длиннее 200 знаков.').optional(),
      page: z.number().int().positive().default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
  /** One writ: its fields, events, the deadline with its steps, the applications and proceedings on it. */
  'writs.get': z.object({ writId: Id('Исполнительный документ') }).strict(),
  /** An account by its number with the persons on it: the debtor of a writ entered by hand is chosen among them. */
  'writs.accountPersons': z
    .object({ accountNumber: text('Лицевой счёт', 50).min(1, 'Укажите лицевой счёт.') })
    .strict(),
  /** A writ entered by hand (obtained before the application was used, or outside a court case). */
  'writs.create': WritFieldsSchema,
  /** An edit of a writ's fields; journaled with before and after. */
  'writs.update': WritFieldsSchema.extend({ writId: Id('Исполнительный документ') }).strict(),
  /** A writ event by hand: a partial payment, presented, returned — with a note. */
  'writs.addEvent': z
    .object({
      writId: Id('Исполнительный документ'),
      type: z.enum(WRIT_EVENT_TYPES, {
        error: 'Событие: presented (предъявлен), returned (возвращён) или partial_payment (частичная оплата).',
      }),
      date: isoDateSchema('Дата события'),
      note: text('Примечание', 1000).default(''),
    })
    .strict(),
  /** Every writ with the creditor with its deadline and warning, the writs not yet sent first. */
  'writs.deadlines': z
    .object({
      asOf: isoDateSchema('На дату').optional().describe('на какую дату ГГГГ-ММ-ДД (по умолчанию сегодня)'),
      managementCompanyId: Id('Управляющая компания').optional(),
    })
    .strict(),
  /** The import template: CSV (;) with the column headers and one example row. */
  'writs.importTemplate': z.object({}).strict(),
  /** Reads an uploaded CSV/XLSX and checks every row; writes nothing. */
  'writs.importPreview': Upload,
  /** Imports the uploaded file: all rows or none (a file with any bad row is refused whole). */
  'writs.import': Upload,
} as const;

export type WritWarning = 'far' | 'near' | 'expired';

export interface WritRow {
  id: number;
  kind: WritKind;
  number: string;
  actDate: string;
  termStartDate: string;
  courtName: string;
  accountId: number;
  accountNumber: string;
  managementCompanyId: number;
  companyName: string;
  debtorPersonId: number;
  debtorName: string;
  totalKopecks: number;
  receivedDate: string;
  status: WritStatus;
  source: 'court_case' | 'manual' | 'import';
  /** The last day to present (moved to a working day); null with the bailiff, or performed / cancelled. */
  deadline: string | null;
  daysLeft: number | null;
  warning: WritWarning | null;
}

export interface WritsPage {
  asOf: string;
  rows: WritRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Writs with the creditor (received or returned), whatever the filter. */
  toSendTotal: number;
  /** The management companies that have writs (the filter's choices). */
  companies: { id: number; name: string }[];
}

export interface WritEventView {
  id: number;
  type: WritEventType;
  date: string;
  note: string;
  createdBy: string;
  createdAtMs: number;
}

export interface WritView extends WritRow {
  inForceDate: string | null;
  courtId: number | null;
  courtCaseNumber: string | null;
  courtCaseId: number | null;
  principalKopecks: number;
  penaltyKopecks: number;
  dutyKopecks: number;
  note: string;
  createdBy: string;
  createdAtMs: number;
  updatedAtMs: number;
  events: WritEventView[];
  /** The deadline with its steps in Russian (shared/fssp/writ-deadline.ts); null for a performed or cancelled writ. */
  deadlineInfo: WritDeadline | null;
  applications: { id: number; applicationDate: string; status: string; recipient: string }[];
  proceedings: { id: number; number: string; openedDate: string; status: string }[];
}

export interface WritAccountPersons {
  accountId: number;
  accountNumber: string;
  address: string;
  managementCompanyId: number;
  companyName: string;
  persons: { personId: number; fullName: string; birthDate: string | null; role: string }[];
}

export interface WritDeadlineItem {
  writId: number;
  number: string;
  kind: WritKind;
  status: WritStatus;
  /** received or returned: to send (again) to the bailiffs. */
  toSend: boolean;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  companyName: string;
  totalKopecks: number;
  termStartDate: string;
  deadline: string;
  daysLeft: number;
  warning: WritWarning | null;
}

export interface WritDeadlines {
  asOf: string;
  farDays: number;
  nearDays: number;
  items: WritDeadlineItem[];
  counts: { toSend: number; expired: number; near: number; far: number };
}

export interface WritImportRow {
  line: number;
  number: string;
  kind: WritKind;
  actDate: string;
  termStartDate: string;
  accountNumber: string;
  debtorName: string;
  totalKopecks: number;
}

export interface WritImportPreview {
  fileName: string;
  rows: WritImportRow[];
  /** «Строка N: …» per bad row; the import refuses the file while any is left. */
  errors: string[];
  totalKopecks: number;
}

export interface WritImportResult {
  imported: number;
  totalKopecks: number;
  summary: string;
}

export interface WritTemplateFile {
  fileName: string;
  text: string;
  base64: string;
}

export interface FsspWritsApiOutputs {
  'writs.deadline': WritDeadline & { start: string; asOf: string };
  'writs.list': WritsPage;
  'writs.get': WritView;
  'writs.accountPersons': WritAccountPersons;
  'writs.create': WritView;
  'writs.update': WritView;
  'writs.addEvent': WritView;
  'writs.deadlines': WritDeadlines;
  'writs.importTemplate': WritTemplateFile;
  'writs.importPreview': WritImportPreview;
  'writs.import': WritImportResult;
}
