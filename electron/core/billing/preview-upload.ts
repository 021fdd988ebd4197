/**
 * @file `import.preview`: reads the first rows of an uploaded file to show its layout, mapping, sample and
 * errors before anything is written. A saved mapping whose headers match the file's is applied automatically.
 * The file is hashed by streaming and read in a worker with a heap cap and a timeout (preview-in-worker.ts).
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
import { readFileLimits } from './upload-limits';
import { startPreviewWorker } from './preview-in-worker';
import type { PreviewFromWorker } from './preview-messages';
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
  options: { timeoutMs?: number } = {},
): Promise<ImportPreview> {
  const upload = resolveUpload(dataDir, input.uploadId);
  const sha = await sha256OfFile(upload.path);
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

  // The file is read in a worker with a heap cap and a timeout (preview-in-worker.ts); the database stays here.
  const worker = startPreviewWorker(
    { filePath: upload.path, sampleRows: SAMPLE_ROWS, fileLimits: readFileLimits(sqlite) },
    { dataDir, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) },
  );
  try {
    const raw = await expect(worker.next(), 'raw', 'raw-error');
    if (raw.type === 'raw-error') return { ...base, fileError: raw.message };
    const { headers, rows: rawRows } = raw;
    let kind = input.kind;
    let mapping = input.mapping;
    if (!mapping) {
      const saved = findMappingBySignature(sqlite, headerSignature(headers), kind);
      if (saved) {
        kind = saved.kind;
        mapping = saved.mapping;
        base.savedMappingName = saved.name;
      }
    }
    worker.send({ type: 'parse', kind, mapping });
    const parsed = await expect(worker.next(), 'parsed', 'parse-error');
    if (parsed.type === 'parsed') {
      return {
        ...base,
        kind: parsed.kind,
        format: parsed.format,
        encoding: parsed.encoding,
        headers: parsed.headers,
        mapping: parsed.mapping,
        unmappedHeaders: parsed.unmappedHeaders,
        sampleRows: sampleRows(parsed.headers, rawRows),
        sampleErrors: parsed.errors.map((e) => ({ file: upload.fileName, ...e })),
      };
    }
    // The layout was not recognised or required columns are missing: show what is there, so the clerk can map it.
    const layout = kind ? LAYOUTS[kind] : null;
    const mapped = new Set(Object.values(mapping ?? {}));
    return {
      ...base,
      kind: kind ?? null,
      headers,
      mapping: mapping ?? {},
      missingRequired: layout
        ? layout.fields.filter((f) => f.required && !(mapping ?? {})[f.key]).map((f) => f.header)
        : [],
      unmappedHeaders: headers.filter((h) => !mapped.has(h)),
      sampleRows: sampleRows(headers, rawRows),
      fileError: parsed.message,
    };
  } finally {
    worker.close();
  }
}

/** The worker's answer of one of the expected types; its crash becomes an ordinary (logged) internal error. */
async function expect<A extends PreviewFromWorker['type'], B extends PreviewFromWorker['type']>(
  message: Promise<PreviewFromWorker>,
  ok: A,
  refused: B,
): Promise<Extract<PreviewFromWorker, { type: A | B }>> {
  const m = await message;
  if (m.type === ok || m.type === refused) return m as Extract<PreviewFromWorker, { type: A | B }>;
  throw new Error(`Preview worker: ${m.type === 'crash' ? m.message : `unexpected ${m.type}`}`);
}

async function sha256OfFile(filePath: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function sampleRows(headers: string[], rows: string[][]): Array<Record<string, string>> {
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
}
