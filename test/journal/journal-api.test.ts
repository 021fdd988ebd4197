/**
 * The journal page's methods through dispatch: a page with its total, the users the filter offers (with the command
 * line), the XLSX saved in the data folder; a clerk without «reports.view» is refused before the handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { callCore, callCoreAs } from '../support/api-calls';
import type { JournalPage, JournalUserOption } from '../../shared/api/contract-auth';
import { at, writeDayOfWork, type DayOfWork } from './day-of-work';

describe('journal.search, journal.users, journal.exportXlsx', () => {
  let core: Core;
  let day: DayOfWork;
  let dataDir: string;

  beforeEach(() => {
    dataDir = makeTempDir();
    core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => at(16, 0, 8) });
    day = writeDayOfWork(core.ctx.db, core.ctx.sqlite);
  });
  afterEach(() => core.close());

  it('answers a page of the filtered journal with its total', async () => {
    const page = await callCore<JournalPage>(core, 'journal.search', { accountNumber: '1001234', offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => [r.userName, r.kindLabel, r.summary])).toEqual([
      [
        'Сидорова Елена Викторовна',
        'Пауза по счёту',
        'Л/с 1001234: Работа приостановлена до 31.12.2026: спор о начислениях',
      ],
      ['Петров Андрей Ильич', 'Претензия', 'Л/с 1001234: Претензия № 17 на 45 000,00 ₽'],
    ]);
    const cli = await callCore<JournalPage>(core, 'journal.search', { user: 'cli' });
    expect(cli.rows.map((r) => r.userName)).toEqual(['Командная строка (ivan)']);
  });

  it('offers the users who have entries (by name and login) and the command line', async () => {
    const options = await callCore<JournalUserOption[]>(core, 'journal.users', {});
    expect(options).toEqual([
      { user: day.ivanova.userId, name: 'Иванова Мария Петровна (m.ivanova)' },
      { user: day.petrov.userId, name: 'Петров Андрей Ильич (a.petrov)' },
      { user: day.sidorova.userId, name: 'Сидорова Елена Викторовна (e.sidorova)' },
      { user: 'cli', name: 'Командная строка' },
    ]);
  });

  it('saves the filtered journal as XLSX in exports/journal of the data folder', async () => {
    const out = await callCore<{ fileName: string; savedPath: string; base64: string; rows: number }>(
      core,
      'journal.exportXlsx',
      {
        user: day.petrov.userId,
      },
    );
    expect(out.rows).toBe(2);
    expect(out.fileName).toBe('zhurnal-2026-12-08-1600.xlsx');
    expect(path.dirname(out.savedPath)).toBe(path.join(fs.realpathSync(dataDir), 'exports', 'journal'));
    expect(fs.existsSync(out.savedPath)).toBe(true);
  });

  it('refuses an operator (no «отчёты и журнал действий») with 403 before reading anything', async () => {
    await expect(callCoreAs(core, 'm.ivanova', 'journal.search', {})).rejects.toMatchObject({
      code: 'AUTH.PERMISSION_DENIED',
    });
  });

  it('refuses filters that are not filters', async () => {
    await expect(callCore(core, 'journal.search', { measure: 14 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(callCore(core, 'journal.search', { kind: 'nonsense' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(callCore(core, 'journal.search', { userId: 3 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
