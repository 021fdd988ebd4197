/**
 * @file API methods — Муниципальный жилой фонд (мера 12): реестр, загрузка, подбор и резерв жилья. Spread into the
 * one contract in contract.ts. Areas are integers in hundredths of a m² (`*CentiM2`), as in the database.
 */
import { z } from './zod-russian';
import type { DwellingStatus } from '../housing/dwelling-status';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите номер.` })
    .int(`${label}: целое число.`)
    .positive(`${label}: укажите номер.`);
const Upload = z
  .object({
    uploadId: z
      .string({ error: 'Выберите файл для загрузки.' })
      .min(1, 'Выберите файл для загрузки.')
      .max(64, 'Неверный код файла: выберите файл заново.'),
  })
  .strict();
const Status = z.enum(['free', 'reserved', 'occupied'], {
  error: 'Статус: свободно, зарезервировано или занято.',
});

export const housingStockApiInputs = {
  /** Reads and checks a register file; writes nothing. */
  'housing.preview': Upload,
  /** Applies a checked file: all rows or none. */
  'housing.apply': Upload,
  'housing.list': z
    .object({
      status: Status.optional(),
      settlement: z.string().max(200, 'Населённый пункт: не длиннее 200 знаков.').optional(),
      search: z.string().max(200, 'Поиск: не длиннее 200 знаков.').optional(),
      limit: z.number().int().min(1).max(500, 'Не больше 500 строк на странице.').optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
    })
    .strict(),
  'housing.setStatus': z
    .object({
      id: Id('Жильё'),
      status: Status,
      note: z.string().max(1000, 'Примечание: не длиннее 1000 знаков.').optional(),
    })
    .strict(),
  'housing.candidates': z.object({ caseId: Id('Дело о выселении') }).strict(),
  'housing.reserve': z.object({ caseId: Id('Дело о выселении'), dwellingId: Id('Жильё') }).strict(),
  'housing.release': z.object({ caseId: Id('Дело о выселении') }).strict(),
} as const;

/** One dwelling of the register. */
export interface DwellingView {
  id: number;
  settlement: string;
  address: string;
  apartment: string | null;
  rooms: number;
  livingAreaCentiM2: number;
  totalAreaCentiM2: number | null;
  status: DwellingStatus;
  note: string | null;
  /** The eviction case it is reserved for (or was, when the household moved in). */
  reservedCase: { caseId: number; accountNumber: string } | null;
}

export interface HousingList {
  rows: DwellingView[];
  total: number;
  /** Every settlement of the register, for the filter. */
  settlements: string[];
  /** The whole register by status. */
  counts: Record<DwellingStatus, number>;
}

/** A problem of one row (or of the header, line of the header) of a register file. */
export interface HousingRowError {
  line: number;
  /** The column's Russian name, or null for the row as a whole. */
  column: string | null;
  message: string;
}

export type HousingRowAction = 'new' | 'update' | 'unchanged';

export interface HousingPreviewRow {
  line: number;
  settlement: string;
  address: string;
  apartment: string | null;
  rooms: number;
  livingAreaCentiM2: number;
  totalAreaCentiM2: number | null;
  status: DwellingStatus;
  note: string | null;
  action: HousingRowAction;
  /** Said when the file's status is not applied (a dwelling reserved for an eviction case stays reserved). */
  warning: string | null;
}

export interface HousingPreview {
  fileName: string;
  rows: HousingPreviewRow[];
  /** Every bad row, «Строка N, «столбец»: …»; the file is not applied while any is left. */
  errors: HousingRowError[];
  counts: { new: number; update: number; unchanged: number; keptReserved: number };
}

export interface HousingApplyResult {
  added: number;
  updated: number;
  unchanged: number;
  keptReserved: number;
  /** The rows whose status was not applied, with the reason. */
  warnings: string[];
  summary: string;
}

export interface DwellingCandidate {
  dwelling: DwellingView;
  /** «18,00 м² ≥ 6 м² × 3 = 18,00 м²». */
  arithmetic: string;
  /** Living area beyond the need. */
  spareCentiM2: number;
}

export interface DwellingMatch {
  caseId: number;
  caseStatus: string;
  accountNumber: string;
  /** The address of the case account's flat, and its settlement (null when the address names none). */
  address: string | null;
  settlement: string | null;
  householdSize: number;
  normCentiM2: number;
  needCentiM2: number;
  /** «6 м² × 3 = 18,00 м² (ЖК РФ ст.105)». */
  needText: string;
  reserved: (DwellingView & { arithmetic: string }) | null;
  candidates: DwellingCandidate[];
  /** Free dwellings of the settlement too small for the household, and free ones elsewhere (not offered). */
  tooSmall: number;
  otherSettlements: number;
  /** Why nothing can be offered, when so («адрес лицевого счёта не называет населённый пункт»). */
  note: string | null;
}

export interface DwellingReserveResult {
  match: DwellingMatch;
  summary: string;
}

export interface HousingStockApiOutputs {
  'housing.preview': HousingPreview;
  'housing.apply': HousingApplyResult;
  'housing.list': HousingList;
  'housing.setStatus': DwellingView;
  'housing.candidates': DwellingMatch;
  'housing.reserve': DwellingReserveResult;
  'housing.release': DwellingReserveResult;
}
