/**
 * @file The one API contract: method name → zod input schema, and the output type of each method.
 *
 * Every host (Electron IPC, the browser host's `POST /api/<method>`, the CLI) carries exactly this table, and
 * the renderer's client is typed by it. Add a method here first, then its handler in electron/core/api/.
 */
import { z } from './zod-russian';

const NoInput = z.object({}).strict();

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
  /** The newest entries of the actions journal. */
  'journal.recent': z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
} as const;

export type ApiMethod = keyof typeof apiInputs;

export type HostKind = 'electron' | 'browser' | 'cli';

export interface TableCounts {
  managementCompanies: number;
  buildings: number;
  accounts: number;
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

export interface ApiOutputs {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.update': Settings;
  'journal.recent': JournalEntry[];
}

/** What a caller passes (defaults may be omitted). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
/** What a handler receives (defaults filled in). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiInputs, name);
}
