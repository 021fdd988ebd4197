/**
 * @file Which reader a file goes to: CSV/text or XLSX.
 *
 * Magic bytes win over the extension (a clerk's «выгрузка.csv» may really be an XLSX saved under the wrong
 * name, and vice versa): a ZIP header means XLSX, anything else is read as text, and the text reader's
 * encoding/header checks refuse binary junk. Formats we positively recognise but cannot read (old binary
 * .xls, UTF-16 text) are refused here with a message that says what to do.
 */

import { extname } from 'node:path';
import { ImportFileError } from './errors';
import { utf16Bom } from './encoding';

export type FileFormat = 'csv' | 'xlsx';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04] as const;
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06] as const;
const OLE_COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}

/** Chooses the reader by the first bytes; the extension only sharpens the message for a broken XLSX. */
export function detectFileFormat(filePath: string, head: Uint8Array): FileFormat {
  if (startsWith(head, ZIP_LOCAL_HEADER) || startsWith(head, ZIP_EMPTY_ARCHIVE)) return 'xlsx';
  if (startsWith(head, OLE_COMPOUND)) {
    throw new ImportFileError(
      'Файл в старом формате Excel 97–2003 (.xls), он не поддерживается. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)» или «CSV (разделители — точка с запятой)».',
    );
  }
  const bom = utf16Bom(head);
  if (bom !== undefined) {
    throw new ImportFileError(
      `Файл не похож на таблицу начислений: он в кодировке ${bom.toUpperCase()}, а ожидаются UTF-8 или windows-1251. Сохраните файл как «CSV UTF-8» или «CSV (разделители — точка с запятой)».`,
    );
  }
  if (extname(filePath).toLowerCase() === '.xlsx' && head.includes(0)) {
    // named .xlsx, not a ZIP and not text either: an XLSX that lost its beginning
    throw new ImportFileError(
      'Файл XLSX повреждён или обрезан: это не архив Excel. Выгрузите файл из программы начислений заново.',
    );
  }
  return 'csv';
}
