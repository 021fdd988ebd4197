/**
 * The journal page's reading: a day of work by three clerks and the command line read back filtered by account
 * (whole rows, newest first), by user, the command line, measure, kind and period; paging with the total; an old
 * kind no longer in the list shows as its code.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import { searchJournal, type JournalFilter } from '../../electron/core/journal/journal-search';
import { journalWriter } from '../../electron/core/journal/journal-writer';
import { JournalFilterSchema } from '../../shared/api/contract-auth';
import type { PreparedDatabase } from '../../electron/core/db/prepare-database';
import { at, writeDayOfWork, type DayOfWork } from './day-of-work';

const filter = (f: Partial<JournalFilter>): JournalFilter => JournalFilterSchema.parse(f);
const PAGE = { offset: 0, limit: 100 };

describe('the journal read back', () => {
  let opened: PreparedDatabase;
  let day: DayOfWork;
  const ids = (f: Partial<JournalFilter>) => searchJournal(opened.db, filter(f), PAGE).rows.map((r) => r.id);

  beforeEach(() => {
    opened = createTestDb();
    day = writeDayOfWork(opened.db, opened.sqlite);
  });

  it('filtered by the first account: who did what to it, newest first, with the account number in every line', () => {
    const page = searchJournal(opened.db, filter({ accountNumber: '1001234' }), PAGE);
    expect(page.total).toBe(5);
    expect(page.rows).toEqual([
      {
        id: day.ids.smsA,
        atMs: at(15, 0),
        actionDate: '2026-12-07',
        userId: day.ivanova.userId,
        userName: 'Иванова Мария Петровна',
        measure: 1,
        kind: 'sms.sent',
        kindLabel: 'СМС отправлено',
        accountId: day.accountA,
        accountNumber: '1001234',
        objectType: 'account',
        objectId: String(day.accountA),
        summary: 'СМС на +7 916 ***-**-12 по л/с 1001234: долг 45 000,00 ₽',
        beforeJson: null,
        afterJson: null,
      },
      {
        id: day.ids.pauseA,
        atMs: at(11, 30),
        actionDate: '2026-12-07',
        userId: day.sidorova.userId,
        userName: 'Сидорова Елена Викторовна',
        measure: null,
        kind: 'account.paused',
        kindLabel: 'Пауза по счёту',
        accountId: day.accountA,
        accountNumber: '1001234',
        objectType: 'account',
        objectId: String(day.accountA),
        summary: 'Л/с 1001234: Работа приостановлена до 31.12.2026: спор о начислениях',
        beforeJson: null,
        afterJson: null,
      },
      {
        id: day.ids.claimA,
        atMs: at(10, 0),
        actionDate: '2026-12-07',
        userId: day.petrov.userId,
        userName: 'Петров Андрей Ильич',
        measure: 5,
        kind: 'claim.issued',
        kindLabel: 'Претензия',
        accountId: day.accountA,
        accountNumber: '1001234',
        objectType: 'document',
        objectId: '17',
        summary: 'Л/с 1001234: Претензия № 17 на 45 000,00 ₽',
        beforeJson: null,
        afterJson: null,
      },
      {
        id: day.ids.callA,
        atMs: at(9, 5),
        actionDate: '2026-12-07',
        userId: day.ivanova.userId,
        userName: 'Иванова Мария Петровна',
        measure: 2,
        kind: 'call.recorded',
        kindLabel: 'Звонок',
        accountId: day.accountA,
        accountNumber: '1001234',
        objectType: 'account',
        objectId: String(day.accountA),
        summary: 'Л/с 1001234: Звонок: обещал оплатить 20 000,00 ₽ до 15.12.2026',
        beforeJson: null,
        afterJson: null,
      },
      {
        id: day.ids.fridayCall,
        atMs: at(16, 40, 4),
        actionDate: '2026-12-04',
        userId: day.ivanova.userId,
        userName: 'Иванова Мария Петровна',
        measure: 2,
        kind: 'call.recorded',
        kindLabel: 'Звонок',
        accountId: day.accountA,
        accountNumber: '1001234',
        objectType: 'account',
        objectId: String(day.accountA),
        summary: 'Л/с 1001234: Звонок: не дозвонились',
        beforeJson: null,
        afterJson: null,
      },
    ]);
  });

  it('an account number nobody has finds nothing; a number is matched exactly, not as a fragment', () => {
    expect(searchJournal(opened.db, filter({ accountNumber: '9999999' }), PAGE)).toEqual({ total: 0, rows: [] });
    expect(searchJournal(opened.db, filter({ accountNumber: '100123' }), PAGE)).toEqual({ total: 0, rows: [] });
    expect(ids({ accountNumber: ' 1005678 ' })).toEqual([day.ids.claimB, day.ids.callB]);
  });

  it('filters by user, by the command line, by measure (0 = office work), by kind and by period', () => {
    const i = day.ids;
    expect(ids({ user: day.petrov.userId })).toEqual([i.claimB, i.claimA]);
    expect(ids({ user: day.sidorova.userId })).toEqual([i.settings, i.pauseA]);
    expect(ids({ user: 'cli' })).toEqual([i.import]);
    expect(ids({ measure: 2 })).toEqual([i.callB, i.callA, i.fridayCall]);
    expect(ids({ measure: 5 })).toEqual([i.claimB, i.claimA]);
    expect(ids({ measure: 0 })).toEqual([i.import, i.settings, i.pauseA]);
    expect(ids({ measure: 13 })).toEqual([]);
    expect(ids({ kind: 'sms.sent' })).toEqual([i.smsA]);
    expect(ids({ from: '2026-12-07' })).toEqual([
      i.smsA,
      i.import,
      i.settings,
      i.pauseA,
      i.claimB,
      i.claimA,
      i.callB,
      i.callA,
    ]);
    expect(ids({ to: '2026-12-06' })).toEqual([i.fridayCall]);
    expect(ids({ from: '2026-12-04', to: '2026-12-04' })).toEqual([i.fridayCall]);
    expect(ids({ from: '2026-12-08' })).toEqual([]);
    // Together: Иванова's calls on Monday on the first account.
    expect(
      ids({ user: day.ivanova.userId, measure: 2, from: '2026-12-07', to: '2026-12-07', accountNumber: '1001234' }),
    ).toEqual([i.callA]);
  });

  it('entries of one millisecond keep the order they were written in (newest id first)', () => {
    // Both claims are at 10:00:00.000; claimB was written after claimA.
    expect(ids({ kind: 'claim.issued' })).toEqual([day.ids.claimB, day.ids.claimA]);
  });

  it('pages through the whole history with the total', () => {
    const w = journalWriter(opened.sqlite);
    const written: number[] = [];
    for (let n = 0; n < 250; n++) {
      written.push(
        w.write(day.ivanova, at(17, 0, 8) + n * 1000, {
          kind: 'call.recorded',
          summary: `Звонок ${n}`,
          accountId: day.accountB,
        }),
      );
    }
    const newestFirst = [...written].reverse();
    const f = filter({ from: '2026-12-08' });
    const first = searchJournal(opened.db, f, { offset: 0, limit: 100 });
    expect(first.total).toBe(250);
    expect(first.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 100));
    expect(first.rows[0]?.summary).toBe('Л/с 1005678: Звонок 249');
    const second = searchJournal(opened.db, f, { offset: 100, limit: 100 });
    expect(second.rows.map((r) => r.id)).toEqual(newestFirst.slice(100, 200));
    const last = searchJournal(opened.db, f, { offset: 200, limit: 100 });
    expect(last).toMatchObject({ total: 250 });
    expect(last.rows.map((r) => r.id)).toEqual(newestFirst.slice(200));
    expect(searchJournal(opened.db, f, { offset: 250, limit: 100 })).toEqual({ total: 250, rows: [] });
    // The whole journal: 9 entries of the day of work + 250.
    expect(searchJournal(opened.db, filter({}), { offset: 0, limit: 1 }).total).toBe(259);
  });

  it('an entry of a kind no longer in the list (older versions) shows its code as the kind', () => {
    // Written as a version before issue 11 did: straight into the table, with a kind today's list does not have.
    opened.sqlite
      .prepare(
        `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary)
         VALUES (NULL, NULL, 'export.legacy', '2026-11-20', ?, 'специалист', 'Старая выгрузка')`,
      )
      .run(at(10, 0, 20));
    const page = searchJournal(opened.db, filter({ to: '2026-11-30' }), PAGE);
    expect(page.rows).toMatchObject([
      { kind: 'export.legacy', kindLabel: 'export.legacy', userId: null, userName: 'специалист' },
    ]);
    // Not the command line: no user id and not «Командная строка».
    expect(ids({ user: 'cli' })).toEqual([day.ids.import]);
  });
});
