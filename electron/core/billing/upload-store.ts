/**
 * @file Files a clerk hands to the application before importing: kept under `<data dir>/incoming/<upload id>/`
 * with their original name. The browser host streams them in; Electron passes the bytes over IPC.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { UploadInfo } from '../../../shared/import/import-types';
import { AppError } from '../app-error';

const UPLOAD_ID = /^[a-f0-9]{32}$/;

function cleanName(fileName: string): string {
  // Characters Windows forbids in file names, and control characters, become «_».
  const base = [...path.basename(fileName.replace(/\\/g, '/'))]
    .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return base.length > 0 ? base.slice(0, 200) : 'файл';
}

export async function saveUpload(dataDir: string, fileName: string, source: Readable | Buffer): Promise<UploadInfo> {
  const uploadId = crypto.randomBytes(16).toString('hex');
  const dir = path.join(dataDir, 'incoming', uploadId);
  fs.mkdirSync(dir, { recursive: true });
  const name = cleanName(fileName);
  const target = path.join(dir, name);
  if (Buffer.isBuffer(source)) fs.writeFileSync(target, source);
  else await pipeline(source, fs.createWriteStream(target));
  return { uploadId, fileName: name, sizeBytes: fs.statSync(target).size };
}

export function resolveUpload(dataDir: string, uploadId: string): { path: string; fileName: string } {
  const dir = path.join(dataDir, 'incoming', uploadId);
  const names = UPLOAD_ID.test(uploadId) && fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const fileName = names[0];
  if (!fileName) throw new AppError('NOT_FOUND', 'Файл не найден среди переданных: выберите его заново.');
  return { path: path.join(dir, fileName), fileName };
}
