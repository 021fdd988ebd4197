/**
 * The charges applier writes 200 rows per statement: the table must hold exactly the rows a row-by-row upsert
 * writes, a repeated key of the same file must be named at its own line (within one 200-row statement and
 * across two), an unknown account after some rows must be reported after the errors of the rows above it, and a
 * second file must replace the first one's amounts, never add to them.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chargesApplier } from '../../electron/core/billing/apply-charges';
import { importFiles } from '../../electron/core/billing/import-files';
import type { ParsedRecord } from '../../electron/core/import/parse-billing-file';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import fs from 'node:fs';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const dir = makeTempDir();
const core = openCore({
  dataDir: path.join(dir, 'data'),
  host: 'cli',
  migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
  clock: () => NOW,
});
const sqlite = core.ctx.sqlite;
afterAll(() => core.close());

const MAPPING = {
  accountNumber: 'Лицевой счёт',
  period: 'Период',
  service: 'Услуга',
  amountKopecks: 'Начислено, руб.',
};
const SERVICES = [
  'Отопление',
  'Холодное водоснабжение',
  'Электроснабжение',
  'Вывоз ТКО',
  'Содержание жилого помещения',
];

/** 450 distinct keys for account 7000000001: 90 months × 5 services; row i is on line i + 2, amount i + 1. */
function rows(): ParsedRecord[] {
  return Array.from({ length: 450 }, (_, i) => {
    const month = Math.floor(i / 5);
    const period = `${2019 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return {
      line: i + 2,
      values: { accountNumber: '7000000001', period, service: SERVICES[i % 5], amountKopecks: i + 1 },
    };
  });
}

let nextImport = 100;
function apply(batches: ParsedRecord[][]) {
  const importId = nextImport++;
  sqlite
    .prepare(
      `INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
       VALUES (?, 'charges', 'н.csv', ?, 1, 'imports/н.csv', 0, '{}', 'тест', ?)`,
    )
    .run(importId, `sha-${importId}`, NOW);
  const applier = chargesApplier({ sqlite, importId, mapping: MAPPING, nowMs: NOW, today: '2026-11-26' });
  for (const batch of batches) applier.add(batch, true);
  return { importId, outcome: applier.finish(true) };
}

const sum = () =>
  sqlite.prepare('SELECT count(*) AS n, sum(amount_kopecks) AS total FROM charges').get() as {
    n: number;
    total: number;
  };

describe('charges applier, 200 rows per statement', () => {
  it('prepares an account', async () => {
    const uk = path.join(dir, 'uk.csv');
    const ls = path.join(dir, 'ls.csv');
    fs.writeFileSync(uk, 'Наименование УК;ИНН\r\nООО «УК Ромашка»;5024000011\r\n');
    fs.writeFileSync(
      ls,
      'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;ФИО;Доля\r\n' +
        '7000000001;5024000011;г. Красногорск, ул. Ленина, д. 5;1;частная;собственник;Семёнова Алёна Петровна;1\r\n',
    );
    await importFiles({
      sqlite,
      dataDir: core.ctx.dataDir,
      files: [uk, ls].map((p) => ({ path: p, fileName: path.basename(p) })),
      by: { userId: null, name: 'тест' },
      nowMs: NOW,
    });
  });

  it('writes every row once, whatever the batches, and a second file replaces the amounts', () => {
    sqlite.exec('BEGIN');
    const all = rows();
    const first = apply([all.slice(0, 7), all.slice(7, 390), all.slice(390)]);
    expect(first.outcome.errorCount).toBe(0);
    expect(first.outcome.counts).toEqual({ chargesAdded: 450, chargesReplaced: 0 });
    expect(sum()).toEqual({ n: 450, total: (450 * 451) / 2 });
    const second = apply([all.map((r) => ({ ...r, values: { ...r.values, amountKopecks: 2 } }))]);
    expect(second.outcome.counts).toEqual({ chargesAdded: 0, chargesReplaced: 450 });
    expect(sum()).toEqual({ n: 450, total: 900 });
    sqlite.exec('ROLLBACK');
  });

  it('names a key repeated within one statement and across two at their own lines', () => {
    for (const [repeat, original] of [
      [50, 5],
      [230, 10],
    ] as const) {
      sqlite.exec('BEGIN');
      const all = rows();
      const copy = all[original] as ParsedRecord;
      all[repeat] = { line: repeat + 2, values: { ...copy.values } };
      const { outcome } = apply([all]);
      expect(outcome.errorCount).toBe(1);
      expect(outcome.errors).toEqual([
        {
          line: repeat + 2,
          column: 'Услуга',
          message: `Строка ${repeat + 2}, столбец «Услуга»: «${SERVICES[original % 5]}» — начисление за этот месяц и услугу уже есть выше в этом файле`,
        },
      ]);
      sqlite.exec('ROLLBACK');
    }
  });

  it('reports a repeated key above an unknown account first', () => {
    sqlite.exec('BEGIN');
    const all = rows();
    all[20] = { line: 22, values: { ...(all[3] as ParsedRecord).values } };
    all[30] = { line: 32, values: { ...(all[30] as ParsedRecord).values, accountNumber: '7999999999' } };
    const { outcome } = apply([all]);
    expect(outcome.errors.map((e) => [e.line, e.column])).toEqual([
      [22, 'Услуга'],
      [32, 'Лицевой счёт'],
    ]);
    expect(outcome.errors[1]?.message).toBe(
      'Строка 32, столбец «Лицевой счёт»: «7999999999» — такого лицевого счёта нет в базе (загрузите сначала файл лицевых счетов)',
    );
    sqlite.exec('ROLLBACK');
  });
});
