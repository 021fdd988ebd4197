/**
 * @file An agreement repays the arrears, not the current bills: a monthly bill falling due after signing is taken off
 * what the debtor pays before it counts towards the schedule (electron/core/agreements/agreements-repo.ts
 * readCreditedPayments). Hand world:
 *
 * - 7300000001: 1 000,00 ₽ charged for each of 06–11.2026. On 06.12.2026 June–October are overdue (5 000,00 ₽);
 *   November's bill falls due on 10.12.2026 (after signing).
 * - Agreement signed 06.12.2026: 5 000,00 ₽ in one instalment due 15.12.2026; grace 5 days → deadline 20.12.2026,
 *   tolerance 100,00 ₽.
 * - 7300000001 pays 5 000,00 ₽ on 14.12.2026: 5 000,00 − 1 000,00 (November's bill) = 4 000,00 counts; short 1 000,00
 *   > 100,00 → on 21.12.2026 broken.
 * - 7300000002, the same world, pays 6 000,00 ₽ on 14.12.2026: 6 000,00 − 1 000,00 = 5 000,00 → completed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { callCoreAs } from '../support/api-calls';

const clock = { now: Date.parse('2026-12-06T09:00:00+03:00') };
const at = (date: string) => {
  clock.now = Date.parse(`${date}T09:00:00+03:00`);
};
const UK = 'Наименование УК;ИНН;Пени начисляются\r\nООО «УК Текущие»;5024000034;да\r\n';
const ACCOUNTS =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n' +
  '7300000001;5024000034;г. Красногорск, ул. Лесная, д. 1;1;частная;собственник;открыт;Платонов Пётр Петрович;собственник;1\r\n' +
  '7300000002;5024000034;г. Красногорск, ул. Лесная, д. 1;2;частная;собственник;открыт;Платонова Ольга Ивановна;собственник;1\r\n';
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  ['06', '07', '08', '09', '10', '11']
    .flatMap((m) => [
      `7300000001;${m}.2026;Содержание жилого помещения;1000,00\r\n`,
      `7300000002;${m}.2026;Содержание жилого помещения;1000,00\r\n`,
    ])
    .join('');

let core: Core;
let dir: string;
const ids: number[] = [];

async function importCsv(files: Record<string, string>): Promise<void> {
  const specs = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, `${clock.now}-${name}`);
    fs.writeFileSync(file, iconv.encode(text, 'win1251'));
    return { path: file, fileName: name };
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: clock.now,
    files: specs,
  });
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const clerk = (method: string, input: unknown) => callCoreAs<any>(core, 'clerk.bills', method, input, 'claims_clerk');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-agreement-bills-'));
  core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => clock.now,
  });
  await importCsv({ 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES });
  for (const number of ['7300000001', '7300000002']) {
    const accountId = (
      core.ctx.sqlite.prepare('SELECT id FROM accounts WHERE number = ?').get(number) as { id: number }
    ).id;
    const draft = await clerk('agreements.create', {
      accountId,
      totalKopecks: 500_000,
      firstDueDate: '2026-12-15',
      instalments: 1,
      measure: 8,
    });
    await clerk('agreements.sign', { id: draft.id, signedDate: '2026-12-06' });
    ids.push(draft.id);
  }
  at('2026-12-14');
  await importCsv({
    'payments.csv':
      'Лицевой счёт;Дата оплаты;Сумма, руб.;Номер платежа\r\n' +
      '7300000001;14.12.2026;5000,00;A-1\r\n' +
      '7300000002;14.12.2026;6000,00;B-1\r\n',
  });
}, 120_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an agreement and the bills falling due after signing', () => {
  it('paying only the instalment while November’s bill fell due breaks it after the grace', async () => {
    at('2026-12-20');
    expect((await clerk('agreements.get', { id: ids[0] })).verdict.status).toBe('kept');
    at('2026-12-21');
    const a = await clerk('agreements.get', { id: ids[0] });
    expect(a.verdict.status).toBe('broken');
    expect(a.missed).toMatchObject({ seq: 1, shortfallKopecks: 100_000 });
  });
  it('paying the instalment and the bill completes it', async () => {
    const b = await clerk('agreements.get', { id: ids[1] });
    expect(b.verdict.status).toBe('completed');
    expect(b.paidKopecks).toBe(500_000);
  });
});
