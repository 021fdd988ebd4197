/**
 * @file API methods — Хранение: сроки хранения загруженных файлов, выгрузок и документов, очистка.
 * Spread into the one contract in contract.ts.
 *
 * Months to keep, per folder of the data folder: the originals of imports (imports/), exports (exports/) and generated
 * documents (documents/). Documents are kept at least 36 months — the limitation period (ГК РФ ст. 196): a claim's
 * PDF is the proof of what was sent while the debt can still go to court. The database's records of the files
 * (what, when, hash) stay; only the files older than the term go. Uploads not imported (incoming/) go after a day.
 */
import { z } from './zod-russian';

const Months = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: укажите число месяцев.` })
    .int(`${label}: целое число месяцев.`)
    .min(min, `${label}: не меньше ${min} мес.`)
    .max(max, `${label}: не больше ${max} мес.`);

export const RetentionSettingsSchema = z
  .object({
    importsMonths: Months('Загруженные файлы', 1, 120),
    exportsMonths: Months('Выгрузки', 1, 120),
    documentsMonths: Months('Документы', 36, 240),
  })
  .strict();

export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const RETENTION_DEFAULTS: RetentionSettings = { importsMonths: 12, exportsMonths: 3, documentsMonths: 36 };

/** What one purge removed (files; incoming counts upload folders). */
export interface RetentionPurgeCounts {
  imports: number;
  exports: number;
  documents: number;
  incoming: number;
  /** Bytes freed, all folders together. */
  bytes: number;
}

export const retentionApiInputs = {
  'retention.get': z.object({}).strict(),
  'retention.save': RetentionSettingsSchema,
  /** Deletes the files older than the saved terms now; asks for an explicit confirmation. */
  'retention.purgeNow': z.object({ confirm: z.literal(true, { error: 'Подтвердите очистку.' }) }).strict(),
};

export interface RetentionApiOutputs {
  'retention.get': { settings: RetentionSettings; defaults: RetentionSettings; lastPurge: RetentionLastPurge | null };
  'retention.save': RetentionSettings;
  'retention.purgeNow': RetentionPurgeCounts;
}

/** When the last purge ran and what it removed (kept with the settings, for the panel). */
export interface RetentionLastPurge {
  atMs: number;
  counts: RetentionPurgeCounts;
}
