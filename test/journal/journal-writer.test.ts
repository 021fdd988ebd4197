/**
 * The journal writer names the account: a line about an account that does not name its number gets «Л/с <number>:»
 * in front; a line that names it, or an entry without an account, is kept as written. The object defaults to the
 * account; the measure comes from the kind; the day is the office's (Moscow) day of the instant.
 */
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import { writeJournal } from '../../electron/core/journal/journal-writer';
import { actions } from '../../shared/db/schema';
import { eq } from 'drizzle-orm';
import { at, writeDayOfWork } from './day-of-work';

describe('the journal writer', () => {
  it('puts «Л/с <number>:» in front of a line about an account that does not name it', () => {
    const { db, sqlite } = createTestDb();
    const day = writeDayOfWork(db, sqlite);
    const read = (id: number) => db.select().from(actions).where(eq(actions.id, id)).get();

    const plain = writeJournal(sqlite, day.petrov, at(23, 30), {
      kind: 'notice.generated',
      summary: 'Уведомление на подъезд № 2',
      accountId: day.accountB,
    });
    expect(read(plain)).toMatchObject({
      summary: 'Л/с 1005678: Уведомление на подъезд № 2',
      measure: 6,
      // 23:30 in Moscow is 20:30 UTC: still the 7th.
      actionDate: '2026-12-07',
      userId: day.petrov.userId,
      userName: 'Петров Андрей Ильич',
      objectType: 'account',
      objectId: String(day.accountB),
    });
    const named = writeJournal(sqlite, day.petrov, at(9, 0, 8), {
      kind: 'notice.posted',
      summary: 'Уведомление вывешено (л/с 1005678)',
      accountId: day.accountB,
    });
    expect(read(named)?.summary).toBe('Уведомление вывешено (л/с 1005678)');
    const office = writeJournal(sqlite, day.cli, at(9, 0, 8), {
      kind: 'penalty.run',
      summary: 'Пени за ноябрь 2026 начислены',
    });
    expect(read(office)).toMatchObject({
      summary: 'Пени за ноябрь 2026 начислены',
      accountId: null,
      objectType: null,
      objectId: null,
      userId: null,
      userName: 'Командная строка (ivan)',
      measure: 4,
    });
    // The day of work's own lines got it the same way (and the one naming the number did not).
    expect(read(day.ids.callB)?.summary).toBe('Л/с 1005678: Звонок: номер не отвечает');
    expect(read(day.ids.smsA)?.summary).toBe('СМС на +7 916 ***-**-12 по л/с 1001234: долг 45 000,00 ₽');
  });
});
