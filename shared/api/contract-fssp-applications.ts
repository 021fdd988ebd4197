/**
 * @file API methods — Заявления о возбуждении исполнительного производства (229-ФЗ ст.30) или в банк должника (ст.8),
 * ходатайства при заявлении (ст.64.1), реестры передачи по отделам (measure 10). Spread into the one contract in
 * contract.ts.
 *
 * The writs that must go out are those with the creditor (received or returned). An application is «prepared» with
 * its PDF and its petitions; it goes into a transfer register of its department (or bank); when the register is
 * handed over the writ is presented on that day (its deadline stops running) and each petition's answer term starts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { PETITION_KINDS, type PetitionKind, type WritKind, type WritStatus } from '../fssp/fssp-terms';
import type { TravelBanOffer } from '../fssp/travel-ban';

const Id = z.number({ error: 'Укажите код.' }).int('Код — целое число.').positive('Код — положительное число.');

export const APPLICATION_RECIPIENTS = ['department', 'bank'] as const;
export type ApplicationRecipient = (typeof APPLICATION_RECIPIENTS)[number];

export const APPLICATION_STATUSES = ['prepared', 'sent', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  prepared: 'подготовлено',
  sent: 'передано',
  withdrawn: 'отозвано',
};

export const fsspApplicationsApiInputs = {
  /** The writs with the creditor that must go out, each with where it would go and what may be asked. */
  'fsspApplications.candidates': z.object({}).strict(),
  /**
   * Applications for one or many writs: to the department that serves the debtor's building (default) or to the
   * debtor's bank (one known account of the debtor), with the petitions chosen. All or nothing.
   */
  'fsspApplications.create': z
    .object({
      writIds: z
        .array(Id, { error: 'Выберите исполнительные документы.' })
        .min(1, 'Выберите хотя бы один исполнительный документ.')
        .max(500, 'Не больше 500 исполнительных документов за раз.'),
      recipient: z
        .enum(APPLICATION_RECIPIENTS, { error: 'Куда: department (отдел приставов) или bank (банк должника).' })
        .default('department')
        .describe('department — в отдел судебных приставов, bank — в банк должника'),
      debtorBankAccountId: Id.describe('счёт должника в банке (для bank)').optional(),
      petitions: z
        .array(
          z.enum(PETITION_KINDS, {
            error:
              'Ходатайство: arrest_accounts, arrest_property, travel_ban, registry_requests, income_deduction или search.',
          }),
        )
        .max(PETITION_KINDS.length, 'Каждое ходатайство — не больше одного раза.')
        .default([]),
      applicationDate: isoDateSchema('Дата заявления').optional(),
    })
    .strict(),
  /** Applications, newest first: all, or prepared / sent; `unregistered` — prepared and not yet in a register. */
  'fsspApplications.list': z
    .object({
      status: z.enum(APPLICATION_STATUSES, { error: 'Статус: prepared, sent или withdrawn.' }).optional(),
      unregistered: z.boolean().default(false),
    })
    .strict(),
  /** Takes back a prepared application not yet in a register (its petitions go with it). */
  'fsspApplications.withdraw': z.object({ applicationId: Id }).strict(),
  /**
   * A transfer register (PDF + XLSX) of the prepared applications not yet in a register: of a department, of a bank
   * (by its БИК), or the given applications (all to the same department or bank).
   */
  'fsspRegisters.create': z
    .object({
      departmentId: Id.describe('код отдела судебных приставов').optional(),
      bankBik: z
        .string({ error: 'БИК банка — 9 цифр.' })
        .max(20, 'БИК банка — 9 цифр.')
        .trim()
        .regex(/^\d{9}$/u, 'БИК банка — 9 цифр.')
        .optional()
        .describe('БИК банка (для заявлений в банк)'),
      applicationIds: z.array(Id).min(1, 'Выберите хотя бы одно заявление.').max(2_000).optional(),
      registerDate: isoDateSchema('Дата реестра').optional().describe('дата реестра ГГГГ-ММ-ДД'),
    })
    .strict()
    .refine((v) => [v.departmentId, v.bankBik, v.applicationIds].filter((x) => x !== undefined).length === 1, {
      message: 'Укажите одно: отдел (departmentId), БИК банка (bankBik) или заявления (applicationIds).',
    }),
  /** Registers, newest first. */
  'fsspRegisters.list': z.object({}).strict(),
  /** A register's PDF and XLSX (base64). */
  'fsspRegisters.files': z.object({ registerId: Id }).strict(),
  /**
   * The register was handed over (or posted): its applications are sent, each writ presented on that day, each
   * petition's answer term (working days, ст.15) starts. Once only.
   */
  'fsspRegisters.markHanded': z
    .object({
      registerId: Id,
      handedDate: isoDateSchema('Дата передачи'),
      receipt: z
        .string({ error: 'Укажите отметку о приёме: входящий номер и дату или почтовый идентификатор.' })
        .trim()
        .min(3, 'Укажите отметку о приёме: входящий номер и дату или почтовый идентификатор.')
        .max(300, 'Отметка о приёме длиннее 300 знаков.'),
    })
    .strict(),
} as const;

