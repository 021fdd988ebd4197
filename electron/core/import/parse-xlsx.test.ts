/**
 * @file End-to-end tests of parseBillingFile on XLSX files written with ExcelJS: cell types, several sheets,
 * errors naming the sheet, truncated and damaged archives.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, parseBillingFile } from './parse-billing-file';
import { tempDir } from './test-files';
import { readXlsxFile } from './xlsx-source';

const dir = tempDir();
afterAll(() => dir.remove());

const CHARGES_HEADER = ['Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.'];
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

type Sheet = { name: string; rows: unknown[][]; formats?: Record<number, string> };

async function writeXlsx(name: string, sheets: Sheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    for (const [col, fmt] of Object.entries(s.formats ?? {})) ws.getColumn(Number(col)).numFmt = fmt;
  }
  const file = dir.path(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function refusal(file: string): Promise<ImportFileError> {
  const error: unknown = await parseBillingFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe('XLSX', () => {
  it('reads date and number cells from every sheet with a matching header, skipping others', async () => {
    const file = await writeXlsx('two-sheets.xlsx', [
      { name: 'Инструкция', rows: [['Загрузите листы «Март» и «Апрель»']] },
      {
        name: 'Март',
        rows: [
          CHARGES_HEADER,
          [100001, utc(2024, 3, 1), 'Отопление', 1234.5],
          ['100002', '03.2024', 'Водоотведение', '99,90'],
        ],
        formats: { 2: 'mm.yyyy' },
      },
      {
        name: 'Апрель',
        rows: [CHARGES_HEADER, [100001, utc(2024, 4, 1), 'Отопление', 0.1 + 0.2]],
        formats: { 2: 'dd.mm.yyyy' },
      },
    ]);
    const r = await parseBillingFile(file);
    expect(r).toMatchObject({
      kind: 'charges',
      format: 'xlsx',
      rowCount: 3,
      errorCount: 0,
      sheets: ['Март', 'Апрель'],
      skippedSheets: ['Инструкция'],
    });
    expect(r.encoding).toBeUndefined();
    expect(r.headers).toEqual(CHARGES_HEADER);
    expect(r.records).toEqual([
      {
        line: 2,
        sheet: 'Март',
        values: { accountNumber: '100001', period: '2024-03', service: 'Отопление', amountKopecks: 123450 },
      },
      {
        line: 3,
        sheet: 'Март',
        values: { accountNumber: '100002', period: '2024-03', service: 'Водоотведение', amountKopecks: 9990 },
      },
      {
        line: 2,
        sheet: 'Апрель',
        values: { accountNumber: '100001', period: '2024-04', service: 'Отопление', amountKopecks: 30 },
      },
    ]);
    expect(r.warnings.join(' ')).toContain('«Инструкция»');
  });

  it('finds a header below a title and reads formulas, rich text and Excel dates of payments', async () => {
    const file = await writeXlsx('payments.xlsx', [
      {
        name: 'Оплаты',
        rows: [
          ['Реестр оплат за март 2024'],
          [],
          ['Лицевой счёт', 'Дата оплаты', 'Сумма, руб.', 'Источник'],
          [
            { richText: [{ text: '1000' }, { text: '01' }] },
            utc(2024, 3, 15),
            { formula: 'B1*2', result: 250.75 },
            'Сбербанк',
          ],
          ['100002', '16.03.2024', 100, { text: 'Почта', hyperlink: 'https://example.org' }],
        ],
        formats: { 2: 'dd.mm.yyyy' },
      },
    ]);
    const r = await parseBillingFile(file);
    expect(r.kind).toBe('payments');
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        line: 4,
        sheet: 'Оплаты',
        values: { accountNumber: '100001', paymentDate: '2024-03-15', amountKopecks: 25075, source: 'Сбербанк' },
      },
      {
        line: 5,
        sheet: 'Оплаты',
        values: { accountNumber: '100002', paymentDate: '2024-03-16', amountKopecks: 10000, source: 'Почта' },
      },
    ]);
  });

  it('names the sheet, the row and the column of bad values', async () => {
    const file = await writeXlsx('bad.xlsx', [
      {
        name: 'Начисления',
        rows: [
          CHARGES_HEADER,
          [1, '03.2024', 'Отопление', '12,3а'],
          [2, '13.2024', 'Отопление', 12.345],
          [null, '03.2024', 'Отопление', 1],
        ],
      },
    ]);
    const r = await parseBillingFile(file);
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      {
        line: 2,
        sheet: 'Начисления',
        column: 'Начислено, руб.',
        message:
          'Лист «Начисления», строка 2, столбец «Начислено, руб.»: «12,3а» — не сумма в рублях (ожидается, например, 1 234,56)',
      },
      {
        line: 3,
        sheet: 'Начисления',
        column: 'Период',
        message: 'Лист «Начисления», строка 3, столбец «Период»: «13.2024» — месяц должен быть от 01 до 12',
      },
      {
        line: 3,
        sheet: 'Начисления',
        column: 'Начислено, руб.',
        message:
          'Лист «Начисления», строка 3, столбец «Начислено, руб.»: «12.345» — больше двух знаков после запятой — копейки указываются не более чем двумя цифрами',
      },
      {
        line: 4,
        sheet: 'Начисления',
        column: 'Лицевой счёт',
        message: 'Лист «Начисления», строка 4, столбец «Лицевой счёт»: не заполнено обязательное значение',
      },
    ]);
  });

  it('says what is wrong with a date or a boolean in a money cell', async () => {
    const file = await writeXlsx('types.xlsx', [
      {
        name: 'A',
        rows: [CHARGES_HEADER, [1, '03.2024', 'Отопление', utc(2024, 1, 1)], [2, '03.2024', 'Отопление', true]],
        formats: { 4: 'dd.mm.yyyy' },
      },
    ]);
    const r = await parseBillingFile(file);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Лист «A», строка 2, столбец «Начислено, руб.»: «01.01.2024» — в ячейке дата, а ожидается число',
      'Лист «A», строка 3, столбец «Начислено, руб.»: «ИСТИНА» — в ячейке логическое значение, а ожидается число',
    ]);
  });

  it('finds duplicates across sheets', async () => {
    const file = await writeXlsx('dup.xlsx', [
      { name: 'Часть 1', rows: [CHARGES_HEADER, [1, '03.2024', 'Отопление', 1]] },
      { name: 'Часть 2', rows: [CHARGES_HEADER, [7, '03.2024', 'Отопление', 1], [1, '03.2024', 'Отопление', 2]] },
    ]);
    const r = await parseBillingFile(file);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Лист «Часть 2», строка 3: повторяет строку 2 листа «Часть 1»: начисление по лицевому счёту «1» за 03.2024 по услуге «Отопление» уже есть в файле',
    ]);
  });

  it('explains a share that Excel turned into a date', async () => {
    const header = [
      'Лицевой счёт',
      'ИНН УК',
      'Адрес дома',
      'Квартира',
      'Форма собственности',
      'Основание проживания',
      'Доля',
    ];
    const file = await writeXlsx('share.xlsx', [
      {
        name: 'Л',
        rows: [header, [1, '7701234567', 'ул. Мира, 1', 5, 'частная', 'собственник', utc(2024, 2, 1)]],
        formats: { 7: 'd/m' },
      },
    ]);
    const r = await parseBillingFile(file);
    expect(r.errors[0]?.message).toMatch(
      /^Лист «Л», строка 2, столбец «Доля»: «01\.02\.2024» — Excel превратил долю в дату/,
    );
  });

  it('stops after limitRows', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [i, '03.2024', 'Отопление', i]);
    const file = await writeXlsx('preview.xlsx', [
      { name: 'A', rows: [CHARGES_HEADER, ...rows] },
      { name: 'B', rows: [CHARGES_HEADER, ...rows] },
    ]);
    const r = await parseBillingFile(file, { limitRows: 5 });
    expect(r).toMatchObject({ rowCount: 5, partial: true, sheets: ['A'] });
    expect(r.records.at(-1)?.line).toBe(6);
  });

  it('recognises an XLSX by its content even when named .csv', async () => {
    const file = await writeXlsx('really-xlsx.csv', [
      { name: 'A', rows: [CHARGES_HEADER, [1, '03.2024', 'Отопление', 1]] },
    ]);
    expect((await parseBillingFile(file)).format).toBe('xlsx');
  });

  it('refuses a file cut in half', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [100000 + i, '03.2024', `Услуга ${i}`, i / 4]);
    const full = readFileSync(await writeXlsx('full.xlsx', [{ name: 'A', rows: [CHARGES_HEADER, ...rows] }]));
    const e = await refusal(dir.write('cut.xlsx', full.subarray(0, Math.floor(full.length / 2))));
    expect(e.message).toMatch(/^Файл XLSX повреждён или обрезан/);
  });

  it('refuses an archive damaged in the middle', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [100000 + i, '03.2024', `Услуга ${i}`, i / 4]);
    const full = Buffer.from(
      readFileSync(await writeXlsx('full2.xlsx', [{ name: 'A', rows: [CHARGES_HEADER, ...rows] }])),
    );
    full.fill(0x55, Math.floor(full.length * 0.3), Math.floor(full.length * 0.6));
    const file = dir.write('damaged.xlsx', full);
    const started = Date.now();
    const error: unknown = await readXlsxFile(file, full.length, { stallMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/^Файл XLSX повреждён или обрезан/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a workbook with only a header row, or without any matching sheet', async () => {
    expect(
      (await refusal(await writeXlsx('header-only.xlsx', [{ name: 'A', rows: [CHARGES_HEADER] }]))).message,
    ).toMatch(/только строка заголовков/);
    const e = await refusal(
      await writeXlsx('foreign.xlsx', [
        {
          name: 'A',
          rows: [
            ['Период', 'Услуга'],
            ['03.2024', 'x'],
          ],
        },
        { name: 'B', rows: [['x']] },
      ]),
    );
    expect(e.message).toMatch(/^Ни один лист не подошёл\. Лист «A»: .*нет обязательных столбцов: «Лицевой счёт»/);
  });
});
