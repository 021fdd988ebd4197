/**
 * The registry's search through the trigram index (migration 0014_search_index, electron/core/registry/search-index.ts)
 * on a district of six accounts written by hand and imported as billing files (real SQLite, real migrations, the real
 * import), as of 26.11.2026. search_text of each account, as recompute-summaries.ts writes it:
 *
 * - 7100000001 | г. красногорск, ул. ленина, д. 5, кв. 12 | жильцова алена ивановна
 * - 7100000002 | г. красногорск, ул. ленина, д. 15, кв. 3 | петров петр петрович
 * - 7100000003 | г. красногорск, бульвар павшинский, д. 1, кв. 120 | семина анна сергеевна | семин олег игоревич
 * - 7100000004 | г. красногорск, ул. советская, д. 12, кв. 7 | зуйкова мария "кошка" львовна
 * - 7100000005 | г. красногорск, ул. ленина, д. 5, кв. 1 | (nobody)
 * - 7200000012 | г. красногорск, ул. советская, д. 3, кв. 45 | кузнецов иван андреевич
 *
 * The files write «Алёна», «Пётр», «Сёмина» with «ё» and names in mixed case; the search folds both sides.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { queryRegistry } from '../../electron/core/registry/registry-query';
import { checkSearchIndex, searchFilter, searchWords } from '../../electron/core/registry/search-index';
import { apiInputs } from '../../shared/api/contract';
import { runJobTask } from '../../electron/core/jobs/run-job-task';
import { migrationsUpTo, realJournal } from '../support/migrations-fixture';

const NOW = Date.UTC(2026, 10, 26, 9);
const UK = 'Наименование УК;ИНН;Пени начисляются\r\nООО «УК Поиск»;5024000011;да\r\n';
const HEADER =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n';
const row = (n: string, street: string, flat: string, name: string, role = 'собственник', share = '1') =>
  `${n};5024000011;г. Красногорск, ${street};${flat};частная;собственник;открыт;${name};${role};${share}\r\n`;
const ACCOUNTS =
  HEADER +
  row('7100000001', 'ул. Ленина, д. 5', '12', 'Жильцова Алёна Ивановна') +
  row('7100000002', 'ул. Ленина, д. 15', '3', 'ПЕТРОВ Пётр Петрович') +
  row('7100000003', 'бульвар Павшинский, д. 1', '120', 'Сёмина Анна Сергеевна', 'собственник', '1/2') +
  row('7100000003', 'бульвар Павшинский, д. 1', '120', 'Семин Олег Игоревич', 'собственник', '1/2') +
  row('7100000004', 'ул. Советская, д. 12', '7', '"Зуйкова Мария ""Кошка"" Львовна"') +
  `7100000005;5024000011;г. Красногорск, ул. Ленина, д. 5;1;частная;собственник;открыт;;;\r\n` +
  row('7200000012', 'ул. Советская, д. 3', '45', 'Кузнецов Иван Андреевич');

let core: Core;
let dir: string;
let fileNo = 0;

async function importCsv(files: Record<string, string>): Promise<void> {
  const specs = Object.entries(files).map(([name, text]) => {
    fileNo += 1;
    const file = path.join(dir, `${fileNo}-${name}`);
    fs.writeFileSync(file, iconv.encode(text, 'win1251'));
    return { path: file, fileName: name };
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: specs,
  });
}

/** Account numbers the registry finds for a typed search, sorted. */
function found(search: string): string[] {
  const page = queryRegistry(core.ctx.sqlite, apiInputs['registry.query'].parse({ search, limit: 1000 }));
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.number).sort();
}

