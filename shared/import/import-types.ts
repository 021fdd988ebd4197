/**
 * @file What the import screens receive from the core.
 */
import type { ImportKind } from './layouts';
import type { RowErrorView } from '../jobs/job-types';

export interface UploadInfo {
  uploadId: string;
  fileName: string;
  sizeBytes: number;
}

export interface ImportPreview {
  uploadId: string;
  fileName: string;
  /** Detected (or given) kind; null when the header matches no layout and no mapping was given. */
  kind: ImportKind | null;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  headers: string[];
  /** field key → header in the file. */
  mapping: Record<string, string>;
  /** Required fields of the layout that no header maps to (their canonical headers). */
  missingRequired: string[];
  unmappedHeaders: string[];
  /** First rows as the file has them (header → text). */
  sampleRows: Array<Record<string, string>>;
  /** Errors found in the sample rows. */
  sampleErrors: RowErrorView[];
  /** The same bytes were imported before: when, and as which import. */
  alreadyImported: { importId: number; atMs: number } | null;
  /** The name of a saved mapping that was applied automatically, if any. */
  savedMappingName: string | null;
  /** File-level problem (encoding, truncated, empty) in Russian, or null. */
  fileError: string | null;
}

export interface ImportHistoryItem {
  id: number;
  kind: ImportKind;
  fileName: string;
  rowCount: number;
  atMs: number;
  userName: string;
  summary: string;
}

export interface SavedMapping {
  id: number;
  kind: ImportKind;
  name: string;
  headers: string[];
  mapping: Record<string, string>;
}
