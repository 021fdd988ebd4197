/**
 * @file API methods — Пределы для файлов: наибольший размер загрузки и разбора файла.
 * Spread into the one contract in contract.ts.
 *
 * The limits guard the office PC against a file that would take all its memory or time (an XLSX «bomb», a
 * multi-gigabyte upload): uploads over `maxUploadMb` are refused with 413 before they are stored; an XLSX whose
 * unpacked parts exceed `maxXlsxUncompressedMb` or whose shared strings exceed `maxSharedStrings` is refused before
 * it is parsed. The administrator may raise them for an unusually large billing file.
 */
import { z } from './zod-russian';

const whole = (label: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${label}: укажите число.` })
    .int(`${label}: целое число.`)
    .min(min, `${label}: не меньше ${min} ${unit}.`)
    .max(max, `${label}: не больше ${max} ${unit}.`);

export const UploadLimitsSchema = z
  .object({
    /** Largest file a clerk may upload, MB. */
    maxUploadMb: whole('Наибольший размер загружаемого файла', 1, 2000, 'МБ'),
    /** Largest unpacked size of an XLSX (each part and all parts together), MB. */
    maxXlsxUncompressedMb: whole('Наибольший размер XLSX в распакованном виде', 10, 8000, 'МБ'),
    /** Most distinct strings an XLSX may declare in its shared strings table. */
    maxSharedStrings: whole('Наибольшее число строк в таблице строк XLSX', 10_000, 50_000_000, 'строк'),
  })
  .strict();

export type UploadLimits = z.infer<typeof UploadLimitsSchema>;

export const uploadLimitsApiInputs = {
  /** The limits in force (the defaults until the administrator saves others). */
  'uploadLimits.get': z.object({}).strict(),
  /** Saves the limits; written to the journal with the values before and after. */
  'uploadLimits.save': UploadLimitsSchema,
};

export interface UploadLimitsView extends UploadLimits {
  defaults: UploadLimits;
}

export interface UploadLimitsApiOutputs {
  'uploadLimits.get': UploadLimitsView;
  'uploadLimits.save': UploadLimitsView;
}