/** What the search found before the index: every folded word a substring of search_text (instr), by number. */
function foundByInstr(sqlite = core.ctx.sqlite, search: string): string[] {
  const words = searchWords(search);
  const where = words.map(() => 'instr(search_text, ?) > 0').join(' AND ') || '1';
  return sqlite
    .prepare<unknown[], { number: string }>(`SELECT number FROM account_summaries WHERE ${where} ORDER BY number`)
    .all(...words)
    .map((r) => r.number);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-search-'));
  core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
  await importCsv({ 'uk.csv': UK, 'accounts.csv': ACCOUNTS });
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('registry search through the trigram index', () => {
  it('finds what a substring search finds: numbers, streets, flats, names with «ё», mixed case', () => {
    expect(found('710000')).toEqual(['7100000001', '7100000002', '7100000003', '7100000004', '7100000005']);
    expect(found('0012')).toEqual(['7200000012']);
    expect(found('7100000003')).toEqual(['7100000003']);
    expect(found('ЛЕНИНА')).toEqual(['7100000001', '7100000002', '7100000005']);
    expect(found('ленина 5')).toEqual(['7100000001', '7100000002', '7100000005']); // «д. 15» holds «5»
    // «кв. 120», «д. 12» and the number 7200000012 hold «12» too: each word anywhere, as before
    expect(found('кв. 12')).toEqual(['7100000001', '7100000003', '7100000004', '7200000012']);
    expect(found('кв. 12 |')).toEqual(['7100000001', '7100000003', '7100000004', '7200000012']);
    expect(found('Алёна')).toEqual(['7100000001']);
    expect(found('алена')).toEqual(['7100000001']);
    expect(found('Пётр')).toEqual(['7100000002']);
    expect(found('СЁМИН')).toEqual(['7100000003']); // «семина» and «семин»
    expect(found('семин олег')).toEqual(['7100000003']);
    expect(found('семина олег')).toEqual(['7100000003']); // words of one account's different persons
    expect(found('семина петр')).toEqual([]);
    expect(found('зуйк')).toEqual(['7100000004']);
    expect(found('зуик')).toEqual([]); // «й» is not «и»: no diacritics removed
    expect(found('павшинский 120')).toEqual(['7100000003']);
    expect(found('нет такого')).toEqual([]);
  });

  it('takes query syntax as text: quotes, stars, AND, brackets neither fail nor change the meaning', () => {
    expect(found('"кошка"')).toEqual(['7100000004']);
    expect(found('"кошка')).toEqual(['7100000004']);
    expect(found('"')).toEqual(['7100000004']);
    expect(found('""')).toEqual([]);
    expect(found('"""')).toEqual([]);
    expect(found('лен*')).toEqual([]);
    expect(found('ленина AND петров')).toEqual([]);
    expect(found('ленина OR петров')).toEqual([]);
    expect(found('NOT ленина')).toEqual([]);
    expect(found('(ленина)')).toEqual([]);
    expect(found('ленина) (')).toEqual([]);
    expect(found('NEAR(ленина петров)')).toEqual([]);
    expect(found('search_text:ленина')).toEqual([]);
    expect(found('^лен')).toEqual([]);
    expect(found('{search_text}')).toEqual([]);
  });

  it('answers one- and two-letter searches as before (no trigram: the scan)', () => {
    expect(searchFilter(core.ctx.sqlite, 'кв').path).toBe('scan');
    expect(found('45')).toEqual(['7200000012']);
    expect(found('кв')).toEqual(['7100000001', '7100000002', '7100000003', '7100000004', '7100000005', '7200000012']);
    expect(found('ив 7')).toEqual(['7100000001', '7200000012']); // «ивановна», «иван»; every number holds «7»
    expect(found('Ё')).toEqual(['7100000001', '7100000002', '7100000003', '7100000004', '7100000005', '7200000012']);
    expect(searchFilter(core.ctx.sqlite, 'ленина 5').path).toBe('index');
  });

  it('gives the same accounts by the index, by the scan a common word takes, and by plain instr()', () => {
    const sqlite = core.ctx.sqlite;
    const ids = (search: string, probeLimit: number) => {
      const f = searchFilter(sqlite, search, probeLimit);
      return {
        path: f.path,
        numbers: sqlite
          .prepare<unknown[], { number: string }>(
            `SELECT number FROM account_summaries WHERE ${f.clauses.join(' AND ') || '1'} ORDER BY number`,
          )
          .all(...f.params)
          .map((r) => r.number),
      };
    };
    for (const search of ['красногорск', 'кв. 1', 'ленина 5', 'ович', 'ОВНА', '"', '000', 'советская 7']) {
      const byIndex = ids(search, 1000);
      const byScan = ids(search, 1);
      expect(byIndex.path).toBe(searchWords(search).some((w) => w.length >= 3) ? 'index' : 'scan');
      expect(byScan.path).toBe('scan');
      expect(byIndex.numbers).toEqual(foundByInstr(sqlite, search));
      expect(byScan.numbers).toEqual(byIndex.numbers);
    }
  });

  it('keeps the index current when a later accounts file renames a person and moves an account', async () => {
    await importCsv({
      'accounts.csv':
        HEADER +
        row('7100000002', 'ул. Ленина, д. 15', '3', 'Петрова Ёлка Петровна') +
        row('7200000012', 'ул. Ленина, д. 7', '45', 'Кузнецов Иван Андреевич'),
    });
    expect(found('петр петрович')).toEqual([]);
    expect(found('елка')).toEqual(['7100000002']);
    expect(found('ЁЛКА ПЕТРОВНА')).toEqual(['7100000002']);
    expect(found('советская 45')).toEqual([]);
    expect(found('ленина, д. 7,')).toEqual(['7200000012']);
    checkSearchIndex(core.ctx.sqlite); // FTS5 compares the index with account_summaries row by row
  });

  it('stays exact through a charges import that recomputes every summary without changing its text', async () => {
    await importCsv({
      'charges.csv':
        'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n7100000001;09.2026;Содержание жилого помещения;1000,00\r\n',
    });
    expect(found('алена')).toEqual(['7100000001']);
    checkSearchIndex(core.ctx.sqlite);
  });

  it('keeps triggers that a table rebuild in a later migration would silently drop', () => {
    const triggers = core.ctx.sqlite
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'account_summaries' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    expect(triggers).toEqual(['account_search_delete', 'account_search_insert', 'account_search_update']);
    expect(core.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('the search index after the demo load', () => {
  it('indexes every account the demo writes and answers as instr() would', async () => {
    const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-search-demo-'));
    const demo = openCore({
      dataDir: path.join(demoDir, 'data'),
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => NOW,
    });
    try {
      await runJobTask(
        { task: 'demo', accounts: 60, seed: 'search-test', months: 2 },
        {
          sqlite: demo.ctx.sqlite,
          dataDir: demo.ctx.dataDir,
          by: { userId: null, name: 'тест' },
          nowMs: NOW,
          onProgress: () => {},
        },
      );
      const sqlite = demo.ctx.sqlite;
      checkSearchIndex(sqlite);
      const indexed = sqlite
        .prepare<[], { n: number }>('SELECT count(*) AS n FROM account_search WHERE account_search MATCH \'" | "\'')
        .get()!;
      expect(indexed.n).toBe(60);
      const sample = sqlite
        .prepare<[], { number: string; person: string; address: string }>(
          'SELECT number, main_person AS person, address FROM account_summaries WHERE main_person IS NOT NULL ORDER BY account_id LIMIT 1 OFFSET 17',
        )
        .get()!;
      const street = sample.address.split(', ')[1] ?? '';
      for (const search of [
        sample.number.slice(3, 8),
        sample.person.split(' ')[0] ?? '',
        street,
        `${street} кв. 1`,
        'ОВНА',
        'ё',
      ]) {
        const page = queryRegistry(sqlite, apiInputs['registry.query'].parse({ search, limit: 1000 }));
        expect(page.rows.map((r) => r.number).sort()).toEqual(foundByInstr(sqlite, search));
      }
      expect(foundByInstr(sqlite, sample.number.slice(3, 8))).toContain(sample.number);
    } finally {
      await demo.close();
      fs.rmSync(demoDir, { recursive: true, force: true });
    }
  });
});

describe('the migration that adds the index', () => {
  it('fills it for a database imported by the build before, so its accounts are found at once', async () => {
    const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-search-upgrade-'));
    const before = realJournal().findIndex((e) => e.tag.endsWith('_search_index'));
    expect(before).toBeGreaterThan(0);
    try {
      const dataDir = path.join(oldDir, 'data');
      const older = openCore({
        dataDir,
        host: 'cli',
        migrationsFolder: migrationsUpTo(path.join(oldDir, 'old'), before),
        clock: () => NOW,
      });
      const file = path.join(oldDir, 'accounts.csv');
      fs.writeFileSync(path.join(oldDir, 'uk.csv'), iconv.encode(UK, 'win1251'));
      fs.writeFileSync(file, iconv.encode(ACCOUNTS, 'win1251'));
      // Today's import recounts through a table of a later migration (summary-queue.ts): lent for this import only.
      older.ctx.sqlite.exec('CREATE TABLE summary_refresh_queue (account_id INTEGER PRIMARY KEY)');
      // …and the journal writes the debt at the action (migration 0017): lent the same way.
      older.ctx.sqlite.exec('ALTER TABLE actions ADD debt_kopecks integer');
      await importFiles({
        sqlite: older.ctx.sqlite,
        dataDir,
        by: { userId: null, name: 'тест' },
        nowMs: NOW,
        files: [
          { path: path.join(oldDir, 'uk.csv'), fileName: 'uk.csv' },
          { path: file, fileName: 'accounts.csv' },
        ],
      });
      expect(
        older.ctx.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'account_search'").get(),
      ).toBeUndefined();
      older.ctx.sqlite.exec('DROP TABLE summary_refresh_queue');
      older.ctx.sqlite.exec('ALTER TABLE actions DROP COLUMN debt_kopecks');
      await older.close();
      const upgraded = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
      try {
        checkSearchIndex(upgraded.ctx.sqlite);
        expect(searchFilter(upgraded.ctx.sqlite, 'алёна').path).toBe('index');
        const page = queryRegistry(upgraded.ctx.sqlite, apiInputs['registry.query'].parse({ search: 'СЁМИН' }));
        expect(page.rows.map((r) => r.number)).toEqual(['7100000003']);
      } finally {
        await upgraded.close();
      }
    } finally {
      fs.rmSync(oldDir, { recursive: true, force: true });
    }
  });
});
