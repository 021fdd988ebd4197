/**
 * @file What `shell.openPath` may open: only a file the application itself wrote into the data folder, of a kind a
 * clerk prints or reads. `shell.openPath` starts whatever the system associates with a file (a `.exe`, `.bat`,
 * `.lnk`, `.hta` would run), so a path that a bug or a tampered registry row could bend is checked here first.
 *
 * Folders: the registry of documents (`generated_documents.file_path`, relative to the data folder) holds files
 * under `documents/` (claims, notices, mailing, duty requests, raid route sheets), `fssp/` (applications, petitions,
 * transfer registers) and `court/` (case documents, court packages); `exports/` holds the exports (SMS, calls,
 * the journal, FSSP and court lists). The path is resolved through symbolic links before the check, so a link
 * inside those folders cannot point outside them (the folders themselves may be links, e.g. to another disk). No `electron` import: the tests call it directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/app-error';

/** Folders of the data folder whose files may be opened in the system's viewer. */
export const OPENABLE_FOLDERS = ['documents', 'exports', 'fssp', 'court'] as const;
/** Kinds the application writes there: print files, spreadsheets, CSV lists, court packages. */
export const OPENABLE_EXTENSIONS = ['.pdf', '.xlsx', '.csv', '.zip'] as const;

const refusal = (fullPath: string): AppError =>
  new AppError(
    'DOCUMENTS.NO_VIEWER',
    `Файл «${path.basename(fullPath)}» не открыт: программа открывает для просмотра только документы и выгрузки ` +
      'из своей папки данных (PDF, XLSX, CSV, ZIP). Ничего не изменено.',
  );

/**
 * The real path of `fullPath` when it may be opened; otherwise an AppError with a Russian message (nothing is
 * opened). Missing files, folders and links that lead out of the allowed folders are refused as well.
 */
export function openablePath(dataDir: string, fullPath: string): string {
  let real: string;
  let realDataDir: string;
  try {
    real = fs.realpathSync(path.resolve(fullPath));
    realDataDir = fs.realpathSync(path.resolve(dataDir));
  } catch {
    throw refusal(fullPath);
  }
  if (!fs.statSync(real).isFile()) throw refusal(fullPath);
  if (!(OPENABLE_EXTENSIONS as readonly string[]).includes(path.extname(real).toLowerCase())) throw refusal(fullPath);
  const inside = OPENABLE_FOLDERS.some((folder) => {
    let root: string;
    try {
      root = fs.realpathSync(path.join(realDataDir, folder));
    } catch {
      return false;
    }
    const relative = path.relative(root, real);
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  });
  if (!inside) throw refusal(fullPath);
  return real;
}
