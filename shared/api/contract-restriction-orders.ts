/**
 * @file API methods — Ограничение услуг (мера 8): исполнители, заявки исполнителям, акты ограничения и
 * восстановления (с фото и сканами), восстановление. Spread into the one contract in contract.ts.
 *
 * The gates live in the core (electron/core/restriction/restriction-acts.ts): «Ограничено» is set only by a recorded
 * act of restriction, and that act is refused without a delivered warning or before the warning's term ended.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const Text = (label: string, max: number) =>
  z
    .string({ error: `${label} — текст.` })
    .trim()
    .max(max, `${label}: не длиннее ${max} знаков.`);

/** Most files one act may carry. */
export const ACT_FILES_MAX = 10;

export const restrictionOrdersApiInputs = {
  /** The contractors with the management companies each serves, and every company with its contractor. */
  'restrictionOrders.contractors': z.object({}).strict(),
  /** A new contractor (no id) or a change of one. */
  'restrictionOrders.saveContractor': z
    .object({
      id: Id('Исполнитель').optional(),
      name: Text('Наименование исполнителя', 300).min(2, 'Укажите наименование исполнителя.'),
      address: Text('Адрес исполнителя', 500).default(''),
      phone: Text('Телефон исполнителя', 100).default(''),
    })
    .strict(),
  /** Which contractor serves a management company's buildings (null: none). */
  'restrictionOrders.mapCompany': z
    .object({
      managementCompanyId: Id('Управляющая компания'),
      contractorId: Id('Исполнитель').nullable(),
    })
    .strict(),
  /** Delivered warnings whose term ended, the debt re-read today; grouped by the contractor of the account's УК. */
  'restrictionOrders.candidates': z.object({}).strict(),
  /** One order to a contractor for the chosen cases (PDF + XLSX address list); the cases become «ordered». */
  'restrictionOrders.create': z
    .object({
      contractorId: Id('Исполнитель'),
      caseIds: z
        .array(Id('Дело об ограничении'), { error: 'Выберите адреса для заявки.' })
        .min(1, 'Выберите хотя бы один адрес.')
        .max(2000, 'В одной заявке не больше 2000 адресов.'),
    })
    .strict(),
  /** The orders made, and the cases waiting for an act (ordered) or restricted. */
  'restrictionOrders.list': z.object({}).strict(),
  /** An act of restriction or of restoration, with photos or scans uploaded before (JPEG, PNG, PDF). */
  'restrictionOrders.recordAct': z
    .object({
      caseId: Id('Дело об ограничении'),
      kind: z.enum(['restriction', 'restoration'], { error: 'Вид акта: restriction или restoration.' }),
      actDate: isoDateSchema('Дата акта'),
      actTime: z
        .string({ error: 'Время акта: укажите ЧЧ:ММ.' })
        .max(5, 'Время акта — ЧЧ:ММ, например 10:30.')
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Время акта — ЧЧ:ММ, например 10:30.'),
      method: Text('Способ', 300).min(3, 'Укажите способ: например, «заглушка на выпуске канализации».'),
      present: Text('Присутствовали', 500).min(3, 'Укажите, кто присутствовал.'),
      readings: Text('Показания приборов учёта', 300).default(''),
      note: Text('Примечание', 1000).default(''),
      uploadIds: z
        .array(z.string().min(1).max(64, 'Неверный код файла: выберите файл заново.'))
        .max(ACT_FILES_MAX, `К акту — не больше ${ACT_FILES_MAX} файлов.`)
        .default([]),
    })
    .strict(),
  /** The acts of a case with their attached files. */
  'restrictionOrders.actFiles': z.object({ caseId: Id('Дело об ограничении') }).strict(),
  /** One attached file (base64). */
  'restrictionOrders.actFile': z.object({ fileId: Id('Файл акта') }).strict(),
  /**
   * Checks the restricted cases (full repayment or a signed agreement → restoration due in 2 days) and lists the
   * restorations due, overdue first, and the ordered cases whose debt was paid before the restriction.
   */
  'restrictionOrders.restorations': z.object({}).strict(),
  /** Closes a case that has not been restricted (debt paid below the threshold, agreement, clerk's decision). */
  'restrictionOrders.closeCase': z
    .object({
      caseId: Id('Дело об ограничении'),
      reason: Text('Причина', 300).min(3, 'Укажите причину закрытия.'),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;

export interface ContractorRow {
  id: number;
  name: string;
  address: string;
  phone: string;
  companies: Array<{ id: number; name: string }>;
}

export interface ContractorsView {
  contractors: ContractorRow[];
  companies: Array<{ id: number; name: string; contractorId: number | null }>;
}

/** One case as the orders, acts and restorations show it. */
export interface RestrictionCaseRow {
  caseId: number;
  accountId: number;
  accountNumber: string;
  address: string;
  apartment: string;
  companyId: number;
  companyName: string;
  service: string;
  status: string;
  /** The debt named in the warning. */
  warningDebtKopecks: number;
  /** The service's overdue debt today (readServiceDebts) and its threshold today. */
  debtKopecks: number;
  thresholdKopecks: number | null;
  overThreshold: boolean;
  restrictionPossible: boolean;
  warningDate: string;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  orderId: number | null;
  orderNumber: string | null;
  restrictedDate: string | null;
  restorationReason: 'paid' | 'agreement' | null;
  restorationDueDate: string | null;
  restoredDate: string | null;
  /** A signed repayment agreement on the account. */
  agreementSigned: boolean;
}

export interface OrderCandidateGroup {
  contractorId: number | null;
  contractorName: string | null;
  /** The management companies of the group (for an unmapped group: the ones that need a contractor). */
  companies: Array<{ id: number; name: string }>;
  cases: RestrictionCaseRow[];
}

export interface OrderCandidatesView {
  today: string;
  groups: OrderCandidateGroup[];
  /** Term ended but the debt fell to the threshold or below (or an agreement was signed): to close, not to order. */
  belowThreshold: RestrictionCaseRow[];
  /** Delivered warnings whose term still runs. */
  timerRunning: number;
}

export interface OrderCreated {
  orderId: number;
  number: string;
  orderDate: string;
  pdfDocumentId: number;
  xlsxDocumentId: number;
  caseIds: number[];
}

export interface OrderRow {
  id: number;
  number: string;
  orderDate: string;
  contractorId: number;
  contractorName: string;
  caseCount: number;
  pdfDocumentId: number | null;
  xlsxDocumentId: number | null;
  userName: string;
}

export interface OrdersListView {
  today: string;
  orders: OrderRow[];
  /** Waiting for an act of restriction. */
  ordered: RestrictionCaseRow[];
  restricted: RestrictionCaseRow[];
}

export interface ActFileRow {
  id: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface ActRow {
  id: number;
  kind: 'restriction' | 'restoration';
  actDate: string;
  actTime: string;
  method: string;
  present: string;
  readings: string | null;
  note: string | null;
  documentId: number | null;
  userName: string;
  files: ActFileRow[];
}

export interface ActRecorded {
  actId: number;
  caseId: number;
  status: string;
  documentId: number;
  files: ActFileRow[];
  costKopecks: number;
}

export interface RestorationRow extends RestrictionCaseRow {
  /** restoration_due_date − today: negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface RestorationsView {
  today: string;
  /** Overdue first, then by due date. */
  due: RestorationRow[];
  overdueCount: number;
  /** Ordered (not yet restricted) cases whose debt fell to the threshold or below, or with a signed agreement. */
  closable: RestrictionCaseRow[];
  /** Cases the check moved to «restoration due» just now. */
  newlyDue: number;
}

export interface RestrictionOrdersApiOutputs {
  'restrictionOrders.contractors': ContractorsView;
  'restrictionOrders.saveContractor': ContractorRow;
  'restrictionOrders.mapCompany': ContractorsView;
  'restrictionOrders.candidates': OrderCandidatesView;
  'restrictionOrders.create': OrderCreated;
  'restrictionOrders.list': OrdersListView;
  'restrictionOrders.recordAct': ActRecorded;
  'restrictionOrders.actFiles': { caseId: number; acts: ActRow[] };
  'restrictionOrders.actFile': { fileName: string; base64: string };
  'restrictionOrders.restorations': RestorationsView;
  'restrictionOrders.closeCase': RestrictionCaseRow;
}