export interface DebtorBankAccountView {
  id: number;
  bankName: string;
  bik: string;
  bankAddress: string;
  accountNumber: string | null;
}

export interface ApplicationCandidate {
  writId: number;
  kind: WritKind;
  number: string;
  actDate: string;
  inForceDate: string | null;
  courtName: string;
  courtCaseNumber: string | null;
  status: WritStatus;
  accountId: number;
  accountNumber: string;
  premisesAddress: string;
  managementCompanyName: string;
  debtorName: string;
  principalKopecks: number;
  penaltyKopecks: number;
  dutyKopecks: number;
  totalKopecks: number;
  department: { id: number; name: string; address: string } | null;
  /** «Дом не привязан к отделу судебных приставов…» when no department. */
  departmentProblem: string | null;
  bankAccounts: DebtorBankAccountView[];
  /** The presentation deadline; null only while with the bailiff (not for these writs). */
  deadline: string | null;
  daysLeft: number | null;
  expired: boolean;
  travelBan: TravelBanOffer;
  /** The prepared application already made for this writ (not yet handed over), if any. */
  preparedApplicationId: number | null;
  /** Why no application can be prepared now (expired, already prepared); null when it can. */
  blocked: string | null;
}

export interface ApplicationCandidates {
  asOf: string;
  thresholdKopecks: number;
  candidates: ApplicationCandidate[];
}

export interface PetitionView {
  id: number;
  kind: PetitionKind;
  sentDate: string | null;
  answerDueDate: string | null;
}

export interface FsspApplicationView {
  id: number;
  writId: number;
  writKind: WritKind;
  writNumber: string;
  writActDate: string;
  courtName: string;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  totalKopecks: number;
  recipient: ApplicationRecipient;
  departmentId: number | null;
  /** The department's name, or the bank's. */
  recipientName: string;
  bankBik: string | null;
  applicationDate: string;
  status: ApplicationStatus;
  documentId: number | null;
  pages: number | null;
  registerId: number | null;
  petitions: PetitionView[];
  createdBy: string;
}

export interface CreateApplicationsResult {
  applications: FsspApplicationView[];
  summary: string;
  /** Non-blocking notes (a power of attorney not recorded). */
  warnings: string[];
}

export interface TransferRegisterView {
  id: number;
  departmentId: number | null;
  /** The department's name, or the bank's. */
  recipientName: string;
  bankBik: string | null;
  registerDate: string;
  applicationsCount: number;
  totalKopecks: number;
  pdfDocumentId: number | null;
  hasXlsx: boolean;
  handedDate: string | null;
  receipt: string | null;
  createdBy: string;
  applicationIds: number[];
}

export interface RegisterFile {
  fileName: string;
  savedPath: string;
  base64: string;
}

export interface RegisterFiles {
  registerId: number;
  pdf: RegisterFile;
  xlsx: RegisterFile;
}

export interface MarkHandedResult {
  register: TransferRegisterView;
  writsSent: number;
  petitionsSent: number;
  summary: string;
}

export interface FsspApplicationsApiOutputs {
  'fsspApplications.candidates': ApplicationCandidates;
  'fsspApplications.create': CreateApplicationsResult;
  'fsspApplications.list': FsspApplicationView[];
  'fsspApplications.withdraw': FsspApplicationView;
  'fsspRegisters.create': TransferRegisterView;
  'fsspRegisters.list': TransferRegisterView[];
  'fsspRegisters.files': RegisterFiles;
  'fsspRegisters.markHanded': MarkHandedResult;
}
