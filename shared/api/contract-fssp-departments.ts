/**
 * @file API methods — Отделы судебных приставов (ОСП) с территориями, привязка домов, банковские счета должников
 * (measures 10 and 11). Spread into the one contract in contract.ts. The directory starts empty (the Krasnogorsk
 * department's details are unconfirmed): it is filled by hand or from the CSV template, like the court directory.
 */
import { z } from './zod-russian';
import { DirectoryId, DirectoryOptional, DirectoryText, TerritorySchema } from './directory-schemas';
import type { Parity } from '../court/court-territory-match';

const Id = DirectoryId;
const Text = DirectoryText;
const Optional = DirectoryOptional;

const DepartmentSaveSchema = z
  .object({
    id: Id.optional(),
    name: Text('Наименование').min(3, 'Наименование: укажите наименование отдела.'),
    /** The department's code as in the proceedings numbers (NNNNN/YY/<code>-ИП), 5 digits, where known. */
    code: Optional('Код отдела', 20),
    address: Text('Адрес').min(5, 'Адрес: укажите адрес отдела.'),
    phone: Optional('Телефон', 100),
    email: Optional('Эл. почта', 200),
    seniorBailiff: Optional('Старший судебный пристав', 200),
    confirmed: z.boolean().optional(),
    active: z.boolean().optional(),
    note: Text('Примечание', 2000).optional(),
  })
  .strict();

const FileSchema = z
  .object({
    /** A file put by the renderer's upload (renderer/src/api/upload.ts), as courts.importCsv takes it. */
    uploadId: z.string().min(1).max(64, 'Неверный код файла: выберите файл заново.').optional(),
    /** Or the file itself (the command line, tests): base64 of its bytes and its name. */
    base64: z.string().max(4_000_000, 'Файл больше 2 МБ: это не справочник отделов. Ничего не записано.').optional(),
    fileName: Text('Имя файла', 260).optional(),
  })
  .strict()
  .refine((f) => (f.uploadId === undefined) !== (f.base64 === undefined), {
    message: 'Выберите файл для загрузки.',
  });

const BankSaveSchema = z
  .object({
    id: Id.optional(),
    personId: Id,
    /** The account where the clerk found the person: the change goes on its timeline. */
    accountId: Id.optional(),
    bankName: Text('Банк', 300).min(3, 'Банк: укажите наименование банка.'),
    bik: Text('БИК', 20),
    bankAddress: Text('Адрес банка', 300).min(5, 'Адрес банка: укажите адрес для письма.'),
    accountNumber: Optional('Номер счёта', 40),
    note: Text('Примечание', 1000).optional(),
  })
  .strict();

export const fsspDepartmentsApiInputs = {
  'departments.list': z.object({ includeInactive: z.boolean().optional() }).strict(),
  'departments.save': DepartmentSaveSchema,
  'departments.saveTerritories': z
    .object({
      departmentId: Id,
      territories: z.array(TerritorySchema).max(2000, 'Не больше 2000 диапазонов у отдела.'),
    })
    .strict(),
  'departments.importCsv': FileSchema,
  'departments.exportCsv': z.object({}).strict(),
  'departments.template': z.object({}).strict(),
  'departments.buildings': z
    .object({
      filter: z.enum(['all', 'unmapped'], { error: 'Показать: все дома или дома без отдела.' }).optional(),
      search: z.string().max(200).optional(),
      departmentId: Id.optional(),
    })
    .strict(),
  'departments.mapBuildings': z.object({}).strict(),
  'departments.setBuildingDepartment': z.object({ buildingId: Id, departmentId: Id.nullable() }).strict(),
  'debtorBanks.list': z
    .object({
      personId: Id.optional(),
      accountId: Id.optional(),
      /** The account number as the clerk types it. */
      accountNumber: Text('Лицевой счёт', 40).optional(),
    })
    .strict()
    .refine((i) => i.personId !== undefined || i.accountId !== undefined || (i.accountNumber ?? '').trim() !== '', {
      message: 'Укажите лицевой счёт или должника.',
    }),
  'debtorBanks.save': BankSaveSchema,
  'debtorBanks.remove': z.object({ id: Id }).strict(),
} as const;

export interface DepartmentTerritoryView {
  id: number;
  street: string;
  houseFrom: number | null;
  houseTo: number | null;
  parity: Parity;
}

export interface DepartmentFields {
  name: string;
  code: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  seniorBailiff: string | null;
  confirmed: boolean;
  note: string;
}

export interface DepartmentView extends DepartmentFields {
  id: number;
  active: boolean;
  territories: DepartmentTerritoryView[];
  /** Buildings mapped to this department (by range or by hand). */
  buildingsMapped: number;
}

export interface DepartmentsList {
  departments: DepartmentView[];
  /** True while the directory has no department at all (the tab shows the calm warning with the template). */
  empty: boolean;
  /** Russian lines the tab shows above the table. */
  warnings: string[];
  buildingsTotal: number;
  /** Buildings without an active department. */
  buildingsWithout: number;
}

export interface BuildingDepartmentCell {
  departmentId: number;
  name: string;
  source: 'range' | 'manual';
}

export interface BuildingDepartmentRow {
  buildingId: number;
  address: string;
  companyName: string;
  department: BuildingDepartmentCell | null;
}

export interface BuildingDepartmentsList {
  rows: BuildingDepartmentRow[];
  /** Buildings matching the filter (rows are cut at 2 000). */
  total: number;
  buildingsTotal: number;
  unmapped: number;
}

export interface MapDepartmentsResult {
  buildings: number;
  /** Rows written from the ranges (new or changed). */
  mapped: number;
  /** Manual rows left as they were. */
  manualKept: number;
  /** Buildings left without an active department. */
  without: number;
  summary: string;
}

export interface DepartmentsImportResult {
  created: number;
  updated: number;
  territories: number;
  rows: number;
  summary: string;
}

export interface DepartmentsFile {
  fileName: string;
  savedPath: string;
  base64: string;
  rows: number;
}

export interface DebtorBankView {
  id: number;
  personId: number;
  bankName: string;
  bik: string;
  bankAddress: string;
  accountNumber: string | null;
  note: string;
  createdAtMs: number;
}

export interface DebtorBanksPerson {
  personId: number;
  fullName: string;
  birthDate: string | null;
  /** The person's role on the account ('owner', 'tenant', …); null when asked by person. */
  role: string | null;
  banks: DebtorBankView[];
}

export interface DebtorBanksList {
  account: { id: number; number: string; address: string | null } | null;
  persons: DebtorBanksPerson[];
}

export interface FsspDepartmentsApiOutputs {
  'departments.list': DepartmentsList;
  'departments.save': DepartmentView;
  'departments.saveTerritories': DepartmentView;
  'departments.importCsv': DepartmentsImportResult;
  'departments.exportCsv': DepartmentsFile;
  'departments.template': DepartmentsFile;
  'departments.buildings': BuildingDepartmentsList;
  'departments.mapBuildings': MapDepartmentsResult;
  'departments.setBuildingDepartment': BuildingDepartmentRow;
  'debtorBanks.list': DebtorBanksList;
  'debtorBanks.save': DebtorBankView;
  'debtorBanks.remove': { removed: true };
}
