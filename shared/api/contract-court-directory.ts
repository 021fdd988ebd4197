/**
 * @file API methods — Court directory: courts, their territories, the building → court map, the dated court rules
 * and the state-duty scale editions. Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { DirectoryId, DirectoryOptional, DirectoryText, TerritorySchema } from './directory-schemas';
import { isoDateSchema } from './calendar-schemas';
import { COURT_RULE_KEYS, type CourtRuleKey } from '../court/court-rules';
import type { CourtFields } from '../court/court-record';
import type { Parity } from '../court/court-territory-match';
import type { DutyScale } from '../court/state-duty';

const Id = DirectoryId;
const Kind = z.enum(['magistrate', 'district'], { error: 'Вид суда: мировой судья или районный (городской) суд.' });
const Text = DirectoryText;
const Optional = DirectoryOptional;

const CourtSaveSchema = z
  .object({
    id: Id.optional(),
    kind: Kind,
    name: Text('Наименование').min(3, 'Наименование: укажите наименование суда.'),
    plotNumber: Optional('Номер участка', 10),
    code: Optional('Код суда', 20),
    address: Text('Адрес').min(5, 'Адрес: укажите адрес суда.'),
    phone: Optional('Телефон', 100),
    email: Optional('Эл. почта', 200),
    website: Optional('Сайт', 300),
    payeeName: Optional('Получатель'),
    payeeInn: Optional('ИНН', 20),
    payeeKpp: Optional('КПП', 20),
    payeeBankName: Optional('Банк получателя'),
    payeeBik: Optional('БИК', 20),
    payeeBankAccount: Optional('ЕКС', 30),
    payeeTreasuryAccount: Optional('Казначейский счёт', 30),
    kbk: Optional('КБК', 30),
    oktmo: Optional('ОКТМО', 20),
    confirmed: z.boolean().optional(),
    active: z.boolean().optional(),
    note: Text('Примечание', 2000).optional(),
  })
  .strict();

const BandSchema = z
  .object({
    overKopecks: z.number().int().min(0, 'Граница полосы не может быть отрицательной.'),
    baseKopecks: z.number().int().min(0, 'Пошлина на границе полосы не может быть отрицательной.'),
    percentBp: z.number().int().min(0).max(10_000, 'Процент — не больше 100 % (10 000 сотых долей процента).'),
  })
  .strict();

export const courtDirectoryApiInputs = {
  'courts.list': z.object({ includeInactive: z.boolean().optional() }).strict(),
  'courts.save': CourtSaveSchema,
  'courts.saveTerritories': z
    .object({ courtId: Id, territories: z.array(TerritorySchema).max(2000, 'Не больше 2000 диапазонов у суда.') })
    .strict(),
  'courts.importCsv': z
    .object({
      uploadId: z
        .string({ error: 'Выберите файл для загрузки.' })
        .min(1)
        .max(64, 'Неверный код файла: выберите файл заново.'),
    })
    .strict(),
  /** template: the empty import template (header and one commented example row) instead of the directory. */
  'courts.exportCsv': z.object({ template: z.boolean().optional() }).strict(),
  'courts.buildings': z
    .object({
      filter: z.enum(['all', 'without_court', 'without_magistrate', 'without_district']).optional(),
      search: z.string().max(200).optional(),
      courtId: Id.optional(),
    })
    .strict(),
  'courts.mapBuildings': z.object({}).strict(),
  'courts.setBuildingCourt': z.object({ buildingId: Id, courtKind: Kind, courtId: Id.nullable() }).strict(),
  'courtRules.get': z.object({}).strict(),
  'courtRules.save': z
    .object({
      key: z.enum(Object.keys(COURT_RULE_KEYS) as [CourtRuleKey, ...CourtRuleKey[]], {
        error: 'Правило: выберите правило из списка.',
      }),
      validFromDate: isoDateSchema('Действует с'),
      valueInt: z
        .number({ error: 'Значение — целое число.' })
        .int('Значение — целое число.')
        .min(0, 'Значение не может быть отрицательным.')
        .max(100_000_000_000, 'Слишком большое значение.'),
      note: Text('Основание', 500).min(3, 'Основание: укажите, на чём основано изменение.'),
    })
    .strict(),
  'dutyScales.add': z
    .object({
      validFrom: isoDateSchema('Действует с'),
      bands: z.array(BandSchema).min(1, 'Шкала: нужна хотя бы одна полоса.').max(30),
      minKopecks: z.number().int().min(0),
      maxKopecks: z.number().int().min(1).nullable(),
      courtOrderPercent: z
        .number()
        .int()
        .min(1, 'Доля приказа — от 1 до 100 %.')
        .max(100, 'Доля приказа — от 1 до 100 %.'),
      courtOrderMinKopecks: z.number().int().min(0),
      source: Text('Источник', 500).min(5, 'Источник: укажите закон, установивший шкалу.'),
    })
    .strict(),
} as const;

