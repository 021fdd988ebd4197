/**
 * @file API methods — Мероприятие 7: сводка для СМИ без персональных данных и журнал публикаций. Spread into the one
 * contract in contract.ts.
 *
 * The press summary: `press.summary` shows the figures for a period (by default the last full month) with the
 * result of the personal-data check and saves nothing; `press.make` writes the PDF and the XLSX (a period must be
 * given) and journals measure 7. Publications are a log: added, corrected by editing (journaled before/after), never
 * deleted; a file (PDF, JPEG, PNG, ≤ 20 MB) comes as an upload id of the browser host's POST /upload.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { PressSummaryView } from '../documents/press/press-summary-view';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const UploadId = z
  .string({ error: 'Файл: укажите код загрузки.' })
  .max(64, 'Файл: код загрузки слишком длинный.')
  .regex(/^[a-f0-9]{32}$/, 'Файл: код загрузки не распознан — выберите файл заново.');

export const PUBLICATION_FILES_MAX = 5;

const publicationFields = {
  outlet: z
    .string({ error: 'Укажите издание (газета, сайт, телеканал).' })
    .trim()
    .min(2, 'Укажите издание (газета, сайт, телеканал).')
    .max(200, 'Название издания длиннее 200 знаков.'),
  publishedDate: isoDateSchema('Дата публикации'),
  title: z
    .string({ error: 'Укажите заголовок публикации.' })
    .trim()
    .min(2, 'Укажите заголовок публикации.')
    .max(300, 'Заголовок длиннее 300 знаков.'),
  link: z
    .string({ error: 'Ссылка — текст, начинающийся с http:// или https://.' })
    .trim()
    .max(500, 'Ссылка длиннее 500 знаков.')
    .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'Ссылка должна начинаться с http:// или https:// и не содержать пробелов.')
    .nullable()
    .default(null),
  measures: z
    .array(
      z
        .number({ error: 'Мероприятие: номер от 1 до 13.' })
        .int('Мероприятие: номер от 1 до 13.')
        .min(1, 'Мероприятие: номер от 1 до 13.')
        .max(13, 'Мероприятие: номер от 1 до 13.'),
      { error: 'Отметьте мероприятия, о которых публикация.' },
    )
    .min(1, 'Отметьте хотя бы одно мероприятие, о котором публикация.')
    .max(13, 'Мероприятий в плане 13.'),
  summaryDocumentId: Id('Сводка для СМИ').nullable().default(null),
  note: z.string().trim().max(1000, 'Примечание длиннее 1000 знаков.').default(''),
  uploadIds: z
    .array(UploadId)
    .max(PUBLICATION_FILES_MAX, `К публикации — не больше ${PUBLICATION_FILES_MAX} файлов за раз.`)
    .default([]),
};

const Period = {
  from: isoDateSchema('Начало периода').nullable().default(null),
  to: isoDateSchema('Конец периода').nullable().default(null),
};

export const pressApiInputs = {
  /** The summary's figures on screen and the personal-data check; nothing saved. Last full month by default. */
  'press.summary': z.object(Period).strict(),
  /** The PDF and the XLSX of the summary, registered and journaled (measure 7). */
  'press.make': z.object({ from: isoDateSchema('Начало периода'), to: isoDateSchema('Конец периода') }).strict(),
  /** The publications log by date of publication (both ends optional), newest first. */
  'publications.list': z.object(Period).strict(),
  'publications.add': z.object(publicationFields).strict(),
  /** Corrects a publication: every field as it should be now; `uploadIds` adds files (none is removed). */
  'publications.edit': z.object({ id: Id('Публикация'), ...publicationFields }).strict(),
  'publications.file': z.object({ fileId: Id('Файл публикации') }).strict(),
} satisfies Record<string, z.ZodType>;

export interface PressCheck {
  passed: boolean;
  /** «Проверка персональных данных: пройдена — …». */
  text: string;
}

export interface PressSummaryPreview {
  from: string;
  to: string;
  view: PressSummaryView;
  check: PressCheck;
}

export interface PressSummaryMade extends PressSummaryPreview {
  pdf: { documentId: number; fileName: string; pages: number };
  xlsx: { documentId: number; fileName: string };
}

export interface PublicationFile {
  id: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface PublicationRow {
  id: number;
  outlet: string;
  publishedDate: string;
  title: string;
  link: string | null;
  measures: number[];
  summaryDocumentId: number | null;
  /** «Сводка за 01.11.2026–30.11.2026», when one is linked. */
  summaryLabel: string | null;
  note: string;
  files: PublicationFile[];
  createdBy: string;
  createdAtMs: number;
}

export interface PressSummaryDocumentRow {
  documentId: number;
  label: string;
}

export interface PressApiOutputs {
  'press.summary': PressSummaryPreview;
  'press.make': PressSummaryMade;
  'publications.list': {
    rows: PublicationRow[];
    /** The press summaries made so far (newest first, at most 50), for the form's choice. */
    summaries: PressSummaryDocumentRow[];
  };
  'publications.add': PublicationRow;
  'publications.edit': PublicationRow;
  'publications.file': { fileName: string; base64: string };
}
