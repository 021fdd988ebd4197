/**
 * The journal's XLSX: the whole filtered history (not one page) in the data folder's exports/journal/, read back with
 * exceljs: the columns, the rows newest first with the office's wall-clock time, and lines that look like formulas
 * («=», «+», «-», «@» first) kept as text, never formulas.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import { makeTempDir } from '../support/temp-dir';
import { exportJournalXlsx } from '../../electron/core/journal/journal-xlsx';
import { journalWriter } from '../../electron/core/journal/journal-writer';
import { JournalFilterSchema } from '../../shared/api/contract-auth';
import { at, writeDayOfWork } from './day-of-work';

async function readBack(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const values = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);

describe('the journal as XLSX', () => {
  it('writes the first account’s whole history with the columns of the page', async () => {
    const { db, sqlite } = createTestDb();
    const day = writeDayOfWork(db, sqlite);
    const dataDir = makeTempDir();
    const out = await exportJournalXlsx(
      db,
      dataDir,
      JournalFilterSchema.parse({ accountNumber: '1001234' }),
      at(16, 5, 8),
    );
    expect(out).toMatchObject({ fileName: 'zhurnal-2026-12-08-1605.xlsx', rows: 5 });
    expect(out.savedPath).toBe(path.join(dataDir, 'exports', 'journal', 'zhurnal-2026-12-08-1605.xlsx'));
    expect(Buffer.from(out.base64, 'base64').equals(fs.readFileSync(out.savedPath))).toBe(true);

    const sheet = await readBack(out.savedPath);
    expect(sheet.name).toBe('Журнал');
    expect(sheet.actualRowCount).toBe(6);
    expect(values(sheet, 1)).toEqual([
      'Дата и время',
      'Пользователь',
      'Мероприятие',
      'Действие',
      'Л/с',
      'Объект',
      'Описание',
      'Было',
      'Стало',
    ]);
    // exceljs reads a date back as its UTC fields: the office's 15:00 is 15:00.
    expect(values(sheet, 2)).toEqual([
      new Date(Date.UTC(2026, 11, 7, 15, 0)),
      'Иванова Мария Петровна',
      '1. SMS-информирование',
      'СМС отправлено',
      '1001234',
      undefined,
      'СМС на +7 916 ***-**-12 по л/с 1001234: долг 45 000,00 ₽',
    ]);
    expect(values(sheet, 3).slice(1, 7)).toEqual([
      'Сидорова Елена Викторовна',
      'Без мероприятия',
      'Пауза по счёту',
      '1001234',
      undefined,
      'Л/с 1001234: Работа приостановлена до 31.12.2026: спор о начислениях',
    ]);
    expect(values(sheet, 4).slice(1, 7)).toEqual([
      'Петров Андрей Ильич',
      '5. Претензии',
      'Претензия',
      '1001234',
      'Документ № 17',
      'Л/с 1001234: Претензия № 17 на 45 000,00 ₽',
    ]);
    expect(values(sheet, 5)[6]).toBe('Л/с 1001234: Звонок: обещал оплатить 20 000,00 ₽ до 15.12.2026');
    expect(values(sheet, 6)[0]).toEqual(new Date(Date.UTC(2026, 11, 4, 16, 40)));
    expect(sheet.getCell('A2').numFmt).toBe('dd.mm.yyyy hh:mm:ss');
    void day;
  });

  it('keeps lines that look like formulas as text and writes before/after', async () => {
    const { db, sqlite } = createTestDb();
    const day = writeDayOfWork(db, sqlite);
    const w = journalWriter(sqlite);
    w.write(day.cli, at(18, 0), { kind: 'settings.updated', summary: '+7 (916) 000-00-00 — телефон отдела' });
    w.write(day.cli, at(18, 1), { kind: 'settings.updated', summary: '-1 день к сроку оплаты' });
    w.write(day.cli, at(18, 2), { kind: 'settings.updated', summary: '@SUM(1+1)' });
    const out = await exportJournalXlsx(
      db,
      makeTempDir(),
      JournalFilterSchema.parse({ kind: 'settings.updated' }),
      at(19, 0),
    );
    expect(out.rows).toBe(4);
    const sheet = await readBack(out.savedPath);
    const summaries = [2, 3, 4, 5].map((n) => sheet.getRow(n).getCell(7));
    expect(summaries.map((c) => c.value)).toEqual([
      '@SUM(1+1)',
      '-1 день к сроку оплаты',
      '+7 (916) 000-00-00 — телефон отдела',
      'Изменены настройки организации: «=СУММ(A1:A9)»',
    ]);
    for (const c of summaries) expect(c.type).toBe(ExcelJS.ValueType.String);
    // The settings change: «Было/Стало» field by field in Russian as the journal page shows them (not the stored
    // JSON); a value that looks like a formula stays a string.
    const row = sheet.getRow(5);
    expect(row.getCell(6).value).toBe('Настройки');
    expect(row.getCell(8).value).toBe('Организация: Отдел по работе с задолженностью\nОтветственный: Петрова А. С.');
    expect(row.getCell(9).value).toBe('Организация: =СУММ(A1:A9)\nОтветственный: Петрова А. С.');
    const formulaLike = sheet.getRow(4).getCell(7);
    expect(formulaLike.formula).toBeUndefined();
    expect(sheet.getCell('G2').numFmt).toBe('@');
    // No cell of the file is a formula.
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('an empty filter result is a file with the header only', async () => {
    const { db, sqlite } = createTestDb();
    writeDayOfWork(db, sqlite);
    const out = await exportJournalXlsx(
      db,
      makeTempDir(),
      JournalFilterSchema.parse({ accountNumber: '0000000' }),
      at(19, 0),
    );
    expect(out.rows).toBe(0);
    expect((await readBack(out.savedPath)).actualRowCount).toBe(1);
  });
});