export interface CourtTerritoryView {
  id: number;
  street: string;
  houseFrom: number | null;
  houseTo: number | null;
  parity: Parity;
}

export interface CourtView extends CourtFields {
  id: number;
  active: boolean;
  territories: CourtTerritoryView[];
  /** Buildings mapped to this court (by range or by hand). */
  buildingsMapped: number;
}

export interface CourtsList {
  courts: CourtView[];
  /** Russian lines the tab shows above the table (no magistrate plot yet, unconfirmed details). */
  warnings: string[];
  /** Buildings without a magistrate plot / without a district court. */
  buildingsWithoutMagistrate: number;
  buildingsWithoutDistrict: number;
}

export interface BuildingCourtCell {
  courtId: number;
  name: string;
  source: 'range' | 'manual';
}

export interface BuildingCourtRow {
  buildingId: number;
  address: string;
  companyName: string;
  magistrate: BuildingCourtCell | null;
  district: BuildingCourtCell | null;
}

export interface BuildingCourtsList {
  rows: BuildingCourtRow[];
  /** Buildings matching the filter (rows are cut at 2 000). */
  total: number;
  buildingsTotal: number;
  withoutMagistrate: number;
  withoutDistrict: number;
}

export interface MapBuildingsResult {
  buildings: number;
  /** Rows written from the ranges (new or changed). */
  magistrateMapped: number;
  districtMapped: number;
  /** Manual rows left as they were. */
  manualKept: number;
  withoutMagistrate: number;
  withoutDistrict: number;
  /** Russian summary line. */
  summary: string;
}

export interface CourtsImportResult {
  created: number;
  updated: number;
  territories: number;
  rows: number;
  summary: string;
}

export interface CourtsFile {
  fileName: string;
  savedPath: string;
  base64: string;
  rows: number;
}

export interface CourtRuleRow {
  key: CourtRuleKey;
  name: string;
  validFromDate: string;
  valueInt: number;
  note: string;
  userName: string;
  createdAtMs: number;
}

export interface DutyScaleView extends DutyScale {
  userName: string;
  createdAtMs: number;
  inForce: boolean;
}

export interface CourtRulesView {
  today: string;
  /** One row per key: the one in force today (null where no row has started yet). */
  inForce: (CourtRuleRow | { key: CourtRuleKey; name: string; validFromDate: null })[];
  /** Every row, newest first. */
  history: CourtRuleRow[];
  /** Every edition, newest first. */
  dutyScales: DutyScaleView[];
}

export interface CourtDirectoryApiOutputs {
  'courts.list': CourtsList;
  'courts.save': CourtView;
  'courts.saveTerritories': CourtView;
  'courts.importCsv': CourtsImportResult;
  'courts.exportCsv': CourtsFile;
  'courts.buildings': BuildingCourtsList;
  'courts.mapBuildings': MapBuildingsResult;
  'courts.setBuildingCourt': BuildingCourtRow;
  'courtRules.get': CourtRulesView;
  'courtRules.save': CourtRulesView;
  'dutyScales.add': CourtRulesView;
}
