/**
 * @file The day's call list as XLSX for operators who work on paper or in Excel, and the import of the results
 * typed into it: every row with a result code is recorded through recordCall, so the same ФЗ-230 limits and hours
 * apply (the call's time comes from the «Время звонка» column, on the list's day, Moscow time).
 */
import fs from 'node:fs';
import path from 'node:path';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { accountSummaries } from '../../../shared/db/schema';
import { users } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { CALL_OUTCOMES, type CallOutcome } from '../../../shared/rules/contact/call-outcomes';
import type { CallsImportResult, FileResult } from '../../../shared/api/contract-work';
import { readMyQueue } from './my-queue';
import { recordCall } from './record-call';
import { parseDate } from '../import/parse-date';
import { parseMoney } from '../../../shared/numbers/parse-money';
import { ValueError } from '../import/errors';
import type { JournalActor } from '../auth/actor';
import { refuseXlsxBomb } from '../import/xlsx-bomb-check';
import { readFileLimits } from '../billing/upload-limits';

const HEADERS = [
  '№',
  'Оператор',
  'Лицевой счёт',
  'Адрес',
  'ФИО',
  'Телефон',
  'Группа долга',
  'Долг, руб.',
  'Код результата (1–9)',
  'Время звонка (ЧЧ:ММ)',
  'Дата обещания (ДД.ММ.ГГГГ)',
  'Сумма обещания, руб.',
  'Комментарий',
] as const;

export async function exportCallList(
  sqlite: Database.Database,
  dataDir: string,
  date: string,
  userId: number | null,
): Promise<FileResult> {
  const items = readMyQueue(sqlite, userId, date);
  const names = new Map(
    drizzleOf(sqlite)
      .select({ id: users.id, name: users.fullName })
      .from(users)
      .all()
      .map((u) => [u.id, u.name]),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  // The list's day travels with the file: results typed in and imported the next morning belong to that day.
  workbook.title = `Обзвон ${date}`;
  const sheet = workbook.addWorksheet('Обзвон');
  sheet.addRow([...HEADERS]).font = { bold: true };
  const widths = [6, 26, 14, 44, 32, 16, 14, 12, 12, 12, 14, 14, 30];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  for (const it of items) {
    sheet.addRow([
      it.position,
      names.get(it.userId) ?? '',
      it.number,
      it.address,
      it.mainPerson ?? '',
      it.phone,
      it.bracketLabel,
      it.debtKopecks / 100,
      it.outcome ? (CALL_OUTCOMES.find((o) => o.code === it.outcome)?.key ?? '') : '',
      '',
      '',
      '',
      '',
    ]);
  }
  sheet.getColumn(8).numFmt = '#,##0.00';
  const codes = workbook.addWorksheet('Коды');
  codes.addRow(['Код', 'Результат']).font = { bold: true };
  for (const o of CALL_OUTCOMES) codes.addRow([Number(o.key), o.label]);
  codes.getColumn(2).width = 40;
  const dir = path.join(dataDir, 'exports', 'calls');
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `obzvon-${date}${userId ? `-op${userId}` : ''}.xlsx`;
  const savedPath = path.join(dir, fileName);
  await workbook.xlsx.writeFile(savedPath);
  return { fileName, savedPath, base64: fs.readFileSync(savedPath).toString('base64'), rows: items.length };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v).trim();
}

/** 'ДД.ММ.ГГГГ' or an Excel date → 'YYYY-MM-DD' checked against the calendar (31.02 refused); empty → null. */
function cellDate(v: ExcelJS.CellValue): string | null | ValueError {
  if (v instanceof Date || typeof v === 'number') return parseDate(v);
  const text = cellText(v);
  return text === '' ? null : parseDate(text);
}

/** Rubles as typed («15 000,50») or an XLSX number → exact integer kopecks, never through `× 100`; empty → null. */
function cellKopecks(v: ExcelJS.CellValue): number | null | ValueError {
  if (typeof v === 'number') return parseMoney(v);
  const text = cellText(v);
  return text === '' ? null : parseMoney(text);
}

/** 'ЧЧ:ММ' or an Excel time → minutes from midnight. */
function parseTime(v: ExcelJS.CellValue): number | null {
  if (v instanceof Date) return v.getUTCHours() * 60 + v.getUTCMinutes();
  if (typeof v === 'number' && v >= 0 && v < 1) return Math.round(v * 1440);
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(cellText(v));
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Moscow has been UTC+3 all year since 26.10.2014. */
const MOSCOW_OFFSET_MS = 3 * 3600_000;

export async function importCallResults(
  sqlite: Database.Database,
  file: string,
  date: string,
  by: JournalActor,
): Promise<CallsImportResult> {
  // The whole workbook is read into memory here: a «bomb» is refused first (xlsx-bomb-check.ts).
  await refuseXlsxBomb(file, readFileLimits(sqlite));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new AppError('VALIDATION', 'Файл не читается как XLSX. Выберите выгруженный список обзвона.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || cellText(sheet.getRow(1).getCell(3).value) !== 'Лицевой счёт') {
    throw new AppError('VALIDATION', 'Это не список обзвона: в первой строке нет столбца «Лицевой счёт».');
  }
  const listDate = /(\d{4}-\d{2}-\d{2})$/.exec(workbook.title ?? '')?.[1];
  if (listDate && listDate > date)
    throw new AppError('VALIDATION', `Список обзвона на ${listDate} — этот день ещё не наступил.`);
  date = listDate ?? date;
  const db = drizzleOf(sqlite);
  const accountOf = (number: string) =>
    db
      .select({ id: accountSummaries.accountId })
      .from(accountSummaries)
      .where(eq(accountSummaries.number, number))
      .get();
  const result: CallsImportResult = { recorded: 0, refused: [], skipped: 0 };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  for (let line = 2; line <= sheet.rowCount; line += 1) {
    const row = sheet.getRow(line);
    const number = cellText(row.getCell(3).value);
    const code = cellText(row.getCell(9).value);
    if (!number || !code) {
      result.skipped += 1;
      continue;
    }
    const outcome = CALL_OUTCOMES.find((o) => o.key === code)?.code as CallOutcome | undefined;
    const account = accountOf(number);
    const minute = parseTime(row.getCell(10).value);
    const refuse = (reason: string) => result.refused.push({ line, number, reason });
    if (!account) refuse('такого лицевого счёта нет в базе');
    else if (!outcome) refuse(`код результата «${code}» — должен быть от 1 до 9`);
    else if (minute === null) refuse('не указано время звонка (ЧЧ:ММ)');
    else {
      // Only a promise reads the date and sum columns; what is typed there for other outcomes is not used.
      const promise = outcome === 'promise';
      const promiseDate = promise ? cellDate(row.getCell(11).value) : null;
      const promiseKopecks = promise ? cellKopecks(row.getCell(12).value) : null;
      if (promiseDate instanceof ValueError) {
        refuse(`дата обещания: ${promiseDate.message}`);
        continue;
      }
      if (promiseKopecks instanceof ValueError) {
        refuse(`сумма обещания: ${promiseKopecks.message}`);
        continue;
      }
      try {
        recordCall(
          sqlite,
          {
            accountId: account.id,
            by,
            outcome,
            promiseDate,
            promiseKopecks: promiseKopecks !== null && promiseKopecks > 0 ? promiseKopecks : null,
            callbackAt: null,
            note: cellText(row.getCell(13).value),
          },
          Date.UTC(y, m - 1, d, 0, minute) - MOSCOW_OFFSET_MS,
        );
        result.recorded += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refuse(error.message);
      }
    }
  }
  return result;
}
