/**
 * The municipal housing register imported through the API on a fresh database: the example file in windows-1251
 * with «;» and comma decimals (headers written with synonyms), the same file again (nothing changes), an XLSX with
 * numbers in its cells, a formula cell refused as text, a file with errors (each message asserted by hand; nothing
 * applied, no journal entry), and a dwelling reserved for an eviction case kept reserved by a file that says
 * «свободно».
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HousingApplyResult, HousingList, HousingPreview } from '../../shared/api/contract-housing-stock';
import { callCore, callCoreAs, callCoreError } from '../support/api-calls';
import { openHousingCore, type HousingCore } from './housing-core';

const FIXTURE = fs.readFileSync(path.join(__dirname, 'files', 'housing-register.csv'), 'utf8');
let h: HousingCore;

beforeAll(() => {
  h = openHousingCore();
});
afterAll(async () => {
  await h?.close();
});

const list = (input: object = {}) => callCore<HousingList>(h.core, 'housing.list', input);
const journal = (kind: string) =>
  h.sql<{ summary: string; details_json: string; account_id: number | null }>(
    'SELECT summary, details_json, account_id FROM actions WHERE kind = ? ORDER BY id',
    kind,
  );

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Реестр');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('housing register import', () => {
  it('reads the example CSV in windows-1251 with comma decimals and applies it', async () => {
    const bytes = iconv.encode(FIXTURE, 'win1251');
    expect(bytes.includes(Buffer.from('Красногорск', 'utf8'))).toBe(false); // really not UTF-8
    const uploadId = await h.upload('реестр.csv', bytes);
    const preview = await callCore<HousingPreview>(h.core, 'housing.preview', { uploadId });
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ new: 6, update: 0, unchanged: 0, keptReserved: 0 });
    // Row 2 of the file: «17,99» → 1799 hundredths of a m², «31,40» → 3140, «свободно» → free.
    expect(preview.rows[0]).toMatchObject({
      line: 2,
      settlement: 'г. Красногорск',
      address: 'ул. Речная, д. 21',
      apartment: '27',
      rooms: 2,
      livingAreaCentiM2: 1799,
      totalAreaCentiM2: 3140,
      status: 'free',
      action: 'new',
    });
    // «Свободна», «своб.» are free; an empty total area is null; «занято» is occupied.
    expect(preview.rows.map((r) => [r.livingAreaCentiM2, r.totalAreaCentiM2, r.status])).toEqual([
      [1799, 3140, 'free'],
      [1800, 3210, 'free'],
      [2450, null, 'free'],
      [1200, 2040, 'free'],
      [3000, 4260, 'occupied'],
      [4000, 5510, 'free'],
    ]);
    // Nothing written by the preview.
    expect((await list()).total).toBe(0);

    const result = await callCoreAs<HousingApplyResult>(h.core, 'sokolov', 'housing.apply', { uploadId }, 'lawyer');
    expect(result).toMatchObject({ added: 6, updated: 0, unchanged: 0, keptReserved: 0 });
    const all = await list();
    expect(all.total).toBe(6);
    expect(all.counts).toEqual({ free: 5, reserved: 0, occupied: 1 });
    expect(all.settlements).toEqual(['г. Красногорск', 'р.п. Нахабино']);
    const entries = journal('housing.imported');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.summary).toBe(
      'Реестр муниципального жилья загружен из «реестр.csv»: добавлено 6, обновлено 0, без изменений 0.',
    );
  });

  it('the same file again changes nothing; a changed area updates the dwelling found by its address', async () => {
    const again = await callCore<HousingApplyResult>(h.core, 'housing.apply', {
      uploadId: await h.upload('реестр.csv', iconv.encode(FIXTURE, 'win1251')),
    });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    // The same flat written with other spacing and case is the same dwelling.
    const changed =
      'Населённый пункт;Адрес;Квартира;Комнат;Жилая площадь;Статус\r\nг. Красногорск;УЛ. ЛЕСНАЯ,  д. 17;22;2;25,10;свободно\r\n';
    const r = await callCore<HousingApplyResult>(h.core, 'housing.apply', {
      uploadId: await h.upload('правка.csv', changed),
    });
    expect(r).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const lesnaya = (await list({ search: 'лесная' })).rows;
    expect(lesnaya).toHaveLength(1);
    expect(lesnaya[0]!.livingAreaCentiM2).toBe(2510);
    expect((await list()).total).toBe(6);
  });

  it('reads an XLSX with numbers in its cells, the settlement taken from the address when its column is empty', async () => {
    const bytes = await xlsx([
      ['Населённый пункт', 'Адрес', '№ кв.', 'Число комнат', 'Жилая площадь, м²', 'Общая площадь, м²', 'Статус'],
      ['г. Красногорск', 'ул. Чайковского, д. 12', 7, 1, 16.7, 28.1, 'свободно'],
      ['', 'р.п. Нахабино, ул. Панфилова, д. 23', '12', 3, 47.6, 70.2, 'Занято'],
    ]);
    const uploadId = await h.upload('реестр.xlsx', bytes);
    const preview = await callCore<HousingPreview>(h.core, 'housing.preview', { uploadId });
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map((r) => [r.settlement, r.apartment, r.rooms, r.livingAreaCentiM2, r.totalAreaCentiM2, r.status]),
    ).toEqual([
      ['г. Красногорск', '7', 1, 1670, 2810, 'free'],
      ['р.п. Нахабино', '12', 3, 4760, 7020, 'occupied'],
    ]);
    const r = await callCore<HousingApplyResult>(h.core, 'housing.apply', { uploadId });
    expect(r.added).toBe(2);
    expect((await list()).total).toBe(8);
  });

  it('takes a formula cell as its text: an area «=6*3» is not a number, and the file is not applied', async () => {
    const bytes = await xlsx([
      ['Населённый пункт', 'Адрес', 'Квартира', 'Комнат', 'Жилая площадь', 'Статус', 'Примечание'],
      ['г. Красногорск', 'ул. Кирова, д. 9', '30', 4, { formula: '6*3', result: 18 }, 'свободно', ''],
      [
        'г. Красногорск',
        'ул. Кирова, д. 9',
        '31',
        1,
        14,
        'свободно',
        { formula: 'HYPERLINK("http://x")', result: 'x' },
      ],
    ]);
    const uploadId = await h.upload('формулы.xlsx', bytes);
    const preview = await callCore<HousingPreview>(h.core, 'housing.preview', { uploadId });
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Строка 2, столбец «Жилая площадь»: жилая площадь „=6*3“ не число (формулы не вычисляются — впишите значение).',
    ]);
    // The note's formula is kept as the text of the formula, never its result.
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]!.note).toBe('=HYPERLINK("http://x")');
    const refused = await callCoreError(h.core, 'housing.apply', { uploadId });
    expect(refused.code).toBe('HOUSING.BAD_FILE');
    expect((await list()).total).toBe(8);
  });

  it('names every bad row with its column and applies nothing', async () => {
    const text = [
      'Населённый пункт;Адрес;Квартира;Комнат;Жилая площадь;Общая площадь;Статус',
      'г. Красногорск;ул. Ленина, д. 1;5;1;12,5а;20;свободно',
      'г. Красногорск;ул. Ленина, д. 1;6;1;0;20;свободно',
      'г. Красногорск;ул. Ленина, д. 1;7;1;14;20;продано',
      'г. Красногорск;ул. Ленина, д. 1;1;1;14;20;свободно',
      'г. Красногорск;ул. Ленина, д. 1;1;1;15;21;свободно',
      'г. Красногорск;ул. Ленина, д. 1;8;два;14;20;свободно',
      'г. Красногорск;ул. Ленина, д. 1;9;1;14;10;свободно',
      'ул. Ленина, д. 1;;10;1;14;20;свободно',
      'г. Красногорск;ул. Ленина, д. 1;11;1;14,555;20;свободно',
      'г. Красногорск;ул. Ленина, д. 2;1;1;14;20;свободно',
    ].join('\r\n');
    const uploadId = await h.upload('ошибки.csv', iconv.encode(text, 'win1251'));
    const preview = await callCore<HousingPreview>(h.core, 'housing.preview', { uploadId });
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Строка 2, столбец «Жилая площадь»: жилая площадь „12,5а“ не число.',
      'Строка 3, столбец «Жилая площадь»: жилая площадь „0“ должна быть больше нуля.',
      'Строка 4, столбец «Статус»: статус „продано“ неизвестен: укажите «свободно», «зарезервировано» или «занято».',
      'Строка 6, столбец «Адрес»: адрес повторяет строку 5 (г. Красногорск, ул. Ленина, д. 1, кв. 1).',
      'Строка 7, столбец «Комнат»: число комнат „два“ не целое число.',
      'Строка 8, столбец «Общая площадь»: общая площадь „10“ меньше жилой „14“.',
      'Строка 9, столбец «Адрес»: не указан адрес.',
      'Строка 10, столбец «Жилая площадь»: жилая площадь „14,555“ не число.',
    ]);
    expect(preview.errors[0]).toMatchObject({ line: 2, column: 'Жилая площадь' });
    const refused = await callCoreError(h.core, 'housing.apply', { uploadId });
    expect(refused).toMatchObject({
      code: 'HOUSING.BAD_FILE',
      message: 'В файле «ошибки.csv» строк с ошибками: 8. Исправьте их и загрузите файл снова; реестр не изменён.',
    });
    expect((await list()).total).toBe(8);
    expect(journal('housing.imported')).toHaveLength(4);
  });

  it('refuses a file without the needed columns, and one that is not a table', async () => {
    const noArea = await callCoreError(h.core, 'housing.preview', {
      uploadId: await h.upload(
        'без площади.csv',
        'Адрес;Комнат;Статус\r\nг. Красногорск, ул. Ленина, д. 1;1;свободно\r\n',
      ),
    });
    expect(noArea.code).toBe('HOUSING.BAD_FILE');
    expect(noArea.message).toContain('Строка 1 (заголовки): не найдены столбцы «Жилая площадь».');
    const broken = await callCoreError(h.core, 'housing.preview', {
      uploadId: await h.upload('сломан.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])),
    });
    expect(broken.code).toBe('HOUSING.BAD_FILE');
    expect(broken.message).toContain('Реестр не изменён.');
    expect((await list()).total).toBe(8);
  });

  it('keeps a dwelling reserved for an eviction case reserved when a file says «свободно», and says so', async () => {
    const caseId = h.openCase('г. Красногорск, ул. Ленина, д. 5', 3);
    const pionerskaya = (await list({ search: 'пионерская' })).rows[0]!;
    await callCore(h.core, 'housing.reserve', { caseId, dwellingId: pionerskaya.id });
    const uploadId = await h.upload('реестр.csv', iconv.encode(FIXTURE, 'win1251'));
    const preview = await callCore<HousingPreview>(h.core, 'housing.preview', { uploadId });
    expect(preview.counts.keptReserved).toBe(1);
    const r = await callCore<HousingApplyResult>(h.core, 'housing.apply', { uploadId });
    expect(r.warnings).toEqual([
      `Строка 3: г. Красногорск, ул. Пионерская, д. 44, кв. 5 зарезервировано для дела о выселении № ${caseId} — статус «свободно» из файла не применён; резерв снимается в деле.`,
    ]);
    const after = (await list({ search: 'пионерская' })).rows[0]!;
    expect(after.status).toBe('reserved');
    expect(after.reservedCase).toEqual({ caseId, accountNumber: '700001' });
    // ул. Лесная was changed to 25,10 by hand-made file above; the example file sets it back to 24,50.
    expect(r).toMatchObject({ added: 0, updated: 1, unchanged: 5, keptReserved: 1 });
  });
});
