/**
 * @file The one API contract: method name → zod input schema, and the output type of each method.
 *
 * Every host (Electron IPC, the browser host's `POST /api/<method>`, the CLI) carries exactly this table, and
 * the renderer's client is typed by it. Add a method here first, then its handler in electron/core/api/.
 */
import { z } from './zod-russian';
import { isoDateSchema, periodSchema } from './calendar-schemas';
import { BRACKET_CODES } from '../registry/brackets';
import type { AccountCard, RegistryFilterOptions, RegistryPage } from '../registry/registry-types';
import type { JobStatus } from '../jobs/job-types';
import type { AddKeyRateResult, LegalTablesView } from '../legal/legal-table-types';
import type { ImportHistoryItem, ImportPreview, SavedMapping, UploadInfo } from '../import/import-types';
import { penaltyApiInputs, type PenaltyApiOutputs } from './contract-penalty';
import { epdApiInputs, type EpdApiOutputs } from './contract-epd';
import { workApiInputs, type WorkApiOutputs } from './contract-work';
import { documentsApiInputs, type DocumentsApiOutputs } from './contract-documents';
import { mailingApiInputs, type MailingApiOutputs } from './contract-mailing';
import { debtApiInputs, type DebtApiOutputs } from './contract-debt';
import { authApiInputs, type AuthApiOutputs } from './contract-auth';
import { courtDirectoryApiInputs, type CourtDirectoryApiOutputs } from './contract-court-directory';
import { courtQueueApiInputs, type CourtQueueApiOutputs } from './contract-court-queue';
import { courtCasesApiInputs, type CourtCasesApiOutputs } from './contract-court-cases';
import { courtDutyApiInputs, type CourtDutyApiOutputs } from './contract-court-duty';
import { courtDocumentsApiInputs, type CourtDocumentsApiOutputs } from './contract-court-documents';
import { fsspWritsApiInputs, type FsspWritsApiOutputs } from './contract-fssp-writs';
import { fsspDepartmentsApiInputs, type FsspDepartmentsApiOutputs } from './contract-fssp-departments';
import { fsspApplicationsApiInputs, type FsspApplicationsApiOutputs } from './contract-fssp-applications';
import { fsspProceedingsApiInputs, type FsspProceedingsApiOutputs } from './contract-fssp-proceedings';
import { fsspReconciliationApiInputs, type FsspReconciliationApiOutputs } from './contract-fssp-reconciliation';
import { fsspRaidsApiInputs, type FsspRaidsApiOutputs } from './contract-fssp-raids';
import { backupApiInputs, type BackupApiOutputs } from './contract-backup';
import { retentionApiInputs, type RetentionApiOutputs } from './contract-retention';
import { uploadLimitsApiInputs, type UploadLimitsApiOutputs } from './contract-upload-limits';
import { lanApiInputs, type LanApiOutputs } from './contract-lan';
import { restrictionDataApiInputs, type RestrictionDataApiOutputs } from './contract-restriction-data';
import { restrictionApiInputs, type RestrictionApiOutputs } from './contract-restriction';
import { restrictionOrdersApiInputs, type RestrictionOrdersApiOutputs } from './contract-restriction-orders';
import { agreementsApiInputs, type AgreementsApiOutputs } from './contract-agreements';
import { evictionApiInputs, type EvictionApiOutputs } from './contract-eviction';
import { housingStockApiInputs, type HousingStockApiOutputs } from './contract-housing-stock';
import { debtHistoryApiInputs, type DebtHistoryApiOutputs } from './contract-debt-history';
import { reportPlanApiInputs, type ReportPlanApiOutputs } from './contract-report-plan';
import { effectivenessApiInputs, type EffectivenessApiOutputs } from './contract-effectiveness';
import { pressApiInputs, type PressApiOutputs } from './contract-press';
import { blackmarkApiInputs, type BlackmarkApiOutputs } from './contract-blackmark';
import { meetingsApiInputs, type MeetingsApiOutputs } from './contract-meetings';

const NoInput = z.object({}).strict();
const Id = z.number().int().positive();
const ImportKindSchema = z.enum(['companies', 'accounts', 'charges', 'payments']);
/** Field key → header of the file; both bounded (a header is at most 200 characters, like the saved headers). */
const MappingSchema = z.record(
  z.string().max(100, 'Слишком длинное имя поля.'),
  z.string().max(200, 'Заголовок столбца длиннее 200 знаков.'),
);
const UploadId = z.string().min(1).max(64, 'Неверный код файла: выберите файл заново.');

