/**
 * @file API methods — Сверка со списком отдела ФССП (measure 11): the department's list (CSV in UTF-8 or
 * windows-1251, or XLSX) read with a saved column mapping as billing files are, matched to our writs sent to the
 * bailiffs (by the writ's number, else by the debtor's name + birth date + sum), the differences stored and reported
 * (XLSX and PDF for the joint meeting), each resolved with a note; the history. Spread into the one contract in
 * contract.ts.
 *
 * Bad rows (no debtor, an impossible date, a sum that is not money): the preview lists them with their row numbers;
 * `reconciliation.run` refuses the file while there are any, unless the clerk confirms `skipBadRows` — then the good
 * rows are reconciled, the skipped rows are named in the report, and a writ whose number a skipped row still shows is
 * not called «lost» (the department has it; only its row could not be read).
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { FileResult } from './contract-work';
import type { DifferenceKind } from '../fssp/fssp-terms';

const Id = z.number({ error: 'Укажите код.' }).int('Код — целое число.').positive('Код — положительное число.');
const UploadId = z
  .string({ error: 'Выберите файл списка отдела.' })
  .min(1, 'Выберите файл списка отдела.')
  .max(64, 'Неверный код файла: выберите файл заново.');

/** The fields of a department's list; the keys of a column mapping. */
export const RECONCILIATION_FIELDS = [
  'proceedingNumber',
  'proceedingDate',
  'debtorName',
  'birthDate',
  'writNumber',
  'sum',
  'balance',
  'collected',
  'status',
  'bailiff',
] as const;
export type ReconciliationField = (typeof RECONCILIATION_FIELDS)[number];

/** Each field's name for the clerk and the headers recognised by themselves (compared folded: case, ё, punctuation). */
export const RECONCILIATION_FIELD_INFO: Record<ReconciliationField, { label: string; synonyms: readonly string[] }> = {
  proceedingNumber: {
    label: 'Номер ИП',
    synonyms: [
      'Номер ИП',
      '№ ИП',
      'ИП',
      'Номер исполнительного производства',
      'Исполнительное производство',
      'Рег. номер ИП',
    ],
  },
  proceedingDate: { label: 'Дата возбуждения', synonyms: ['Дата возбуждения', 'Дата возбуждения ИП', 'Дата ИП'] },
  debtorName: { label: 'Должник', synonyms: ['Должник', 'ФИО должника', 'Должник (ФИО)', 'ФИО'] },
  birthDate: { label: 'Дата рождения', synonyms: ['Дата рождения', 'Дата рождения должника', 'Д.р.'] },
  writNumber: {
    label: 'Номер ИД',
    synonyms: [
      'Номер ИД',
      'Реквизиты ИД',
      '№ ИД',
      'Номер исполнительного документа',
      'Исполнительный документ',
      'Реквизиты исполнительного документа',
    ],
  },
  sum: {
    label: 'Сумма долга',
    synonyms: ['Сумма долга', 'Сумма', 'Сумма задолженности', 'Сумма по ИД', 'Сумма, руб.'],
  },
  balance: { label: 'Остаток долга', synonyms: ['Остаток долга', 'Остаток', 'Остаток задолженности', 'Остаток, руб.'] },
  collected: {
    label: 'Взыскано',
    synonyms: ['Взыскано', 'Взысканная сумма', 'Перечислено взыскателю', 'Взыскано, руб.'],
  },
  status: { label: 'Статус', synonyms: ['Статус', 'Статус ИП', 'Состояние', 'Состояние ИП'] },
  bailiff: {
    label: 'СПИ',
    synonyms: ['СПИ', 'Судебный пристав-исполнитель', 'Пристав', 'Пристав-исполнитель', 'ФИО СПИ'],
  },
};

/** A list can be matched when it names the debtor and the writ's number, or the debtor's birth date and the sum. */
export const RECONCILIATION_REQUIRED_TEXT =
  'нужны столбцы «Должник» и «Номер ИД» (или вместо номера — «Дата рождения» и «Сумма долга»)';

const Mapping = z
  .partialRecord(
    z.enum(RECONCILIATION_FIELDS, { error: 'Неизвестное поле сопоставления.' }),
    z.string().max(200, 'Слишком длинный заголовок.'),
  )
  .describe('поле → заголовок столбца в файле');

