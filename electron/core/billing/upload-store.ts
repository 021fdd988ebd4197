/**
 * @file Files a clerk hands to the application before importing: kept under `<data dir>/incoming/<upload id>/`
 * with their original name. The browser host streams them in; Electron passes the bytes over IPC.
 *
 * Every upload is bounded by the administrator's size limit (upload-limits.ts): a declared size over it is
 * refused before a byte is read, a stream that grows past it is cut and its partial file deleted — the clerk
 * gets UPLOAD.TOO_LARGE (413) in Russian, never an internal error or a full disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type Database from 'better-sqlite3';
import type { UploadInfo } from '../../../shared/import/import-types';
import { AppError } from '../app-error';
import { DEFAULT_FILE_LIMITS } from '../../../shared/import/file-limits';
import { readFileLimits } from './upload-limits';

const UPLOAD_ID = /^[a-f0-9]{32}$/;
const MB = 1024 * 1024;

function cleanName(fileName: string): string {
  // Characters Windows forbids in file names, and control characters, become «_».
  const base = [...path.basename(fileName.replace(/\\/g, '/'))]
    .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return base.length > 0 ? base.slice(0, 200) : 'файл';
}

export interface UploadBounds {
  /** Largest size accepted, bytes. */
  maxBytes: number;
  /** The size the sender announced (HTTP Content-Length), checked before anything is read. */
  declaredBytes?: number | null | undefined;
}

export function uploadTooLarge(maxBytes: number): AppError {
  const limit = maxBytes >= MB ? `${Math.floor(maxBytes / MB)} МБ` : `${Math.ceil(maxBytes / 1024)} КБ`;
  return new AppError(
    'UPLOAD.TOO_LARGE',
    `Файл больше допустимого размера (${limit}) и не принят; ничего не сохранено. ` +
      'Разделите файл на части или попросите администратора увеличить предел в настройках.',
  );
}

export async function saveUpload(
  dataDir: string,
  fileName: string,
  source: Readable | Buffer,
  bounds: UploadBounds = { maxBytes: DEFAULT_FILE_LIMITS.maxUploadBytes },
): Promise<UploadInfo> {
  const { maxBytes, declaredBytes } = bounds;
  if ((declaredBytes ?? 0) > maxBytes || (Buffer.isBuffer(source) && source.length > maxBytes))
    throw uploadTooLarge(maxBytes);
  const uploadId = crypto.randomBytes(16).toString('hex');
  const dir = path.join(dataDir, 'incoming', uploadId);
  fs.mkdirSync(dir, { recursive: true });
  const name = cleanName(fileName);
  const target = path.join(dir, name);
  try {
    if (Buffer.isBuffer(source)) fs.writeFileSync(target, source);
    else await copyBounded(source, target, maxBytes);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { uploadId, fileName: name, sizeBytes: fs.statSync(target).size };
}

/** Saves an upload within the limits the administrator set for this database. */
export function receiveUpload(
  ctx: { sqlite: Database.Database; dataDir: string },
  fileName: string,
  source: Readable | Buffer,
  declaredBytes?: number | null,
): Promise<UploadInfo> {
  return saveUpload(ctx.dataDir, fileName, source, {
    maxBytes: readFileLimits(ctx.sqlite).maxUploadBytes,
    declaredBytes,
  });
}

/**
 * Copies a stream to a file, failing with UPLOAD.TOO_LARGE once more than `maxBytes` came. The source is not
 * destroyed on that failure (for HTTP that would cut the socket before the 413 answer): it is left to drain.
 */
function copyBounded(source: Readable, target: string, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(target);
    let size = 0;
    let settled = false;
    const stop = (error: Error): void => {
      if (settled) return;
      settled = true;
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', stop);
      source.resume();
      out.destroy();
      // The partial file is removed by the caller once the write stream has let it go.
      out.once('close', () => reject(error));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) return stop(uploadTooLarge(maxBytes));
      if (!out.write(chunk)) {
        source.pause();
        out.once('drain', () => source.resume());
      }
    };
    const onEnd = (): void => {
      if (settled) return;
      settled = true;
      out.end();
      out.once('close', () => (out.errored ? reject(out.errored) : resolve()));
    };
    out.on('error', stop);
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', stop);
  });
}

export function resolveUpload(dataDir: string, uploadId: string): { path: string; fileName: string } {
  const dir = path.join(dataDir, 'incoming', uploadId);
  const names = UPLOAD_ID.test(uploadId) && fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const fileName = names[0];
  if (!fileName) throw new AppError('NOT_FOUND', 'Файл не найден среди переданных: выберите его заново.');
  return { path: path.join(dir, fileName), fileName };
}

/**
 * Removes the upload folder a file came from, once the import that used it is committed (its original is kept
 * under `imports/`). Files outside `<data dir>/incoming/<upload id>/` (the demo, the CLI's own paths) are left.
 */
export function purgeUpload(dataDir: string, filePath: string): void {
  const dir = path.dirname(path.resolve(filePath));
  if (path.dirname(dir) !== path.join(path.resolve(dataDir), 'incoming') || !UPLOAD_ID.test(path.basename(dir))) return;
  fs.rmSync(dir, { recursive: true, force: true });
}
