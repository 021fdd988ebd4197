/**
 * @file Default limits for files the clerks hand in, and their conversion to bytes — pure, for the core's checks
 * (upload size, XLSX bomb check) and the settings panel's «по умолчанию».
 *
 * Defaults, and why:
 * - upload 300 MB: a charges file of a million rows is about 60 MB as CSV and 25–40 MB as XLSX; 300 MB leaves
 *   room for a whole district's multi-year history in one file, while a 2 GB «file» is refused at once;
 * - XLSX unpacked 1000 MB (each part and all parts together): a sheet of a million rows unpacks to 150–250 MB of
 *   XML; a «bomb» claims gigabytes;
 * - shared strings 2 000 000: ExcelJS keeps them all in memory (≈100 bytes each); a million-row file with text
 *   account numbers holds well under a million distinct strings, the 876 KB bomb claimed 20 million.
 */
import type { UploadLimits } from '../api/contract-upload-limits';

const MB = 1024 * 1024;

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxUploadMb: 300,
  maxXlsxUncompressedMb: 1000,
  maxSharedStrings: 2_000_000,
};

/** The limits in bytes and counts, as the checks use them. */
export interface FileLimits {
  maxUploadBytes: number;
  maxXlsxUncompressedBytes: number;
  maxSharedStrings: number;
}

export function fileLimitsOf(limits: UploadLimits): FileLimits {
  return {
    maxUploadBytes: limits.maxUploadMb * MB,
    maxXlsxUncompressedBytes: limits.maxXlsxUncompressedMb * MB,
    maxSharedStrings: limits.maxSharedStrings,
  };
}

export const DEFAULT_FILE_LIMITS: FileLimits = fileLimitsOf(DEFAULT_UPLOAD_LIMITS);
