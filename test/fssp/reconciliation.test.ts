/**
 * @file The reconciliation with a department's list (measure 11) through the API on a real database: the list of our
 * own (windows-1251, «;») with planted differences gives exactly the expected counts and rows; the report read back
 * from XLSX (exceljs) and PDF (pdftotext); a difference resolved with a note and journaled; a second run keeps the
 * history; a mapping given once is reused for a file with the same headers; bad files refused in Russian with the
 * database unchanged. Expected values are written by hand from the fixture's table (reconciliation-fixture.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveUpload } from '../../electron/core/billing/upload-store';
import type {
  FsspReconciliationApiOutputs,
  ReconciliationDetail,
  ReconciliationPreview,
} from '../../shared/api/contract-fssp-reconciliation';
import type { FileResult } from '../../shared/api/contract-work';
import { callCore, callCoreError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import {
  FILES,
  LIST_DATE,
  OSP_LIST_LINES,
  reconciliationWorld,
  writeList,
  type ReconciliationWorld,
} from './reconciliation-fixture';

type RunResult = FsspReconciliationApiOutputs['reconciliation.run'];

let world: ReconciliationWorld;
beforeEach(() => {
  world = reconciliationWorld();
});
afterEach(async () => {
  await world.core.close();
});

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

async function upload(file: string): Promise<string> {
  return (await saveUpload(world.dataDir, path.basename(file), fs.readFileSync(file))).uploadId;
}

function count(table: string): number {
  return (world.core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function journal(
  kind: string,
): Array<{ account_id: number | null; object_type: string; object_id: string; summary: string }> {
  return world.core.ctx.sqlite
    .prepare(`SELECT account_id, object_type, object_id, summary FROM actions WHERE kind = ? ORDER BY id`)
    .all(kind) as never;
}

async function runOspList(extra: Record<string, unknown> = {}): Promise<RunResult> {
  const uploadId = await upload(path.join(FILES, 'reconciliation-osp-2025-06-30.csv'));
  return callCore<RunResult>(world.core, 'reconciliation.run', {
    uploadId,
    departmentId: world.osp,
    listDate: LIST_DATE,
    ...extra,
  });
}

describe('reconciliation with the department list of 30.06.2025', () => {
  it('the fixture file is windows-1251 with semicolons, and the preview reads it by the known headers', async () => {
    const bytes = fs.readFileSync(path.join(FILES, 'reconciliation-osp-2025-06-30.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const p = await callCore<ReconciliationPreview>(world.core, 'reconciliation.preview', {
      uploadId: await upload(path.join(FILES, 'reconciliation-osp-2025-06-30.csv')),
    });
    expect(p.encoding).toBe('windows-1251');
    expect(p.mappingProblem).toBeNull();
    expect(p.mapping).toEqual({
      proceedingNumber: 'Номер ИП',
      proceedingDate: 'Дата возбуждения',
      debtorName: 'ФИО должника',
      birthDate: 'Дата рождения',
      writNumber: 'Реквизиты ИД',
      sum: 'Сумма долга',
      balance: 'Остаток долга',
      status: 'Статус',
      bailiff: 'Судебный пристав-исполнитель',
    });
    expect(p.rowsCount).toBe(6);
    expect(p.badRowsTotal).toBe(0);
    expect(p.sample[2]).toMatchObject({
      rowNumber: 4,
      debtorName: 'СИДОРОВ ПЕТР ИЛЬИЧ',
      birthDate: '1969-11-03',
      sumKopecks: 725_050,
    });
    expect(count('reconciliations')).toBe(0);
  });

  it('finds exactly the planted differences, stores them in one go and journals once', async () => {
    const r = await runOspList();
    expect(r).toMatchObject({
      rowsCount: 6,
      matchedCount: 5, // W1–W5; the Морозов row is not ours
      differencesCount: 5,
      openCount: 5,
      resolvedCount: 0,
      departmentName: 'Красногорский РОСП',
      listDate: '2025-06-30',
      byKind: { ours_not_theirs: 1, theirs_not_ours: 1, sum_differs: 1, status_differs: 1, collected_differs: 1 },
    });
    const d = await callCore<ReconciliationDetail>(world.core, 'reconciliation.get', { reconciliationId: r.id });
    const matched = Object.fromEntries(d.rows.map((row) => [row.rowNumber, [row.matchedWritId, row.matchedBy]]));
    expect(matched).toEqual({
      2: [world.w.w1, 'writ_number'],
      3: [world.w.w2, 'writ_number'],
      4: [world.w.w3, 'writ_number'],
      5: [world.w.w4, 'writ_number'],
      6: [world.w.w5, 'name_birth_sum'],
      7: [null, null],
    });
    const diff = (kind: string) => d.differences.filter((x) => x.kind === kind);
    expect(diff('ours_not_theirs').map((x) => x.writId)).toEqual([world.w.w6]); // not W7 (presented after the list), W8 (other department), W9 (not sent)
    expect(plain(diff('ours_not_theirs')[0]!.ours)).toContain(
      'ИД ФС № 012345606; Волкова Елена Андреевна, 09.09.1982 г.р.; сумма 8 000,00 ₽; предъявлен 10.04.2025',
    );
    expect(diff('ours_not_theirs')[0]!.theirs).toBe('нет в списке отдела');
    expect(diff('theirs_not_ours')[0]).toMatchObject({
      writId: null,
      rowNumber: 7,
      debtorName: 'Морозов Алексей Николаевич',
    });
    expect(plain(diff('sum_differs')[0]!.ours)).toBe('по ИД 5 500,00 ₽');
    expect(plain(diff('sum_differs')[0]!.theirs)).toBe('6 000,00 ₽');
    expect(diff('sum_differs')[0]!.writId).toBe(world.w.w2);
    expect(diff('status_differs')[0]).toMatchObject({
      writId: world.w.w3,
      ours: 'возбуждено',
      theirs: 'Окончено по ст. 46 ч.1 п.4 (окончено — невозможно взыскать)',
    });
    // W4: 12 000,00 − 9 000,00 = 3 000,00 by them; 1 500,00 + 500,00 = 2 000,00 with us
    expect(plain(diff('collected_differs')[0]!.ours)).toBe('взыскано 2 000,00 ₽');
    expect(plain(diff('collected_differs')[0]!.theirs)).toBe('взыскано 3 000,00 ₽');
    expect(count('reconciliation_rows')).toBe(6);
    expect(count('reconciliation_differences')).toBe(5);
    const entries = journal('fssp.reconciliation');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ account_id: null, object_type: 'reconciliation', object_id: String(r.id) });
  });

  it('without a department every sent writ is ours: W8 of the other department becomes «lost» too', async () => {
    const r = await runOspList({ departmentId: null });
    expect(r.byKind).toEqual({
      ours_not_theirs: 2,
      theirs_not_ours: 1,
      sum_differs: 1,
      status_differs: 1,
      collected_differs: 1,
    });
  });

  it('writes the report: XLSX read back with exceljs, PDF read back as text', async () => {
    const r = await runOspList();
    const xlsx = await callCore<FileResult>(world.core, 'reconciliation.reportXlsx', { reconciliationId: r.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Итоги',
      'Нет у ФССП',
      'Нет у нас',
      'Сумма',
      'Статус',
      'Взыскано',
    ]);
    const lost = wb.getWorksheet('Нет у ФССП')!;
    expect(lost.getRow(3).values).toEqual([
      undefined,
      '№',
      'Должник',
      'Исполнительный документ',
      'Производство',
      'Строка списка',
      'У нас',
      'У отдела',
      'Разобрано',
    ]);
    expect(lost.getRow(4).getCell(2).value).toBe('Волкова Елена Андреевна');
    expect(lost.getRow(4).getCell(3).value).toBe('ФС № 012345606');
    expect(lost.rowCount).toBe(4);
    const sum = wb.getWorksheet('Сумма')!;
    expect(sum.getRow(4).getCell(2).value).toBe('Петрова Анна Сергеевна');
    expect(sum.getRow(4).getCell(4).value).toBe('10002/25/50021-ИП');
    expect(sum.getRow(4).getCell(5).value).toBe(3);
    expect(plain(String(sum.getRow(4).getCell(7).value))).toBe('6 000,00 ₽');
    const totals = wb.getWorksheet('Итоги')!;
    const totalsText = totals
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.slice(1).join(' | ') : ''))
      .join('\n');
    expect(totalsText).toContain('Строк в списке отдела | 6');
    expect(totalsText).toContain('Расхождений всего | 5 (разобрано 0, не разобрано 5)');
    expect(fs.existsSync(xlsx.savedPath)).toBe(true);

    const pdf = await callCore<FileResult>(world.core, 'reconciliation.reportPdf', { reconciliationId: r.id });
    const file = path.join(makeTempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('АКТ СВЕРКИ ИСПОЛНИТЕЛЬНЫХ ПРОИЗВОДСТВ');
    expect(text).toContain('Красногорский РОСП, список на 30.06.2025');
    expect(text).toMatch(/Строк в списке отдела:\s+6/);
    expect(text).toMatch(
      /Сопоставлено с нашими документами:\s+5 \(по номеру ИД — 4, по ФИО, дате рождения и сумме — 1\)/,
    );
    expect(text).toContain('У нас есть, у ФССП нет (потерян — направить повторно): 1');
    expect(text).toContain('Сумма расходится: 1');
    expect(text).toContain('Волкова Елена Андреевна');
    expect(text).toContain('Морозов Алексей Николаевич');
    expect(text).toContain('взыскано 3 000,00 ₽');
    expect(text).toContain('От взыскателя');
    expect(text).toContain('От отдела судебных приставов (Красногорский РОСП)');
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/PTSans/);
  });

  it('a difference is resolved with a note, journaled on the writ account; a second run keeps the history', async () => {
    const first = await runOspList();
    const d = await callCore<ReconciliationDetail>(world.core, 'reconciliation.get', { reconciliationId: first.id });
    const lost = d.differences.find((x) => x.kind === 'ours_not_theirs')!;
    const resolved = await callCore<{ resolutionNote: string; resolvedBy: string | null }>(
      world.core,
      'reconciliation.resolve',
      {
        differenceId: lost.id,
        note: 'Отдел подтвердил утрату; запрошен дубликат.',
      },
    );
    expect(resolved.resolutionNote).toBe('Отдел подтвердил утрату; запрошен дубликат.');
    expect(resolved.resolvedBy).not.toBeNull();
    const again = await callCoreError(world.core, 'reconciliation.resolve', { differenceId: lost.id, note: 'ещё раз' });
    expect(again.code).toBe('CONFLICT');
    const entries = journal('fssp.difference_resolved');
    expect(entries).toHaveLength(1);
    const account = (
      world.core.ctx.sqlite.prepare('SELECT account_id FROM writs WHERE id = ?').get(world.w.w6) as {
        account_id: number;
      }
    ).account_id;
    expect(entries[0]).toMatchObject({
      account_id: account,
      object_type: 'reconciliation',
      object_id: String(first.id),
    });

    const second = await runOspList();
    const list = await callCore<FsspReconciliationApiOutputs['reconciliation.list']>(
      world.core,
      'reconciliation.list',
      {},
    );
    expect(list.reconciliations.map((x) => [x.id, x.differencesCount, x.openCount, x.resolvedCount])).toEqual([
      [second.id, 5, 5, 0],
      [first.id, 5, 4, 1],
    ]);
    expect(list.departments.map((x) => x.name)).toEqual(['Истринский РОСП', 'Красногорский РОСП']);
    expect(journal('fssp.reconciliation')).toHaveLength(2);
  });
});

describe('the column mapping', () => {
  const ODD = ['Плательщик;Исп. документ;Д/р;Долг;Состояние'];

  it('a list with unknown headers asks for the mapping; given once, it is saved and reused for the same headers', async () => {
    const dir = makeTempDir();
    const first = writeList(
      dir,
      'spisok-1.csv',
      [...ODD, 'Петрова Анна Сергеевна;2-101/2025;20.01.1975;5 500,00;Ведется'],
      'utf-8',
    );
    const p = await callCore<ReconciliationPreview>(world.core, 'reconciliation.preview', {
      uploadId: await upload(first),
    });
    expect(p.mappingProblem).toMatch(/^Не хватает столбцов для сверки: нужны столбцы «Должник» и «Номер ИД»/);
    expect(p.mapping).toEqual({ birthDate: 'Д/р', status: 'Состояние' }); // «Д/р» folds to the synonym «Д.р.»
    const refused = await callCoreError(world.core, 'reconciliation.run', {
      uploadId: await upload(first),
      departmentId: world.osp,
      listDate: LIST_DATE,
    });
    expect(refused.code).toBe('FSSP.BAD_FILE');

    const mapping = { debtorName: 'Плательщик', writNumber: 'Исп. документ', birthDate: 'Д/р', sum: 'Долг' };
    const r1 = await callCore<RunResult>(world.core, 'reconciliation.run', {
      uploadId: await upload(first),
      departmentId: world.osp,
      listDate: LIST_DATE,
      mapping,
      mappingName: 'Выгрузка Красногорского РОСП',
    });
    expect(r1).toMatchObject({ rowsCount: 1, matchedCount: 1 });

    // another file, the same headers in another encoding and with a BOM: recognised by itself
    const second = writeList(
      dir,
      'spisok-2.csv',
      [...ODD, 'Волкова Елена Андреевна;ФС № 012345606;09.09.1982;8 000,00;Возбуждено'],
      'utf-8',
    );
    fs.writeFileSync(second, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(second)]));
    const p2 = await callCore<ReconciliationPreview>(world.core, 'reconciliation.preview', {
      uploadId: await upload(second),
    });
    expect(p2.savedMappingName).toBe('Выгрузка Красногорского РОСП');
    expect(p2.mappingProblem).toBeNull();
    expect(p2.encoding).toBe('utf-8');
    const r2 = await callCore<RunResult>(world.core, 'reconciliation.run', {
      uploadId: await upload(second),
      departmentId: world.osp,
      listDate: LIST_DATE,
    });
    expect(r2).toMatchObject({ rowsCount: 1, matchedCount: 1 });
    expect(count("column_mappings WHERE kind = 'fssp_reconciliation'")).toBe(1);
  });

  it('reads an XLSX list with a title above the header and comma money as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('ИП');
    sheet.addRow(['Список исполнительных производств по взыскателю на 30.06.2025']);
    sheet.addRow(['№ ИП', 'Должник', 'Дата рождения', 'Номер ИД', 'Сумма', 'Остаток', 'Статус', 'СПИ']);
    sheet.addRow([
      '10002/25/50021-ИП',
      'Петрова Анна Сергеевна',
      new Date(Date.UTC(1975, 0, 20)),
      '2-101/2025',
      5500,
      5500,
      'Ведётся',
      'Петров А. А.',
    ]);
    const file = path.join(makeTempDir(), 'spisok.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await callCore<ReconciliationPreview>(world.core, 'reconciliation.preview', {
      uploadId: await upload(file),
    });
    expect(p.format).toBe('xlsx');
    expect(p.sample[0]).toMatchObject({
      rowNumber: 3,
      birthDate: '1975-01-20',
      sumKopecks: 550_000,
      writNumber: '2-101/2025',
    });
  });
});

describe('bad files are refused in Russian and the database stays as it was', () => {
  const unchanged = () => {
    expect(count('reconciliations')).toBe(0);
    expect(count('reconciliation_rows')).toBe(0);
    expect(count('reconciliation_differences')).toBe(0);
    expect(journal('fssp.reconciliation')).toHaveLength(0);
  };

  it('bad rows: listed with their numbers; the run refuses until the clerk confirms skipping them', async () => {
    const lines = [...OSP_LIST_LINES];
    lines[3] = lines[3]!.replace('03.11.1969', '31.02.1969'); // row 4 — W3
    lines[6] = lines[6]!.replace('Морозов Алексей Николаевич', ''); // row 7 — no debtor
    lines[2] = lines[2]!.replace('6 000,00;6 000,00', '6 000,00;шесть тысяч'); // row 3 — W2
    const file = writeList(makeTempDir(), 'spisok-s-oshibkami.csv', lines);
    const p = await callCore<ReconciliationPreview>(world.core, 'reconciliation.preview', {
      uploadId: await upload(file),
    });
    expect(p.badRows).toEqual([
      {
        line: 3,
        message:
          'Строка 3, столбец «Остаток долга»: «шесть тысяч» — не сумма в рублях (ожидается, например, 1 234,56).',
      },
      { line: 4, message: 'Строка 4, столбец «Дата рождения»: «31.02.1969» — такой даты нет в календаре.' },
      { line: 7, message: 'Строка 7: не указан должник.' },
    ]);
    const e = await callCoreError(world.core, 'reconciliation.run', {
      uploadId: await upload(file),
      departmentId: world.osp,
      listDate: LIST_DATE,
    });
    expect(e.code).toBe('FSSP.BAD_FILE');
    expect(e.message).toMatch(/^В списке 3 строки с ошибками, сверка не проведена\. Строка 3, столбец «Остаток долга»/);
    expect(e.message).toContain('подтвердите сверку по остальным 3 строкам');
    unchanged();

    // confirmed: the 3 good rows; W2 and W3 are not called lost — their numbers are on the skipped rows
    const r = await callCore<RunResult>(world.core, 'reconciliation.run', {
      uploadId: await upload(file),
      departmentId: world.osp,
      listDate: LIST_DATE,
      skipBadRows: true,
    });
    expect(r).toMatchObject({ rowsCount: 3, matchedCount: 3, skippedRows: [{ line: 3 }, { line: 4 }, { line: 7 }] });
    expect(r.byKind).toEqual({
      ours_not_theirs: 1,
      theirs_not_ours: 0,
      sum_differs: 0,
      status_differs: 0,
      collected_differs: 1,
    });
  });

  it('a file over 20 MB, an XLSX with a formula, a CSV cell with a formula', async () => {
    const big = path.join(makeTempDir(), 'big.csv');
    fs.writeFileSync(
      big,
      Buffer.concat([Buffer.from(OSP_LIST_LINES.join('\n') + '\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]),
    );
    const e1 = await callCoreError(world.core, 'reconciliation.run', {
      uploadId: await upload(big),
      departmentId: world.osp,
    });
    expect(e1.code).toBe('FSSP.BAD_FILE');
    expect(e1.message).toMatch(/^Файл списка слишком большой: 21,\d МБ, допускается не более 20 МБ\./);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('ИП');
    sheet.addRow(['Должник', 'Номер ИД', 'Сумма долга']);
    sheet.addRow(['Петрова Анна Сергеевна', '2-101/2025', { formula: '5000+500', result: 5500 }]);
    const xlsx = path.join(makeTempDir(), 'formula.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const e2 = await callCoreError(world.core, 'reconciliation.preview', { uploadId: await upload(xlsx) });
    expect(e2.code).toBe('FSSP.BAD_FILE');
    expect(e2.message).toMatch(/^Строка 2, столбец «Сумма долга»: в ячейке формула «=5000\+500»/);

    const csv = writeList(
      makeTempDir(),
      'formula.csv',
      ['Должник;Номер ИД;Сумма долга', 'Петрова Анна Сергеевна;=HYPERLINK("http://x");5 500,00'],
      'utf-8',
    );
    const e3 = await callCoreError(world.core, 'reconciliation.run', {
      uploadId: await upload(csv),
      departmentId: world.osp,
    });
    expect(e3.message).toMatch(/^Строка 2, столбец «Номер ИД»: в ячейке формула/);
    unchanged();
  });
});