export const fsspReconciliationApiInputs = {
  /** Reads the uploaded list: headers, the mapping (saved, recognised or given), a sample, bad rows. Writes nothing. */
  'reconciliation.preview': z.object({ uploadId: UploadId, mapping: Mapping.optional() }).strict(),
  /** Reconciles the uploaded list with our writs and stores the result (one transaction, one journal entry). */
  'reconciliation.run': z
    .object({
      uploadId: UploadId,
      departmentId: Id.nullable().default(null).describe('отдел ФССП; без него — все направленные документы'),
      listDate: isoDateSchema('Дата списка').optional().describe('дата списка отдела ГГГГ-ММ-ДД; по умолчанию сегодня'),
      mapping: Mapping.optional(),
      mappingName: z.string().trim().max(100, 'Название сопоставления — не длиннее 100 знаков.').optional(),
      skipBadRows: z.boolean().default(false).describe('сверить по прочитанным строкам, пропустив ошибочные'),
    })
    .strict(),
  /** The history of reconciliations (newest first) and the departments to choose from. */
  'reconciliation.list': z.object({ departmentId: Id.optional() }).strict(),
  /** One reconciliation: its rows as read and its differences. */
  'reconciliation.get': z.object({ reconciliationId: Id }).strict(),
  /** A difference looked into: the note says what was found or done. */
  'reconciliation.resolve': z
    .object({
      differenceId: Id,
      note: z
        .string({ error: 'Напишите, чем разобрано расхождение.' })
        .trim()
        .min(1, 'Напишите, чем разобрано расхождение.')
        .max(1000, 'Примечание — не длиннее 1000 знаков.'),
    })
    .strict(),
  /** The difference report as XLSX (a sheet per kind). */
  'reconciliation.reportXlsx': z.object({ reconciliationId: Id }).strict(),
  /** The difference report as PDF, for the joint meeting with the department (signatures of both sides). */
  'reconciliation.reportPdf': z.object({ reconciliationId: Id }).strict(),
} satisfies Record<string, z.ZodType>;

export interface ReconciliationBadRow {
  line: number;
  message: string;
}

export interface ReconciliationPreview {
  uploadId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1251' | null;
  headers: string[];
  /** field → header as written in the file. */
  mapping: Partial<Record<ReconciliationField, string>>;
  /** The name of the saved mapping applied by itself, if any. */
  savedMappingName: string | null;
  /** Why the file cannot be matched yet (the mapping lacks columns); null when ready. */
  mappingProblem: string | null;
  rowsCount: number;
  sample: ReconciliationRowView[];
  badRows: ReconciliationBadRow[];
  badRowsTotal: number;
  /** Status texts of the list the reconciliation cannot translate (they are not compared). */
  unknownStatuses: string[];
  warnings: string[];
}

export interface ReconciliationRowView {
  id: number | null;
  rowNumber: number;
  proceedingNumber: string | null;
  proceedingDate: string | null;
  debtorName: string;
  birthDate: string | null;
  writNumber: string | null;
  sumKopecks: number | null;
  balanceKopecks: number | null;
  statusText: string | null;
  bailiffName: string | null;
  matchedWritId: number | null;
  matchedBy: 'writ_number' | 'name_birth_sum' | null;
}

export interface ReconciliationDifferenceView {
  id: number;
  kind: DifferenceKind;
  writId: number | null;
  writNumber: string | null;
  accountId: number | null;
  accountNumber: string | null;
  rowId: number | null;
  rowNumber: number | null;
  debtorName: string;
  proceedingNumber: string | null;
  ours: string;
  theirs: string;
  resolvedAtMs: number | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

export interface ReconciliationSummary {
  id: number;
  createdAtMs: number;
  createdBy: string;
  departmentId: number | null;
  departmentName: string | null;
  fileName: string;
  listDate: string;
  rowsCount: number;
  matchedCount: number;
  differencesCount: number;
  openCount: number;
  resolvedCount: number;
  byKind: Record<DifferenceKind, number>;
  /** Rows of the file not read (skipped on the clerk's confirmation). */
  skippedRows: ReconciliationBadRow[];
}

export interface ReconciliationDetail {
  summary: ReconciliationSummary;
  rows: ReconciliationRowView[];
  differences: ReconciliationDifferenceView[];
}

export interface FsspReconciliationApiOutputs {
  'reconciliation.preview': ReconciliationPreview;
  'reconciliation.run': ReconciliationSummary & { summaryText: string };
  'reconciliation.list': {
    reconciliations: ReconciliationSummary[];
    departments: Array<{ id: number; name: string; active: boolean }>;
  };
  'reconciliation.get': ReconciliationDetail;
  'reconciliation.resolve': ReconciliationDifferenceView;
  'reconciliation.reportXlsx': FileResult;
  'reconciliation.reportPdf': FileResult;
}
