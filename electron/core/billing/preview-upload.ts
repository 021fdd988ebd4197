/**
 * @file `import.preview`: reads the first rows of an uploaded file to show its layout, mapping, sample and
 * errors before anything is written. A saved mapping whose headers match the file's is applied automatically.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { imports } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { ImportPreview } from '../../../shared/import/import-types';
import { LAYOUTS, type ImportKind } from '../../../shared/import/layouts';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { ImportFileError, parseBillingFile } from '../import/parse-billing-file';
import { readRawRows } from './read-raw-rows';
import { findMappingBySignature } from '../repositories/mappings-repo';
import { resolveUpload } from './upload-store';

const SAMPLE_ROWS = 20;

export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => foldForSearch(h)).join('|');
}

export async function previewUpload(
  sqlite: Database.Database,
  dataDir: string,
  input: { uploadId: string; kind?: ImportKind | undefined; mapping?: Record<string, string> | undefined },
): Promise<ImportPreview> {
  const upload = resolveUpload(dataDir, input.uploadId);
  const sha = crypto.createHash('sha256').update(fs.readFileSync(upload.path)).digest('hex');
  const earlier = drizzleOf(sqlite)
    .select({ id: imports.id, atMs: imports.atMs })
    .from(imports)
    .where(eq(imports.fileSha256, sha))
    .get();
  const base: ImportPreview = {
    uploadId: input.uploadId,
    fileName: upload.fileName,
    kind: input.kind ?? null,
    format: /\.xlsx$/i.test(upload.fileName) ? 'xlsx' : 'csv',
    encoding: null,
    headers: [],
    mapping: input.mapping ?? {},
    missingRequired: [],
    unmappedHeaders: [],
    sampleRows: [],
    sampleErrors: [],
    alreadyImported: earlier ? { importId: earlier.id, atMs: earlier.atMs } : null,
    savedMappingName: null,
    fileError: null,
  };

  let kind = input.kind;
  let mapping = input.mapping;
  let headers: string[] = [];
  let rawRows: string[][] = [];
  try {
    ({ headers, rows: rawRows } = await readRawRows(upload.path, SAMPLE_ROWS));
  } catch (error) {
    if (error instanceof ImportFileError) return { ...base, fileError: error.message };
    throw error;
  }
  if (!mapping) {
    const saved = findMappingBySignature(sqlite, headerSignature(headers), kind);
    if (saved) {
      kind = saved.kind;
      mapping = saved.mapping;
      base.savedMappingName = saved.name;
    }
  }
  try {
    const parsed = await parseBillingFile(upload.path, {
      limitRows: SAMPLE_ROWS,
      ...(kind ? { kind } : {}),
      ...(mapping ? { mapping } : {}),
    });
    const sample = sampleRows(parsed.headers, rawRows);
    return {
      ...base,
      kind: parsed.kind,
      format: parsed.format,
      encoding: parsed.encoding ?? null,
      headers: parsed.headers,
      mapping: parsed.mapping,
      unmappedHeaders: parsed.unmappedHeaders,
      sampleRows: sample,
      sampleErrors: parsed.errors.map((e) => ({ file: upload.fileName, ...e })),
    };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    // The layout was not recognised or required columns are missing: show what is there, so the clerk can map it.
    const layout = kind ? LAYOUTS[kind] : null;
    const mapped = new Set(Object.values(mapping ?? {}));
    return {
      ...base,
      kind: kind ?? null,
      headers,
      mapping: mapping ?? {},
      missingRequired: layout ? layout.fields.filter((f) => f.required && !(mapping ?? {})[f.key]).map((f) => f.header) : [],
      unmappedHeaders: headers.filter((h) => !mapped.has(h)),
      sampleRows: sampleRows(headers, rawRows),
      fileError: error.message,
    };
  }
}

function sampleRows(headers: string[], rows: string[][]): Array<Record<string, string>> {
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
}
