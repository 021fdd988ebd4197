/**
 * @file The filtered journal as XLSX: the whole history that matches the journal page's filters (not one page), for
 * an audit or the head's report. Written by exceljs's streaming writer while journal-search.ts walks the journal
 * in keyset chunks, so a million entries take neither a million-row array nor a workbook in memory. Saved into the
 * data folder's exports/journal/ (like the call list) and handed to the page as base64 for its download.
 *
 * Everything a clerk or a file typed (a summary, a name, before/after) goes in as a string cell with the text
 * format: a summary that starts with «=», «+», «-» or «@» is never a formula (exceljs writes a formula only from a
 * { formula } value, which this file never builds).
 */
import fs from 'node:fs';
import path from 'node:path';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type { AppDb } from '../db/connection';
import { walkJournal, type JournalFilter } from './journal-search';
import { journalChangeLines, journalMeasureLabel, journalObjectLabel } from '../../../shared/journal/journal-labels';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { AuthApiOutputs } from '../../../shared/api/contract-auth';

type JournalXlsx = AuthApiOutputs['journal.exportXlsx'];

const COLUMNS = [
  { header: 'Дата и время', width: 19 },
  { header: 'Пользователь', width: 30 },
  { header: 'Мероприятие', width: 26 },
  { header: 'Действие', width: 30 },
  { header: 'Л/с', width: 14 },
  { header: 'Объект', width: 18 },
  { header: 'Описание', width: 70 },
  { header: 'Было', width: 40 },
  { header: 'Стало', width: 40 },
] as const;

/** Excel keeps at most 32 767 characters in a cell and 1 048 576 rows on a sheet. */
const MAX_CELL = 32_767;
const MAX_SHEET_ROWS = 1_048_575;
/** exceljs applies no backpressure: give the compressor the event loop now and then (see epd/xlsx-rows-writer.ts). */
const YIELD_EVERY_ROWS = 2000;

/** A string cell (empty = no cell): without the control characters XML cannot hold, cut to Excel's cell limit. */
/** «Было» or «Стало» as the journal page shows it: «Поле: значение» a line, in Russian, never the stored JSON. */
function changeSide(
  beforeJson: string | null,
  afterJson: string | null,
  objectType: string | null,
  side: 'before' | 'after',
): string | null {
  if ((side === 'before' ? beforeJson : afterJson) === null) return null;
  return journalChangeLines(beforeJson, afterJson, objectType)
    .map((c) => (c.field === '' ? c[side] : `${c.fieldLabel}: ${c[side]}`))
    .join('\n');
}

function text(value: string | null): string | null {
  if (value === null || value === '') return null;
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
  return clean.length > MAX_CELL ? `${clean.slice(0, MAX_CELL - 1)}…` : clean;
}

/**
 * The office's wall-clock time of an instant as an Excel date (exceljs writes a Date as its UTC fields). The zone's
 * offset is looked up once per hour of the journal.
 */
function officeClock(): (atMs: number) => Date {
  const offsets = new Map<number, number>();
  return (atMs) => {
    const hour = Math.floor(atMs / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const start = hour * 3_600_000;
      const m = localMoment(start);
      const [y, mo, d] = m.date.split('-').map(Number) as [number, number, number];
      offset = Date.UTC(y, mo - 1, d, 0, m.minute) - start;
      offsets.set(hour, offset);
    }
    return new Date(atMs + offset);
  };
}

export async function exportJournalXlsx(
  db: AppDb,
  dataDir: string,
  filter: JournalFilter,
  nowMs: number,
): Promise<JournalXlsx> {
  const dir = path.join(dataDir, 'exports', 'journal');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = localMoment(nowMs);
  const hhmm = `${String(Math.floor(stamp.minute / 60)).padStart(2, '0')}${String(stamp.minute % 60).padStart(2, '0')}`;
  const fileName = `zhurnal-${stamp.date}-${hhmm}.xlsx`;
  const savedPath = path.join(dir, fileName);

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: savedPath,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = 'Журнал действий';
  const newSheet = (n: number) => {
    const sheet = workbook.addWorksheet(n === 1 ? 'Журнал' : `Журнал (${n})`, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = COLUMNS.map((c, i) => ({
      key: `c${i}`,
      width: c.width,
      style: { numFmt: i === 0 ? 'dd.mm.yyyy hh:mm:ss' : '@', alignment: { vertical: 'top', wrapText: i >= 6 } },
    }));
    const header = sheet.addRow(COLUMNS.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    return sheet;
  };
  const clock = officeClock();
  let sheetNo = 1;
  let sheet = newSheet(sheetNo);
  let onSheet = 0;
  let rows = 0;
  for (const r of walkJournal(db, filter)) {
    if (onSheet === MAX_SHEET_ROWS) {
      sheet.commit();
      sheet = newSheet(++sheetNo);
      onSheet = 0;
    }
    sheet
      .addRow([
        clock(r.atMs),
        text(r.userName),
        journalMeasureLabel(r.measure),
        text(r.kindLabel),
        text(r.accountNumber),
        text(journalObjectLabel(r.objectType, r.objectId, r.accountNumber)),
        text(r.summary),
        text(changeSide(r.beforeJson, r.afterJson, r.objectType, 'before')),
        text(changeSide(r.beforeJson, r.afterJson, r.objectType, 'after')),
      ])
      .commit();
    onSheet++;
    rows++;
    if (rows % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
  return { fileName, savedPath, base64: fs.readFileSync(savedPath).toString('base64'), rows };
}
