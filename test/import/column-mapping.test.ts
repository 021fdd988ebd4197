/**
 * A billing file in another layout: the preview says which required columns it cannot find; the clerk maps
 * them once and saves the mapping; the next file with the same headers is mapped by itself and imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';
import type { ImportPreview } from '../../shared/import/import-types';
import type { JobStatus } from '../../shared/jobs/job-types';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

const COMPANIES = 'Наименование УК;ИНН\r\nООО «УК Ромашка»;5024000011\r\n';
const ACCOUNTS =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;ФИО;Доля\r\n' +
  '7000000001;5024000011;г. Красногорск, ул. Ленина, д. 5;1;частная;собственник;Семёнова Алёна Петровна;1/2\r\n' +
  '7000000001;5024000011;г. Красногорск, ул. Ленина, д. 5;1;частная;собственник;Семёнов Пётр Ильич;1/2\r\n';
// The billing office's own export: different headers, «,» separator, UTF-8.
const FOREIGN = (month: string) =>
  `ЛицСчет,Мес,Вид услуги,Сумма к оплате\r\n7000000001,${month},Отопление,"2 345,67"\r\n`;

describe('saved column mappings', () => {
  it('maps a foreign layout once and applies the mapping to the next file by itself', async () => {
    const dir = makeTempDir();
    const core = openCore({ dataDir: path.join(dir, 'data'), host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await core.dispatch(method, input, sessionFor(core, method));
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    const upload = async (name: string, text: string, encoding: 'utf8' | 'win1251') =>
      (await saveUpload(core.ctx.dataDir, name, iconv.encode(text, encoding))).uploadId;
    const runJob = async (files: unknown[]): Promise<JobStatus> => {
      const { jobId } = await call<{ jobId: string }>('import.start', { files });
      return core.ctx.jobs.wait(jobId);
    };

    expect(
      (
        await runJob([
          { uploadId: await upload('uk.csv', COMPANIES, 'win1251') },
          { uploadId: await upload('ls.csv', ACCOUNTS, 'win1251') },
        ])
      ).state,
    ).toBe('done');

    const first = await upload('начисления-eirc-10.csv', FOREIGN('10.2026'), 'utf8');
    const unknown = await call<ImportPreview>('import.preview', { uploadId: first });
    expect(unknown.fileError).toBeTruthy();
    expect(unknown.headers).toEqual(['ЛицСчет', 'Мес', 'Вид услуги', 'Сумма к оплате']);
    expect(unknown.sampleRows[0]).toMatchObject({ ЛицСчет: '7000000001', 'Сумма к оплате': '2 345,67' });

    const mapping = { accountNumber: 'ЛицСчет', period: 'Мес', service: 'Вид услуги', amountKopecks: 'Сумма к оплате' };
    const mapped = await call<ImportPreview>('import.preview', { uploadId: first, kind: 'charges', mapping });
    expect(mapped).toMatchObject({ kind: 'charges', fileError: null, missingRequired: [], sampleErrors: [] });
    await call('mappings.save', { kind: 'charges', name: 'Выгрузка ЕИРЦ', headers: unknown.headers, mapping });
    expect((await runJob([{ uploadId: first, kind: 'charges', mapping }])).state).toBe('done');

    // Next month's file: same headers, no mapping given — the saved one is found and used.
    const second = await upload('начисления-eirc-11.csv', FOREIGN('11.2026'), 'utf8');
    const auto = await call<ImportPreview>('import.preview', { uploadId: second });
    expect(auto).toMatchObject({ kind: 'charges', savedMappingName: 'Выгрузка ЕИРЦ', fileError: null });
    expect((await runJob([{ uploadId: second, kind: auto.kind, mapping: auto.mapping }])).state).toBe('done');

    const card = await call<{
      totals: { chargedKopecks: number };
      persons: Array<{ fullName: string; share: unknown }>;
    }>('account.card', { accountId: 1 });
    expect(card.totals.chargedKopecks).toBe(2 * 234567);
    expect(card.persons.map((p) => [p.fullName, p.share])).toEqual([
      ['Семёнова Алёна Петровна', { num: 1, den: 2 }],
      ['Семёнов Пётр Ильич', { num: 1, den: 2 }],
    ]);
    expect(fs.readdirSync(path.join(core.ctx.dataDir, 'imports')).filter((f) => !f.startsWith('.'))).toHaveLength(4);
    await core.close();
  });
});