export const SettingsSchema = z
  .object({
    organisationName: z
      .string({ error: 'Укажите наименование организации.' })
      .trim()
      .min(1, 'Укажите наименование организации.')
      .max(300, 'Наименование организации длиннее 300 знаков.'),
    districtName: z
      .string({ error: 'Укажите муниципальное образование.' })
      .trim()
      .min(1, 'Укажите муниципальное образование.')
      .max(300, 'Название муниципального образования длиннее 300 знаков.'),
    responsiblePerson: z.string().trim().max(300, 'ФИО ответственного длиннее 300 знаков.'),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;

export const apiInputs = {
  /** Where the data lives, which schema version it has, how much is in it. */
  'app.info': NoInput,
  /** The organisation's settings shown in document headers. */
  'settings.get': NoInput,
  'settings.update': SettingsSchema,

  /** One window of the registry: filters, sort, search, offset/limit (the table is virtualised). */
  'registry.query': z
    .object({
      search: z.string().trim().max(200).default(''),
      brackets: z.array(z.enum(BRACKET_CODES)).max(50, 'Слишком много групп долга.').default([]),
      companyIds: z.array(Id).max(1000, 'Слишком много управляющих компаний.').default([]),
      buildingId: Id.nullable().default(null),
      minDebtKopecks: z.number().int().min(0).nullable().default(null),
      minMonthsInArrears: z.number().int().min(0).nullable().default(null),
      tenure: z.enum(['owner', 'social_tenant']).nullable().default(null),
      status: z.enum(['open', 'closed', 'all']).default('all'),
      sort: z
        .object({
          field: z.enum(['debt', 'number', 'address', 'months', 'lastPayment', 'company']),
          dir: z.enum(['asc', 'desc']),
        })
        .default({ field: 'debt', dir: 'desc' }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    })
    .strict(),
  /** Companies, buildings and brackets for the registry's filter controls. */
  'registry.filterOptions': NoInput,
  /** Everything about one account: persons, ledger, payments, timeline. */
  'account.card': z.object({ accountId: Id }).strict(),

  /** Reads an uploaded file far enough to show its layout, mapping and first rows (nothing is written). */
  'import.preview': z
    .object({ uploadId: UploadId, kind: ImportKindSchema.optional(), mapping: MappingSchema.optional() })
    .strict(),
  /** Starts importing uploaded files (in the order companies → accounts → charges → payments) as a job. */
  'import.start': z
    .object({
      files: z
        .array(
          z
            .object({ uploadId: UploadId, kind: ImportKindSchema.optional(), mapping: MappingSchema.optional() })
            .strict(),
        )
        .min(1, 'Выберите хотя бы один файл.')
        .max(50, 'Не больше 50 файлов за одну загрузку.'),
    })
    .strict(),
  'import.history': z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  'mappings.save': z
    .object({
      kind: ImportKindSchema,
      name: z.string().trim().min(1, 'Назовите сопоставление (например, «Выгрузка ЕИРЦ»).').max(200),
      headers: z
        .array(z.string().max(200, 'Заголовок столбца длиннее 200 знаков.'))
        .max(500, 'Слишком много столбцов.'),
      mapping: MappingSchema,
    })
    .strict(),
  /** Generates the demo district and imports it through the same path as a clerk's files. */
  'demo.load': z
    .object({
      accounts: z.number().int().min(10).max(150_000).default(3000),
      seed: z.string().trim().min(1).max(50).default('krasnogorsk'),
      /** Months of history; by default 60 for districts up to 10 000 accounts, shorter for bigger ones. */
      months: z.number().int().min(1).max(120).optional(),
    })
    .strict(),
  'jobs.get': z.object({ jobId: z.string().min(1).max(64, 'Неверный код задания.') }).strict(),
  /** Running jobs and those finished in the last minutes, newest first: a screen reloaded mid-way finds its job. */
  'jobs.list': NoInput,

  /** The penalty engine's legal tables: seeded rows and the administrator's additions. */
  'legalTables.get': NoInput,
  /** A new Bank of Russia key-rate decision (administrator). Journaled; monthly runs it affects are listed. */
  /** A decree replacing the key rate for ЖКУ penalties over a span of rate dates (administrator). Overlaps refused. */
  'legalTables.addRateRegime': z
    .object({
      validFrom: isoDateSchema('Дата начала'),
      validTo: isoDateSchema('Дата окончания'),
      kind: z.enum(['fixed', 'min-of-key-and']),
      ratePercent: z
        .string()
        .max(10, 'Ставка — число процентов, например 9,5.')
        .trim()
        .regex(/^\d{1,2}([.,]\d{1,2})?$/, 'Ставка — число процентов, например 9,5.'),
      source: z.string().trim().min(3, 'Укажите постановление: «постановление Правительства РФ от … № …».').max(500),
    })
    .strict(),
  /** A moratorium: days with no penalty for every debt or for billing months before `periodsBefore` (administrator). */
  'legalTables.addMoratorium': z
    .object({
      validFrom: isoDateSchema('Дата начала'),
      validTo: isoDateSchema('Дата окончания'),
      periodsBefore: periodSchema('Расчётный месяц').nullable(),
      source: z.string().trim().min(3, 'Укажите постановление: «постановление Правительства РФ от … № …».').max(500),
    })
    .strict(),
  'legalTables.addKeyRate': z
    .object({
      validFrom: isoDateSchema('Дата решения'),
      ratePercent: z
        .string()
        .max(10, 'Ставка — число процентов, например 16 или 16,5.')
        .trim()
        .regex(/^\d{1,2}([.,]\d{1,2})?$/, 'Ставка — число процентов, например 16 или 16,5.'),
      note: z.string().trim().min(3, 'Укажите основание: решение Совета директоров Банка России от …').max(500),
    })
    .strict(),

  ...penaltyApiInputs,
  ...epdApiInputs,
  ...workApiInputs,
  ...documentsApiInputs,
  ...mailingApiInputs,
  ...debtApiInputs,
  ...authApiInputs,
  ...courtDirectoryApiInputs,
  ...courtQueueApiInputs,
  ...courtCasesApiInputs,
  ...courtDutyApiInputs,
  ...courtDocumentsApiInputs,
  ...fsspWritsApiInputs,
  ...fsspDepartmentsApiInputs,
  ...fsspApplicationsApiInputs,
  ...fsspProceedingsApiInputs,
  ...fsspReconciliationApiInputs,
  ...fsspRaidsApiInputs,
  ...backupApiInputs,
  ...retentionApiInputs,
  ...uploadLimitsApiInputs,
  ...lanApiInputs,
  ...restrictionDataApiInputs,
  ...restrictionApiInputs,
  ...restrictionOrdersApiInputs,
  ...agreementsApiInputs,
  ...evictionApiInputs,
  ...housingStockApiInputs,
  ...debtHistoryApiInputs,
  ...reportPlanApiInputs,
  ...effectivenessApiInputs,
  ...pressApiInputs,
  ...blackmarkApiInputs,
  ...meetingsApiInputs,
} as const;

export type ApiMethod = keyof typeof apiInputs;

export type HostKind = 'electron' | 'browser' | 'cli';

export interface TableCounts {
  managementCompanies: number;
  buildings: number;
  premises: number;
  accounts: number;
  persons: number;
  accountPersons: number;
  charges: number;
  payments: number;
  imports: number;
  actions: number;
}

export interface AppInfo {
  appVersion: string;
  host: HostKind;
  dataDir: string;
  databasePath: string;
  /** Number of migrations applied to the database = the schema version. */
  schemaVersion: number;
  /** The tag of the newest applied migration, e.g. '0000_initial_registry'. */
  schemaTag: string | null;
  counts: TableCounts;
}

export interface JournalEntry {
  id: number;
  accountId: number | null;
  measure: number | null;
  kind: string;
  actionDate: string;
  atMs: number;
  userName: string;
  summary: string;
}

export interface ApiOutputs
  extends
    PenaltyApiOutputs,
    EpdApiOutputs,
    WorkApiOutputs,
    DocumentsApiOutputs,
    DebtApiOutputs,
    MailingApiOutputs,
    AuthApiOutputs,
    CourtDirectoryApiOutputs,
    CourtQueueApiOutputs,
    CourtCasesApiOutputs,
    CourtDutyApiOutputs,
    CourtDocumentsApiOutputs,
    FsspWritsApiOutputs,
    FsspDepartmentsApiOutputs,
    FsspApplicationsApiOutputs,
    FsspProceedingsApiOutputs,
    FsspReconciliationApiOutputs,
    FsspRaidsApiOutputs,
    BackupApiOutputs,
    RetentionApiOutputs,
    UploadLimitsApiOutputs,
    LanApiOutputs,
    RestrictionDataApiOutputs,
    RestrictionApiOutputs,
    RestrictionOrdersApiOutputs,
    AgreementsApiOutputs,
    EvictionApiOutputs,
    HousingStockApiOutputs,
    DebtHistoryApiOutputs,
    ReportPlanApiOutputs,
    EffectivenessApiOutputs,
    PressApiOutputs,
    BlackmarkApiOutputs,
    MeetingsApiOutputs {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.update': Settings;
  'registry.query': RegistryPage;
  'registry.filterOptions': RegistryFilterOptions;
  'account.card': AccountCard;
  'import.preview': ImportPreview;
  'import.start': { jobId: string };
  'import.history': ImportHistoryItem[];
  'mappings.save': SavedMapping;
  'demo.load': { jobId: string };
  'jobs.get': JobStatus;
  'jobs.list': JobStatus[];
  'legalTables.get': LegalTablesView;
  'legalTables.addKeyRate': AddKeyRateResult;
  'legalTables.addRateRegime': AddKeyRateResult;
  'legalTables.addMoratorium': AddKeyRateResult;
}

/** Uploads are not JSON API calls: the browser host takes the raw bytes at `POST /upload`, Electron over IPC. */
export type { UploadInfo };

/** What a caller passes (defaults may be omitted). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
/** What a handler receives (defaults filled in). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiInputs, name);
}
