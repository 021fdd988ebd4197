/**
 * @file End-to-end tests of parseBillingFile on CSV files: encodings, delimiters, quoting, mappings, errors.
 */
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, parseBillingFile } from './parse-billing-file';
import { crlf, tempDir } from './test-files';

const dir = tempDir();
afterAll(() => dir.remove());

const CHARGES_HEADER = 'Лицевой счёт;Период;Услуга;Начислено, руб.';

async function refusal(file: string, options: Parameters<typeof parseBillingFile>[1] = {}): Promise<ImportFileError> {
  const error: unknown = await parseBillingFile(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  expect((error as ImportFileError).code).toBe('IMPORT.BAD_FILE');
  return error as ImportFileError;
}

describe('CSV: encodings and delimiters', () => {
  it('reads a UTF-8 charges file with «;»', async () => {
    const file = dir.write(
      'utf8.csv',
      crlf(CHARGES_HEADER, '100001;03.2024;Отопление;1 234,56', '100002;2024-03;Холодное водоснабжение;-120,00'),
    );
    const r = await parseBillingFile(file);
    expect(r).toMatchObject({
      kind: 'charges',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      rowCount: 2,
      errorCount: 0,
      unmappedHeaders: [],
    });
    expect(r.headers).toEqual(['Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.']);
    expect(r.warnings).toEqual([]);
    expect(r.records).toEqual([
      { line: 2, values: { accountNumber: '100001', period: '2024-03', service: 'Отопление', amountKopecks: 123456 } },
      {
        line: 3,
        values: {
          accountNumber: '100002',
          period: '2024-03',
          service: 'Холодное водоснабжение',
          amountKopecks: -12000,
        },
      },
    ]);
  });

  it('reads a windows-1251 file with «,», quoted fields, doubled quotes and a line break inside quotes', async () => {
    const text = crlf(
      'Лицевой счёт,Период,Услуга,"Начислено, руб."',
      '100001,03.2024,"Содержание, ремонт ""ЖЭУ-5""","1 234,56"',
      '100002,03.2024,"Отопление',
      '(с перерасчётом)",99',
      '100003,03.2024,Водоотведение,"12,3а"',
    );
    const r = await parseBillingFile(dir.write('cp1251.csv', text, 'windows-1251'));
    expect(r).toMatchObject({ encoding: 'windows-1251', delimiter: ',', rowCount: 3, errorCount: 1 });
    expect(r.records.map((x) => [x.line, x.values['service'], x.values['amountKopecks']])).toEqual([
      [2, 'Содержание, ремонт "ЖЭУ-5"', 123456],
      [3, 'Отопление\r\n(с перерасчётом)', 9900],
    ]);
    // the multi-line record occupies lines 3–4, so the next record is on physical line 5
    expect(r.errors).toEqual([
      {
        line: 5,
        column: 'Начислено, руб.',
        message: 'Строка 5, столбец «Начислено, руб.»: «12,3а» — не сумма в рублях (ожидается, например, 1 234,56)',
      },
    ]);
  });

  it('strips a UTF-8 BOM and accepts a tab delimiter, LF line ends and no final newline', async () => {
    const body = `\ufeff${CHARGES_HEADER.replaceAll(';', '\t')}\n100001\t03.2024\tОтопление\t10`;
    const r = await parseBillingFile(dir.write('bom.txt', body));
    expect(r).toMatchObject({
      encoding: 'utf-8',
      delimiter: '\t',
      headers: ['Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.'],
    });
    expect(r.records[0]?.values).toEqual({
      accountNumber: '100001',
      period: '2024-03',
      service: 'Отопление',
      amountKopecks: 1000,
    });
    expect(r.warnings.join(' ')).toMatch(/не завершена переводом строки/);
  });

  it("honours Excel's «sep=» first line", async () => {
    const r = await parseBillingFile(
      dir.write('sep.csv', crlf('sep=,', 'Лицевой счёт,Период,Услуга,Начислено', ' 5 ,03.2024,Отопление,"1,5"')),
    );
    expect(r).toMatchObject({ delimiter: ',', headers: ['Лицевой счёт', 'Период', 'Услуга', 'Начислено'] });
    expect(r.records).toEqual([
      { line: 3, values: { accountNumber: '5', period: '2024-03', service: 'Отопление', amountKopecks: 150 } },
    ]);
  });

  it('skips blank lines and «;;;» lines but keeps physical line numbers', async () => {
    const file = dir.write(
      'blank.csv',
      crlf(CHARGES_HEADER, '', '100001;03.2024;Отопление;1', ';;;', '', '100002;03.2024;Отопление;x', '', ''),
    );
    const r = await parseBillingFile(file);
    expect(r.rowCount).toBe(2);
    expect(r.records[0]?.line).toBe(3);
    expect(r.errors[0]?.line).toBe(6);
  });
});

describe('CSV: headers and mappings', () => {
  it('recognises synonyms and reports unknown columns', async () => {
    const file = dir.write(
      'syn.csv',
      crlf('Л/С;Дата платежа;Сумма платежа;Примечание;Период оплаты', '7;15.03.2024;500;звонил;02.2024'),
    );
    const r = await parseBillingFile(file);
    expect(r.kind).toBe('payments');
    expect(r.unmappedHeaders).toEqual(['Примечание']);
    expect(r.records[0]?.values).toEqual({
      accountNumber: '7',
      paymentDate: '2024-03-15',
      amountKopecks: 50000,
      period: '2024-02',
    });
  });

  it('uses a saved mapping for a foreign layout', async () => {
    const file = dir.write('mapped.csv', crlf('Абонент №;Месяц начисления;Вид;Итого', '42;04.2024;Газоснабжение;77,7'));
    const mapping = { accountNumber: 'Абонент №', period: 'Месяц начисления', service: 'Вид', amountKopecks: 'Итого' };
    await expect(parseBillingFile(file)).rejects.toThrow(ImportFileError);
    const r = await parseBillingFile(file, { kind: 'charges', mapping });
    expect(r.mapping).toEqual(mapping);
    expect(r.records[0]?.values).toEqual({
      accountNumber: '42',
      period: '2024-04',
      service: 'Газоснабжение',
      amountKopecks: 7770,
    });
  });

  it('converts every field type of the accounts layout', async () => {
    const header =
      'Лицевой счёт;ИНН УК;Адрес дома;Подъезд;Квартира;Площадь, м²;Форма собственности;Основание проживания;ФИО;Роль;Доля;Дата рождения;Согласие на SMS';
    const file = dir.write(
      'accounts.csv',
      crlf(header, '1;7701234567;ул. Мира, 1;2;15;54,3;Частная;СОБСТВЕННИК;Иванов И. И.;собственник;1/2;01.02.1970;да'),
    );
    const r = await parseBillingFile(file);
    expect(r.kind).toBe('accounts');
    expect(r.errors).toEqual([]);
    expect(r.records[0]?.values).toEqual({
      accountNumber: '1',
      companyInn: '7701234567',
      address: 'ул. Мира, 1',
      entrance: 2,
      apartment: '15',
      area: '54.3',
      ownershipForm: 'частная',
      tenure: 'собственник',
      fullName: 'Иванов И. И.',
      role: 'собственник',
      share: { num: 1, den: 2 },
      birthDate: '1970-02-01',
      smsConsent: true,
    });
  });

  it('refuses a file without the account number column, naming it', async () => {
    const e = await refusal(dir.write('noacc.csv', crlf('Период;Услуга;Начислено, руб.', '03.2024;Отопление;1')), {
      kind: 'charges',
    });
    expect(e.message).toContain('нет обязательных столбцов');
    expect(e.message).toContain('«Лицевой счёт»');
  });
});

describe('CSV: row errors', () => {
  it('reports a bad amount, a bad date and a missing account number with line and column, and keeps the good rows', async () => {
    const file = dir.write(
      'bad.csv',
      crlf(
        'Лицевой счёт;Дата оплаты;Сумма, руб.',
        '1;15.03.2024;100',
        '2;31.02.2024;100',
        ';15.03.2024;12,345',
        '4;01.03.2024;5',
      ),
    );
    const r = await parseBillingFile(file);
    expect(r.records.map((x) => x.line)).toEqual([2, 5]);
    expect(r.errorCount).toBe(3);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Строка 3, столбец «Дата оплаты»: «31.02.2024» — такой даты нет в календаре',
      'Строка 4, столбец «Лицевой счёт»: не заполнено обязательное значение',
      'Строка 4, столбец «Сумма, руб.»: «12,345» — больше двух знаков после запятой — копейки указываются не более чем двумя цифрами',
    ]);
    expect(r.errors[1]).toEqual({ line: 4, column: 'Лицевой счёт', message: expect.any(String) as string });
  });

  it('reports duplicate charges naming both lines', async () => {
    const file = dir.write(
      'dup.csv',
      crlf(CHARGES_HEADER, '1;03.2024;Отопление;1', '1;04.2024;Отопление;1', '1;01.03.2024;отопление ;2'),
    );
    const r = await parseBillingFile(file);
    expect(r.records).toHaveLength(2);
    expect(r.errors).toEqual([
      {
        line: 4,
        column: 'Лицевой счёт',
        message:
          'Строка 4: повторяет строку 2: начисление по лицевому счёту «1» за 03.2024 по услуге «отопление» уже есть в файле',
      },
    ]);
  });

  it('reports a company ИНН given twice', async () => {
    const file = dir.write(
      'uk.csv',
      crlf('Наименование УК;ИНН;Пени начисляются', 'УК Мир;7701234567;да', 'УК Мир-2;7701234567;нет'),
    );
    const r = await parseBillingFile(file);
    expect(r.kind).toBe('companies');
    expect(r.errors[0]?.message).toBe(
      'Строка 3: повторяет строку 2: управляющая компания с ИНН «7701234567» уже есть в файле',
    );
  });

  it('counts all errors but stores at most maxErrors', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i};03.2024;Отопление;??`);
    const r = await parseBillingFile(dir.write('many.csv', crlf(CHARGES_HEADER, ...rows)), { maxErrors: 5 });
    expect(r.errors).toHaveLength(5);
    expect(r.errorCount).toBe(20);
  });

  it('reports a short or an over-long row in the middle as a row error', async () => {
    const file = dir.write(
      'width.csv',
      crlf(
        CHARGES_HEADER,
        '1;03.2024;Отопление',
        '2;03.2024;Отопление;1;лишнее',
        '3;03.2024;Отопление;1;',
        '4;03.2024;Отопление;1',
      ),
    );
    const r = await parseBillingFile(file);
    expect(r.records.map((x) => x.line)).toEqual([4, 5]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, ''],
      [3, ''],
    ]);
    expect(r.errors[0]?.message).toBe('Строка 2: строка содержит 3 из 4 значений — она неполная или разорвана');
  });
});

describe('CSV: refused files', () => {
  it('refuses a file cut in the middle of a quoted field', async () => {
    const e = await refusal(
      dir.write('cut-quote.csv', `${crlf(CHARGES_HEADER, '1;03.2024;Отопление;1')}2;03.2024;"Отопле`),
    );
    expect(e.message).toBe('Файл обрезан или повреждён: строка 3 — открытая в ней кавычка не закрыта до конца файла.');
  });

  it('refuses a file whose last row is cut', async () => {
    const e = await refusal(
      dir.write('cut-row.csv', `${crlf(CHARGES_HEADER, '1;03.2024;Отопление;1')}2;03.20`, 'windows-1251'),
    );
    expect(e.message).toMatch(/^Файл обрезан или повреждён: последняя строка 3 содержит 2 из 4 значений/);
    expect(e.line).toBe(3);
  });

  it('refuses a UTF-8 file cut in the middle of a character', async () => {
    const full = Buffer.from(crlf(CHARGES_HEADER, '1;03.2024;Отопление;1', '2;03.2024;Отопление;1'), 'utf-8');
    const e = await refusal(
      dir.write('cut-char.csv', Buffer.concat([full, Buffer.from('3;03.2024;Ё', 'utf-8').subarray(0, -1)])),
    );
    expect(e.message).toMatch(/недопустимые в UTF-8/);
  });

  it.each([
    ['KOI8-R', 'koi8-r'],
    ['CP866', 'cp866'],
    ['UTF-16LE without BOM', 'utf-16le'],
  ])('refuses a %s file of a valid layout', async (_name, encoding) => {
    const e = await refusal(
      dir.write(`enc-${encoding}.csv`, crlf(CHARGES_HEADER, '100001;03.2024;Отопление;1 234,56'), encoding),
    );
    expect(e.message).toMatch(
      /^Файл не похож на таблицу начислений: не удалось распознать кодировку или заголовки\. Ожидаются UTF-8 или windows-1251/,
    );
  });

  it('refuses a UTF-16 file with a BOM', async () => {
    const text = crlf(CHARGES_HEADER, '100001;03.2024;Отопление;1');
    const e = await refusal(
      dir.write('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])),
    );
    expect(e.message).toMatch(/кодировке UTF-16LE, а ожидаются UTF-8 или windows-1251/);
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['an empty file', '', /^Файл пуст/],
    ['a file of blank lines', '\ufeff\r\n\r\n  \r\n', /^Файл пуст/],
    ['a header-only file', crlf(CHARGES_HEADER), /только строка заголовков/],
    ['a binary file', Buffer.from([0, 1, 2, 3, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0x10]), /не удалось распознать кодировку/],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Excel 97–2003/],
    ['unknown headers', crlf('Колонка А;Колонка Б', '1;2'), /не распознан ни один заголовок/],
  ])('refuses %s', async (name, content, message) => {
    const e = await refusal(dir.write(`${name.replaceAll(' ', '-')}.csv`, content));
    expect(e.message).toMatch(message);
  });

  it('refuses a missing file in Russian', async () => {
    const e = await refusal(dir.path('nope.csv'));
    expect(e.message).toMatch(/файл не найден/);
  });
});

describe('CSV: preview and progress', () => {
  it('stops after limitRows and reports progress in bytes', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i};03.2024;Отопление;${i === 1 ? 'x' : '1'}`);
    const file = dir.write('preview.csv', crlf(CHARGES_HEADER, ...rows));
    const preview = await parseBillingFile(file, { limitRows: 3 });
    expect(preview).toMatchObject({ rowCount: 3, errorCount: 1, partial: true });
    expect(preview.records.map((x) => x.line)).toEqual([2, 4]);
    const progress: Array<[number, number]> = [];
    const full = await parseBillingFile(file, { onProgress: (done, total) => progress.push([done, total]) });
    expect(full).toMatchObject({ rowCount: 50, partial: false });
    const last = progress.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(last?.[0]).toBeGreaterThan(0);
  });
});
