/**
 * Hostile values in billing files: a megabyte-long company name and a formula posing as an account number are
 * row errors in Russian (nothing stored); a preview that runs too long is stopped with IMPORT.PREVIEW_TIMEOUT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBillingFile } from '../../electron/core/import/parse-billing-file';
import { previewUpload } from '../../electron/core/billing/preview-upload';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { isAccountNumber } from '../../shared/import/text-limits';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

const write = (name: string, text: string): string => {
  const file = path.join(makeTempDir(), name);
  fs.writeFileSync(file, text, 'utf8');
  return file;
};

describe('hostile values in billing files', () => {
  it('refuses a company name of a megabyte as a row error', async () => {
    const huge = 'О'.repeat(1024 * 1024);
    const file = write('uk.csv', `Наименование УК;ИНН\r\n${huge};5024000011\r\nООО «УК Ромашка»;5024000012\r\n`);
    const parsed = await parseBillingFile(file);
    expect(parsed.records.map((r) => r.values.name)).toEqual(['ООО «УК Ромашка»']);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.line).toBe(2);
    expect(parsed.errors[0]?.message).toMatch(
      /^Строка 2, столбец «Наименование УК»: «О{10,}.*» — текст длиннее 300 знаков — такое значение не сохраняется$/,
    );
    // A name of exactly 300 characters is kept.
    const edge = await parseBillingFile(write('uk2.csv', `Наименование УК;ИНН\r\n${'Я'.repeat(300)};5024000011\r\n`));
    expect(edge.errors).toEqual([]);
  });

  it('refuses an account number that is a formula, with the Russian row error', async () => {
    const file = write(
      'charges.csv',
      'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
        `"=cmd|' /C calc'!A0";10.2026;Отопление;100,00\r\n` +
        '@SUM(1+1);10.2026;Отопление;100,00\r\n' +
        '5000000018;10.2026;Отопление;100,00\r\n',
    );
    const parsed = await parseBillingFile(file);
    expect(parsed.records.map((r) => r.values.accountNumber)).toEqual(['5000000018']);
    expect(parsed.errors.map((e) => e.message)).toEqual([
      "Строка 2, столбец «Лицевой счёт»: «=cmd|' /C calc'!A0» — не похоже на номер лицевого счёта: допускаются буквы, цифры и знаки «-», «/», «.», «_» (до 32 знаков, первая — буква или цифра)",
      'Строка 3, столбец «Лицевой счёт»: «@SUM(1+1)» — не похоже на номер лицевого счёта: допускаются буквы, цифры и знаки «-», «/», «.», «_» (до 32 знаков, первая — буква или цифра)',
    ]);
  });

  it('the account-number shape: what billing systems write passes, formulas and junk do not', () => {
    for (const ok of ['5000000018', '12-345/6', 'ЛС-0042', 'A1.2_3', '7'.repeat(32)])
      expect(isAccountNumber(ok)).toBe(true);
    for (const bad of ['=1+1', '+79161234567', '-5', '@A1', '', ' 123', '12 34', '7'.repeat(33), 'a"b', 'x|y', '\t1'])
      expect(isAccountNumber(bad)).toBe(false);
  });

  it('stops a preview past its timeout with IMPORT.PREVIEW_TIMEOUT and removes the worker temp folder', async () => {
    const dir = makeTempDir();
    const core = openCore({ dataDir: path.join(dir, 'data'), host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    try {
      const { uploadId } = await saveUpload(
        core.ctx.dataDir,
        'начисления.csv',
        Buffer.from('Лицевой счёт;Период;Услуга;Начислено, руб.\r\n5000000018;10.2026;Отопление;1,00\r\n'),
      );
      // 1 ms: the worker cannot even start in that time.
      const refused = await previewUpload(core.ctx.sqlite, core.ctx.dataDir, { uploadId }, { timeoutMs: 1 }).catch(
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({
        code: 'IMPORT.PREVIEW_TIMEOUT',
        message:
          'Просмотр файла остановлен: разбор занял больше 1 с. Ничего не изменено. ' +
          'Файл, вероятно, повреждён или слишком велик — сохраните его заново или разделите на части.',
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(fs.readdirSync(path.join(core.ctx.dataDir, 'tmp'))).toEqual([]);
      // With the default timeout the same file previews.
      const preview = await core.dispatch('import.preview', { uploadId }, sessionFor(core, 'import.preview'));
      expect(preview).toMatchObject({
        ok: true,
        value: { kind: 'charges', fileError: null, sampleRows: [{ 'Лицевой счёт': '5000000018' }] },
      });
    } finally {
      await core.close();
    }
  });
});
